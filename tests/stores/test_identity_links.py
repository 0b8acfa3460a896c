"""Identity links: `kg resolve` writes nkg:resolvedTo beside owl:sameAs; links written before resolvedTo
(owl:sameAs alone) are made followable when they are read or loaded; GeoNames links never are."""
from __future__ import annotations

import pytest
from pyoxigraph import NamedNode

from kg.queries import Source, run_query
from kg.rdf.vocab import GEONAMES, NKG, OWL
from kg.stores import load_into, memory_store, open_store

OLD_LINKS = (
    "<{short}> <http://www.w3.org/2002/07/owl#sameAs> <{full}> <https://w3id.org/newskg/id/graph/resolution> .\n"
)


def people(source: Source) -> int:
    output, _ = run_query("stats", source, fmt="csv")
    header, values = output.decode().splitlines()[:2]
    return int(dict(zip(header.split(","), values.split(",")))["people"])


@pytest.fixture(scope="module")
def two_people(example_graph) -> tuple[str, str]:
    store = memory_store([str(example_graph)])
    found = sorted(
        q.subject.value
        for q in store.quads_for_pattern(None, None, None)
        if q.predicate.value.endswith("#type") and q.object.value == "http://schema.org/Person"
    )
    return found[0], found[1]


def test_old_same_as_links_join_entities_when_read_and_when_loaded(example_graph, two_people, tmp_path):
    links = tmp_path / "old-links.nq"
    links.write_text(OLD_LINKS.format(short=two_people[0], full=two_people[1]))
    alone = people(Source(files=(str(example_graph),)))
    assert people(Source(files=(str(example_graph), str(links)))) == alone - 1
    load_into([str(example_graph), str(links)], store=str(tmp_path / "store"))
    assert people(Source(store=str(tmp_path / "store"))) == alone - 1
    stored = open_store(str(tmp_path / "store"))
    assert list(stored.quads_for_pattern(NamedNode(two_people[0]), NKG.resolvedTo, NamedNode(two_people[1])))


def test_geonames_links_are_no_identity_links(example_graph):
    store = memory_store([str(example_graph)])
    geonames = [q for q in store.quads_for_pattern(None, OWL.sameAs, None) if q.object.value.startswith(GEONAMES)]
    assert geonames
    assert not list(store.quads_for_pattern(None, NKG.resolvedTo, None))


def test_resolution_graph_holds_both_links():
    from kg.rdf import resolution_quads

    short, full = "https://e.org/entity/person/ward", "https://e.org/entity/person/helen-ward"
    links = {
        (q.predicate, q.object.value)
        for q in resolution_quads([(short, full)], base="https://e.org/")
        if q.subject.value == short
    }
    assert links == {(NKG.resolvedTo, full), (OWL.sameAs, full)}
