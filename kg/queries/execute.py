"""Run a bundled or user query on a source: its rows in the query's order, or rendered for output."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from kg.errors import QueryError

from .bundled import Query, Rows, check_format, converted, find_query, prepared, render_rows, results_json
from .cache import kept_rows
from .order import sort_results, sort_rows, split_order
from .pages import WINDOWS, page_chunks, page_rows, pages_ascending
from .source import Reader, Source

ROWS_PER_PIECE = 20_000  # rows of a long answer converted and written at a time


def query_rows(query: Query, reader: Reader, params: Iterable[str] = ()) -> Rows:
    """Variables and rows of terms of a query with its parameters bound, in the query's order (put in
    order by `order`, the same on every engine)."""
    found = kept_rows(query, reader, params)
    return found if found is not None else computed_rows(query, reader, params)


def computed_rows(query: Query, reader: Reader, params: Iterable[str] = ()) -> Rows:
    """`query_rows` as the engine answers them now, never a kept answer."""
    text, keys = split_order(prepared(query, reader, params))
    variables, rows = reader.rows(text, name=query.name)
    return variables, sort_rows(variables, rows, keys)


def query_results(query: Query, reader: Reader, params: Iterable[str] = ()) -> bytes:
    """SPARQL JSON results of a query with its parameters bound, in the query's order."""
    text, keys = split_order(prepared(query, reader, params))
    return sort_results(reader.results(text, name=query.name), keys)


def query_chunks(name: str, source: Source, *, params: Iterable[str] = (), fmt: str = "csv",
                 limit: int | None = None, offset: int = 0) -> Iterator[tuple[bytes, int]]:
    """`run_query` as it comes, in pieces of (bytes, rows): a paged query in csv or tsv a window of
    articles at a time, so that the first rows come long before the last (the header once, first); any
    other query in one piece."""
    check_format(fmt)
    check_page(limit, offset)
    query, reader, params = find_query(name), source.open(), list(params)
    # a page (--limit) from windows until it is full; a whole answer from its first window, then the rest
    pieces = page_chunks(query, reader, params, windows=WINDOWS if limit is not None else 1) \
        if fmt in ("csv", "tsv") and pages_ascending(query) else None
    if pieces is None:
        yield answer(query, reader, params, fmt=fmt, limit=limit, offset=offset)
        return
    skip, left, header = offset, limit, True
    for variables, rows in pieces:
        taken, skip = rows[skip:], max(0, skip - len(rows))
        if left is not None:
            taken = taken[:left]
            left -= len(taken)
        for piece in slices(taken, keep_empty=header):
            text = converted(results_json(variables, piece), fmt)
            yield (text if header else text.split(b"\n", 1)[1]), len(piece)
            header = False
        if left == 0:
            return


def slices(rows: list[list], *, keep_empty: bool) -> list[list[list]]:
    """The rows in slices of ROWS_PER_PIECE, written one at a time: the whole of a large answer (the rest at
    once) is never held as JSON too. No rows make one empty slice where the header is still to be written."""
    if not rows:
        return [rows] if keep_empty else []
    return [rows[k:k + ROWS_PER_PIECE] for k in range(0, len(rows), ROWS_PER_PIECE)]


def check_page(limit: int | None, offset: int) -> None:
    if limit is not None and limit < 0 or offset < 0:
        raise QueryError(f"--limit {limit} --offset {offset}: give whole numbers of rows, 0 or more")


def run_query(name: str, source: Source, *, params: Iterable[str] = (), fmt: str = "table",
              limit: int | None = None, offset: int = 0) -> tuple[bytes, int]:
    """A bundled query (or a .rq file) on a source, rendered as a table or as W3C CSV, TSV or JSON results;
    returns the bytes and the row count. `offset` rows are skipped and at most `limit` kept, in the query's
    order. The rows are put in order once, as terms (no JSON read and written again)."""
    check_format(fmt)
    check_page(limit, offset)
    return answer(find_query(name), source.open(), list(params), fmt=fmt, limit=limit, offset=offset)


def answer(query: Query, reader: Reader, params: list[str], *, fmt: str, limit: int | None,
           offset: int) -> tuple[bytes, int]:
    """`run_query` on a source already open (files read once)."""
    paged = page_rows(query, reader, params, limit=limit, offset=offset) \
        if limit is not None and pages_ascending(query) else None
    if paged is not None:
        variables, rows = paged
    else:
        variables, rows = query_rows(query, reader, params)
        rows = rows[offset:] if limit is None else rows[offset:offset + limit]
    if fmt == "table":
        return render_rows(variables, rows), len(rows)
    return converted(results_json(variables, rows), fmt), len(rows)
