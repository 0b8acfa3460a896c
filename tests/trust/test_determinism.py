"""Output is a pure function of input and settings: the same bytes under any hash seed, `--jobs` or engine."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.statements.speakers import majority
from tests.conftest import ARTICLES, EXAMPLES

KG = [sys.executable, "-c", "from kg.cli import app; app()"]
# Own text where the evidence for a person's gender is tied: no hash seed may break the tie.
TIED = ("date 2024-03-04 Council vote\n\nRobin Vale opened the debate, and he spoke for an hour. Robin Vale, "
        "she later wrote, had never been so tired. “We will vote on Friday,” Vale said.\n\n"
        "“It is too soon,” she said after Dana Kerr left the room.\n")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    folder = tmp_path_factory.mktemp("inputs")
    (folder / "tied-gender.txt").write_text(TIED, encoding="utf-8")
    return [str(EXAMPLES), str(ARTICLES), str(folder)]


def extract(inputs, out: Path, *extra, seed: str) -> bytes:
    env = dict(os.environ, PYTHONHASHSEED=seed, SOURCE_DATE_EPOCH="1700000000")
    result = subprocess.run([*KG, "extract", *inputs, "-o", str(out), *extra], env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return b"".join(p.read_bytes() for p in sorted(out.glob("part-*.nq"))) if out.is_dir() else out.read_bytes()


@pytest.fixture(scope="module")
def reference(inputs, tmp_path_factory) -> bytes:
    return extract(inputs, tmp_path_factory.mktemp("ref") / "one.nq", seed="1")


def test_same_bytes_under_another_hash_seed(inputs, reference, tmp_path):
    assert b"tied-gender" in reference and b"2023-11-14T22:13:20" in reference
    assert extract(inputs, tmp_path / "two.nq", seed="2") == reference


def test_same_bytes_with_two_worker_processes(inputs, reference, tmp_path):
    assert extract(inputs, tmp_path / "jobs.nq", "--jobs", "2", seed="3") == reference


def test_same_bytes_on_dask(inputs, reference, tmp_path):
    pytest.importorskip("dask.distributed")
    assert extract(inputs, tmp_path / "shards", "--engine", "dask", seed="4") == reference


@pytest.mark.parametrize("votes, expected", [
    (["male"], "male"), (["female", "male", "female"], "female"),
    (["male", "female"], None), (["female", "male"], None), (["male", "female", "male", "female"], None)])
def test_a_tied_gender_vote_gives_no_gender(votes, expected):
    assert majority(votes) == expected
