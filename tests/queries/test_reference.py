"""The bundled queries that look entities up by key, or add up per-article counts, give the rows the
plain queries gave: those are kept in `reference/`, as they were before the keys (each scans the
corpus), and both run on the same corpus: the examples and the test articles, with `kg resolve`'s links,
and again as a corpus of copies under new article ids."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.queries import Source, bundled, execute, find_query, pages, query_chunks, query_rows, run_query
from kg.queries.pages import page_rows
from kg.queries.source import LocalReader
from kg.rdf import DEFAULT_BASE
from kg.run import Settings, extract_files
from kg.run.resolve import resolve_corpus
from kg.stores import memory_store

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
REFERENCE = HERE / "reference"
DOC = re.compile(r"(/(?:doc|graph)/)([A-Za-z0-9._~-]+)")
IDENTIFIER = re.compile(r'(<http://purl\.org/dc/terms/identifier> "[^"]*)(")')

# (query, parameters): names, surnames, other cases and spacing, IRIs, names nobody has
CASES = [
    ("statements-by", ["speaker=Okafor"]),
    ("statements-by", ["speaker=daniel OKAFOR"]),
    ("statements-by", ["speaker=Nobody Atall"]),
    ("statements-by", ["speaker=<https://w3id.org/newskg/id/entity/person/daniel-okafor>"]),
    ("timeline", []),
    ("timeline", ["speaker=Okafor"]),
    ("timeline", ["speaker="]),
    ("talks-about", ["entity=Europe"]),
    ("talks-about", ["entity=united states"]),
    ("co-mentions", ["entity=NATO"]),
    ("co-mentions", ["entity=Okafor"]),
    ("entities", []),
    ("entities", ["type=Person"]),
    ("places", []),
    ("stats", []),
    ("top-speakers", []),
]


def corpus_lines(folder: Path) -> list[str]:
    graph, links = folder / "corpus.nq", folder / "links.nq"
    extract_files([str(ROOT / "examples"), str(ROOT / "tests" / "articles")], Settings(output=str(graph)))
    resolve_corpus(Source(files=(str(graph),)), output=str(links), base=DEFAULT_BASE)
    return graph.read_text(encoding="utf-8").split("\n") + links.read_text(encoding="utf-8").split("\n")


@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reference")
    lines = [line for line in corpus_lines(folder) if line]
    copies = folder / "copies.nq"
    with copies.open("w", encoding="utf-8") as out:
        for k in range(3):  # each copy its own articles; the entities and the links shared
            out.writelines(copied(line, f"-{k}") + "\n" for line in lines if "/graph/resolution>" not in line)
        out.writelines(line + "\n" for line in lines if "/graph/resolution>" in line)
    single = folder / "single.nq"
    single.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"single": LocalReader(memory_store([str(single)])), "copies": LocalReader(memory_store([str(copies)]))}


def copied(line: str, suffix: str) -> str:
    line = DOC.sub(lambda m: f"{m.group(1)}{m.group(2)}{suffix}", line)
    return IDENTIFIER.sub(lambda m: f"{m.group(1)}{suffix}{m.group(2)}", line)


def reference(name: str):
    return find_query(str(REFERENCE / f"{name}.rq"))


@pytest.mark.parametrize("corpus", ["single", "copies"])
@pytest.mark.parametrize(("name", "params"), CASES)
def test_rows_as_the_plain_query_gave_them(corpora, corpus, name, params):
    reader = corpora[corpus]
    assert query_rows(find_query(name), reader, params) == query_rows(reference(name), reader, params)


def test_a_name_is_looked_up_folded_for_spacing_and_accents_too(corpora):
    reader = corpora["single"]
    wanted = query_rows(find_query("statements-by"), reader, ["speaker=Daniel Okafor"])[1]
    assert wanted and query_rows(find_query("statements-by"), reader, ["speaker= dániel   okafor "])[1] == wanted


def test_links_repeated_in_several_graphs_count_once(corpora, tmp_path):
    lines = [line for line in corpus_lines(tmp_path) if line]
    twice = tmp_path / "twice.nq"  # the resolution graph, and a copy of it under another name
    twice.write_text("\n".join(lines + [line.replace("/graph/resolution>", "/graph/resolution-2>")
                                        for line in lines if "/graph/resolution>" in line]) + "\n", encoding="utf-8")
    assert any("/graph/resolution>" in line for line in lines), "kg resolve linked nothing: nothing is tested"
    for name in ("entities", "top-speakers", "stats"):
        once = query_rows(find_query(name), corpora["single"])[1]
        rows = query_rows(find_query(name), LocalReader(memory_store([str(twice)])))[1]
        if name == "stats":  # the copy's quads are quads; nothing else changes
            once, rows = [r[:-1] for r in once], [r[:-1] for r in rows]
        assert rows == once, name


def test_a_case_has_rows_to_compare(corpora):
    reader = corpora["copies"]
    assert query_rows(find_query("statements-by"), reader, ["speaker=okafor"])[1]
    assert query_rows(find_query("co-mentions"), reader, ["entity=NATO"])[1]


PAGED = [("statements", []), ("timeline", []), ("events", []), ("events", ["type=Justice"]),
         ("events-of", ["entity=Russia"]), ("events-of", ["entity=Bowen"]), ("events-of", ["entity=Nobody Atall"])]


@pytest.mark.parametrize(("name", "params"), PAGED)
@pytest.mark.parametrize(("offset", "limit"), [(0, 1), (0, 25), (7, 30), (40, 1000), (10_000, 5)])
def test_a_page_holds_the_rows_the_whole_answer_has_there(corpora, name, params, offset, limit):
    reader = corpora["copies"]
    _, rows = query_rows(find_query(name), reader, params)
    assert rows or "Nobody" in params[0], "no rows: nothing is tested"
    for window in (1, 3, 200):  # articles in the first window: every window boundary is tried
        paged = page_rows(find_query(name), reader, params, limit=limit, offset=offset, window=window)
        assert paged is not None and paged[1] == rows[offset:offset + limit], window


def test_a_page_of_one_speaker_is_the_whole_answer_cut(corpora):
    reader = corpora["single"]
    assert page_rows(find_query("timeline"), reader, ["speaker=Okafor"], limit=1, offset=0) is None


@pytest.fixture(scope="module")
def streamed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("streamed")
    graph = folder / "streamed.nq"
    graph.write_text("\n".join(line for line in corpus_lines(folder) if line) + "\n", encoding="utf-8")
    return Source(files=(str(graph),))


@pytest.mark.parametrize(("name", "params"), [("statements", []), ("events-of", ["entity=Russia"]),
                                              ("events-of", ["entity=Nobody Atall"]), ("events", ["type=Justice"]),
                                              ("events", [])])
@pytest.mark.parametrize("fmt", ["csv", "tsv"])
@pytest.mark.parametrize(("offset", "limit"), [(0, None), (5, None), (3, 40), (0, 10_000)])
def test_rows_stream_a_window_at_a_time_and_then_the_rest(streamed, monkeypatch, name, params, fmt, offset, limit):
    monkeypatch.setattr(pages, "WINDOW", 1)  # windows of 1, 2 and 4 articles, then the rest at once
    monkeypatch.setattr(execute, "ROWS_PER_PIECE", 7)  # written a few rows at a time
    pieces = list(query_chunks(name, streamed, params=params, fmt=fmt, limit=limit, offset=offset))
    whole, count = run_query(name, streamed, params=params, fmt=fmt, limit=limit, offset=offset)
    assert b"".join(text for text, _ in pieces) == whole and sum(n for _, n in pieces) == count
    first = find_query(name).columns.split(",")[0]
    assert whole.startswith(first.encode() if fmt == "csv" else b"?" + first.encode())  # the header, always
    assert len(pieces) > 1 or limit is not None or not count


def test_kept_answers_are_the_engines_and_never_stale(tmp_path):
    from pyoxigraph import Literal as Text
    from pyoxigraph import NamedNode as Node
    from pyoxigraph import Quad

    from kg.queries.cache import kept_rows
    from kg.queries.execute import computed_rows
    from kg.run import load_corpus
    from kg.stores import open_store

    lines = [line for line in corpus_lines(tmp_path) if line]
    graph = tmp_path / "kept.nq"
    graph.write_text("\n".join(lines) + "\n", encoding="utf-8")
    folder = tmp_path / "store"
    assert "answers kept" in load_corpus([str(graph)], store=str(folder))
    reader = Source(store=str(folder)).open()
    for query in (q for q in bundled() if q.kept):
        params = ["type=Person"] if query.name == "entities" else []
        found = kept_rows(query, reader, params)
        assert found is not None and found == computed_rows(query, reader, params), query.name
    del reader
    store = open_store(folder, write=True)  # another tool adds an article graph: the answers are stale
    other = Node("https://w3id.org/newskg/id/graph/other")
    store.add(Quad(other, Node("http://purl.org/dc/terms/conformsTo"), Node("https://w3id.org/newskg/ns/0.1.0"), other))
    store.add(Quad(Node("https://w3id.org/newskg/id/doc/other"), Node("http://schema.org/name"), Text("x"), other))
    del store
    assert kept_rows(find_query("stats"), Source(store=str(folder)).open(), []) is None
