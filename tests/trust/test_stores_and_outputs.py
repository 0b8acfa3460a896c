"""Stores are never harmed by a read, a damaged folder or a foreign one; outputs behave as Unix tools'."""
import os
import stat
import threading

import pytest
from pyoxigraph import Literal, NamedNode, Quad
from typer.testing import CliRunner

from kg.cli import app
from kg.stores import embedded

GOOD = "“Talks will resume on Monday,” mediator Ilse Brandt said in Geneva."


def kg(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def snapshot(folder) -> dict:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture
def store(example_graph, tmp_path):
    folder = tmp_path / "store"
    assert kg("load", example_graph, "--store", folder).exit_code == 0
    return folder


def test_a_store_without_current_is_reported_and_never_touched(store):
    (store / "CURRENT").unlink()
    before = snapshot(store)
    for args in (("stats", "--store", store), ("query", "articles", "--store", store)):
        result = kg(*args)
        assert result.exit_code == 2 and "damaged" in result.stderr and result.stderr.count("\n") == 1
    assert kg("load", store.parent / "x.nq", "--store", store).exit_code == 2
    assert snapshot(store) == before


def test_reading_commands_never_write(store, tmp_path):
    plain = tmp_path / "notes"
    plain.mkdir()
    (plain / "todo.txt").write_text("buy milk")
    result = kg("stats", "--store", plain)
    assert result.exit_code == 2 and "holds no newskg store" in result.stderr
    assert snapshot(plain) == {"todo.txt": b"buy milk"}
    before = snapshot(store)
    for _ in range(3):
        assert kg("stats", "--store", store).exit_code == 0
        assert kg("query", "articles", "--store", store).exit_code == 0
    assert snapshot(store) == before
    assert not (tmp_path / "never").exists() and kg("stats", "--store", tmp_path / "never").exit_code == 2
    assert not (tmp_path / "never").exists()


def test_no_log_files_pile_up(store, example_graph):
    for _ in range(3):
        assert kg("load", example_graph, "--store", store).exit_code == 0
    assert not list(store.glob("LOG.old.*"))


SCHEMA = "http://schema.org/"


def half_written(store, owner: str) -> None:
    """A graph as a load leaves it half-way: named in the journal, part of an article written."""
    writer = embedded.open_store(store, write=True)
    graph = NamedNode("https://w3id.org/newskg/id/graph/half")
    doc = NamedNode("https://w3id.org/newskg/id/doc/half")
    writer.extend([Quad(graph, embedded.PENDING, Literal(owner), embedded.JOURNAL),
                   Quad(doc, NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                        NamedNode(SCHEMA + "NewsArticle"), graph),
                   Quad(doc, NamedNode("http://purl.org/dc/terms/identifier"), Literal("half"), graph)])
    writer.flush()
    del writer


@pytest.mark.parametrize("owner, said", [
    ("999999999@nowhere", "interrupted load left 1 graphs half-written; they are not shown"),
    (f"{os.getpid()}@{__import__('socket').gethostname()}", "a load is writing 1 graphs; they are not shown"),
])
def test_a_graph_being_written_is_invisible_and_said_truly(store, owner, said):
    clean_stats, clean_articles = kg("stats", "--store", store), kg("query", "articles", "--store", store)
    half_written(store, owner)
    result = kg("stats", "--store", store)
    assert result.exit_code == 0 and said in result.stderr
    assert result.stdout == clean_stats.stdout
    assert kg("query", "articles", "--store", store).stdout == clean_articles.stdout


def test_queries_answer_while_a_load_holds_the_store(store):
    writer = embedded.open_store(store, write=True)  # holds RocksDB's lock, as a running load does
    try:
        result = kg("query", "articles", "--store", store)
        assert result.exit_code == 0 and "6 rows" in result.stderr, result.stderr
    finally:
        del writer


def test_output_through_a_symlink_keeps_the_link(tmp_path):
    (tmp_path / "in.txt").write_text(GOOD)
    real, link = tmp_path / "real.nq", tmp_path / "link.nq"
    real.write_text("old")
    link.symlink_to(real)
    assert kg("extract", tmp_path / "in.txt", "-o", link).exit_code == 0
    assert link.is_symlink() and b"Ilse Brandt" in real.read_bytes()


def test_output_to_a_fifo_is_streamed(tmp_path):
    (tmp_path / "in.txt").write_text(GOOD)
    fifo = tmp_path / "pipe.nq"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    assert kg("extract", tmp_path / "in.txt", "-o", fifo).exit_code == 0
    reader.join(30)
    assert stat.S_ISFIFO(fifo.stat().st_mode) and b"Ilse Brandt" in received[0]


def test_new_files_get_the_umask_and_parents_are_created(tmp_path):
    (tmp_path / "in.txt").write_text(GOOD)
    old = os.umask(0o022)
    try:
        out = tmp_path / "a" / "b" / "out.trig"
        assert kg("extract", tmp_path / "in.txt", "-o", out).exit_code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_output_naming_a_folder_says_so(tmp_path):
    (tmp_path / "in.txt").write_text(GOOD)
    result = kg("extract", tmp_path / "in.txt", "-o", tmp_path)
    assert result.exit_code == 2 and "is a folder; give a file name" in result.stderr


def test_dask_folder_holds_exactly_the_last_run(tmp_path, example_graph):
    pytest.importorskip("dask.distributed")
    from dask.distributed import Client, LocalCluster

    from kg.run import Settings, extract_dask

    inputs = tmp_path / "in"
    inputs.mkdir()
    for n in range(3):
        (inputs / f"a{n}.txt").write_text(GOOD)
    out = tmp_path / "shards"
    with Client(LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None)) as client:
        run = lambda: extract_dask([str(inputs)], Settings(output=str(out), base="https://e.org/"),  # noqa: E731
                                   client=client, size=1)
        assert len(run().shards) == 3
        (inputs / "a2.txt").unlink()
        assert len(run().shards) == 2
        assert sorted(p.name for p in out.iterdir()) == ["manifest.json", "part-00000.nq", "part-00001.nq"]
        (out / "notes.txt").write_text("mine")
        with pytest.raises(Exception, match="did not write"):
            run()
    result = kg("load", out, "--store", tmp_path / "store")  # the refused run withdrew nothing
    assert result.exit_code == 0 and "loaded 2 graphs" in result.stderr
    (out / "manifest.json").unlink()  # as a run that did not finish leaves it
    result = kg("load", out, "--store", tmp_path / "store")
    assert result.exit_code == 2 and "without manifest.json" in result.stderr


def test_a_killed_load_leaves_no_partial_graph_in_sight_and_no_files_behind(example_graph, tmp_path):
    import signal
    import subprocess
    import sys
    import time

    from pyoxigraph import RdfFormat, parse, serialize

    quads = list(parse(path=str(example_graph), format=RdfFormat.TRIG))
    copies = []  # the examples under 300 new graph names: a load that takes a few seconds
    for n in range(300):
        rename = {q.graph_name: NamedNode(f"{q.graph_name.value}-{n}") for q in quads}
        copies += [Quad(q.subject, q.predicate, q.object, rename[q.graph_name]) for q in quads]
    big = tmp_path / "big.nq"
    big.write_bytes(serialize(copies, format=RdfFormat.N_QUADS))
    whole = {}
    for q in copies:
        whole[q.graph_name.value] = whole.get(q.graph_name.value, 0) + 1
    folder = tmp_path / "store"
    load = subprocess.Popen([sys.executable, "-c", "from kg.cli import app; app()", "load", str(big),
                             "--store", str(folder)], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not (folder / "CURRENT").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(1.0)
    load.send_signal(signal.SIGKILL)
    load.wait(timeout=30)
    counted = tmp_path / "per-graph.rq"
    counted.write_text("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "  # newskg's graphs (no kept answers)
                       "FILTER (!STRSTARTS(STR(?g), 'urn:newskg:')) } GROUP BY ?g")
    result = kg("query", counted, "--store", folder, "--format", "csv")
    seen = dict(line.split(",") for line in result.stdout.splitlines()[1:])
    assert len(seen) < len(whole), "the load finished before it was killed: nothing was tested"
    assert all(int(n) == whole[g] for g, n in seen.items()), "a half-written graph is in sight"
    assert kg("load", big, "--store", folder).exit_code == 0  # finishes the job, removes what was left
    assert not list(folder.glob("bulk-*.sst"))
    result = kg("query", counted, "--store", folder, "--format", "csv")
    assert len(result.stdout.splitlines()) - 1 == len(whole)
