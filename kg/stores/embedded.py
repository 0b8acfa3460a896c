"""The embedded on-disk store (pyoxigraph) and in-memory stores over RDF files."""
from __future__ import annotations

import os
import re
import socket
import time
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import cast

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, Store, parse

from kg.errors import InputError, StoreError
from kg.rdf import rdf_source, read_rdf

from .bulk import LINE_FORMATS, line_graph_names, load_file
from .migrate import add_lookup_keys, follow_identity_links
from .rebuild import clear_leftovers, complete_swap, swapping

DEFAULT_STORE = Path.home() / ".local" / "share" / "newskg" / "store"
# The load journal: graphs being bulk-loaded right now (internal to newskg's embedded store).
JOURNAL = NamedNode("urn:newskg:load-journal")
PENDING = NamedNode("urn:newskg:pending")
KEPT_ANSWERS = NamedNode("urn:newskg:kept-answers")  # bundled queries' answers, kept by kg.queries.cache
ROCKSDB_FILE = re.compile(r"^(IDENTITY|LOCK|LOG.*|MANIFEST-\d+|OPTIONS-\d+|\d+\.(sst|log|blob))$")


def default_store() -> Path:
    """`$KG_STORE`, else ~/.local/share/newskg/store."""
    return Path(os.environ.get("KG_STORE") or DEFAULT_STORE)


def open_store(path: str | Path | None = None, *, write: bool = False) -> Store:
    """The embedded store at `path`: read-only (never written, answering from the last committed
    state even while a load runs) unless `write`, which creates it in a new or empty folder.

    A folder that is not a store, or a damaged store, is reported and never touched."""
    target = Path(path) if path else default_store()
    if write:
        complete_swap(target)
    elif swapping(target):  # another process is putting a rebuilt store in place: a moment
        return read_only(target)
    state = folder_state(target)
    if state == "damaged":
        raise StoreError(f"the store at {target} is damaged (its CURRENT file is missing); newskg left it "
                         "untouched: restore it from a backup, or load the articles into a new store")
    if state == "foreign":
        raise StoreError(f"{target} is a folder that holds no newskg store; give an empty or new folder, "
                         "or the folder of an existing store")
    if not write and state != "store":
        raise StoreError(f"no store at {target}; create one with `kg load FILE --store {target}`")
    if not write:
        return read_only(target)
    try:
        target.mkdir(parents=True, exist_ok=True)
        store = Store(str(target))
    except (OSError, RuntimeError) as exc:
        busy = "lock" in str(exc).lower()
        raise StoreError(f"cannot open the store at {target} ({str(exc).splitlines()[0]}); "
                         + ("another kg process is writing to it: wait for it to finish" if busy
                            else "newskg left it untouched: restore it from a backup")) from None
    clear_leftovers(target)  # with the store's lock held: no other load is rebuilding it
    for old_log in target.glob("LOG.old.*"):  # RocksDB keeps one per open; they would pile up
        old_log.unlink(missing_ok=True)
    return store


def read_only(target: Path, *, attempts: int = 20, pause: float = 0.25) -> Store:
    """The store as its last commit left it. A load running in another process may be compacting
    the very files a read-only open reads; then the open is tried again, and at last reported."""
    for _ in range(attempts):
        try:
            return Store.read_only(str(target))
        except (OSError, RuntimeError) as exc:
            moving = "no such file" in str(exc).lower()
            if not moving:
                raise StoreError(f"cannot open the store at {target} ({str(exc).splitlines()[0]}); newskg left "
                                 "it untouched: restore it from a backup") from None
            time.sleep(pause)
    raise StoreError(f"the store at {target} is being rewritten by another kg process (a load or "
                     "extract --store); run the command again when it has finished")


def folder_state(folder: Path) -> str:
    """missing, empty, store (RocksDB's CURRENT is there), damaged (its files without CURRENT) or foreign."""
    if not folder.exists():
        return "missing"
    if not folder.is_dir():
        return "foreign"
    names = [p.name for p in folder.iterdir()]
    if not names:
        return "empty"
    if "CURRENT" in names:
        return "store"
    if any(ROCKSDB_FILE.match(name) for name in names):
        return "damaged"
    return "foreign"


def pending_graphs(store: Store) -> list[str]:
    """Graphs a load is writing, or an interrupted one left half-written (the next load removes them)."""
    return sorted({q.subject.value for q in store.quads_for_pattern(None, PENDING, None, JOURNAL)
                   if isinstance(q.subject, NamedNode)})


def load_note(store: Store) -> str | None:
    """What a reader should know of the store's pending graphs: a load is writing them, or an interrupted
    one left them; either way they are not shown (see `visible_graphs`). None when there are none."""
    pending = pending_graphs(store)
    if not pending:
        return None
    owners = {q.object.value for q in store.quads_for_pattern(None, PENDING, None, JOURNAL)
              if isinstance(q.object, Literal)}
    if any(alive(owner) for owner in owners):
        return f"a load is writing {len(pending)} graphs; they are not shown until it has finished"
    return (f"an interrupted load left {len(pending)} graphs half-written; they are not shown; run `kg load` "
            "again to remove them and finish")


def alive(owner: str) -> bool:
    pid, _, host = owner.partition("@")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def visible_graphs(store: Store) -> list[NamedNode | BlankNode] | None:
    """The graphs a query may see: every named graph but those being written (None: all of them).
    A load's graphs stay out of sight until they are complete."""
    pending = {NamedNode(g) for g in pending_graphs(store)}
    if not pending:
        return None
    return [g for g in store.named_graphs() if g not in pending and g != JOURNAL]


def memory_store(paths: Iterable[str]) -> Store:
    """An in-memory store holding the quads of RDF files (triples go to a graph per file)."""
    store = Store()
    for path in paths:
        store.bulk_extend(read_rdf(path))
    follow_identity_links(store)
    add_lookup_keys(store)
    return store


def by_graph(quads: Iterable[Quad]) -> dict[NamedNode, list[Quad]]:
    graphs: dict[NamedNode, list[Quad]] = defaultdict(list)
    for quad in quads:  # newskg's quads, and those read_rdf gives, are all in named graphs
        graphs[cast(NamedNode, quad.graph_name)].append(quad)
    return graphs


def replace_graphs(store: Store, quads: Iterable[Quad]) -> list[str]:
    """Store each named graph of `quads` in place of the one stored under its name.

    Each graph is written in one transaction: an interruption leaves whole graphs only.
    """
    names = []
    for graph, graph_quads in by_graph(quads).items():
        if store.contains_named_graph(graph):
            store.remove_graph(graph)
        store.extend(graph_quads)
        names.append(graph.value)
    return names


def graph_names(path: str) -> set[NamedNode]:
    """Every graph an RDF file fills (its default graph counts as the file's graph); one fast
    parse that also rejects a malformed file before anything is written."""
    rdf_format, file_graph = rdf_source(path)
    try:
        names = line_graph_names(path, rdf_format) if rdf_format in LINE_FORMATS else \
            {quad.graph_name for quad in parse(path=path, format=rdf_format)}
    except (SyntaxError, ValueError) as exc:
        raise InputError(f"{path} is not valid RDF ({exc}); fix the file or its extension") from None
    return {name if isinstance(name, NamedNode) else file_graph for name in names}


def load_files(store: Store, paths: Iterable[str]) -> list[str]:
    """Load RDF files; each named graph replaces the one already stored under its name."""
    return load_named(store, [(path, graph_names(path)) for path in paths])


def load_named(store: Store, files: list[tuple[str, set[NamedNode]]]) -> list[str]:
    """Load RDF files, each given with the graphs it fills (`graph_names`, which also checks it).

    Fast and crash-safe: the graphs about to be written are recorded in a journal graph, then
    bulk-loaded by Oxigraph, then the journal is cleared. After an interruption the next load
    (or `recover`) removes the graphs the journal names, so no half-written graph survives,
    and loading again finishes the job. Returns the graph names loaded.
    """
    recover(store)
    loaded: list[str] = []
    for path, graphs in files:
        owner = Literal(f"{os.getpid()}@{socket.gethostname()}")  # who is loading: tells running from interrupted
        pending = [Quad(graph, PENDING, owner, JOURNAL) for graph in graphs]
        store.extend(pending)
        for graph in graphs:
            if store.contains_named_graph(graph):
                store.remove_graph(graph)
        load_file(store, path, graphs)
        store.flush()
        for quad in pending:
            store.remove(quad)
        loaded += [g.value for g in graphs]
    recover(store)
    store.flush()
    return loaded


def recover(store: Store) -> list[str]:
    """Remove the graphs an interrupted load left half-written; returns their names."""
    broken = [q.subject for q in store.quads_for_pattern(None, PENDING, None, JOURNAL)
              if isinstance(q.subject, NamedNode)]
    for graph in broken:
        if store.contains_named_graph(graph):
            store.remove_graph(graph)
    if store.contains_named_graph(JOURNAL):
        store.remove_graph(JOURNAL)
    return [g.value for g in broken]
