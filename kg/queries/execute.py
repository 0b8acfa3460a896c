"""Run a bundled or user query on a source: its rows in the query's order, or rendered for output."""
from __future__ import annotations

from collections.abc import Iterable

from .bundled import Query, Rows, bindings, check_format, find_query, render, render_rows, substituted
from .lookup import with_conditions, with_lookups
from .order import sort_results, sort_rows, split_order
from .source import Reader, Source


def prepared(query: Query, reader: Reader, params: Iterable[str] = ()) -> str:
    """The query's text as it runs: `#if` blocks chosen, parameters bound as terms, `#lookup` lines
    replaced by the entities they name (found on `reader`)."""
    terms = bindings(query, params)
    text = substituted(with_conditions(query.text, terms), terms)
    return with_lookups(text, terms, reader, query=query.name)


def query_rows(query: Query, reader: Reader, params: Iterable[str] = ()) -> Rows:
    """Variables and rows of terms of a query with its parameters bound, in the query's order (put in
    order by `order`, the same on every engine)."""
    text, keys = split_order(prepared(query, reader, params))
    variables, rows = reader.rows(text, name=query.name)
    return variables, sort_rows(variables, rows, keys)


def query_results(query: Query, reader: Reader, params: Iterable[str] = ()) -> bytes:
    """SPARQL JSON results of a query with its parameters bound, in the query's order."""
    text, keys = split_order(prepared(query, reader, params))
    return sort_results(reader.results(text, name=query.name), keys)


def run_query(name: str, source: Source, *, params: Iterable[str] = (), fmt: str = "table") -> tuple[bytes, int]:
    """A bundled query (or a .rq file) on a source, rendered as a table or as W3C CSV, TSV or JSON results;
    returns the bytes and the row count."""
    check_format(fmt)
    query, reader = find_query(name), source.open()
    if fmt == "table":
        variables, rows = query_rows(query, reader, params)
        return render_rows(variables, rows), len(rows)
    return render(query_results(query, reader, params), fmt)
