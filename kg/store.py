"""The embedded on-disk store (pyoxigraph) and in-memory stores over RDF files."""
from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path
from typing import Iterable

from pyoxigraph import NamedNode, Quad, Store

from .errors import StoreError
from .formats import read_rdf

DEFAULT_STORE = Path.home() / ".local" / "share" / "newskg" / "store"


def default_store() -> Path:
    """`$KG_STORE`, else ~/.local/share/newskg/store."""
    return Path(os.environ.get("KG_STORE") or DEFAULT_STORE)


def open_store(path: str | Path | None = None, *, create: bool = False) -> Store:
    target = Path(path) if path else default_store()
    if not create and not target.is_dir():
        raise StoreError(f"no store at {target}; create one with `kg load FILE --store {target}`")
    try:
        target.mkdir(parents=True, exist_ok=True)
        return Store(str(target))
    except OSError as exc:
        raise StoreError(f"cannot open the store at {target} ({exc}); is another kg process using it?") from None


def memory_store(paths: Iterable[str]) -> Store:
    """An in-memory store holding the quads of RDF files (triples go to a graph per file)."""
    store = Store()
    for path in paths:
        store.bulk_extend(read_rdf(path))
    return store


def by_graph(quads: Iterable[Quad]) -> dict[NamedNode, list[Quad]]:
    graphs: dict[NamedNode, list[Quad]] = defaultdict(list)
    for quad in quads:
        graphs[quad.graph_name].append(quad)
    return graphs


def replace_graphs(store: Store, quads: Iterable[Quad]) -> list[str]:
    """Store each named graph of `quads` in place of the one stored under its name.

    Each graph is written in one transaction: an interruption leaves whole graphs only.
    """
    names = []
    for graph, graph_quads in by_graph(quads).items():
        if store.contains_named_graph(graph):
            store.remove_graph(graph)
        store.extend(graph_quads)
        names.append(graph.value)
    return names


def load_files(store: Store, paths: Iterable[str]) -> list[str]:
    """Load RDF files; each named graph replaces the one already stored under its name.

    Each graph is written in one transaction: an interrupted load leaves whole graphs only,
    and loading again finishes the job. Returns the graph names loaded.
    """
    loaded: list[str] = []
    for path in paths:
        loaded += replace_graphs(store, read_rdf(path))
    store.flush()
    return loaded
