"""Calibrate `nkg:confidence` against third-party gold (PolNeAR), and show how well it is calibrated.

    python bench/calibrate.py $REALNEWS/polnear_train.jsonl [$REALNEWS/polnear_dev.jsonl]

The sets come from ../shared/eval/realnews (build.sh). Each article is extracted in this process;
a statement is right when its content matches a gold attribution (the scorer's rule) and its
speaker is that attribution's source. Prints the share right for every (construction, speaker
form) seen at least 30 times — the table for kg/statements/confidence.py — and then, for each
file, how often statements of each confidence are right with the confidences as they stand.
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent / "shared" / "eval" / "realnews"))

import score_spans as scorer  # noqa: E402

from kg.lexicon import PRONOUNS  # noqa: E402
from kg.pipeline import extract_articles  # noqa: E402
from kg.read import Article, Problem  # noqa: E402
from kg.statements.confidence import speaker_form  # noqa: E402

MIN_SEEN = 30


def judged(path: str):
    """(statement, form, right) for every statement extracted from the gold file's articles."""
    records = [json.loads(line) for line in open(path)]
    golds = {r["doc_id"]: [q for q in r["quotes"] if q.get("start") is not None] for r in records}
    articles = (Article(r["doc_id"], r["text"]) for r in records)
    for result in extract_articles(articles):
        if isinstance(result, Problem):
            continue
        text = result.article.text
        for statement in result.statements:
            speaker = statement.speaker
            pronoun = speaker.start is not None and text[speaker.start:speaker.end].lower() in PRONOUNS
            entity = result.entities.get(speaker.key)
            names = {speaker.name.lower(), *(a.lower() for a in (entity.aliases if entity else ()))}
            pred = {"content": statement.span, "names": set() if speaker.kind == "unknown" else names,
                    "speaker_span": (speaker.start, speaker.end) if speaker.start is not None else None}
            yield statement, speaker_form(speaker.kind, pronoun), right(pred, golds[result.article.id])


def right(pred, golds) -> bool:
    for gold in golds:
        g = (gold["start"], gold["end"])
        overlap = scorer.overlap(pred["content"], g)
        size = max(1, pred["content"][1] - pred["content"][0])
        if overlap and (overlap / (g[1] - g[0]) >= 0.5 or overlap / size >= 0.8) and scorer.source_ok(gold, pred):
            return True
    return False


def main(train: str, *held_out: str) -> None:
    by_kind: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    by_value: dict[str, dict[float, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for name, path in [("train", train), *(("held out", p) for p in held_out)]:
        for statement, form, ok in judged(path):
            if name == "train":
                tally = by_kind[(statement.how, form)]
                tally[0], tally[1] = tally[0] + 1, tally[1] + ok
            cell = by_value[name][statement.confidence]
            cell[0], cell[1] = cell[0] + 1, cell[1] + ok
    print("MEASURED = {")
    for (how, form), (n, ok) in sorted(by_kind.items()):
        if n >= MIN_SEEN and form != "unknown":
            print(f"    ({how!r}, {form!r}): {ok / n:.2f},  # {n} statements")
    print("}")
    for how in sorted({h for h, _ in by_kind}):
        n = sum(v[0] for (h, f), v in by_kind.items() if h == how and f != "unknown")
        ok = sum(v[1] for (h, f), v in by_kind.items() if h == how and f != "unknown")
        print(f"BY_CONSTRUCTION[{how!r}] = {ok / max(n, 1):.2f}  # {n}")
    unknown = [v for (h, f), v in by_kind.items() if f == "unknown"]
    print(f"UNKNOWN_SOURCE = {sum(v[1] for v in unknown) / max(1, sum(v[0] for v in unknown)):.2f}")
    for name, table in by_value.items():
        print(f"\n{name}: | confidence | statements | right |")
        for value in sorted(table, reverse=True):
            n, ok = table[value]
            print(f"| {value:.2f} | {n} | {ok / n:.2f} |")


if __name__ == "__main__":
    main(*sys.argv[1:])
