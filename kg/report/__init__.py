"""Report: one self-contained HTML page of the graph (who said what, about whom, where and when),
built by the report's bundled queries from files, the embedded store or a SPARQL server.

Takes a source of quads; gives an HTML file that opens from disk with no network. Knows quads, never
extraction.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .data import report_data
from .page import VENDORED, render_page

if TYPE_CHECKING:
    from kg.queries import Source

__all__ = ["report_data", "render_page", "write_report", "VENDORED"]


def write_report(output: str, source: Source, *, title: str = "newskg report") -> dict:
    """Write the report page of the graph in `source` to `output` (atomically); returns its overview counts."""
    from kg.rdf import atomic_output

    content = report_data(source.open(), title=title)
    page = render_page(content).encode("utf-8")
    with atomic_output(output) as stream:
        stream.write(page)
    return content["overview"]
