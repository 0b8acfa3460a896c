"""Run a query against files, the embedded store or an endpoint."""
from __future__ import annotations

from typing import Callable, Sequence

from kg.errors import QueryError
from kg.stores import memory_store, open_store

from .bundled import bound_text, check_format, find_query, render, render_rows, rows_of, rows_on, run_rows, select_on
from .order import sort_results, split_order


def local_store(data: Sequence[str], store: str | None):
    """The files read into memory, or the embedded store (the default one when neither is given)."""
    if data and store:
        raise QueryError("give one of --data, --store or --endpoint")
    return memory_store(data) if data else open_store(store)


def selector(*, data: Sequence[str] = (), store: str | None = None, endpoint: str | None = None,
             server: str | None = None) -> Callable[[str], bytes]:
    """A function giving the SPARQL JSON results of SELECT queries over files (read once), the embedded
    store or a server, for running several queries on one source."""
    if sum(bool(x) for x in (data, store, endpoint)) > 1:
        raise QueryError("give one of --data, --store or --endpoint")
    if endpoint:
        from kg.stores import endpoint_of, remote_select
        target_endpoint = endpoint_of(endpoint, server=server)
        return lambda text: remote_select(target_endpoint, text)
    target = local_store(data, store)
    return lambda text: select_on(target, text)


def row_selector(*, data: Sequence[str] = (), store: str | None = None, endpoint: str | None = None,
                 server: str | None = None) -> Callable[[str], tuple[list[str], list[list]]]:
    """Like `selector`, giving variables and rows of terms; local stores skip the JSON round trip."""
    if endpoint:
        select_text = selector(data=data, store=store, endpoint=endpoint, server=server)
        return lambda text: rows_of(select_text(text))
    target = local_store(data, store)
    return lambda text: rows_on(target, text)


def select(text: str, *, data: Sequence[str] = (), store: str | None = None, endpoint: str | None = None,
           server: str | None = None) -> bytes:
    """SPARQL JSON results of a SELECT query over files, the embedded store or a server."""
    return selector(data=data, store=store, endpoint=endpoint, server=server)(text)


def run_query(name: str, *, data: Sequence[str] = (), store: str | None = None, endpoint: str | None = None,
              server: str | None = None, params: Sequence[str] = (), fmt: str = "table") -> tuple[bytes, int]:
    """Run a bundled or user query; returns the rendered results and the row count."""
    check_format(fmt)
    query = find_query(name)
    if fmt == "table" and not endpoint:  # rows straight from the local store, no JSON round trip
        variables, rows = run_rows(local_store(data, store), query, params)
        return render_rows(variables, rows), len(rows)
    text, keys = split_order(bound_text(query, params))
    return render(sort_results(select(text, data=data, store=store, endpoint=endpoint, server=server), keys), fmt)
