"""Re-loading most of a store rebuilds it beside the old one and swaps the folders: the result equals
loading in place, kept graphs survive, and an interruption at any step leaves one whole store."""
import re
from pathlib import Path

import pytest
from pyoxigraph import NamedNode, RdfFormat, Store

from kg.errors import InputError
from kg.stores import load as load_module
from kg.stores import load_folder, open_store
from kg.stores import rebuild as rebuild_module
from kg.stores.rebuild import rebuilt, retired

DOC = re.compile(r"(/(?:doc|graph)/)([A-Za-z0-9._~-]+)")


def copy_under_new_ids(source, target, suffix):
    """The same articles under other article ids: other graphs, as another batch would give."""
    store = Store()
    store.bulk_load(path=str(source), format=RdfFormat.TRIG)
    lines = store.dump(format=RdfFormat.N_QUADS).decode("utf-8")
    target.write_text(DOC.sub(lambda m: f"{m.group(1)}{m.group(2)}-{suffix}", lines), encoding="utf-8")
    return target


def quads_of(folder):
    return set(open_store(folder).quads_for_pattern(None, None, None, None))


@pytest.fixture
def batches(example_graph, tmp_path):
    return [str(copy_under_new_ids(example_graph, tmp_path / f"batch-{i}.nq", i)) for i in range(3)]


def test_reloading_everything_rebuilds_and_equals_a_fresh_load(batches, tmp_path, monkeypatch):
    store, fresh = tmp_path / "store", tmp_path / "fresh"
    load_folder(store, batches)
    calls = []
    monkeypatch.setattr(load_module, "swap", lambda folder: calls.append(folder) or swap(folder))
    graphs, size = load_folder(store, batches)
    assert calls == [store]  # every graph replaced: rebuilt, not removed quad by quad
    load_folder(fresh, batches)
    assert quads_of(store) == quads_of(fresh) and size == len(quads_of(fresh))
    assert not rebuilt(store).exists() and not retired(store).exists()


swap = rebuild_module.swap


def test_a_rebuild_keeps_the_graphs_not_reloaded(batches, example_graph, tmp_path):
    store, expected = tmp_path / "store", tmp_path / "expected"
    load_folder(store, batches)
    changed = tmp_path / "changed.nq"  # batch 0 and 1 again, one quad less in each article's graph
    lines = [line for b in batches[:2] for line in open(b, encoding="utf-8")]
    changed.write_text("".join(line for line in lines if "/confidence>" not in line), encoding="utf-8")
    load_folder(store, [str(changed)])
    load_folder(expected, [batches[2], str(changed)])
    assert quads_of(store) == quads_of(expected)


def test_a_rebuild_interrupted_leaves_the_old_store_whole(batches, tmp_path, monkeypatch):
    store = tmp_path / "store"
    load_folder(store, batches)
    before = quads_of(store)

    def crash(self, **_):
        raise KeyboardInterrupt  # the process dies while the new store is written

    monkeypatch.setattr(Store, "bulk_load", crash)
    with pytest.raises(KeyboardInterrupt):
        load_folder(store, batches)
    monkeypatch.undo()
    assert rebuilt(store).exists() and quads_of(store) == before  # readers still see the old store
    open_store(store, write=True)  # the next write clears what the rebuild left
    assert not rebuilt(store).exists() and quads_of(store) == before


@pytest.mark.parametrize("renamed", [1, 2])
def test_an_interruption_between_the_renames_is_completed(batches, tmp_path, renamed):
    store, expected = tmp_path / "store", tmp_path / "expected"
    load_folder(store, batches[:1])
    load_folder(expected, batches[1:])
    (expected).rename(rebuilt(store))  # a finished rebuild holding what the new load gave
    store.rename(retired(store))  # the first rename happened
    if renamed == 2:
        rebuilt(store).rename(store)  # and the second: only the retired store is left
    load_folder(store, [])  # the next write completes the swap and clears what is left
    assert quads_of(store) and not rebuilt(store).exists() and not retired(store).exists()
    graphs = {q.graph_name.value for q in quads_of(store)}
    assert all(g.endswith(("-1", "-2")) for g in graphs if "/graph/" in g)


def test_a_reader_during_a_swap_waits_for_the_store(batches, tmp_path):
    store = tmp_path / "store"
    load_folder(store, batches[:1])
    store.rename(retired(store))
    with pytest.raises(Exception, match="being rewritten"):
        open_store(store)  # no store for a moment: the reader waits, then says so; never creates one
    assert not store.exists()
    retired(store).rename(store)
    assert len(open_store(store)) > 0


def test_graph_quads_puts_the_graph_in_every_line(example_graph):
    store = Store()
    store.bulk_load(path=str(example_graph), format=RdfFormat.TRIG)
    graph = next(iter(store.named_graphs()))
    copy = Store()
    copy.bulk_load(input=rebuild_module.graph_quads(store, graph), format=RdfFormat.N_QUADS)
    assert set(copy) == set(store.quads_for_pattern(None, None, None, graph))


def test_line_files_load_in_pieces_with_the_same_result(batches, tmp_path, monkeypatch):
    from kg.stores import bulk

    whole, pieces = tmp_path / "whole", tmp_path / "pieces"
    load_folder(whole, batches)
    calls = []
    real = Store.bulk_load
    monkeypatch.setattr(bulk, "CHUNK_LINES", 5)  # a few hundred bytes a piece
    monkeypatch.setattr(Store, "bulk_load", lambda self, **kw: calls.append(kw) or real(self, **kw))
    load_folder(pieces, batches)
    assert len(calls) > 10 and quads_of(pieces) == quads_of(whole)


def test_a_line_file_is_checked_in_pieces_and_its_bad_line_named_in_the_whole_file(batches, tmp_path, monkeypatch):
    from kg.stores import bulk
    from kg.stores.embedded import graph_names

    monkeypatch.setattr(bulk, "CHUNK_LINES", 5)  # a few hundred bytes a piece: many pieces, on two threads
    lines = [line for batch in batches for line in Path(batch).read_text(encoding="utf-8").splitlines() if line]
    whole = tmp_path / "whole.nq"
    whole.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert graph_names(str(whole)) == {NamedNode(line.rsplit(" ", 2)[-2][1:-1]) for line in lines}
    bad = len(lines) * 2 // 3  # well past the first pieces
    broken = tmp_path / "broken.nq"
    broken.write_text("\n".join(lines[:bad - 1] + ['<https://x.org/a> <https://x.org/b> "open'] + lines[bad:]) + "\n",
                      encoding="utf-8")
    with pytest.raises(InputError, match=rf"broken\.nq is not valid RDF \(.*\bline {bad}\b"):
        graph_names(str(broken))
