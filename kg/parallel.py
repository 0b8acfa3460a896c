"""Several worker processes, each with its own spaCy pipeline, extracting whole articles."""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime
from itertools import islice
from typing import Iterable, Iterator

from pyoxigraph import Quad, RdfFormat, parse, serialize

from .ingest import Article, Problem
from .pipeline import extract_articles, quads_of

CHUNK = 16  # articles per task: large enough to batch spaCy, small enough to keep cores busy
_settings: dict = {}


def _init(model: str | None, base: str, min_confidence: float, generated_at: datetime | None) -> None:
    from .nlp import load_model
    load_model(model)
    _settings.update(model=model, base=base, min_confidence=min_confidence, generated_at=generated_at)


def _work(chunk: list[Article]) -> list[bytes | Problem]:
    """N-Quads bytes for each article (pyoxigraph terms do not cross processes)."""
    results = extract_articles(chunk, model=_settings["model"], min_confidence=_settings["min_confidence"])
    return [item if isinstance(item, Problem) else serialize(item, format=RdfFormat.N_QUADS)
            for item in quads_of(results, base=_settings["base"], generated_at=_settings["generated_at"])]


def chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def extract_parallel(articles: Iterable[Article | Problem], jobs: int, *, model: str | None, base: str,
                     min_confidence: float, generated_at: datetime | None) -> Iterator[list[Quad] | Problem]:
    """Like the single-process path, in input order; `jobs=0` uses every core."""
    workers = jobs if jobs > 0 else os.cpu_count() or 1
    problems: list[Problem] = []

    def readable() -> Iterator[Article]:
        for item in articles:
            if isinstance(item, Problem):
                problems.append(item)
            else:
                yield item

    with ProcessPoolExecutor(workers, initializer=_init,
                             initargs=(model, base, min_confidence, generated_at)) as pool:
        for batch in pool.map(_work, chunks(readable(), CHUNK)):
            yield from problems
            problems.clear()
            for item in batch:
                yield item if isinstance(item, Problem) else list(parse(item, format=RdfFormat.N_QUADS))
    yield from problems
