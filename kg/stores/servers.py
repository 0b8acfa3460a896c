"""SPARQL servers by the one URL their users know, and the query and graph-store URLs under it.

| server | the URL | queries | graph store |
|---|---|---|---|
| oxigraph | http://host:7878 | /query | /store |
| fuseki | http://host:3030/DATASET | /DATASET/query | /DATASET/data |
| virtuoso | http://host:8890 | /sparql | /sparql-graph-crud-auth (Digest) |
| graphdb | http://host:7200/repositories/REPO | the URL itself | /rdf-graphs/service |

An explicit query or graph-store URL is used as it is.
"""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from kg.errors import StoreError

SERVERS = ("oxigraph", "fuseki", "virtuoso", "graphdb")
QUERY_PATHS = ("/query", "/sparql")
STORE_PATHS = ("/store", "/data", "/sparql-graph-crud-auth", "/sparql-graph-crud", "/rdf-graphs/service")
DEFAULT_PORTS = {7878: "oxigraph", 3030: "fuseki", 8890: "virtuoso", 7200: "graphdb"}


def shown(url: str) -> str:
    """A URL fit for a message: without the user name and password it may carry."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return parts._replace(netloc=parts.netloc.rpartition("@")[2]).geturl()


@dataclass(frozen=True, slots=True)
class Endpoint:
    server: str  # one of SERVERS, or "sparql" for explicit URLs
    query: str
    store: str


def endpoint(url: str, *, server: str | None = None, probe=None) -> Endpoint:
    """The query and graph-store URLs of a server named by its URL (and `--server`, or a guess)."""
    base = url.rstrip("/")
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise StoreError(f"--endpoint {shown(url)!r} is not an http(s) URL; give one like http://localhost:7878")
    if server is None and (base.endswith(QUERY_PATHS + STORE_PATHS)):
        return explicit(base)
    kind = server or guess(base, probe)
    if kind not in SERVERS:
        raise StoreError(f"--server {kind!r} is unknown; use one of {', '.join(SERVERS)}")
    if kind == "oxigraph":
        return Endpoint(kind, f"{base}/query", f"{base}/store")
    if kind == "fuseki":
        return Endpoint(kind, f"{base}/query", f"{base}/data")
    if kind == "virtuoso":
        return Endpoint(kind, f"{base}/sparql", f"{base}/sparql-graph-crud-auth")
    return Endpoint(kind, base, f"{base}/rdf-graphs/service")


def explicit(url: str) -> Endpoint:
    """A query or graph-store URL given in full: the other one derived where the layout is known."""
    for store_path, query_path in (("/sparql-graph-crud-auth", "/sparql"), ("/sparql-graph-crud", "/sparql"),
                                   ("/rdf-graphs/service", ""), ("/store", "/query"), ("/data", "/query")):
        if url.endswith(store_path):
            root = url[: -len(store_path)]
            return Endpoint("sparql", root + query_path, url)
    return Endpoint("sparql", url, url)  # a query URL alone: loads need the graph-store URL


def guess(base: str, probe) -> str:
    """The server behind a bare URL: its path and port, else its `Server` header."""
    parts = urlsplit(base)
    if "/repositories/" in parts.path:
        return "graphdb"
    if parts.path.count("/") == 1 and parts.path != "/":
        return "fuseki"
    if parts.port in DEFAULT_PORTS:
        return DEFAULT_PORTS[parts.port]
    header = (probe(base) if probe else "").lower()
    for name in SERVERS:
        if name in header or (name == "fuseki" and "jena" in header):
            return name
    raise StoreError(f"cannot tell which SPARQL server {shown(base)} is; pass --server ({', '.join(SERVERS)}) "
                     "or the full query URL")
