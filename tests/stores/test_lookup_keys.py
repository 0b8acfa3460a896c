"""Look-up keys: graphs written before extraction wrote `nkg:nameKey` (and their quad count) get their
keys when they are read or loaded, so names are found in them; current graphs are not read again."""
from __future__ import annotations

import pytest

from kg.queries import Source, run_query
from kg.rdf.vocab import NKG
from kg.stores import load_into, memory_store
from kg.stores.migrate import unkeyed_graphs

WRITTEN_SINCE = (NKG.nameKey, NKG.nameEndKey, NKG.quadCount)


@pytest.fixture(scope="module")
def old_graph(example_graph, tmp_path_factory):
    """The examples as an earlier version wrote them: no keys, no quad counts."""
    store = memory_store([str(example_graph)])
    kept = [q for q in store.quads_for_pattern(None, None, None) if q.predicate not in WRITTEN_SINCE]
    path = tmp_path_factory.mktemp("old") / "old.nq"
    path.write_text("".join(f"{q} .\n" for q in kept), encoding="utf-8")
    return path


def speakers(source: Source, name: str) -> set[str]:
    output, _ = run_query("statements-by", source, fmt="csv", params=[f"speaker={name}"])
    return set(output.decode().splitlines()[1:])


@pytest.mark.parametrize("name", ["Linnamets", "kaja LINNAMETS"])
def test_an_old_graph_answers_look_ups_as_a_current_one(example_graph, old_graph, tmp_path, name):
    current = speakers(Source(files=(str(example_graph),)), name)
    assert current, "the examples have no such speaker: nothing is tested"
    assert speakers(Source(files=(str(old_graph),)), name) == current
    load_into([str(old_graph)], store=str(tmp_path / "store"))
    assert speakers(Source(store=str(tmp_path / "store")), name) == current


def test_an_old_graph_gets_the_keys_extraction_writes(example_graph, old_graph):
    current, old = memory_store([str(example_graph)]), memory_store([str(old_graph)])
    for key in (NKG.nameKey, NKG.nameEndKey):
        assert set(old.quads_for_pattern(None, key, None)) == set(current.quads_for_pattern(None, key, None))


def test_only_graphs_without_their_quad_count_are_read_for_keys(example_graph, old_graph):
    assert unkeyed_graphs(memory_store([str(example_graph)])) == []
    store = memory_store([str(old_graph)])
    assert {q.graph_name for q in store.quads_for_pattern(None, NKG.nameKey, None)} <= set(unkeyed_graphs(store))
