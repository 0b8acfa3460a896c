"""Validation article graph by article graph agrees with pySHACL on the whole shapes graph."""
from __future__ import annotations

import re

from pyoxigraph import Literal, Quad

from kg.rdf import read_rdf, validate_graph, validate_quads
from kg.rdf.validate import union_graph
from kg.rdf.vocab import NIF, SCHEMA

FOCUS = re.compile(r"Focus Node: (\S+)")


def broken(example_graph) -> list[Quad]:
    """The examples with four known faults: a wrong anchor, offsets past the text, an offset written as
    a string, a nameless person."""
    quads = list(read_rdf(str(example_graph)))
    anchors = [q for q in quads if q.predicate == NIF.anchorOf]
    person = next(q.subject for q in quads if q.predicate.value.endswith("#type") and q.object == SCHEMA.Person)
    ends = [q for q in quads if q.predicate == NIF.endIndex and q.subject != anchors[0].subject]
    phrases = {q.subject for q in anchors[1:]} - {ends[-1].subject}
    begins = [q for q in quads if q.predicate == NIF.beginIndex and q.subject in phrases]
    faults = {anchors[0]: Quad(anchors[0].subject, NIF.anchorOf, Literal("not the text"), anchors[0].graph_name),
              ends[-1]: Quad(ends[-1].subject, NIF.endIndex, Literal("99999", datatype=ends[-1].object.datatype),
                             ends[-1].graph_name),
              begins[0]: Quad(begins[0].subject, NIF.beginIndex, Literal(begins[0].object.value), begins[0].graph_name)}
    return [faults.get(q, q) for q in quads if not (q.subject == person and q.predicate == SCHEMA.name)]


def focus_nodes(text: str) -> set[str]:
    return {node.strip("<>") for node in FOCUS.findall(text)}


def test_per_graph_validation_finds_what_pyshacl_finds(example_graph):
    quads = broken(example_graph)
    reference = validate_graph(union_graph(quads))
    fast = validate_quads(quads)
    assert not reference.conforms and not fast.conforms
    assert focus_nodes(fast.text) == focus_nodes(reference.text)
    assert len(focus_nodes(fast.text)) == 4
    assert "anchorOf" in fast.text and "Message" in fast.text and "beginIndex" in fast.text


def test_the_same_report_from_one_process_or_several(example_graph, monkeypatch):
    import kg.rdf.validate

    monkeypatch.setattr(kg.rdf.validate, "PARALLEL_FROM", 1)  # a pool even for six graphs
    quads = broken(example_graph)
    assert validate_quads(quads, jobs=1) == validate_quads(quads, jobs=2)


def test_clean_graphs_conform(example_graph):
    assert validate_quads(read_rdf(str(example_graph)), jobs=2).conforms


def test_an_unnamed_source_written_two_ways_has_one_name():
    from kg import extract

    graph = extract("Police said the road would reopen on Friday. Later, police said the bridge was safe.")
    rows = list(graph.query("""PREFIX schema: <http://schema.org/> PREFIX nkg: <https://w3id.org/newskg/ns#>
        SELECT ?source (COUNT(?name) AS ?names) WHERE { ?source a nkg:UnnamedSource ; schema:name ?name }
        GROUP BY ?source"""))
    assert rows and all(int(names) == 1 for _, names in rows)
    assert validate_quads(q for q in read_rdf_of(graph)).conforms


def read_rdf_of(graph):
    from pyoxigraph import RdfFormat, parse
    return parse(graph.serialize(format="nquads").encode(), format=RdfFormat.N_QUADS)


def test_an_offset_that_is_no_number_is_reported_not_a_crash(example_graph):
    quads = list(read_rdf(str(example_graph)))
    phrases = {q.subject for q in quads if q.predicate == NIF.anchorOf}
    begin = next(q for q in quads if q.predicate == NIF.beginIndex and q.subject in phrases)
    bad = [Quad(q.subject, q.predicate, Literal("x", datatype=q.object.datatype), q.graph_name) if q == begin else q
           for q in quads]
    report = validate_quads(bad)
    assert not report.conforms and begin.subject.value in focus_nodes(report.text)
