"""A long answer's rows piped from the store as text (kg.queries.streamed): the same values a Python loop over the
solutions gives, whatever the literal holds; errors raised to the reader; a reader may stop early."""
from __future__ import annotations

import threading

import pytest
from pyoxigraph import BlankNode, Literal, NamedNode, Quad, Store

from kg.errors import QueryError
from kg.queries.streamed import piped_values_on as values_on

EX = "http://example.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"
OBJECTS = [
    Literal("plain words"),
    Literal(""),
    Literal('a "quoted" word, a tab\there and\nnew lines\r\n'),
    Literal("back\\slash \\n not a new line \\u0041"),
    Literal("nul \x00 bell \x07 form \x0c del \x7f"),
    Literal("line\u2028separator and 😀 emoji, çé"),
    Literal("Paris", language="fr"),
    Literal("42", datatype=NamedNode(XSD + "integer")),
    Literal("0.75", datatype=NamedNode(XSD + "double")),
    Literal("true", datatype=NamedNode(XSD + "boolean")),
    Literal("2016-06-27", datatype=NamedNode(XSD + "date")),
    NamedNode(EX + "doc#char=3171,3272"),
    NamedNode(EX + "a%20b?q=1&r=é"),
    BlankNode("b0"),
]


@pytest.fixture(scope="module")
def store() -> Store:
    store = Store()
    graph = NamedNode(EX + "g")
    for k, value in enumerate(OBJECTS):
        store.add(Quad(NamedNode(f"{EX}s{k:02d}"), NamedNode(EX + "p"), value, graph))
    store.add(Quad(NamedNode(EX + "lonely"), NamedNode(EX + "q"), Literal("x"), graph))
    return store


QUERY = ("SELECT ?s ?o WHERE { GRAPH ?g { { ?s <http://example.org/p> ?o } UNION { ?s <http://example.org/q> [] } } } "
         "ORDER BY ?s")


def test_values_are_those_of_the_terms(store: Store) -> None:
    expected = [[None if t is None else t.value for t in solution] for solution in store.query(QUERY)]
    assert list(values_on(store, QUERY)) == expected
    assert len(expected) == len(OBJECTS) + 1
    assert expected[0] == ["http://example.org/lonely", None]  # unbound stays None
    assert expected[2] == ["http://example.org/s01", ""]  # and an empty literal ""


def test_bad_sparql_is_a_query_error_for_the_reader(store: Store) -> None:
    with pytest.raises(QueryError, match="'broken' is not valid SPARQL"):
        list(values_on(store, "SELECT ?s WHERE { ?s", name="broken"))


def test_an_error_while_running_reaches_the_reader(store: Store) -> None:
    failing = "SELECT ?x WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?x ?y ?z } }"
    with pytest.raises(QueryError, match="'remote' failed while running"):
        list(values_on(store, failing, name="remote"))


def test_a_reader_that_stops_early_ends_the_writer(store: Store) -> None:
    many = "SELECT ?a ?b WHERE { GRAPH ?g { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z } }"  # 15^3 rows, more than a pipe holds
    before = threading.active_count()
    rows = values_on(store, many)
    assert next(rows)
    rows.close()
    for thread in threading.enumerate():
        if thread.name == "kg-query":
            thread.join(timeout=10)
    assert threading.active_count() == before
