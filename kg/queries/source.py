"""Where queries read quads: RDF files (read into memory once), the embedded store, or a SPARQL server."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from kg.errors import QueryError
from kg.stores import memory_store, open_store, visible_graphs

from .bundled import Graphs, Rows, rows_of, rows_on, select_on, values_on
from .streamed import piped_values_on

if TYPE_CHECKING:
    from pyoxigraph import Store

    from kg.stores import Endpoint


@dataclass(frozen=True, slots=True)
class Source:
    """One of: RDF `files`, an embedded `store` folder (None and no files: the default store), or a SPARQL
    `endpoint` (with `server` naming its kind when the URL does not say)."""

    files: tuple[str, ...] = ()
    store: str | None = None
    endpoint: str | None = None
    server: str | None = None

    def __post_init__(self) -> None:
        if sum(bool(x) for x in (self.files, self.store, self.endpoint)) > 1:
            raise QueryError("give one of --data, --store or --endpoint")

    def open(self) -> Reader:
        """A reader for several queries: files are read once, a store opened read-only once."""
        if self.endpoint:
            from kg.stores import endpoint_of
            return RemoteReader(endpoint_of(self.endpoint, server=self.server))
        if self.files:
            return LocalReader(memory_store(self.files))
        store = open_store(self.store)
        return LocalReader(store, visible_graphs(store))  # a load's graphs are hidden until complete


class Reader(Protocol):
    def results(self, text: str, *, name: str = "query") -> bytes:
        """A SELECT query's results as SPARQL JSON."""

    def rows(self, text: str, *, name: str = "query") -> Rows:
        """A SELECT query's variables and rows of terms (None where unbound)."""

    def values(self, text: str, *, name: str = "query", long: bool = False) -> Iterable[list]:
        """A SELECT query's rows as text values (None where unbound), streamed where the source can; `long`:
        a long answer, which the embedded store computes on a thread of its own beside the Python that
        reads it."""


@dataclass(frozen=True, slots=True)
class LocalReader:
    store: Store
    graphs: Graphs = None  # the named graphs queries see (None: all)

    def results(self, text: str, *, name: str = "query") -> bytes:
        return select_on(self.store, text, name=name, graphs=self.graphs)

    def rows(self, text: str, *, name: str = "query") -> Rows:  # straight from the store, no JSON
        return rows_on(self.store, text, name=name, graphs=self.graphs)

    def values(self, text: str, *, name: str = "query", long: bool = False) -> Iterable[list]:
        read = piped_values_on if long else values_on
        return read(self.store, text, name=name, graphs=self.graphs)


@dataclass(frozen=True, slots=True)
class RemoteReader:
    endpoint: Endpoint

    def results(self, text: str, *, name: str = "query") -> bytes:
        from kg.stores import remote_select
        return remote_select(self.endpoint, text)

    def rows(self, text: str, *, name: str = "query") -> Rows:
        return rows_of(self.results(text, name=name))

    def values(self, text: str, *, name: str = "query", long: bool = False) -> Iterable[list]:
        return ([None if term is None else term.value for term in row] for row in self.rows(text, name=name)[1])
