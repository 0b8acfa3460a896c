"""A real `oxigraph serve` on 127.0.0.1: load, re-load, every bundled query, failures and recovery."""
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from kg.errors import StoreError
from kg.queries import bundled, find_query, render, run, run_query
from kg.stores import memory_store, remote, remote_load
from tests.queries.test_bundled import PARAMS

OXIGRAPH = Path(sys.executable).with_name("oxigraph")
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, location: Path):
        self.location, self.port, self.proc = location, free_port(), None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> "Server":
        self.proc = subprocess.Popen([str(OXIGRAPH), "serve", "--location", str(self.location),
                                      "--bind", f"127.0.0.1:{self.port}"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                httpx.get(f"{self.url}/query", params={"query": "ASK {}"}, timeout=1)
                return self
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError("oxigraph serve did not start")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)

    def count(self) -> int:
        response = httpx.post(f"{self.url}/query", content=COUNT,
                              headers={"Content-Type": "application/sparql-query",
                                       "Accept": "application/sparql-results+json"})
        return int(response.json()["results"]["bindings"][0]["n"]["value"])


@pytest.fixture
def server(tmp_path):
    srv = Server(tmp_path / "oxigraph").start()
    yield srv
    srv.stop()


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch):
    monkeypatch.setattr(remote, "BACKOFF", 0.05)


def test_load_reload_and_every_query_matches_embedded(server, example_graph):
    remote_load(f"{server.url}/store", [str(example_graph)])
    loaded = server.count()
    embedded = memory_store([str(example_graph)])
    assert loaded == len(embedded)
    remote_load(f"{server.url}/store", [str(example_graph)])
    assert server.count() == loaded  # each article graph replaced, nothing duplicated
    for query in bundled():
        params = PARAMS.get(query.name, [])
        remote_rows, n = run_query(query.name, endpoint=f"{server.url}/query", params=params, fmt="csv")
        local_rows, m = render(run(embedded, find_query(query.name), params), "csv")
        assert n == m > 0, query.name
        assert sorted(remote_rows.splitlines()) == sorted(local_rows.splitlines()), query.name


def test_server_stopped_mid_load_then_recovery(server, example_graph, monkeypatch):
    full = len(memory_store([str(example_graph)]))
    real_send, calls = remote.send, []

    def flaky(request, url):
        calls.append(url)
        if len(calls) == 3:
            server.stop()  # the server goes away in the middle of the batch
        return real_send(request, url)

    monkeypatch.setattr(remote, "send", flaky)
    with pytest.raises(StoreError, match=r"loaded 2 of 6 graphs.*again to finish"):
        remote_load(f"{server.url}/store", [str(example_graph)])
    monkeypatch.setattr(remote, "send", real_send)
    server.start()
    assert 0 < server.count() < full  # whole graphs only
    remote_load(f"{server.url}/store", [str(example_graph)])
    assert server.count() == full


def test_clear_errors(server, example_graph):
    with pytest.raises(StoreError, match="HTTP 404"):
        run_query("roles", endpoint=f"{server.url}/nothing-here")
    closed = f"http://127.0.0.1:{free_port()}/query"
    with pytest.raises(StoreError, match="cannot connect"):
        run_query("roles", endpoint=closed)


def test_credentials_from_environment(monkeypatch):
    monkeypatch.setenv("KG_ENDPOINT_USER", "reader")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "s3cret")
    request = httpx.Request("GET", "http://127.0.0.1/")
    auth = remote.auth()
    sent = next(auth.auth_flow(request))
    assert sent.headers["Authorization"].startswith("Basic ")
