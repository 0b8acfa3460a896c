"""Ids become graphs one to one, and nothing about one article costs another."""
import json
import resource
import signal
import subprocess
import sys
import time

import pytest
from pyoxigraph import RdfFormat, parse
from typer.testing import CliRunner

from kg.cli import app

KG = [sys.executable, "-c", "from kg.cli import app; app()"]
GOOD = "“Talks will resume on Monday,” mediator Ilse Brandt said in Geneva."
IDENTIFIER = "http://purl.org/dc/terms/identifier"


def kg(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def graphs(path) -> dict[str, str]:
    """Graph name → dct:identifier."""
    return {q.graph_name.value: q.object.value for q in parse(path=str(path), format=RdfFormat.N_QUADS)
            if q.predicate.value == IDENTIFIER}


def test_ids_that_slug_alike_stay_apart_and_keep_their_form(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": i, "text": GOOD}) + "\n" for i in ("report 1", "report-1", "report-1-")))
    result = kg("extract", feed, "-o", tmp_path / "out.nq")
    assert result.exit_code == 0, result.output
    found = graphs(tmp_path / "out.nq")
    assert sorted(found.values()) == ["report 1", "report-1", "report-1-"]
    assert len(found) == 3 and any(name.endswith("/graph/report%201") for name in found)


def test_two_files_with_one_stem_are_not_merged(tmp_path):
    for day in ("mon", "tue"):
        (tmp_path / day).mkdir()
        (tmp_path / day / "story.txt").write_text(f"date 2024-05-0{1 + (day == 'tue')}\n\n{GOOD}\n")
    result = kg("extract", tmp_path / "mon", tmp_path / "tue", "-o", tmp_path / "out.nq")
    assert result.exit_code == 0
    assert "mon/story.txt" in result.stderr and "tue/story.txt" in result.stderr and "1 skipped" in result.stderr
    assert list(graphs(tmp_path / "out.nq").values()) == ["story"]
    strict = kg("extract", tmp_path / "mon", tmp_path / "tue", "-o", tmp_path / "strict.nq", "--strict")
    assert strict.exit_code == 2 and "--strict: 1 of 2 articles were skipped" in strict.stderr


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_huge_and_misdated_articles_are_skipped_and_the_rest_written(tmp_path, engine):
    if engine == "dask":
        pytest.importorskip("dask.distributed")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    (folder / "huge.txt").write_text("The council met again. " * 450_000)  # over 10 MB, past spaCy's max_length
    (folder / "misdated.txt").write_text(f"date 2025-02-30 Headline\n\n{GOOD}")
    out = tmp_path / ("shards" if engine == "dask" else "out.nq")
    result = subprocess.run([*KG, "extract", str(folder), "-o", str(out), "--engine", engine],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "huge.txt" in result.stderr and "over the model's limit" in result.stderr
    assert "misdated.txt" in result.stderr and "2025-02-30" in result.stderr
    written = [out / "part-00000.nq"] if engine == "dask" else [out]
    assert [v for p in written for v in graphs(p).values()] == ["good"]


def limited_file_size():
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))  # a disk that fills after 4 KB


def test_a_full_disk_is_one_line_and_leaves_no_partial_file(tmp_path):
    (tmp_path / "in.txt").write_text(GOOD * 40)
    result = subprocess.run([*KG, "extract", str(tmp_path / "in.txt"), "-o", str(tmp_path / "out.nq")],
                            preexec_fn=limited_file_size, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("kg: cannot write")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.txt"]


def test_a_full_device_is_one_line():
    result = subprocess.run([*KG, "extract", "-", "-o", "/dev/full", "-f", "nq"], input=GOOD,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
    assert "cannot write /dev/full" in result.stderr


def test_ctrl_c_exits_130_and_leaves_no_partial_file(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": f"a{n}", "text": GOOD * 20}) + "\n" for n in range(3000)))
    out = tmp_path / "out.nq"
    process = subprocess.Popen([*KG, "extract", str(feed), "-o", str(out)], stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not any(p.name.endswith(".part") for p in tmp_path.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(1)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert stderr.strip().splitlines()[-1].startswith("kg: interrupted") and "Traceback" not in stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["feed.jsonl"]


def test_a_vanished_output_folder_is_one_error(tmp_path):
    from kg.errors import OutputError
    from kg.rdf import atomic_output

    folder = tmp_path / "out"
    with pytest.raises(OutputError, match="cannot write"):
        with atomic_output(str(folder / "x.nq")) as stream:
            stream.write(b"<a:a> <b:b> <c:c> .\n")
            for path in folder.iterdir():
                path.unlink()
            folder.rmdir()
    assert not folder.exists()


@pytest.mark.parametrize("value", ["abc", "1.5", "-0.1", ""])
def test_query_parameters_are_checked_by_type(example_graph, value):
    result = kg("query", "statements", "--data", example_graph, "--param", f"min_confidence={value}")
    assert result.exit_code == 2 and "takes a number from 0 to 1" in result.stderr


