"""Answers kept with the store: corpus-wide counts and lists not recomputed for each question
(docs/design.md, "Look-ups, pages and kept answers").

A bundled query that declares `# kept: yes` (stats, entities, places, top-speakers ...) is answered once
for each value its parameters can take, when `kg load` or `kg resolve` has written an embedded store, and
its rows are kept in the graph `urn:newskg:kept-answers` as SPARQL JSON (`nkg:results`), with the
corpus's fingerprint (`nkg:fingerprint`: its article graphs, their quads, and the quads of its other
newskg graphs). `kg query` uses a kept answer only while the store's fingerprint is the one it was
computed on, and otherwise runs the query: a store written by other tools is never answered from a
stale answer. The graph has no `dct:conformsTo`, so no query counts it as newskg's.
"""
from __future__ import annotations

import itertools
from collections.abc import Iterable

from pyoxigraph import Literal, NamedNode, Store

from kg.rdf.vocab import NKG
from kg.stores import KEPT_ANSWERS

from .bundled import Query, Rows, bindings, bundled, expand, results_json, rows_of
from .source import LocalReader, Reader

# the graphs and quads `stats` counts (one part for both): a kept answer is as fresh as they are
FINGERPRINT = """PREFIX nkg: <https://w3id.org/newskg/ns#>
PREFIX dct: <http://purl.org/dc/terms/>
SELECT ?graphs ?counted ?uncounted WHERE {
  #include quad-counts
}"""
KEPT = f"""SELECT ?fingerprint ?results WHERE {{
  GRAPH <{KEPT_ANSWERS.value}> {{ ?answer <{NKG.fingerprint.value}> ?fingerprint ; <{NKG.results.value}> ?results }}
}}"""


def answer_iri(query: Query, params: Iterable[str]) -> NamedNode:
    """The kept answer's IRI: the query's name and its parameters as given, in order."""
    values = "&".join(f"{name}={value.value}" for name, value in sorted(bindings(query, params).items()))
    return NamedNode(f"{KEPT_ANSWERS.value}#{query.name}" + (f"?{values}" if values else ""))


def fingerprint(reader: Reader) -> str:
    """What the corpus is now, cheaply: its article graphs, their quads (nkg:quadCount), the quads of
    its other newskg graphs."""
    row = next(iter(reader.values(expand(FINGERPRINT, "fingerprint"), name="fingerprint")), None) or []
    return " ".join(value or "0" for value in row)


def kept_rows(query: Query, reader: Reader, params: Iterable[str]) -> Rows | None:
    """The kept answer to the query with these parameters, if it was computed on the corpus as it is now
    (the corpus's fingerprint is worked out only where an answer is kept)."""
    if not query.kept or not isinstance(reader, LocalReader):
        return None
    text = KEPT.replace("?answer", str(answer_iri(query, params)))
    found = next(iter(reader.values(text, name="kept answer")), None)
    if not found or None in found or found[0] != fingerprint(reader):
        return None
    return rows_of(found[1].encode())


def keep_answers(store: Store) -> int:
    """Answer every kept query (each value of each parameter that has a few) on the store and keep the
    rows there, in place of the answers kept before, in one update. Returns how many were kept."""
    from .execute import computed_rows

    reader = LocalReader(store)
    store.update(f"DROP SILENT GRAPH <{KEPT_ANSWERS.value}>")  # no stale answer while these are worked out
    mark = Literal(fingerprint(reader))
    triples = []
    for query in (q for q in bundled() if q.kept):
        for params in choices(query):
            variables, rows = computed_rows(query, reader, params)
            answer = answer_iri(query, params)
            triples.append(f"{answer} <{NKG.fingerprint.value}> {mark} .")
            triples.append(f"{answer} <{NKG.results.value}> {Literal(results_json(variables, rows).decode())} .")
    store.update(f"INSERT DATA {{ GRAPH <{KEPT_ANSWERS.value}> {{\n" + "\n".join(triples) + "\n} }")
    return len(triples) // 2


def choices(query: Query) -> list[list[str]]:
    """Every combination of the query's parameters that take one of a few words (none left out: a left
    out parameter is its default); a query with other parameters is not kept."""
    if any(not p.choices and not p.optional for p in query.params):
        return []
    options = [[f"{p.name}={c}" for c in p.choices] for p in query.params if p.choices]
    return [list(combo) for combo in itertools.product(*options)]
