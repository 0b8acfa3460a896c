"""Every bundled query parses, runs and returns rows; parameters are bound as RDF terms."""
import csv
import io
import json

import pytest

from kg.errors import QueryError
from kg.queries import bound_text, bundled, find_query, render, run
from kg.stores import memory_store

PARAMS = {"statements-by": ["speaker=Okafor"], "talks-about": ["entity=Europe"], "co-mentions": ["entity=NATO"]}
QUERIES = [q.name for q in bundled()]


@pytest.fixture(scope="module")
def store(example_graph):
    return memory_store([str(example_graph)])


def test_bundled_queries_are_documented():
    assert len(QUERIES) >= 11
    for query in bundled():
        assert query.description and query.columns, query.name
        assert all(p.description for p in query.params), query.name


@pytest.mark.parametrize("name", QUERIES)
def test_every_query_returns_rows(store, name):
    query = find_query(name)
    solutions = run(store, query, PARAMS.get(name, []))
    variables = [v.value for v in solutions.variables]
    assert variables == [c.strip() for c in query.columns.split(",")]
    assert len(list(solutions)) > 0


def test_statements_by_matches_surname_case_insensitively(store):
    rows = list(run(store, find_query("statements-by"), ["speaker=okafor"]))
    assert rows and {r["name"].value for r in rows} == {"Daniel Okafor"}


def test_entities_filtered_by_type(store):
    rows = list(run(store, find_query("entities"), ["type=Person"]))
    assert rows and {r["entity_type"].value for r in rows} == {"Person"}


def test_places_have_coordinates(store):
    rows = list(run(store, find_query("places"), []))
    tallinn = next(r for r in rows if r["place"].value == "Tallinn")
    assert tallinn["geonames"].value.startswith("https://sws.geonames.org/") and tallinn["lat"] is not None


def test_parameters_cannot_inject(store):
    hostile = 'x" } } SELECT * WHERE { ?s ?p ?o } #'
    text = bound_text(find_query("talks-about"), [f"entity={hostile}"])
    assert '"x\\" } } SELECT' in text  # an escaped literal, not query text
    assert list(run(store, find_query("talks-about"), [f"entity={hostile}"])) == []


@pytest.mark.parametrize("params, message", [
    ([], "needs --param entity"), (["nope=1"], "has no parameter"), (["entity"], "is not name=value")])
def test_parameter_errors(params, message):
    with pytest.raises(QueryError, match=message):
        bound_text(find_query("talks-about"), params)


def test_unknown_query():
    with pytest.raises(QueryError, match="kg queries"):
        find_query("no-such-query")


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "table"])
def test_result_formats(store, fmt):
    data, count = render(run(store, find_query("roles"), []), fmt)
    text = data.decode()
    assert count > 0
    if fmt == "json":
        parsed = json.loads(text)
        assert parsed["head"]["vars"] == ["person", "title", "organization", "articles"]
        assert len(parsed["results"]["bindings"]) == count
        assert parsed["results"]["bindings"][0]["articles"]["datatype"].endswith("#integer")
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(text)))
        assert rows[0] == ["person", "title", "organization", "articles"] and len(rows) == count + 1
    elif fmt == "tsv":
        lines = text.splitlines()
        assert lines[0] == "?person\t?title\t?organization\t?articles" and lines[1].startswith('"')
    else:
        assert text.splitlines()[0].split()[:2] == ["person", "title"]
