"""Re-loading much of a store: a new store is built beside it and the folders swapped.

Oxigraph writes new quads in bulk but removes old ones one at a time (on 1M quads: 13 s to load,
15 s more to remove them). When a load replaces a large share of the stored graphs, the graphs it
keeps are copied with the new files into `<store>.rebuild`, which then takes the store's place:
`<store>` → `<store>.old`, `<store>.rebuild` → `<store>`, `<store>.old` removed. Each step is a
rename, so an interruption leaves the old store whole or the new one whole; the next write
(`complete_swap`, `clear_leftovers`) completes what it finds.
"""
from __future__ import annotations

import gc
import shutil
from pathlib import Path

from pyoxigraph import BlankNode, DefaultGraph, NamedNode, RdfFormat, Store

from .bulk import load_file

# Rebuild when at least this share of the stored graphs is replaced: copying a kept quad (Oxigraph's dump
# and bulk load) costs 18 us, removing a replaced one 14 us (measured on 1M quads), so a rebuild pays
# when more than 57% of the store is replaced.
REBUILD_SHARE = 0.6
COPY_BATCH = 2_000  # graphs copied per bulk load


def rebuilt(folder: Path) -> Path:
    return folder.with_name(folder.name + ".rebuild")


def retired(folder: Path) -> Path:
    return folder.with_name(folder.name + ".old")


def worth_rebuilding(store: Store, incoming: set[NamedNode], journal: NamedNode) -> bool:
    stored = [g for g in store.named_graphs() if g != journal]
    replaced = sum(1 for g in stored if g in incoming)
    return bool(stored) and replaced >= REBUILD_SHARE * len(stored)


def rebuild(store: Store, folder: Path, files: list[tuple[str, set[NamedNode]]], journal: NamedNode) -> None:
    """Write `<folder>.rebuild` with the graphs of `store` that `files` (each with the graphs it fills)
    do not replace, and the files; the caller then drops every handle on `store` and calls `swap`."""
    incoming = {g for _, graphs in files for g in graphs}
    target = rebuilt(folder)
    shutil.rmtree(target, ignore_errors=True)
    fresh = Store(str(target))
    kept = [g for g in store.named_graphs() if g not in incoming and g != journal]
    for start in range(0, len(kept), COPY_BATCH):
        fresh.bulk_load(input=b"".join(graph_quads(store, g) for g in kept[start:start + COPY_BATCH]),
                        format=RdfFormat.N_QUADS)
    if default := store.dump(format=RdfFormat.N_TRIPLES, from_graph=DefaultGraph()):
        fresh.bulk_load(input=default, format=RdfFormat.N_QUADS)  # kg writes none; kept all the same
    for path, graphs in files:
        load_file(fresh, path, graphs)
    fresh.flush()
    del fresh
    gc.collect()


def graph_quads(store: Store, graph: NamedNode | BlankNode) -> bytes:
    """The graph as N-Quads: its N-Triples lines (each ends " .\\n"; a literal cannot hold a raw
    newline) with the graph name put before the full stop."""
    triples = store.dump(format=RdfFormat.N_TRIPLES, from_graph=graph) or b""
    return triples.replace(b" .\n", f" {graph} .\n".encode())


def swap(folder: Path) -> None:
    """Put the rebuilt store in the store's place (every handle on both must be closed)."""
    folder.rename(retired(folder))
    rebuilt(folder).rename(folder)
    shutil.rmtree(retired(folder), ignore_errors=True)


def complete_swap(folder: Path) -> None:
    """After an interruption between the two renames: the rebuilt store was whole before the first,
    so it takes the store's place; with no rebuilt store, the retired one returns."""
    if folder.exists():
        return
    if retired(folder).exists() and rebuilt(folder).exists():
        rebuilt(folder).rename(folder)
    elif retired(folder).exists():
        retired(folder).rename(folder)


def clear_leftovers(folder: Path) -> None:
    """A rebuild never swapped in, a retired store left behind (call holding the store's lock)."""
    shutil.rmtree(rebuilt(folder), ignore_errors=True)
    shutil.rmtree(retired(folder), ignore_errors=True)
    for partial in folder.glob("bulk-*.sst"):  # a bulk load's files, left when it was killed
        partial.unlink(missing_ok=True)


def swapping(folder: Path) -> bool:
    """A reader that finds no store may be looking in the middle of a swap."""
    return not folder.exists() and (rebuilt(folder).exists() or retired(folder).exists())
