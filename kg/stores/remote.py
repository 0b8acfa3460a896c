"""SPARQL 1.1 servers: queries over the SPARQL Protocol, loads over the Graph Store Protocol.

Endpoint layouts: Oxigraph `http://host:7878/query` (queries) and `/store` (graph store);
Fuseki `http://host:3030/DATASET/query` and `/DATASET/data`; GraphDB
`http://host:7200/repositories/REPO` and `/repositories/REPO/rdf-graphs/service`.
Credentials come from KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD, else ~/.netrc; never from
the command line, never printed.
"""
from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Callable, Sequence

import httpx
from pyoxigraph import BlankNode, Literal, NamedNode, RdfFormat, serialize

from kg.errors import StoreError
from kg.rdf import read_rdf

from .embedded import by_graph

TIMEOUT = float(os.environ.get("KG_TIMEOUT", "60"))
RETRIES = 3
BACKOFF = 0.5  # seconds, doubled after each failed attempt


def auth() -> httpx.Auth | None:
    user, password = os.environ.get("KG_ENDPOINT_USER"), os.environ.get("KG_ENDPOINT_PASSWORD")
    if user and password is not None:
        return httpx.BasicAuth(user, password)
    netrc = Path(os.environ.get("NETRC", Path.home() / ".netrc"))
    return httpx.NetRCAuth(str(netrc)) if netrc.is_file() else None


def explain(response: httpx.Response, url: str) -> str:
    code = response.status_code
    if code in (401, 403):
        return (f"{url} refused the request (HTTP {code}); set KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD "
                "or add the host to ~/.netrc")
    if code == 404:
        return (f"no SPARQL service at {url} (HTTP 404); check the path (Oxigraph: /query and /store, "
                "Fuseki: /DATASET/query and /DATASET/data)")
    return f"{url} answered HTTP {code}: {response.text[:200].strip()!r}"


def client() -> httpx.Client:
    return httpx.Client(timeout=TIMEOUT, auth=auth())


def send(request: Callable[[], httpx.Response], url: str) -> httpx.Response:
    """One request with retries and backoff on connection errors and 5xx answers."""
    delay = BACKOFF
    for attempt in range(1, RETRIES + 1):
        try:
            response = request()
        except httpx.TimeoutException:
            problem = f"{url} did not answer within {TIMEOUT:g} s; set KG_TIMEOUT to wait longer"
        except httpx.TransportError as exc:
            problem = f"cannot connect to {url} ({type(exc).__name__}); is the server running?"
        else:
            if response.status_code < 500:
                if response.status_code >= 400:
                    raise StoreError(explain(response, url))
                return response
            problem = explain(response, url)
        if attempt == RETRIES:
            raise StoreError(problem)
        time.sleep(delay)
        delay *= 2
    raise AssertionError("unreachable")


def term(binding: dict):
    kind, value = binding.get("type"), binding.get("value", "")
    if kind == "uri":
        return NamedNode(value)
    if kind == "bnode":
        return BlankNode(value)
    if "xml:lang" in binding:
        return Literal(value, language=binding["xml:lang"])
    if "datatype" in binding:
        return Literal(value, datatype=NamedNode(binding["datatype"]))
    return Literal(value)


def remote_select(endpoint: str, text: str) -> tuple[list[str], list[list]]:
    """Variables and rows of a SELECT query run by a SPARQL Protocol endpoint."""
    with client() as http:
        response = send(lambda: http.post(endpoint, content=text.encode(), headers={
            "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"}), endpoint)
    try:
        results = response.json()
        variables = results["head"]["vars"]
        rows = [[term(b[v]) if v in b else None for v in variables] for b in results["results"]["bindings"]]
    except (ValueError, KeyError, TypeError):
        raise StoreError(f"{endpoint} did not answer with SPARQL JSON results; is it a query endpoint?") from None
    return variables, rows


def remote_load(endpoint: str, files: Sequence[str]) -> str:
    """PUT each named graph (one article each) to the Graph Store: each replaced atomically."""
    graphs = {}
    for path in files:
        graphs.update(by_graph(read_rdf(path)))
    done: list[str] = []
    with client() as http:
        for name, quads in graphs.items():
            body = serialize([q.triple for q in quads], format=RdfFormat.N_TRIPLES)
            try:
                send(lambda graph=name.value, data=body: http.put(
                    endpoint, params={"graph": graph}, content=data,
                    headers={"Content-Type": "application/n-triples"}), endpoint)
            except StoreError as exc:
                raise StoreError(f"loaded {len(done)} of {len(graphs)} graphs, then: {exc}. "
                                 "Run the same command again to finish (loading replaces graphs)") from None
            done.append(name.value)
    return f"loaded {len(done)} graphs into {endpoint}"
