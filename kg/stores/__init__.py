"""Stores: where quads live. The embedded on-disk Oxigraph store, in-memory stores over RDF
files, and SPARQL 1.1 servers (Protocol queries, Graph Store loads).

Takes quads or RDF files; gives stores to query. Knows nothing of extraction.
"""
from __future__ import annotations

from .embedded import (
    KEPT_ANSWERS,
    by_graph,
    load_files,
    load_note,
    memory_store,
    open_store,
    pending_graphs,
    replace_graphs,
    visible_graphs,
)
from .load import load_folder, load_into
from .servers import SERVERS, Endpoint

REMOTE = ("endpoint_of", "remote_load", "remote_select")


def __getattr__(name: str):
    """The SPARQL-server functions, imported on first use: httpx is not loaded for local stores."""
    if name in REMOTE:
        from . import remote
        return getattr(remote, name)
    raise AttributeError(f"module 'kg.stores' has no attribute {name!r}")

__all__ = [
    "KEPT_ANSWERS",
    "by_graph",
    "memory_store",
    "open_store",
    "pending_graphs",
    "load_note",
    "visible_graphs",
    "replace_graphs",
    "load_files",
    "endpoint_of",
    "SERVERS",
    "Endpoint",
    "remote_load",
    "remote_select",
    "load_into",
    "load_folder",
]
