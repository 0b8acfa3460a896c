"""`kg load`: RDF files into the embedded store or a SPARQL server."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from kg.rdf import listed_shards

from .embedded import load_files, open_store


def load_into(files: Sequence[str], *, store: str | None = None, endpoint: str | None = None,
              server: str | None = None) -> str:
    files = [shard for f in files for shard in (listed_shards(f) if Path(f).is_dir() else [f])]
    if endpoint:
        from .remote import endpoint_of, remote_load
        return remote_load(endpoint_of(endpoint, server=server), files)
    target = open_store(store, write=True)
    graphs = load_files(target, files)
    return f"loaded {len(graphs)} graphs; the store holds {len(target)} quads"
