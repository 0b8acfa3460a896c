"""Results put in order by newskg: the same rows, in the same order, as the engine's ORDER BY."""
import json

import pytest
from pyoxigraph import Literal, NamedNode

from kg.queries import bundled, query_results, query_rows
from kg.queries.bundled import rows_of, select_on
from kg.queries.execute import prepared
from kg.queries.order import sort_results, sort_rows, split_order
from kg.queries.source import LocalReader
from kg.stores import memory_store

from .test_bundled import PARAMS


@pytest.mark.parametrize("text, rest, keys", [
    ("SELECT ?a ?b WHERE { ?a ?p ?b }\nORDER BY ?a DESC(?b)\n", "SELECT ?a ?b WHERE { ?a ?p ?b }\n",
     [("a", False), ("b", True)]),
    ("SELECT * WHERE { ?a ?p ?b }\n  order by asc( ?b )", "SELECT * WHERE { ?a ?p ?b }\n", [("b", False)]),
    # the engine needs its ORDER BY to choose rows, or it orders by an expression: left as it is
    ("SELECT * WHERE { ?a ?p ?b }\nORDER BY ?a\nLIMIT 5", None, []),
    ("SELECT * WHERE { ?a ?p ?b }\nORDER BY STR(?a)", None, []),
    ("SELECT * WHERE { ?a ?p ?b }", None, []),
])
def test_split_order(text, rest, keys):
    assert split_order(text) == (rest if rest is not None else text, keys)


def results(*rows):
    return json.dumps({"head": {"vars": ["x", "n"]}, "results": {"bindings": list(rows)}}).encode()


def test_sort_results_orders_terms_as_sparql_does():
    lit = lambda v: {"type": "literal", "value": v}
    num = lambda v: {"type": "literal", "value": v, "datatype": "http://www.w3.org/2001/XMLSchema#integer"}
    rows = [{"x": lit("b"), "n": num("10")}, {"x": lit("a"), "n": num("9")}, {"n": num("10")},
            {"x": {"type": "uri", "value": "https://x.org/z"}, "n": num("9")}, {"x": lit("Z"), "n": num("10")}]
    ordered = json.loads(sort_results(results(*rows), [("n", True), ("x", False)]))["results"]["bindings"]
    # numbers by value (10 before 9, descending); then unbound, IRIs, literals by their characters
    assert [(r.get("x", {}).get("value"), r["n"]["value"]) for r in ordered] == [
        (None, "10"), ("Z", "10"), ("b", "10"), ("https://x.org/z", "9"), ("a", "9")]


def test_sort_rows_orders_terms_as_sort_results_does():
    integer = NamedNode("http://www.w3.org/2001/XMLSchema#integer")
    rows = [[Literal("b"), Literal("10", datatype=integer)], [Literal("a"), Literal("9", datatype=integer)],
            [None, Literal("10", datatype=integer)], [NamedNode("https://x.org/z"), Literal("9", datatype=integer)],
            [Literal("Z"), Literal("10", datatype=integer)]]
    ordered = sort_rows(["x", "n"], rows, [("n", True), ("x", False)])
    assert [(x.value if x else None, n.value) for x, n in ordered] == [
        (None, "10"), ("Z", "10"), ("b", "10"), ("https://x.org/z", "9"), ("a", "9")]
    assert sort_rows(["x", "n"], rows, []) == rows


@pytest.mark.parametrize("name", [q.name for q in bundled()])
def test_same_rows_as_the_engines_order(example_graph, name):
    store = memory_store([str(example_graph)])
    query = next(q for q in bundled() if q.name == name)
    engine = rows_of(select_on(store, prepared(query, LocalReader(store), PARAMS.get(name, []))))
    assert rows_of(query_results(query, LocalReader(store), PARAMS.get(name, []))) == engine  # sorted as SPARQL JSON
    assert query_rows(query, LocalReader(store), PARAMS.get(name, [])) == engine  # sorted as terms
