"""Benchmark the embedded store: load about a million quads, load them again, load a tenth of them
again, measure the peak memory of loading one and three times as many, run every bundled query.

    python bench/store.py [--quads 1000000] [--rdflib-quads 100000] [--out bench/STORE.md]

The graph is made from the project's own articles: extracted once, then copied under new
article ids (entities keep their IRIs, as in a real corpus) until it holds the wanted size.
rdflib's own engine runs the same queries on a smaller copy, for comparison.
"""
from __future__ import annotations

import argparse
import json
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import pyoxigraph

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from results import copied  # noqa: E402

from kg.queries import bundled, query_rows  # noqa: E402
from kg.queries.bundled import bound_text  # noqa: E402
from kg.queries.source import LocalReader  # noqa: E402
from kg.run import Settings, extract_files  # noqa: E402
from kg.stores import load_folder  # noqa: E402
from tests.queries.test_bundled import PARAMS  # noqa: E402


def seed_graph(folder: Path) -> list[str]:
    out = folder / "seed.nq"
    extract_files([str(ROOT / "examples"), str(ROOT / "tests" / "articles")], Settings(output=str(out)))
    return out.read_text(encoding="utf-8").splitlines()


def grow(lines: list[str], quads: int, path: Path) -> int:
    """Copies of the seed graph under new article ids until `quads` is reached."""
    written, copy = 0, 0
    with path.open("w", encoding="utf-8") as out:
        while written < quads:
            for line in lines:
                out.write(copied(line, f"-{copy}") + "\n")
            written += len(lines)
            copy += 1
    return written


def timed(function):
    start = time.perf_counter()
    result = function()
    return result, time.perf_counter() - start


def oxigraph_queries(store, *, runs: int = 3) -> dict[str, tuple[float, int]]:
    """Each bundled query's median time over `runs` runs (this machine's speed drifts) and its rows."""
    times = {}
    for query in bundled():
        results = [
            timed(lambda: query_rows(query, LocalReader(store), PARAMS.get(query.name, []))[1]) for _ in range(runs)
        ]
        times[query.name] = (statistics.median(seconds for _, seconds in results), len(results[0][0]))
    return times


def fresh_process_queries(folder: Path) -> dict:
    """`oxigraph_queries` on the store at `folder` in a new process, as `kg query` runs them: a process
    that has just built and loaded a million quads collects its garbage more slowly. Also the time
    Oxigraph alone takes to find the statements (iterating its solutions, unsorted)."""
    code = (
        "import json, sys; sys.path[:0] = ['bench', '.']; import store; from kg.stores import open_store; "
        f"s = open_store({str(folder)!r}); print(json.dumps(store.queries_and_engine_floor(s)))"
    )
    done = subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, capture_output=True, text=True)
    return json.loads(done.stdout.splitlines()[-1])


def queries_and_engine_floor(store) -> dict:
    from kg.queries import find_query
    from kg.queries.order import split_order

    text, _ = split_order(bound_text(find_query("statements"), []))
    engine = [timed(lambda: sum(1 for _ in store.query(text)))[1] for _ in range(3)]
    return {"queries": oxigraph_queries(store), "engine": statistics.median(engine)}


def rdflib_queries(path: Path) -> tuple[dict[str, tuple[float, int]], float]:
    import rdflib

    dataset, parse_seconds = timed(lambda: rdflib.Dataset().parse(str(path), format="nquads"))
    times = {}
    for query in bundled():
        text = bound_text(query, PARAMS.get(query.name, []))
        rows, seconds = timed(lambda: list(dataset.query(text)))
        times[query.name] = (seconds, len(rows))
    return times, parse_seconds


def peak_memory(path: Path, folder: Path) -> float:
    """Peak resident memory (MB) of a fresh process loading `path` into a new store at `folder`."""
    code = (
        "import resource, sys; from pathlib import Path; from kg.stores import load_folder; "
        f"load_folder(Path({str(folder)!r}), [{str(path)!r}]); "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    done = subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, capture_output=True, text=True)
    shutil.rmtree(folder, ignore_errors=True)
    return int(done.stdout.split()[-1]) / 1024  # Linux reports kilobytes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quads", type=int, default=1_000_000)
    parser.add_argument(
        "--rdflib-quads",
        type=int,
        default=0,
        help="also time rdflib's engine on a copy this size (0: skip; its evaluation of the "
        "queries' sub-selects takes many minutes)",
    )
    parser.add_argument("--out", default=str(ROOT / "bench" / "STORE.md"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        seed = seed_graph(folder)
        big, small = folder / "big.nq", folder / "small.nq"
        total = grow(seed, args.quads, big)
        small_total = grow(seed, args.rdflib_quads or 100_000, small)
        (graphs, stored), load_seconds = timed(lambda: load_folder(folder / "store", [str(big)]))
        (_, restored), reload_seconds = timed(lambda: load_folder(folder / "store", [str(big)]))
        tenth = folder / "tenth.nq"
        tenth_total = grow(seed, args.quads // 10, tenth)  # the first copies' graphs again: replaced in place
        _, partial_seconds = timed(lambda: load_folder(folder / "store", [str(tenth)]))
        measured = fresh_process_queries(folder / "store")
        big_times, engine_seconds = measured["queries"], measured["engine"]
        triple = folder / "triple.nq"
        triple_total = grow(seed, args.quads * 3, triple)
        peaks = {total: peak_memory(big, folder / "m1"), triple_total: peak_memory(triple, folder / "m3")}
        small_store = pyoxigraph.Store()
        small_store.bulk_load(path=str(small), format=pyoxigraph.RdfFormat.N_QUADS)
        small_times = oxigraph_queries(small_store)
        rdflib_times, rdflib_parse = rdflib_queries(small) if args.rdflib_quads else ({}, 0.0)
        shutil.rmtree(folder / "store", ignore_errors=True)
    lines = [
        "# Store benchmark",
        "",
        f"{date.today().isoformat()} · {platform.machine()} · Python {platform.python_version()}, "
        f"pyoxigraph {pyoxigraph.__version__}",
        "",
        f"`kg load` of {total:,} quads ({len(graphs):,} article graphs) into the embedded store: "
        f"{load_seconds:.1f} s, **{total / load_seconds:,.0f} quads/s**; loading the same file again "
        f"(every graph replaced): {reload_seconds:.1f} s ({reload_seconds / load_seconds:.2f}x the first load), "
        f"{stored:,} quads stored after the first load, {restored:,} after the second "
        "(when most stored graphs are replaced, `kg load` builds the new "
        f"store beside the old one and swaps the folders, since Oxigraph removes quads one by one). "
        f"Re-loading a tenth ({tenth_total:,} quads, replaced in place): {partial_seconds:.1f} s, "
        f"{tenth_total / partial_seconds:,.0f} quads/s.",
        "",
        "Peak memory of `kg load` into a new store: "
        + ", ".join(f"{mb:,.0f} MB at {n:,} quads" for n, mb in peaks.items())
        + f" ({peaks[triple_total] / peaks[total]:.2f}x for three times the quads).",
        "",
        f"| query | Oxigraph, {total:,} quads (s) | rows | Oxigraph, {small_total:,} quads (s) "
        f"| rdflib, {small_total:,} quads (s) |",
        "|---|---|---|---|---|",
    ]
    for name, (seconds, rows) in big_times.items():
        rdflib_cell = f"{rdflib_times[name][0]:.2f}" if name in rdflib_times else "not run"
        lines.append(f"| {name} | {seconds:.3f} | {rows} | {small_times[name][0]:.3f} | {rdflib_cell} |")
    slow = [name for name, (seconds, _) in big_times.items() if seconds >= 0.5]
    lines += [
        "",
        f"Queries at or over 0.5 s on {total:,} quads: {', '.join(slow) or 'none'}.",
        "",
        f"Of the `statements` query's {big_times['statements'][0]:.2f} s, Oxigraph takes "
        f"{engine_seconds:.2f} s to find its {big_times['statements'][1]:,} rows (unsorted); making them Python "
        "terms and sorting them (done by newskg, `kg/queries/order.py`) take the rest. Every query runs in "
        "a fresh process, as `kg query` does; times are medians of 3 runs.",
    ]
    if rdflib_times:
        lines += [f"rdflib parsed the {small_total:,}-quad file in {rdflib_parse:.1f} s."]
    lines.append("")
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
