"""RDF: extraction records mapped to quads under the profile of docs/design.md, and the formats.

Takes `Extraction` records (never a spaCy object); gives pyoxigraph quads, one named graph per
article, with deterministic IRIs; writes and reads Turtle, TriG, N-Quads, N-Triples and JSON-LD
atomically; validates graphs against `ontology/shapes.ttl`.
"""
from __future__ import annotations

from .formats import (
    STREAMING,
    atomic_output,
    check_writable,
    choose_format,
    rdf_source,
    read_rdf,
    serialize_batch,
    serialized,
)
from .iris import Iris, check_base, id_segment, slug
from .mapping import article_quads, generation_time, resolution_quads
from .shards import finish_folder, listed_shards, prepare_folder, shard_path
from .validate import Report, validate_files, validate_graph, validate_quads
from .vocab import DEFAULT_BASE

__all__ = [
    "article_quads",
    "generation_time",
    "resolution_quads",
    "STREAMING",
    "atomic_output",
    "check_writable",
    "choose_format",
    "rdf_source",
    "read_rdf",
    "serialize_batch",
    "serialized",
    "Iris",
    "check_base",
    "id_segment",
    "slug",
    "DEFAULT_BASE",
    "finish_folder",
    "listed_shards",
    "prepare_folder",
    "shard_path",
    "Report",
    "validate_files",
    "validate_graph",
    "validate_quads",
]
