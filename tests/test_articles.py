"""Entity quality on the project's own articles (twelve, from several fields and regions).

The expected entities are written by hand in articles/expected-entities.json; the test reports
precision and recall over all of them and lists every miss, so a regression shows by name.
"""
import json
from pathlib import Path

import pytest

from kg.read import read_articles
from tests.conftest import ROOT

EXPECTED = json.loads((Path(__file__).parent / "articles" / "expected-entities.json").read_text())
FILES = [k for k in EXPECTED if not k.startswith("_")]
MIN_PRECISION, MIN_RECALL = 0.95, 0.95


def names(entity) -> set[str]:
    return {n.casefold() for n in (entity.name, *entity.aliases)}


def score(extraction, expected) -> tuple[int, list[str], list[str]]:
    required = [(set(n.casefold() for n in name.split("|")), kind) for name, kind in expected["required"]]
    optional = {n.casefold() for n in expected["optional"]}
    hits, false_positives, misses = 0, [], []
    for alternatives, kind in required:
        if any(e.kind == kind and names(e) & alternatives for e in extraction.entities.entities):
            hits += 1
        else:
            misses.append(f"{'|'.join(alternatives)} ({kind})")
    for entity in extraction.entities.entities:
        known = any(names(entity) & alts and entity.kind == kind for alts, kind in required)
        if not known and not names(entity) & optional:
            false_positives.append(f"{entity.name} ({entity.kind})")
    return hits, false_positives, misses


@pytest.fixture(scope="module")
def results(analysed):
    out = {}
    for name in FILES:
        (article,) = read_articles([str(ROOT / name)])
        out[name] = score(analysed(article), EXPECTED[name])
    return out


def test_entities_on_own_articles(results):
    hits = sum(r[0] for r in results.values())
    fps = sum(len(r[1]) for r in results.values())
    required = sum(len(EXPECTED[n]["required"]) for n in FILES)
    precision, recall = hits / (hits + fps), hits / required
    problems = {n: {"false": r[1], "missed": r[2]} for n, r in results.items() if r[1] or r[2]}
    assert precision >= MIN_PRECISION and recall >= MIN_RECALL, (precision, recall, problems)


def test_every_field_is_covered():
    assert len(FILES) >= 10


STATEMENT_FILES = [n for n in FILES if "statements" in EXPECTED[n]]


@pytest.mark.parametrize("name", STATEMENT_FILES)
def test_statements_on_own_articles(analysed, name):
    (article,) = read_articles([str(ROOT / name)])
    found = [(s.direct, s.speaker.name, s.text, s.cue) for s in analysed(article).statements]
    expected = EXPECTED[name]["statements"]
    hits = [any(d == fd and sp.casefold() in fs.casefold() and frag in ft and cue == fc for fd, fs, ft, fc in found)
            for d, sp, frag, cue in expected]
    assert sum(hits) / len(expected) >= 0.75, [e for e, hit in zip(expected, hits) if not hit]

