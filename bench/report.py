"""Benchmark: `kg report` on a corpus of 10,000 articles, and how fast the page opens in Chromium.

    python bench/report.py [--graph FILE.nq] [--articles 10000] [--times 10] [--out bench/RESULTS.md]

The corpus is a real-news graph extracted by kg (by default the PolNeAR train set that
../shared/eval/realnews/measure.sh polnear-train leaves in $REALNEWS/out, else the project's own
articles), copied under new article ids until it holds --articles articles: each copy is its own
article graph, the entities are shared, as in a corpus that keeps returning to the same people.
The graph is loaded into an embedded store (`kg load`), the page written from it (`kg report
--store`), then opened from disk in headless Chromium, and each view shown in turn. Then the page of
--times as many articles is opened the same way: its data is the store's copied under new article ids,
as a corpus of as many copies would give it (a hundred thousand real-length articles make 200 million
quads, a store larger than this machine's disk).
"""
from __future__ import annotations

import argparse
import base64
import gzip
import json
import os
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
REALNEWS = Path(os.environ.get("REALNEWS", "/tmp/newskg-realnews")) / "out" / "polnear-train.nq"
ARTICLE = re.compile(r"<https://w3id\.org/newskg/id/doc/[^>#]+> <http://www\.w3\.org/1999/02/22-rdf-syntax-ns#type> "
                     r"<http://schema\.org/NewsArticle>")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


PEAK = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, "
        "stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def timed(*command: str) -> dict:
    """Wall seconds and peak memory (MB) of a command, run from a fresh process that waits for it alone."""
    start = time.perf_counter()
    peak_kb = subprocess.run([sys.executable, "-c", PEAK, *command], check=True, capture_output=True, text=True).stdout
    return {"seconds": time.perf_counter() - start, "peak_mb": int(peak_kb) / 1024}


def own_graph(folder: Path) -> Path:
    out = folder / "own.nq"
    subprocess.run(
        [KG, "extract", str(ROOT / "examples"), str(ROOT / "tests" / "articles"), "-o", str(out)],
        check=True,
        stderr=subprocess.DEVNULL,
    )
    return out


def copies(graph: Path, articles: int, out: Path) -> tuple[int, int]:
    """Write copies of the graph under new article ids until it has `articles` articles; (articles, quads)."""
    lines = graph.read_text(encoding="utf-8").splitlines()
    per_copy = sum(1 for line in lines if ARTICLE.match(line))
    n = -(-articles // per_copy)
    with out.open("w", encoding="utf-8") as stream:
        for k in range(n):
            suffix = f"-c{k}"
            for line in lines:
                stream.write(copied(line, suffix) + "\n")
    return per_copy * n, len(lines) * n


def open_page(page_path: Path) -> dict:
    from playwright.sync_api import sync_playwright

    seconds = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        start = time.perf_counter()
        page.goto(page_path.as_uri(), timeout=120000)
        page.wait_for_selector("body[data-ready=true]", timeout=120000)
        seconds["open (overview shown)"] = time.perf_counter() - start
        for view, ready in (
            ("statements", "#statement-table tbody tr"),
            ("network", "body[data-network=still]"),
            ("timeline", "#timeline .uplot"),
            ("map", "#map circle"),
        ):
            start = time.perf_counter()
            page.evaluate(f"location.hash = {view!r}")
            page.wait_for_selector(ready, timeout=120000, state="attached")
            seconds[f"first show of {view}"] = time.perf_counter() - start
        page.evaluate("location.hash = 'statements'")
        before = page.inner_text("#statement-count")
        start = time.perf_counter()
        page.fill("#filter-text", "the")
        page.wait_for_function(f"document.getElementById('statement-count').textContent !== {before!r}", timeout=120000)
        seconds["filter statements by a word (incl. the 120 ms typing pause)"] = time.perf_counter() - start
        start = time.perf_counter()
        page.click("#statement-table tbody tr td.quote")
        page.wait_for_selector("#article-text mark.quote", timeout=120000)
        seconds["open a statement in its article (its block of articles read)"] = time.perf_counter() - start
        browser.close()
    if errors:
        raise SystemExit(f"the page failed: {errors[0]}")
    return seconds


def multiplied(data: dict, times: int) -> dict:
    """The report's data as `times` copies of its articles would give it: each copy's articles under new ids,
    their statements and events with them (entities shared, as in the corpus of copies)."""
    n, fields = len(data["articles"]), data["statementFields"]
    at, in_events = fields.index("article"), data["eventFields"].index("articles")
    articles = [dict(a, id=f"{a['id']}-x{c}") for c in range(times) for a in data["articles"]]
    statements = [[v + c * n if i == at else v for i, v in enumerate(s)]
                  for c in range(times) for s in data["statements"]]
    events = [[[d + c * n for d in v] if i == in_events else v for i, v in enumerate(e)]
              for c in range(times) for e in data["events"]]
    entities = [dict(e, articles=[a + c * n for c in range(times) for a in e["articles"]]) for e in data["entities"]]
    counted = ("articles", "statements", "direct", "reported")
    overview = {k: v * times if k in counted else v for k, v in data["overview"].items()}
    return dict(data, articles=articles, statements=statements, events=events, entities=entities, overview=overview)


def larger_page(store: Path, times: int, page_path: Path) -> dict:
    """The page of `times` times the store's articles, written from its data copied, and opened."""
    sys.path.insert(0, str(ROOT))
    from kg.queries import Source
    from kg.report import render_page, report_data

    data = multiplied(report_data(Source(store=str(store)).open()), times)
    page_path.write_text(render_page(data), encoding="utf-8")
    return {"overview": data["overview"], "size": page_path.stat().st_size, "browser": open_page(page_path)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--graph", default=str(REALNEWS) if REALNEWS.exists() else "")
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--times", type=int, default=10,
                        help="also open the page of this many times the articles (their data copied)")
    parser.add_argument("--out", default=str(ROOT / "bench" / "RESULTS.md"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        graph = Path(args.graph) if args.graph else own_graph(folder)
        corpus = folder / "corpus.nq"
        articles, quads = copies(graph, args.articles, corpus)
        load = timed(KG, "load", str(corpus), "--store", str(folder / "store"))
        page_path = folder / "report.html"
        report = timed(KG, "report", "--store", str(folder / "store"), "-o", str(page_path))
        packed = re.search(r'<script id="kg-data" type="application/gzip-base64">(.*?)</script>',
                           page_path.read_text(encoding="utf-8"), re.S).group(1)
        data = json.loads(gzip.decompress(base64.b64decode(packed)))
        browser = open_page(page_path)
        larger = larger_page(folder / "store", args.times, folder / "larger.html") if args.times > 1 else None
        write(args, graph, articles, quads, load, report, page_path.stat().st_size, data["overview"], browser, larger)


def write(args, graph, articles, quads, load, report, size, overview, browser, larger) -> None:
    chromium = subprocess.run([shutil.which("chromium"), "--version"], capture_output=True, text=True).stdout.strip()
    lines = [
        f"{date.today().isoformat()} · {os.cpu_count()} cores · {chromium} (headless) · `python bench/report.py`",
        "",
        f"Corpus: `{Path(graph).name}` copied under new ids to {articles:,} articles, {quads:,} quads: "
        f"{overview['statements']:,} statements, {overview['people']:,} people, "
        f"{overview['organizations']:,} organizations, "
        f"{overview['places']:,} places.",
        "",
        "| step | seconds | peak MB |",
        "|---|---|---|",
        f"| `kg load` into an embedded store | {load['seconds']:.1f} | {load['peak_mb']:.0f} |",
        f"| `kg report --store` (queries, page of {size / 1e6:.1f} MB) | {report['seconds']:.1f} "
        f"| {report['peak_mb']:.0f} |",
        *(f"| Chromium: {name} | {s:.2f} | |" for name, s in browser.items()),
        "",
    ]
    if larger:
        big = larger["overview"]
        lines += [
            f"The page of {args.times} times the articles ({big['articles']:,} articles, {big['statements']:,} "
            f"statements; its data copied from the store's under new article ids, as the corpus of copies would "
            f"give it): {larger['size'] / 1e6:.1f} MB.",
            "",
            "| step | seconds |",
            "|---|---|",
            *(f"| Chromium: {name} | {s:.2f} |" for name, s in larger["browser"].items()),
            "",
        ]
    write_section(Path(args.out), "Report", lines)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
