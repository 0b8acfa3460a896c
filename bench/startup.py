"""Benchmark: how long `kg` takes to start, and what it imports, for the commands that need no model.

    python bench/startup.py [--repeat 5] [--out bench/RESULTS.md]

Each command runs in a fresh process; the fastest of --repeat runs counts. `python -X importtime`
lists the slowest imports of a query on a small file, and the test of which heavy libraries load.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from results import write_section

ROOT = Path(__file__).resolve().parent.parent
KG = str(Path(sys.executable).with_name("kg"))
HEAVY = ("spacy", "rdflib", "dask", "pyshacl", "httpx", "trafilatura")
LOADED = """
import sys
sys.argv = ["kg", *sys.argv[1:]]
from kg.cli import app
try:
    app()
except SystemExit:
    pass
print("loaded:" + ",".join(m for m in %r if m in sys.modules), file=sys.stderr)
""" % (HEAVY,)


def fastest(command: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - start)
    return best


def heavy_imports(args: list[str]) -> str:
    done = subprocess.run([sys.executable, "-c", LOADED, *args], capture_output=True, text=True)
    return next((line[len("loaded:"):] for line in done.stderr.splitlines() if line.startswith("loaded:")), "")


def slowest_imports(args: list[str], count: int = 8) -> list[tuple[int, str]]:
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", LOADED, *args], capture_output=True, text=True)
    rows = []
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            _, cumulative, name = (part.strip() for part in line[len("import time:"):].split("|"))
            if cumulative.isdigit():
                rows.append((int(cumulative), name))
    return sorted(rows, reverse=True)[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", default=str(ROOT / "bench" / "RESULTS.md"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "small.ttl"
        subprocess.run([KG, "extract", str(ROOT / "examples" / "courts-fraud-trial.txt"), "-o", str(small)],
                       check=True, stderr=subprocess.DEVNULL)
        commands = {"kg --help": ["--help"], "kg queries": ["queries"],
                    "kg query stats --data small.ttl": ["query", "stats", "--data", str(small)]}
        bare = fastest([sys.executable, "-c", "pass"], args.repeat)
        lines = [
            f"{date.today().isoformat()} · `python bench/startup.py`; a bare `python -c pass` takes {bare:.2f} s.",
            "",
            "| command | seconds | heavy libraries loaded |",
            "|---|---|---|",
        ]
        for name, argv in commands.items():
            loaded = heavy_imports(argv) or "none of " + ", ".join(HEAVY)
            lines.append(f"| `{name}` | {fastest([KG, *argv], args.repeat):.2f} | {loaded} |")
        lines += [
            "",
            "Slowest imports of `kg query stats --data small.ttl` (`python -X importtime`, cumulative µs):",
            "",
            "| module | µs |",
            "|---|---|",
        ]
        lines += [
            f"| {name} | {micro:,} |" for micro, name in slowest_imports(commands["kg query stats --data small.ttl"])
        ]
    write_section(Path(args.out), "Start-up", lines)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
