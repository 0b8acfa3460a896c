"""Queries: the bundled SPARQL queries with their parameters, run on a `Source` (RDF files, the embedded
store or a SPARQL server), with results as a table, CSV, TSV or JSON.

Takes a query name (or `.rq` file) and parameter values; gives rows. Knows quads, never extraction.
"""
from __future__ import annotations

from .bundled import Param, Query, bundled, find_query
from .execute import query_chunks, query_results, query_rows, run_query
from .source import Reader, Source

__all__ = ["Param", "Query", "Reader", "Source", "bundled", "find_query", "query_chunks", "query_results", "query_rows",
           "run_query"]
