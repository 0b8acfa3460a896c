"""Hostile settings, servers and signals: one line each, exit 2 (or the rest of the batch), no secret
shown, no file or worker left behind."""
from __future__ import annotations

import http.server
import json
import os
import signal
import subprocess
import sys
import threading
import time

import pytest
from typer.testing import CliRunner

from kg.cli import app

KG = [sys.executable, "-c", "from kg.cli import app; app()"]
GOOD = "“Talks will resume on Monday,” mediator Ilse Brandt said in Geneva."


def kg(*args, env=None):
    return CliRunner().invoke(app, [str(a) for a in args], env=env)


def one_line(result, code: int = 2) -> str:
    assert result.exit_code == code, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output, result.stderr
    return lines[0]


def test_a_param_shaped_as_an_iri_that_is_none(example_graph):
    line = one_line(kg("query", "talks-about", "--data", example_graph, "--param", "entity=<a b>"))
    assert "'<a b>' is not a valid IRI" in line


@pytest.mark.parametrize("date, said", [("2024-02-30", "is no day of the calendar"), ("30/02", "is not YYYY-MM-DD")])
def test_an_impossible_date_says_what_is_wrong(tmp_path, date, said):
    (tmp_path / "a.txt").write_text(GOOD)
    assert said in one_line(kg("extract", tmp_path / "a.txt", "--date", date))


class Garbage(http.server.BaseHTTPRequestHandler):
    """/big: SPARQL JSON of some megabytes; anything else: bytes that are no SPARQL results."""

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.end_headers()
        if self.path.startswith("/big"):
            rows = ",".join(json.dumps({"x": {"type": "literal", "value": "v" * 1000}}) for _ in range(3000))
            self.wfile.write(b'{"head": {"vars": ["x"]}, "results": {"bindings": [' + rows.encode() + b"]}}")
        else:
            self.wfile.write(b"\x00\xffnot results at all")

    do_GET = do_POST

    def log_message(self, *args):
        pass


@pytest.fixture
def garbage_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Garbage)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_a_service_that_answers_garbage_is_one_line(example_graph, garbage_server, tmp_path):
    query = tmp_path / "remote.rq"
    query.write_text(f"SELECT * WHERE {{ SERVICE <{garbage_server}/sparql> {{ ?s ?p ?o }} }}")
    assert "failed while running" in one_line(kg("query", query, "--data", example_graph))


def test_an_endpoint_answer_over_the_bound_is_refused(garbage_server, tmp_path):
    query = tmp_path / "all.rq"
    query.write_text("SELECT ?x WHERE { ?x ?p ?o }")
    line = one_line(kg("query", query, "--endpoint", f"{garbage_server}/big/query", env={"KG_MAX_RESULT_MB": "1"}))
    assert "over 1 MB of results (KG_MAX_RESULT_MB)" in line


@pytest.mark.parametrize("name", ["KG_TIMEOUT", "KG_MAX_RESULT_MB"])
def test_a_server_setting_that_is_no_number(garbage_server, name):
    line = one_line(kg("query", "stats", "--endpoint", f"{garbage_server}/query", env={name: "abc"}))
    assert f"{name}='abc' is not a positive number" in line


class Refusing(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        self.send_response(401)
        self.send_header("WWW-Authenticate", 'Basic realm="sparql"')
        self.end_headers()

    do_GET = do_PUT = do_POST

    def log_message(self, *args):
        pass


@pytest.fixture
def refusing_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Refusing)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()


def test_credentials_in_the_url_are_never_shown(refusing_server):
    line = one_line(kg("query", "stats", "--endpoint", f"http://alice:S3cr3tPW@127.0.0.1:{refusing_server}/query"))
    assert "S3cr3tPW" not in line and "alice" not in line
    assert "the credentials from the endpoint URL were refused" in line


def test_a_refused_netrc_login_names_its_source(refusing_server, tmp_path):
    netrc = tmp_path / "netrc"
    netrc.write_text("machine 127.0.0.1 login bob password hunter2\n")
    netrc.chmod(0o600)
    line = one_line(kg("query", "stats", "--endpoint", f"http://127.0.0.1:{refusing_server}/query",
                       env={"NETRC": str(netrc), "KG_ENDPOINT_USER": None}))
    assert f"the credentials from {netrc} were refused" in line and "hunter2" not in line


def test_two_inputs_with_one_graph_are_reported(example_graph, tmp_path):
    result = kg("load", example_graph, example_graph, "--store", tmp_path / "store")
    assert result.exit_code == 0
    assert "loaded 6 graphs" in result.stderr and "6 graphs were in more than one file" in result.stderr


def test_a_manifest_never_reaches_outside_its_folder(tmp_path):
    folder = tmp_path / "shards"
    folder.mkdir()
    (tmp_path / "v1.nq").write_text("")
    (folder / "manifest.json").write_text(json.dumps({"shards": ["../v1.nq"]}))
    assert "'../v1.nq', which is not a file in" in one_line(kg("load", folder, "--store", tmp_path / "store"))


def test_a_folder_without_manifest_names_it(tmp_path):
    (tmp_path / "shards").mkdir()
    line = one_line(kg("load", tmp_path / "shards", "--store", tmp_path / "store"))
    assert "{folder}" not in line and f"-o {tmp_path / 'shards'}" in line


def test_more_jobs_than_cores_are_capped_with_a_line(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    result = kg("extract", tmp_path / "a.txt", "--jobs", "999", "-o", tmp_path / "out.nq")
    assert result.exit_code == 0
    assert f"--jobs 999 is more than the {os.cpu_count()} cores here" in result.stderr


def children(pid: int) -> list[int]:
    found = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return [int(p) for p in found.split()]


@pytest.mark.parametrize("how, code", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_stopped_parallel_run_leaves_no_worker_and_no_partial_file(tmp_path, how, code):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": f"a{n}", "text": GOOD * 20}) + "\n" for n in range(2000)))
    out = tmp_path / "out.nq"
    process = subprocess.Popen([*KG, "extract", str(feed), "-o", str(out), "--jobs", "2"],
                               stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 90
    while len(children(process.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    workers = children(process.pid)
    time.sleep(2)
    process.send_signal(how)  # to the parent alone, as `kill` or a service manager does
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == code, stderr
    assert "Traceback" not in stderr and stderr.strip().splitlines()[-1].startswith("kg: ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["feed.jsonl"]
    time.sleep(0.5)
    alive = [w for w in workers if subprocess.run(["ps", "-p", str(w)], capture_output=True).returncode == 0]
    assert not alive, f"workers still running: {alive}"


def test_ctrl_c_on_the_dask_engine_is_one_line(tmp_path):
    pytest.importorskip("dask.distributed")
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": f"a{n}", "text": GOOD * 20}) + "\n" for n in range(3000)))
    process = subprocess.Popen([*KG, "extract", str(feed), "-o", str(tmp_path / "shards"), "--engine", "dask"],
                               stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not list(tmp_path.glob("shards/.part-*")) and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(1)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr, stderr
    assert stderr.strip().splitlines()[-1].startswith("kg: interrupted")
