"""Every bundled query gives the embedded store's rows on real servers: `oxigraph serve` and Virtuoso 7.

Both are started here on 127.0.0.1 and loaded through their graph stores (Virtuoso's with a
Digest user) with 300+ article graphs and `kg resolve` links. Virtuoso keeps Debian's 10,000-row
cap, so results past it prove that kg pages them.
"""
import os

import pytest

from kg.queries import Source, bundled, find_query, run_query
from kg.queries.bundled import bound_text
from kg.stores import load_into

from .servers import OXIGRAPH, VIRTUOSO, VIRTUOSO_PASSWORD, VIRTUOSO_USER, Oxigraph, Virtuoso

SERVERS = ["oxigraph", "virtuoso"]
# Every quad whose object is an IRI, in a total order: far more rows than Virtuoso's cap.
# (Ordered over literal objects, Virtuoso 7.2 drops some rows of a freshly loaded store; see README.)
ALL_LINKS = """SELECT ?g ?s ?p ?o WHERE {
  GRAPH ?g { ?s ?p ?o } FILTER (isIRI(?o)) FILTER (STRSTARTS(STR(?g), "https://w3id.org/newskg/"))
} ORDER BY ?g ?s ?p ?o"""


@pytest.fixture(scope="module", params=SERVERS)
def server(request, corpus, tmp_path_factory):
    folder = tmp_path_factory.mktemp(request.param)
    if request.param == "virtuoso":
        if not VIRTUOSO:
            pytest.skip("Virtuoso 7 is not installed (Debian: apt-get install virtuoso-opensource-7-bin)")
        srv = Virtuoso(folder).start()
    else:
        if not OXIGRAPH.exists():
            pytest.skip("oxigraph serve is not installed (pip install oxigraph)")
        srv = Oxigraph(folder).start()
    saved = {k: os.environ.get(k) for k in ("KG_ENDPOINT_USER", "KG_ENDPOINT_PASSWORD")}
    os.environ.update(KG_ENDPOINT_USER=VIRTUOSO_USER, KG_ENDPOINT_PASSWORD=VIRTUOSO_PASSWORD)
    try:
        load_into(corpus.files, endpoint=srv.url)
        load_into(corpus.files, endpoint=srv.url)  # loading again replaces every graph, doubles nothing
    finally:
        for key, value in saved.items():
            os.environ.pop(key) if value is None else os.environ.__setitem__(key, value)
    yield srv
    srv.stop()


def embedded(corpus, name, params=()):
    return run_query(name, Source(files=tuple(corpus.files)), params=params, fmt="csv")


def parameter_sets(corpus) -> list[tuple[str, list[str]]]:
    """Parameters taken from the embedded store's own answers: names, surnames, IRIs, types."""
    _, speakers = Source(files=tuple(corpus.files)).open().rows(bundled_text("top-speakers"))
    _, entities = Source(files=tuple(corpus.files)).open().rows(bundled_text("entities"))
    who, name = speakers[0][0].value, speakers[0][1].value
    entity, entity_name = entities[0][0].value, entities[0][1].value
    sets = [(q.name, []) for q in bundled() if all(p.optional for p in q.params)]
    sets += [("statements-by", [f"speaker={v}"]) for v in (name, name.split()[-1].lower(), who)]
    sets += [("timeline", [f"speaker={name}"]), ("statements", ["min_confidence=0.8"])]
    sets += [(q, [f"entity={v}"]) for q in ("talks-about", "co-mentions") for v in (entity_name, entity)]
    sets += [("entities", [f"type={t}"]) for t in ("Person", "Organization", "Place")]
    sets += [("events", [f"type={t}"]) for t in ("Justice", "Occurrence")]
    columns, events = Source(files=tuple(corpus.files)).open().rows(bundled_text("events"))
    taking = sorted({row[columns.index(role)].value for row in events for role in ("agent", "place")
                     if row[columns.index(role)] is not None})
    sets += [("events-of", [f"entity={taking[0]}"])]  # a name found by one pattern a role, on every engine
    return sets


def bundled_text(name: str) -> str:
    return bound_text(find_query(name), [])


def test_every_query_and_parameter_gives_the_embedded_rows(server, corpus):
    for name, params in parameter_sets(corpus):
        want, wanted_rows = embedded(corpus, name, params)
        got, rows = run_query(name, Source(endpoint=server.url), params=params, fmt="csv")
        assert rows == wanted_rows > 0, (name, params)
        assert sorted(got.splitlines()) == sorted(want.splitlines()), (name, params)


def test_results_past_the_server_cap_are_paged_not_cut(server, corpus):
    want = Source(files=tuple(corpus.files)).open().rows(ALL_LINKS)[1]
    got = Source(endpoint=server.url).open().rows(ALL_LINKS)[1]
    assert len(want) > 30_000
    assert got == want  # every row, in the query's order


def test_the_report_reads_the_same_from_a_server(server, corpus):
    from kg.report import report_data

    from_server = report_data(Source(endpoint=server.url).open())
    assert from_server == report_data(Source(files=tuple(corpus.files)).open())
    assert from_server["overview"]["statements"] > 1000
