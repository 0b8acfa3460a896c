"""Benchmark the three stores newskg talks to on the same corpus: the embedded store, a real
`oxigraph serve` and Virtuoso 7 (Debian's virtuoso-opensource-7-bin), both on 127.0.0.1.

    python bench/servers.py [--copies 14] [--out bench/STORE.md]

The corpus is the project's own articles, each under `--copies` ids and dates (as the tests'
corpus); load times include `kg resolve` links; every bundled query is timed once per store.
Results are appended to the output file as a section of their own (replacing an earlier one).
"""
from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.queries import Source, bundled, run_query  # noqa: E402
from kg.stores import load_into  # noqa: E402
from tests.stores.servers import VIRTUOSO, VIRTUOSO_PASSWORD, VIRTUOSO_USER, Oxigraph, Virtuoso  # noqa: E402

PARAMS = {"statements-by": ["speaker=Okafor"], "talks-about": ["entity=Europe"], "co-mentions": ["entity=NATO"],
          "timeline": ["speaker=Okafor"]}
HEADING = "## Three stores, one corpus"


def corpus(folder: Path, copies: int) -> list[str]:
    import tests.stores.conftest as built

    built.COPIES = copies

    class Factory:
        def mktemp(self, name):
            path = folder / name
            path.mkdir()
            return path

    return built.corpus.__wrapped__(Factory()).files


def timed(action):
    start = time.perf_counter()
    result = action()
    return result, time.perf_counter() - start


def measure(files: list[str], folder: Path) -> dict[str, dict]:
    results: dict[str, dict] = {}
    store = folder / "embedded"
    _, results.setdefault("embedded", {})["load"] = timed(lambda: load_into(files, store=str(store)))
    for name in (q.name for q in bundled()):
        results["embedded"][name] = timed(
            lambda: run_query(name, Source(store=str(store)), params=PARAMS.get(name, []))
        )[1]
    servers = [("oxigraph serve", Oxigraph(folder / "oxigraph"))]
    if VIRTUOSO:
        servers.append(("Virtuoso 7", Virtuoso(folder / "virtuoso")))
    os.environ.update(KG_ENDPOINT_USER=VIRTUOSO_USER, KG_ENDPOINT_PASSWORD=VIRTUOSO_PASSWORD)
    for label, server in servers:
        server.start()
        try:
            _, results.setdefault(label, {})["load"] = timed(lambda: load_into(files, endpoint=server.url))
            for name in (q.name for q in bundled()):
                results[label][name] = timed(
                    lambda: run_query(name, Source(endpoint=server.url), params=PARAMS.get(name, []))
                )[1]
        finally:
            server.stop()
    return results


def report(results: dict[str, dict], quads: int, graphs: int) -> str:
    stores = list(results)
    lines = [
        HEADING,
        "",
        f"{date.today()} · {platform.machine()} · Python {platform.python_version()} · "
        f"{graphs} article graphs, {quads:,} quads · `python bench/servers.py`",
        "",
        "| | " + " | ".join(stores) + " |",
        "|---|" + "---|" * len(stores),
    ]
    for row in results[stores[0]]:
        lines.append(
            f"| {'load (kg load)' if row == 'load' else row} | "
            + " | ".join(f"{results[s][row]:.2f} s" for s in stores)
            + " |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=14)
    parser.add_argument("--out", default=str(ROOT / "bench" / "STORE.md"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        files = corpus(Path(tmp), args.copies)
        quads = sum(1 for _ in open(files[0], "rb"))
        graphs = len(list((Path(tmp) / "corpus" / "texts").iterdir()))
        section = report(measure(files, Path(tmp)), quads, graphs)
    out = Path(args.out)
    text = out.read_text() if out.exists() else ""
    text = text.split(HEADING)[0].rstrip() + "\n\n" + section
    out.write_text(text)
    print(section)


if __name__ == "__main__":
    main()
