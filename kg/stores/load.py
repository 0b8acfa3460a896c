"""`kg load`: RDF files into the embedded store or a SPARQL server."""
from __future__ import annotations

import gc
from collections.abc import Sequence
from pathlib import Path

from pyoxigraph import NamedNode

from kg.rdf import listed_shards

from .embedded import JOURNAL, KEPT_ANSWERS, default_store, graph_names, load_named, open_store, recover
from .migrate import add_lookup_keys, follow_identity_links
from .rebuild import rebuild, swap, worth_rebuilding


def load_into(files: Sequence[str], *, store: str | None = None, endpoint: str | None = None,
              server: str | None = None) -> str:
    """Load RDF files (or Dask shard folders) into the embedded store or a server; returns what was done,
    saying so when a graph was in more than one file (the last file's copy is the one kept)."""
    files = [shard for f in files for shard in (listed_shards(f) if Path(f).is_dir() else [f])]
    named = [(path, graph_names(path)) for path in files]  # every file checked before anything is written
    if endpoint:
        from .remote import endpoint_of, remote_load
        return remote_load(endpoint_of(endpoint, server=server), files) + repeats(named)
    graphs, size = load_named_files(Path(store) if store else default_store(), named)
    return f"loaded {len(set(graphs))} graphs; the store holds {size} quads" + repeats(named)


def repeats(files: list[tuple[str, set]]) -> str:
    """A note on graphs that more than one file holds, or ""."""
    first: dict = {}
    twice = []
    for path, graphs in files:
        for graph in sorted(graphs, key=str):
            if graph in first:
                twice.append((graph, first[graph], path))
            first[graph] = path
    if not twice:
        return ""
    graph, earlier, later = twice[0]
    return (f"; {len(twice)} graphs were in more than one file and the last file's copy was kept "
            f"(the first: {graph.value} in {earlier} and in {later})")


def load_folder(folder: Path, paths: Sequence[str]) -> tuple[list[str], int]:
    """Load RDF files into the embedded store at `folder`, each named graph replacing the one stored
    under its name: in place, or by a rebuild beside it when most stored graphs are replaced (see
    `kg.stores.rebuild`). Every file is checked before anything is written. Returns the graphs
    loaded and the quads the store then holds."""
    return load_named_files(folder, [(path, graph_names(path)) for path in paths])


def load_named_files(folder: Path, files: list[tuple[str, set[NamedNode]]]) -> tuple[list[str], int]:
    """`load_folder` for files given with the graphs they fill (`graph_names`)."""
    store = open_store(folder, write=True)
    recover(store)  # graphs an interrupted load left are not counted as stored
    store.update(f"DROP SILENT GRAPH <{KEPT_ANSWERS.value}>")  # answers kept for the corpus as it was
    wanted = {g for _, graphs in files for g in graphs}
    if not worth_rebuilding(store, wanted, JOURNAL):
        replaced = any(store.contains_named_graph(g) for g in wanted)
        loaded = load_named(store, files)
        if replaced:  # compaction clears what the replaced graphs left behind (their deleted quads)
            store.optimize()
    else:
        rebuild(store, folder, files, JOURNAL)
        del store  # every handle closed before the folders move
        gc.collect()
        swap(folder)
        loaded, store = [g.value for _, graphs in files for g in graphs], open_store(folder, write=True)
    follow_identity_links(store)
    add_lookup_keys(store)
    # no compaction after loading new graphs: it took a fifth of a load (61 of 300 s on 25M quads) and the
    # queries ran as fast without it (5M and 25M quads, 2026-12-07)
    return loaded, len(store)
