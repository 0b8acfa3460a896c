"""SPARQL 1.1 servers: queries over the SPARQL Protocol, loads over the Graph Store Protocol.

Queries go as HTML-form POSTs (`query=...`), which every SPARQL 1.1 server must accept (Virtuoso
7 never answers `application/sparql-query` POSTs). A server that cuts results at a row cap
(Virtuoso's `X-SPARQL-MaxRows`) is paged with LIMIT/OFFSET, so no result is silently cut.
Credentials come from KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD, else ~/.netrc; Basic or
Digest, as the server asks; never from the command line, never printed.
"""
from __future__ import annotations

import base64
import json
import netrc
import os
import re
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from urllib.parse import unquote, urlsplit

import httpx
from pyoxigraph import RdfFormat

from kg.bounds import limit, megabytes
from kg.errors import StoreError
from kg.rdf import serialized

from .embedded import by_graph, memory_store
from .servers import Endpoint, endpoint, shown

RETRIES = 3
BACKOFF = 0.5  # seconds, doubled after each failed attempt
MAX_ROWS_HEADER = "x-sparql-maxrows"
ORDERED = re.compile(r"\bORDER\s+BY\b", re.IGNORECASE)
SELECT_LINE = re.compile(r"^\s*SELECT\b", re.IGNORECASE | re.MULTILINE)
TAIL_LIMIT = re.compile(r"\b(LIMIT|OFFSET)\s+\d+\s*$", re.IGNORECASE)
RESULTS_JSON = "application/sparql-results+json"


def timeout() -> float:
    """Seconds to wait for a server's answer (KG_TIMEOUT)."""
    return limit("KG_TIMEOUT")


def result_limit() -> int:
    """Bytes of one answer from a server (KG_MAX_RESULT_MB): a bigger one is refused."""
    return megabytes("KG_MAX_RESULT_MB")


class ChallengeAuth(httpx.Auth):
    """Basic credentials up front; Digest once the server refuses them (Virtuoso's graph store)."""

    requires_request_body = True

    def __init__(self, user: str, password: str, source: str):
        self.source = source  # where the credentials came from, for messages: never their value
        self.basic = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
        self.digest = httpx.DigestAuth(user, password)
        self.use_digest = False

    def auth_flow(self, request: httpx.Request):
        if not self.use_digest:
            request.headers["Authorization"] = self.basic
            response = yield request
            if response.status_code != 401:
                return  # Virtuoso answers Basic with a bare 401: ask again without, to hear its challenge
            self.use_digest = True
            del request.headers["Authorization"]
        yield from self.digest.auth_flow(request)


def credentials(url: str) -> ChallengeAuth | None:
    """The credentials for `url`: KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD, else those the URL carries,
    else ~/.netrc (or $NETRC)."""
    user, password = os.environ.get("KG_ENDPOINT_USER"), os.environ.get("KG_ENDPOINT_PASSWORD")
    if user and password is not None:
        return ChallengeAuth(user, password, "KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD")
    parts = urlsplit(url)
    if parts.username:
        return ChallengeAuth(unquote(parts.username), unquote(parts.password or ""), "the endpoint URL")
    path = Path(os.environ.get("NETRC", Path.home() / ".netrc"))
    try:
        entry = netrc.netrc(str(path)).authenticators(urlsplit(url).hostname or "") if path.is_file() else None
    except (netrc.NetrcParseError, OSError) as exc:
        raise StoreError(
            f"cannot read {path} ({exc}); fix it or set KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD"
        ) from None
    return ChallengeAuth(entry[0], entry[2] or "", str(path)) if entry else None


def explain(response: httpx.Response, url: str, auth: ChallengeAuth | None = None) -> str:
    code = response.status_code
    if code in (401, 403):
        given = f"the credentials from {auth.source} were refused" if auth else "no credentials were given"
        return (
            f"{url} refused the request (HTTP {code}: {given}); set KG_ENDPOINT_USER and "
            "KG_ENDPOINT_PASSWORD (or ~/.netrc) to a user allowed to do this"
        )
    if code == 404:
        return (
            f"no SPARQL service at {url} (HTTP 404); give the server's URL with --server, "
            "or the full query or graph-store URL"
        )
    return f"{url} answered HTTP {code}: {response.text[:200].strip()!r}"


def client(url: str) -> httpx.Client:
    """A client for `url`, its credentials given as auth (never left in the URL it requests)."""
    return httpx.Client(timeout=timeout(), auth=credentials(url))


def send(request: Callable[[], httpx.Response], given_url: str, http: httpx.Client | None = None) -> httpx.Response:
    """One request; connection errors and 5xx answers are retried with backoff, a timeout never is.
    Messages show the URL without its credentials."""
    url = shown(given_url)
    auth = http.auth if http is not None and isinstance(http.auth, ChallengeAuth) else None
    delay = BACKOFF
    for attempt in range(1, RETRIES + 1):
        try:
            response = request()
        except httpx.TimeoutException:
            raise StoreError(f"{url} did not answer within {timeout():g} s; set KG_TIMEOUT to wait longer") from None
        except httpx.TransportError as exc:
            problem = f"cannot connect to {url} ({type(exc).__name__}); is the server running?"
        else:
            if response.status_code < 500:
                if response.status_code >= 400:
                    raise StoreError(explain(response, url, auth))
                return response
            problem = explain(response, url, auth)
        if attempt == RETRIES:
            raise StoreError(problem)
        time.sleep(delay)
        delay *= 2
    raise AssertionError("unreachable")


def remote_select(target: Endpoint, text: str) -> bytes:
    """SPARQL JSON results of a SELECT query, all of them: when the server says it cut them at a
    cap, the query is asked again page by page until every row has come."""
    url = shown(target.query)
    with client(target.query) as http:
        variables, bindings, cap = fetch(http, url, text)
        if cap is not None:
            if TAIL_LIMIT.search(text):
                raise StoreError(
                    f"{url} cut the results at {cap} rows and the query has its own LIMIT or OFFSET; "
                    "lower its LIMIT below the cap or raise the cap (Virtuoso: ResultSetMaxRows)"
                )
            bindings = []
            while True:
                _, page, _ = fetch(http, url, paged(text, cap, len(bindings), variables))
                bindings += page
                if len(page) < cap:
                    break
    return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}}).encode()


def paged(text: str, size: int, offset: int, variables: Sequence[str] = ()) -> str:
    """One page of a query: the query as a subquery, LIMIT and OFFSET outside it (Virtuoso refuses an
    OFFSET past its sort limit on the query itself, and keeps the subquery's order). A query with no
    order of its own is ordered by all its variables, so that pages neither overlap nor skip rows."""
    start = SELECT_LINE.search(text)
    if start is None:
        raise StoreError("the query has no SELECT at the start of a line; newskg cannot page it past the server's cap")
    prologue, body = text[: start.start()], text[start.start() :]
    if variables and not ORDERED.search(body):
        body = f"{body.rstrip()}\nORDER BY {' '.join('?' + v for v in variables)}"
    return f"{prologue}SELECT * WHERE {{\n{{\n{body}\n}}\n}}\nLIMIT {size} OFFSET {offset}"


def fetch(http: httpx.Client, given_url: str, text: str) -> tuple[list[str], list[dict], int | None]:
    """One page: variables, bindings, and the row cap the server applied (None if it cut nothing)."""
    url = shown(given_url)
    response = send(lambda: bounded_post(http, url, {"query": text}), url, http)
    try:
        results = response.json()
        variables, bindings = results["head"]["vars"], results["results"]["bindings"]
    except (ValueError, KeyError, TypeError):
        raise StoreError(f"{url} did not answer with SPARQL JSON results; is it a query endpoint?") from None
    cap = response.headers.get(MAX_ROWS_HEADER)
    return variables, bindings, int(cap) if cap and cap.isdigit() and len(bindings) >= int(cap) else None


def bounded_post(http: httpx.Client, url: str, form: dict[str, str]) -> httpx.Response:
    """A form POST whose answer is read up to KG_MAX_RESULT_MB; a bigger answer is refused, not held."""
    most = result_limit()
    with http.stream("POST", url, data=form, headers={"Accept": RESULTS_JSON}) as response:
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > most:
                raise StoreError(f"{url} answered with over {most / 1e6:g} MB of results (KG_MAX_RESULT_MB); "
                                 "ask for fewer rows (LIMIT) or raise the bound")
    return httpx.Response(response.status_code, headers=response.headers, content=bytes(body),
                          request=response.request)


def remote_load(target: Endpoint, files: Sequence[str]) -> str:
    """PUT each named graph (one article each) to the Graph Store: each replaced atomically."""
    graphs = {}
    for path in files:  # read as the embedded store reads them, old identity links made followable
        graphs.update(by_graph(memory_store([path])))
    done: list[str] = []
    url = shown(target.store)
    with client(target.store) as http:
        for name, quads in graphs.items():
            body = serialized([q.triple for q in quads], RdfFormat.N_TRIPLES)
            put = partial(http.put, url, params={"graph": name.value}, content=body,
                          headers={"Content-Type": "application/n-triples"})
            try:
                send(put, url, http)
            except StoreError as exc:
                raise StoreError(
                    f"loaded {len(done)} of {len(graphs)} graphs, then: {exc}. "
                    "Run the same command again to finish (loading replaces graphs)"
                ) from None
            done.append(name.value)
    return f"loaded {len(done)} graphs into {url}"


def endpoint_of(url: str, *, server: str | None = None) -> Endpoint:
    """The query and graph-store URLs of the server at `url` (asking it who it is only if need be)."""
    return endpoint(url, server=server, probe=server_header)


def server_header(url: str) -> str:
    try:
        with client(url) as http:
            return http.get(shown(url), timeout=min(timeout(), 10)).headers.get("server", "")
    except httpx.HTTPError:
        return ""
