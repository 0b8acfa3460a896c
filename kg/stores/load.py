"""`kg load`: RDF files into the embedded store or a SPARQL server."""
from __future__ import annotations

from typing import Sequence

from .embedded import load_files, open_store


def load_into(files: Sequence[str], *, store: str | None = None, endpoint: str | None = None) -> str:
    if endpoint:
        from .remote import remote_load
        return remote_load(endpoint, files)
    target = open_store(store, create=True)
    graphs = load_files(target, files)
    return f"loaded {len(graphs)} graphs; the store holds {len(target)} quads"
