"""Queries: the bundled SPARQL queries with their parameters, run against files, the embedded
store or an endpoint, with results as a table, CSV, TSV or JSON.

Takes a query name (or `.rq` file) and parameter values; gives rows. Knows quads, never extraction.
"""
from __future__ import annotations

from .bundled import Param, Query, bound_text, bundled, find_query, render, rows_of, rows_on, run, run_rows, select_on
from .execute import row_selector, run_query, select, selector

__all__ = ["Query", "Param", "bound_text", "bundled", "find_query", "render", "rows_of", "rows_on", "run", "run_rows", "select_on", "run_query", "select", "selector", "row_selector"]
