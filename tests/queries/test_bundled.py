"""Every bundled query parses, runs and returns rows; parameters are bound as RDF terms."""
import csv
import io
import json
import re

import pytest
from pyoxigraph import Literal

from kg.errors import QueryError
from kg.queries import bundled, find_query, query_results
from kg.queries.bundled import bound_text, render, rows_of
from kg.queries.lookup import entities_named
from kg.queries.source import LocalReader
from kg.stores import memory_store

PARAMS = {"statements-by": ["speaker=Okafor"], "talks-about": ["entity=Europe"], "co-mentions": ["entity=NATO"],
          "events-of": ["entity=NATO"]}
QUERIES = [q.name for q in bundled()]


@pytest.fixture(scope="module")
def store(example_graph):
    return memory_store([str(example_graph)])


def solutions(store, name, params=()) -> tuple[list[str], list[dict]]:
    variables, rows = rows_of(query_results(find_query(name), LocalReader(store), params))
    return variables, [dict(zip(variables, row)) for row in rows]


def test_bundled_queries_are_documented():
    assert len(QUERIES) >= 11
    for query in bundled():
        assert query.description and query.columns, query.name
        assert all(p.description for p in query.params), query.name


@pytest.mark.parametrize("name", QUERIES)
def test_every_query_returns_rows(store, name):
    variables, rows = solutions(store, name, PARAMS.get(name, []))
    assert variables == [c.strip() for c in find_query(name).columns.split(",")]
    assert rows


def test_statements_by_matches_surname_case_insensitively(store):
    _, rows = solutions(store, "statements-by", ["speaker=okafor"])
    assert rows and {r["name"].value for r in rows} == {"Daniel Okafor"}


def test_entities_filtered_by_type(store):
    _, rows = solutions(store, "entities", ["type=Person"])
    assert rows and {r["entity_type"].value for r in rows} == {"Person"}


def test_places_have_coordinates(store):
    _, rows = solutions(store, "places")
    tallinn = next(r for r in rows if r["place"].value == "Tallinn")
    assert tallinn["geonames"].value.startswith("https://sws.geonames.org/") and tallinn["lat"] is not None


def test_parameters_cannot_inject(store):
    hostile = 'x" } } SELECT * WHERE { ?s ?p ?o } #'
    assert entities_named(Literal(hostile), LocalReader(store)) == []  # its key an escaped literal
    assert solutions(store, "talks-about", [f"entity={hostile}"])[1] == []
    assert solutions(store, "timeline", [f"speaker={hostile}"])[1] == []


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
    data, count = render(query_results(find_query("roles"), LocalReader(store), []), fmt)
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


RESOLVED = """
@prefix schema: <http://schema.org/> . @prefix nkg: <https://w3id.org/newskg/ns#> .
@prefix dct: <http://purl.org/dc/terms/> . @prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix gaf: <http://groundedannotationframework.org/gaf#> .
@prefix e: <https://e.org/entity/> . @prefix d: <https://e.org/doc/> .
<https://e.org/graph/a> {
  <https://e.org/graph/a> dct:conformsTo <https://w3id.org/newskg/ns/0.1.0> .
  d:a a schema:NewsArticle ; dct:identifier "a" ; schema:mentions e:portugal, e:bank-of-portugal, e:mario-centeno .
  e:portugal a schema:Place ; schema:name "Portugal" ; gaf:denotedBy d:a1 .
  e:bank-of-portugal a schema:Organization ; schema:name "Bank of Portugal" ; gaf:denotedBy d:a2 .
  e:mario-centeno a schema:Person ; schema:name "Mário Centeno" ; gaf:denotedBy d:a3 .
  d:s1 a nkg:Statement ; schema:text "Rates will hold." ; schema:spokenByCharacter e:mario-centeno ;
       schema:isPartOf d:a ; nkg:confidence 0.9 ; schema:mentions e:portugal .
}
<https://e.org/graph/b> {
  <https://e.org/graph/b> dct:conformsTo <https://w3id.org/newskg/ns/0.1.0> .
  d:b a schema:NewsArticle ; dct:identifier "b" ; schema:mentions e:centeno, e:portugal .
  e:centeno a schema:Person ; schema:name "Centeno" ; gaf:denotedBy d:b1 .
  e:portugal a schema:Place ; schema:name "Portugal" ; gaf:denotedBy d:b2 .
  d:s2 a nkg:Statement ; schema:text "Growth is back." ; schema:spokenByCharacter e:centeno ;
       schema:isPartOf d:b ; nkg:confidence 0.9 ; schema:mentions e:portugal .
}
<https://e.org/graph/resolution> { e:centeno owl:sameAs e:mario-centeno . }
"""


@pytest.fixture(scope="module")
def resolved(tmp_path_factory):
    path = tmp_path_factory.mktemp("resolved") / "resolved.trig"
    path.write_text(RESOLVED, encoding="utf-8")
    return memory_store([str(path)])


def test_a_resolved_entity_is_one_row_everywhere(resolved):
    _, speakers = solutions(resolved, "top-speakers")
    assert [(r["speaker"].value, int(r["statements"].value)) for r in speakers] == [("Mário Centeno", 2)]
    for params in (["speaker=Centeno"], ["speaker=mário centeno"], ["speaker=https://e.org/entity/centeno"]):
        _, rows = solutions(resolved, "statements-by", params)
        assert {r["content"].value for r in rows} == {"Rates will hold.", "Growth is back."}, params
        assert {r["name"].value for r in rows} == {"Mário Centeno"}
    _, stats = solutions(resolved, "stats")
    assert int(stats[0]["people"].value) == 1 and int(stats[0]["speakers"].value) == 1


def test_an_exact_name_wins_over_a_loose_match(resolved):
    _, rows = solutions(resolved, "co-mentions", ["entity=Portugal"])
    assert {r["name"].value for r in rows} == {"Portugal"}
    _, rows = solutions(resolved, "talks-about", ["entity=https://e.org/entity/portugal"])
    assert [(r["speaker"].value, int(r["statements"].value)) for r in rows] == [("Mário Centeno", 2)]


def test_triple_and_quad_files_of_the_same_articles_count_once(example_graph, tmp_path):
    from kg.rdf import read_rdf, serialize_batch

    turtle = tmp_path / "examples.ttl"
    with turtle.open("wb") as stream:
        serialize_batch(list(read_rdf(str(example_graph))), "ttl", stream)
    alone = solutions(memory_store([str(example_graph)]), "entities")[1]
    both = solutions(memory_store([str(example_graph), str(turtle)]), "entities")[1]
    assert both == alone


def test_the_event_classes_part_is_the_vocabulary():
    """The part's classes and their names are the vocabulary's: a type added to one and not the other would
    show as "Occurrence", and could not be asked for."""
    from kg.queries.bundled import parts
    from kg.rdf.vocab import EVENT_CLASSES

    listed = dict(re.findall(r'\(nkg:(\w+Event) "(\w+)"\)', parts()["event-classes"].body))
    assert listed == {cls.value.rsplit("#", 1)[1]: kind for kind, cls in EVENT_CLASSES.items()}
