"""Calibration of `nkg:confidence` against third-party gold (PolNeAR), for the README's table.

    python bench/calibrate.py GOLD.jsonl GRAPH.nq

GOLD and GRAPH come from ../shared/eval/realnews (build.sh, then measure.sh polnear-train). A
statement counts as right when its content matches a gold attribution (the scorer's rule) and
its speaker is that attribution's source. Prints, for each confidence value newskg gives, how
many statements have it and how often they are right.
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

SCORER = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "realnews"
sys.path.insert(0, str(SCORER))

import score_spans as scorer  # noqa: E402


def predictions(graph, doc):
    for statement in graph.subjects(scorer.SDO.isPartOf, doc):
        spans = [s for s in (scorer.span(graph, n) for n in graph.objects(statement, scorer.GAF.denotedBy)) if s]
        confidence = graph.value(statement, scorer.NKG.confidence)
        if not spans or confidence is None:
            continue
        speaker = graph.value(statement, scorer.SDO.spokenByCharacter)
        mention = graph.value(statement, scorer.NKG.speakerMention)
        names = {str(o).lower() for p in (scorer.SDO.name, scorer.SDO.alternateName)
                 for o in graph.objects(speaker, p)} if speaker else set()
        yield float(confidence), {"content": (min(s[0] for s in spans), max(s[1] for s in spans)),
                                  "speaker_span": scorer.span(graph, mention) if mention is not None else None,
                                  "names": names}


def right(pred, golds) -> bool:
    for gold in golds:
        g = (gold["start"], gold["end"])
        overlap = scorer.overlap(pred["content"], g)
        size = pred["content"][1] - pred["content"][0]
        if overlap and (overlap / (g[1] - g[0]) >= 0.5 or overlap / size >= 0.8) and scorer.source_ok(gold, pred):
            return True
    return False


def main(gold_path: str, graph_path: str) -> None:
    graph = scorer.load([graph_path])
    docs = scorer.docs_by_id(graph)
    tally: dict[float, list[int]] = defaultdict(lambda: [0, 0])
    for line in open(gold_path):
        record = json.loads(line)
        golds = [q for q in record["quotes"] if q.get("start") is not None]
        for confidence, pred in predictions(graph, docs.get(record["doc_id"])):
            tally[confidence][0] += 1
            tally[confidence][1] += right(pred, golds)
    print("| confidence | statements | right |\n|---|---|---|")
    for confidence in sorted(tally, reverse=True):
        n, ok = tally[confidence]
        print(f"| {confidence:.2f} | {n} | {ok / n:.2f} |")


if __name__ == "__main__":
    main(*sys.argv[1:3])
