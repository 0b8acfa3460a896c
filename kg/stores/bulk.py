"""Bulk loading a file in pieces: Oxigraph's bulk loader holds a whole input in memory (about 1 GB per
million quads), so line-based files (N-Quads, N-Triples) go in by CHUNK_LINES lines: peak memory stays
flat with the file's size, and the load is no slower (measured on 1M quads: 944 MB and 14.7 s whole,
191 MB and 11.9 s in pieces of 100,000)."""
from __future__ import annotations

from pyoxigraph import NamedNode, RdfFormat, Store

from kg.rdf import rdf_source, read_rdf

CHUNK_LINES = 100_000
LINE_FORMATS = (RdfFormat.N_QUADS, RdfFormat.N_TRIPLES)


def bulk_load_file(store: Store, path: str, rdf_format: RdfFormat, to_graph: NamedNode | None) -> None:
    """Bulk-load an RDF file (its names already checked, so lenient); `to_graph` takes its triples."""
    if rdf_format not in LINE_FORMATS:
        store.bulk_load(path=path, format=rdf_format, lenient=True, to_graph=to_graph)
        return
    with open(path, "rb") as stream:
        while lines := stream.readlines(CHUNK_LINES * 300):  # a quad line is about 300 bytes
            store.bulk_load(input=b"".join(lines), format=rdf_format, lenient=True, to_graph=to_graph)


def load_file(store: Store, path: str, graphs: set[NamedNode]) -> None:
    """Bulk-load an RDF file that fills `graphs` (its default graph counts as the file's graph)."""
    rdf_format, file_graph = rdf_source(path)
    if rdf_format.supports_datasets and file_graph in graphs:  # default-graph quads: placed by us
        store.bulk_extend(read_rdf(path))
    else:
        bulk_load_file(store, path, rdf_format, None if rdf_format.supports_datasets else file_graph)
