"""newskg installed as users install it: the wheel and the sdist, each into a new virtual environment,
run `kg extract`, every bundled query, `kg validate` and `kg report` from there (not from this checkout)."""
from __future__ import annotations

import base64
import gzip
import json
import re
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUILD = "from setuptools import build_meta as b; import sys; print(getattr(b, sys.argv[1])(sys.argv[2]))"


@pytest.fixture(scope="module")
def distributions(tmp_path_factory) -> dict[str, Path]:
    """The wheel and the sdist, built from the files git tracks (a clean copy, nothing of this tree's state)."""
    if shutil.which("git") is None:
        pytest.skip("git is needed to list the project's files")
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    source = tmp_path_factory.mktemp("source")
    for name in filter(None, tracked.decode().split("\0")):
        target = source / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if (ROOT / name).is_symlink():
            target.symlink_to((ROOT / name).readlink())
        elif (ROOT / name).is_file():
            shutil.copy2(ROOT / name, target)
    dist = tmp_path_factory.mktemp("dist")
    built = {}
    for kind, hook in (("wheel", "build_wheel"), ("sdist", "build_sdist")):
        result = subprocess.run([sys.executable, "-c", BUILD, hook, str(dist)], cwd=source,
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stderr[-2000:]
        built[kind] = dist / result.stdout.strip().splitlines()[-1]
    return built


def install(distribution: Path, where: Path) -> Path:
    """A new virtual environment holding only newskg from `distribution`; its dependencies are read
    from this test environment's site-packages (appended to the path, after the new install)."""
    venv.EnvBuilder(with_pip=False).create(where)
    python = where / "bin" / "python"
    site = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    Path(site, "test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    result = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
                             "--no-deps", "--no-build-isolation", "--no-index", str(distribution)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    return where / "bin"


@pytest.mark.parametrize("kind", ["wheel", "sdist"])
def test_installed_newskg_extracts_queries_validates_and_reports(kind, distributions, tmp_path):
    bin_dir = install(distributions[kind], tmp_path / "venv")
    work = tmp_path / "work"
    work.mkdir()

    def kg(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(bin_dir / "kg"), *args], cwd=work, capture_output=True, text=True,
                              env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "SOURCE_DATE_EPOCH": "0"})

    where = subprocess.run([str(bin_dir / "python"), "-c", "import kg; print(kg.__file__)"], cwd=work,
                           capture_output=True, text=True, check=True).stdout
    assert where.startswith(str(tmp_path / "venv")), f"kg imported from {where}, not the new install"
    shutil.copy(ROOT / "examples" / "sport-cup-final.txt", work / "cup.txt")
    extracted = kg("extract", "cup.txt", "-o", "cup.trig")
    assert extracted.returncode == 0, extracted.stderr
    listed = kg("queries")
    names = [line.split()[0] for line in listed.stdout.splitlines() if line and not line[0].isspace()]
    assert len(names) >= 12, listed.stdout + listed.stderr
    params = {"statements-by": ["speaker=Bertelli"], "talks-about": ["entity=Bertelli"],
              "co-mentions": ["entity=Bertelli"], "events-of": ["entity=Bertelli"]}
    for name in names:
        args = [f"--param={p}" for p in params.get(name, [])]
        answered = kg("query", name, "--data", "cup.trig", "--format", "json", *args)
        assert answered.returncode in (0, 1), f"{name}: {answered.stderr}"
        assert "results" in json.loads(answered.stdout), name
    paged = kg("query", "statements", "--data", "cup.trig", "--format", "csv", "--limit", "2")  # its pages' queries
    assert paged.returncode == 0 and len(paged.stdout.splitlines()) == 3, paged.stderr
    validated = kg("validate", "cup.trig")
    assert (validated.returncode, validated.stdout.strip()) == (0, "conforms"), validated.stdout + validated.stderr
    reported = kg("report", "--data", "cup.trig", "-o", "report.html")
    assert reported.returncode == 0, reported.stderr
    page = (work / "report.html").read_text(encoding="utf-8")
    packed = re.search(r'<script id="kg-data" type="application/gzip-base64">(.*?)</script>', page, re.S)
    assert packed and "Bertelli" in gzip.decompress(base64.b64decode(packed.group(1))).decode("utf-8")
    assert "DecompressionStream" in page and "kgReportExports" in page  # its loader and exports travel too
