"""Run a query against files, the embedded store or an endpoint."""
from __future__ import annotations

from typing import Sequence

from .errors import QueryError
from .queries import find_query, render, run
from .store import memory_store, open_store


def run_query(name: str, *, data: Sequence[str] = (), store: str | None = None, endpoint: str | None = None,
              params: Sequence[str] = (), fmt: str = "table") -> tuple[bytes, int]:
    """Run a bundled or user query; returns the rendered results and the row count."""
    if sum(bool(x) for x in (data, store, endpoint)) > 1:
        raise QueryError("give one of --data, --store or --endpoint")
    query = find_query(name)
    if endpoint:
        from .remote import remote_query
        return remote_query(endpoint, query, params, fmt)
    target = memory_store(data) if data else open_store(store)
    return render(run(target, query, params), fmt)
