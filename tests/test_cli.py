"""Every command and its exit codes: 0 ok, 1 negative result, 2 bad input or error."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib
from typer.testing import CliRunner

from kg.cli import app
from tests.conftest import EXAMPLES

runner = CliRunner()
ARTICLE = "date 2024-04-02 Port strike ends\n\n“We have a deal,” union leader Rosa Lindqvist said in Gothenburg.\n"


def kg(*args, stdin=None):
    return runner.invoke(app, [str(a) for a in args], input=stdin)


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "port-strike.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix, rdflib_format", [
    (".ttl", "turtle"), (".trig", "trig"), (".nq", "nquads"), (".nt", "nt"), (".jsonld", "json-ld")])
def test_extract_formats_by_extension(article, tmp_path, suffix, rdflib_format):
    out = tmp_path / f"out{suffix}"
    result = kg("extract", article, "-o", out)
    assert result.exit_code == 0, result.output
    graph = rdflib.Dataset().parse(out, format=rdflib_format)
    schema = rdflib.Namespace("http://schema.org/")
    names = {str(o) for _, _, o, _ in graph.quads((None, schema.name, None, None))}
    assert "Rosa Lindqvist" in names


def test_extract_to_stdout_is_turtle(article):
    result = kg("extract", article)
    assert result.exit_code == 0
    graph = rdflib.Graph().parse(data=result.stdout, format="turtle")
    assert len(graph) > 20


def test_extract_from_stdin_text_and_jsonl():
    result = kg("extract", "-", "--format", "nq", stdin=ARTICLE)
    assert result.exit_code == 0 and "Rosa Lindqvist" in result.stdout
    record = json.dumps({"id": "strike-1", "text": ARTICLE.split("\n", 2)[2], "date": "2024-04-02",
                         "title": "Port strike ends", "url": "https://news.example/strike"})
    result = kg("extract", "-", "--format", "nt", stdin=record + "\n")
    assert result.exit_code == 0
    assert "<https://w3id.org/newskg/id/doc/strike-1>" in result.stdout
    assert "<https://news.example/strike>" in result.stdout


def test_extract_options(article, tmp_path):
    out = tmp_path / "o.ttl"
    result = kg("extract", article, "-o", out, "--base", "https://example.org/kg/", "--min-confidence", "0.99",
                "--validate")
    assert result.exit_code == 0, result.output
    text = out.read_text()
    assert "https://example.org/kg/doc/port-strike" in text and "nkg:Statement" not in text


def test_date_option_sets_publication(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("The minister said on Friday that talks would resume.")
    result = kg("extract", path, "--date", "2021-11-30", "--format", "nt")
    assert '"2021-11-30"^^<http://www.w3.org/2001/XMLSchema#date>' in result.stdout
    assert '"2021-11-26"^^<http://www.w3.org/2001/XMLSchema#date>' in result.stdout


def test_one_bad_article_is_skipped(article, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    out = tmp_path / "out.nq"
    result = kg("extract", tmp_path, "-o", out)
    assert result.exit_code == 0 and "skipped" in result.stderr and "empty" in result.stderr
    assert "Rosa Lindqvist" in out.read_text()
    assert kg("extract", tmp_path, "-o", out, "--strict").exit_code == 2


@pytest.mark.parametrize("name, data, message", [
    ("empty.txt", b"", "is empty"),
    ("binary.txt", b"\x00\x89PNG", "looks binary"),
    ("latin1.txt", b"caf\xe9", "not valid UTF-8"),
    ("bad.jsonl", b"{not json\n", "not valid JSON"),
])
def test_bad_input_exit_2_and_no_output(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    out = tmp_path / "out.ttl"
    result = kg("extract", path, "-o", out)
    assert result.exit_code == 2 and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not out.exists() and not list(tmp_path.glob(".out.ttl*"))


@pytest.mark.parametrize("args, message", [
    (["extract", "missing.txt"], "no such file"),
    (["extract", "{article}", "--format", "xml"], "unknown format"),
    (["extract", "{article}", "-o", "out.rdf"], "cannot tell the format"),
    (["extract", "{article}", "-o", "{article}/out.ttl"], "cannot write"),
    (["extract", "{article}", "--date", "30/11/2021"], "not YYYY-MM-DD"),
    (["extract", "{article}", "--base", "not an iri"], "not an absolute IRI"),
    (["extract", "{article}", "--model", "no_such_model"], "not installed"),
    (["query", "no-such-query", "--data", "{article}"], "unknown query"),
    (["query", "talks-about", "--data", "{graph}"], "needs --param entity"),
    (["query", "roles", "--data", "{article}"], "cannot tell the RDF format"),
    (["validate", "missing.ttl"], "no such file"),
])
def test_errors_exit_2_with_one_line(article, example_graph, args, message):
    args = [a.format(article=article, graph=example_graph) for a in args]
    result = kg(*args)
    assert result.exit_code == 2, result.output
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_query_exit_codes(example_graph):
    ok = kg("query", "roles", "--data", example_graph, "--format", "csv")
    assert ok.exit_code == 0 and ok.stdout.startswith("person,title,organization,articles")
    none = kg("query", "statements-by", "--data", example_graph, "--param", "speaker=Nobody Here")
    assert none.exit_code == 1


@pytest.mark.parametrize("name", ["statements", "roles"])  # paged article by article, and cut from the whole
def test_query_pages(example_graph, name):
    whole = kg("query", name, "--data", example_graph, "--format", "csv").stdout.splitlines()
    page = kg("query", name, "--data", example_graph, "--format", "csv", "--offset", 2, "--limit", 3)
    assert page.exit_code == 0 and page.stdout.splitlines() == whole[:1] + whole[3:6]
    assert "3 rows" in page.stderr
    bad = kg("query", name, "--data", example_graph, "--limit", -1)
    assert bad.exit_code == 2 and "--limit" in bad.stderr


def test_user_query_file(example_graph, tmp_path):
    query = tmp_path / "count.rq"
    query.write_text("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    result = kg("query", query, "--data", example_graph, "--format", "json")
    assert result.exit_code == 0 and int(json.loads(result.stdout)["results"]["bindings"][0]["n"]["value"]) > 1000


def test_queries_lists_bundled_with_params():
    result = kg("queries")
    assert result.exit_code == 0
    assert "statements-by" in result.stdout and "--param speaker=" in result.stdout


def test_validate_exit_codes(example_graph, tmp_path):
    assert kg("validate", example_graph).exit_code == 0
    broken = tmp_path / "broken.ttl"
    broken.write_text('@prefix schema: <http://schema.org/> .\n<https://x.org/p> a schema:Person .\n')
    result = kg("validate", broken)
    assert result.exit_code == 1 and "schema:name" in result.stdout or "name" in result.stdout
    garbage = tmp_path / "garbage.ttl"
    garbage.write_text("this is not turtle")
    assert kg("validate", garbage).exit_code == 2


def test_load_and_query_store(example_graph, tmp_path):
    store = tmp_path / "store"
    first = kg("load", example_graph, "--store", store)
    assert first.exit_code == 0, first.output
    count = int(first.stderr.split("holds ")[1].split()[0])
    again = kg("load", example_graph, "--store", store)
    assert int(again.stderr.split("holds ")[1].split()[0]) == count  # reloading replaces graphs
    result = kg("query", "top-speakers", "--store", store, "--format", "csv")
    assert result.exit_code == 0 and "Daniel Okafor" in result.stdout


def test_real_process_has_no_traceback(tmp_path):
    """The installed command, as a user runs it: one line on stderr, exit 2."""
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    kg_bin = Path(sys.executable).with_name("kg")
    proc = subprocess.run([str(kg_bin), "extract", str(empty), "-o", str(tmp_path / "o.ttl")],
                          capture_output=True, text=True, env={**os.environ, "KG_STORE": str(tmp_path / "s")})
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith("kg: ") and len(proc.stderr.strip().splitlines()) == 1


def test_extract_into_store_and_stats(article, tmp_path):
    store = tmp_path / "store"
    assert kg("extract", article, "--store", store).exit_code == 0
    assert kg("extract", article, "--store", store).exit_code == 0  # again: replaced, not duplicated
    result = kg("stats", "--store", store)
    assert result.exit_code == 0
    stats = dict(line.split() for line in result.stdout.splitlines())
    assert stats["articles"] == "1" and stats["statements"] == "1" and stats["people"] == "1"
    once = tmp_path / "once.nq"
    kg("extract", article, "-o", once)
    assert int(stats["quads"]) == len(once.read_text().splitlines())


def test_extract_on_dask_scheduler(tmp_path):
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        result = kg("extract", EXAMPLES, "--engine", "dask", "--scheduler", cluster.scheduler_address,
                    "-o", tmp_path / "shards")
    assert result.exit_code == 0, result.output
    shards = sorted((tmp_path / "shards").glob("part-*.nq"))
    assert shards and "6 articles" in result.stderr
    assert kg("load", *shards, "--store", tmp_path / "store").exit_code == 0
    assert kg("extract", EXAMPLES, "--engine", "dask").exit_code == 2  # shards need a folder


def test_interrupted_load_is_recovered(example_graph, tmp_path, monkeypatch):
    from pyoxigraph import parse

    from kg.stores import embedded as store_module

    full = store_module.open_store(tmp_path / "full", write=True)
    store_module.load_files(full, [str(example_graph)])

    def crash(self, *, path=None, input=None, format, lenient=False, to_graph=None):  # dies half-way through
        quads = list(parse(path=path, input=input, format=format))
        self.bulk_extend(quads[: len(quads) // 2])
        raise KeyboardInterrupt

    monkeypatch.setattr(store_module.Store, "bulk_load", crash)
    fresh = store_module.open_store(tmp_path / "other", write=True)
    with pytest.raises(KeyboardInterrupt):
        store_module.load_files(fresh, [str(example_graph)])
    monkeypatch.undo()
    assert 0 < len(fresh) < len(full)
    assert store_module.recover(fresh)  # the journal names the half-written graphs; they are removed
    assert len(fresh) == 0
    store_module.load_files(fresh, [str(example_graph)])
    assert len(fresh) == len(full)


def test_several_files_after_one_data_option(example_graph, tmp_path):
    from kg.rdf import read_rdf, serialize_batch

    turtle = tmp_path / "examples.ttl"
    with turtle.open("wb") as stream:
        serialize_batch(list(read_rdf(str(example_graph))), "ttl", stream)
    one = kg("query", "entities", "--data", example_graph, "--format", "csv")
    both = kg("query", "entities", "--data", example_graph, turtle, "--format", "csv")
    assert both.exit_code == 0 and both.stdout == one.stdout
    assert kg("stats", "--data", example_graph, turtle).exit_code == 0


def test_the_table_wraps_long_quotes_instead_of_cutting_them(example_graph):
    result = kg("query", "statements", "--data", example_graph)
    longest = max(len(line) for line in result.stdout.splitlines())
    assert result.exit_code == 0 and "…" not in result.stdout and longest < 400
