"""Benchmark: every bundled query at 1, 5 and 25 million quads of real news, each in a fresh process.

    python bench/scale.py [--sizes 1000000,5000000,25000000] [--out bench/RESULTS.md]

The corpus is the real-news graphs `../shared/eval/realnews/measure.sh` leaves in $REALNEWS/out (PolNeAR
train and dev, ECB+ with its kg resolve links, CoNLL++, LGL), copied under new article ids until it holds
the wanted quads (cut at an article's end): the entities are shared, as in an archive that keeps returning
to the same people. Each size is loaded with `kg load` (which also keeps the corpus-wide answers), then
each query runs as a user runs it, `kg query NAME --store S -f csv` in a new process, timed from start to
exit; the long answers also to their first row and for a first page (`--limit 100`).
"""
from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from results import copied, write_section

ROOT = Path(__file__).resolve().parent.parent
KG = str(Path(sys.executable).with_name("kg"))
REALNEWS = Path(os.environ.get("REALNEWS", "/tmp/newskg-realnews")) / "out"
SOURCES = ("polnear-train.nq", "polnear.nq", "ecb.nq", "ecb.resolve.nq", "conll.nq", "lgl.nq")
QUERIES = [  # (query, parameters): the names a user of these articles would ask about
    ("statements-by", ["speaker=Trump"]), ("timeline", ["speaker=Trump"]), ("co-mentions", ["entity=Clinton"]),
    ("talks-about", ["entity=Clinton"]), ("statements", []), ("timeline", []), ("stats", []), ("entities", []),
    ("entities", ["type=Person"]), ("places", []), ("top-speakers", []), ("articles", []), ("roles", []),
    ("memberships", []), ("events-of", ["entity=Trump"]), ("events", []), ("events", ["type=Disaster"]),
]
LONG = ("statements", "timeline", "events", "events-of")  # paged: their first rows come first


def source_lines(folder: Path) -> list[str]:
    """The real-news graphs' lines; the project's own articles where they have not been extracted."""
    paths = [REALNEWS / name for name in SOURCES if (REALNEWS / name).exists()]
    if not paths:
        print(f"no real-news graphs in {REALNEWS} (../shared/eval/realnews/measure.sh): the project's own "
              "articles are copied instead", file=sys.stderr)
        paths = [folder / "own.nq"]
        subprocess.run([KG, "extract", str(ROOT / "examples"), str(ROOT / "tests" / "articles"), "-o", str(paths[0])],
                       check=True, stderr=subprocess.DEVNULL)
    return [line for path in paths for line in path.read_text(encoding="utf-8").split("\n") if line]


def corpus(lines: list[str], quads: int, out: Path) -> tuple[int, int]:
    """Copies of the graphs' lines under new ids, cut at a graph's end once `quads` are written."""
    written = articles = 0
    with out.open("w", encoding="utf-8") as stream:
        for copy in range(quads // len(lines) + 1):
            graph = None
            for line in lines:
                this = line.rsplit(" ", 2)[-2]
                if this != graph and written >= quads:
                    return written, articles
                articles += this != graph and "/graph/resolution" not in this
                graph = this
                stream.write(copied(line, f"-c{copy}") + "\n")
                written += 1
    return written, articles


def run(store: Path, name: str, params: list[str], *extra: str) -> tuple[float, float, int]:
    """(seconds to the first row, seconds to exit, rows) of `kg query` in a new process."""
    command = [KG, "query", name, "--store", str(store), "-f", "csv", *extra]
    command += [arg for p in params for arg in ("--param", p)]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None
    process.stdout.readline()  # the header
    first_line = process.stdout.readline()
    first = time.perf_counter() - start
    process.stdout.read()  # the rest, to the end
    stderr = process.communicate()[1].decode()
    total = time.perf_counter() - start
    rows = int(re.search(r"(\d+) rows", stderr).group(1))
    return (first if first_line else total), total, rows


def measure(lines: list[str], size: int, folder: Path) -> dict:
    path = folder / f"corpus-{size}.nq"
    quads, articles = corpus(lines, size, path)
    store = folder / f"store-{size}"
    start = time.perf_counter()
    subprocess.run([KG, "load", str(path), "--store", str(store)], check=True, capture_output=True)
    load_seconds = time.perf_counter() - start
    path.unlink()
    times = {}
    for name, params in QUERIES:
        label = " ".join([name, *params])
        times[label] = run(store, name, params)
        if name in LONG and not params:
            times[f"{label} --limit 100"] = run(store, name, params, "--limit", "100")
    shutil.rmtree(store, ignore_errors=True)
    return {"quads": quads, "articles": articles, "load": load_seconds, "times": times}


def write(results: list[dict], out: Path) -> None:
    first, last = results[0], results[-1]
    growth = last["quads"] / first["quads"]
    lines = [
        f"{date.today().isoformat()} · {os.cpu_count()} cores · Python {platform.python_version()} · "
        "`python bench/scale.py`",
        "",
        "Each size is the real-news graphs copied under new article ids (entities shared), loaded with `kg load` "
        "into an embedded store; each query runs as `kg query NAME --store S -f csv` in a new process, timed "
        "to its exit (for statements and timeline also to the first row, and with `--limit 100`).",
        "",
        "| | " + " | ".join(f"{r['quads']:,} quads ({r['articles']:,} articles)" for r in results)
        + f" | growth ({growth:.0f}× the quads) |",
        "|---|" + "---|" * (len(results) + 1),
        "| `kg load` (quads/s) | " + " | ".join(f"{r['quads'] / r['load']:,.0f} ({r['load']:.0f} s)"
                                              for r in results) + f" | ×{last['load'] / first['load']:.1f} |",
    ]
    for label in first["times"]:
        cells = []
        for r in results:
            to_first, total, rows = r["times"][label]
            cells.append(f"{total:.2f} s, {rows:,} rows" + (f" (first row {to_first:.2f} s)"
                                                            if label.split()[0] in LONG and rows > 100 else ""))
        ratio = last["times"][label][1] / first["times"][label][1]
        lines.append(f"| `{label}` | " + " | ".join(cells) + f" | ×{ratio:.1f} |")
    write_section(out, "Queries at scale", lines)
    print("\n".join(lines))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000000,5000000,25000000")
    parser.add_argument("--out", default=str(ROOT / "bench" / "RESULTS.md"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        lines = source_lines(Path(tmp))
        results = [measure(lines, int(size), Path(tmp)) for size in args.sizes.split(",")]
    write(results, Path(args.out))


if __name__ == "__main__":
    main()
