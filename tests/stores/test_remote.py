"""A real `oxigraph serve` on 127.0.0.1: failures, recovery, retries, credentials, server URLs."""
import httpx
import pytest

from kg.errors import StoreError
from kg.queries import Source, run_query
from kg.stores import Endpoint, endpoint_of, memory_store, remote, remote_load

from .servers import Oxigraph, free_port

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def count(url: str) -> int:
    response = httpx.post(f"{url}/query", data={"query": COUNT}, headers={"Accept": "application/sparql-results+json"})
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


@pytest.fixture
def server(tmp_path):
    srv = Oxigraph(tmp_path / "oxigraph").start()
    yield srv
    srv.stop()


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch):
    monkeypatch.setattr(remote, "BACKOFF", 0.05)


def test_server_stopped_mid_load_then_recovery(server, example_graph, monkeypatch):
    full = len(memory_store([str(example_graph)]))
    real_send, calls = remote.send, []

    def flaky(request, url, http=None):
        calls.append(url)
        if len(calls) == 3:
            server.stop()  # the server goes away in the middle of the batch
        return real_send(request, url, http)

    monkeypatch.setattr(remote, "send", flaky)
    with pytest.raises(StoreError, match=r"loaded 2 of 6 graphs.*again to finish"):
        remote_load(endpoint_of(server.url), [str(example_graph)])
    monkeypatch.setattr(remote, "send", real_send)
    server.start()
    assert 0 < count(server.url) < full  # whole graphs only
    remote_load(endpoint_of(server.url), [str(example_graph)])
    assert count(server.url) == full


def test_clear_errors(server):
    with pytest.raises(StoreError, match="HTTP 404"):
        run_query("roles", Source(endpoint=f"{server.url}/nothing-here", server="oxigraph"))
    with pytest.raises(StoreError, match="cannot connect"):
        run_query("roles", Source(endpoint=f"http://127.0.0.1:{free_port()}/query"))


def test_a_timeout_is_reported_once_never_retried(monkeypatch):
    calls = []

    def slow():
        calls.append(1)
        raise httpx.ReadTimeout("slow")

    with pytest.raises(StoreError, match="did not answer within"):
        remote.send(slow, "http://127.0.0.1:1/sparql")
    assert calls == [1]


@pytest.mark.parametrize("url, server, query, store", [
    ("http://h:7878", None, "http://h:7878/query", "http://h:7878/store"),
    ("http://h:3030/news/", None, "http://h:3030/news/query", "http://h:3030/news/data"),
    ("http://h:8890", None, "http://h:8890/sparql", "http://h:8890/sparql-graph-crud-auth"),
    ("http://h:7200/repositories/news", None, "http://h:7200/repositories/news",
     "http://h:7200/repositories/news/rdf-graphs/service"),
    ("http://h:9999", "virtuoso", "http://h:9999/sparql", "http://h:9999/sparql-graph-crud-auth"),
    ("http://h:9999/ds/query", None, "http://h:9999/ds/query", "http://h:9999/ds/query"),
    ("http://h:9999/ds/data", None, "http://h:9999/ds/query", "http://h:9999/ds/data"),
])
def test_one_url_per_server(url, server, query, store):
    found = endpoint_of(url, server=server)
    assert (found.query, found.store) == (query, store)


def test_the_server_is_asked_only_when_its_url_says_nothing(server):
    assert endpoint_of(server.url).store == f"{server.url}/store"  # its Server header says Oxigraph
    with pytest.raises(StoreError, match="--server"):
        endpoint_of(f"http://127.0.0.1:{free_port()}")
    assert isinstance(endpoint_of(f"http://127.0.0.1:{free_port()}", server="fuseki"), Endpoint)


def test_credentials_from_environment_basic_first(monkeypatch):
    monkeypatch.setenv("KG_ENDPOINT_USER", "reader")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "s3cret")
    auth = remote.credentials("http://127.0.0.1/")
    sent = next(auth.auth_flow(httpx.Request("GET", "http://127.0.0.1/")))
    assert sent.headers["Authorization"].startswith("Basic ")


def test_credentials_from_netrc(monkeypatch, tmp_path):
    monkeypatch.delenv("KG_ENDPOINT_USER", raising=False)
    (tmp_path / "netrc").write_text("machine store.example login loader password p4ss\n")
    monkeypatch.setenv("NETRC", str(tmp_path / "netrc"))
    assert remote.credentials("http://store.example:8890/sparql") is not None
    assert remote.credentials("http://elsewhere.example/") is None
