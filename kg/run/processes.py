"""Several worker processes, each with its own spaCy pipeline, extracting whole articles."""
from __future__ import annotations

import gc
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime

from pyoxigraph import Quad, RdfFormat, parse

from kg.pipeline import extract_articles, quads_of
from kg.rdf import serialized
from kg.read import Article, Problem, partitions

CHUNK = 16  # articles per task: large enough to batch spaCy, small enough to keep cores busy
IN_FLIGHT = 2  # tasks queued per worker: enough to keep it busy, few enough to keep memory flat
_settings: dict = {}


@dataclass(frozen=True, slots=True)
class Encoded:
    """One article's quads as a worker wrote them: N-Quads, one quad a line."""
    nquads: bytes

    @property
    def quads(self) -> int:
        return self.nquads.count(b"\n")

    def parsed(self) -> list[Quad]:
        return list(parse(self.nquads, format=RdfFormat.N_QUADS))


def loaded(model: str | None) -> None:
    """Load the model and build the gazetteer, then leave them (and all else loaded so far, never freed) out of
    the garbage collector's scans: it walked them at every full collection, a tenth of extraction's time."""
    from kg.entities import load_gazetteer
    from kg.nlp import load_model

    load_model(model)
    load_gazetteer()
    gc.freeze()


def _init(model: str | None, base: str, min_confidence: float, generated_at: datetime | None) -> None:
    # a worker leaves Ctrl-C to the parent, and a SIGTERM from it ends the worker quietly, however far its
    # start has gone (the parent's handler, inherited, would raise mid-import and print a traceback)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    loaded(model)
    _settings.update(model=model, base=base, min_confidence=min_confidence, generated_at=generated_at)


def _work(chunk: list[Article]) -> list[bytes | Problem]:
    """N-Quads bytes for each article (pyoxigraph terms do not cross processes)."""
    results = extract_articles(chunk, model=_settings["model"], min_confidence=_settings["min_confidence"])
    return [item if isinstance(item, Problem) else serialized(item, RdfFormat.N_QUADS)
            for item in quads_of(results, base=_settings["base"], generated_at=_settings["generated_at"])]


def extract_parallel(articles: Iterable[Article | Problem], jobs: int, *, model: str | None, base: str,
                     min_confidence: float, generated_at: datetime | None) -> Iterator[Encoded | Problem]:
    """Like the single-process path, in input order, each article's quads as the N-Quads its worker
    wrote (written out as they are when the output is N-Quads); `jobs=0` uses every core."""
    cores = os.cpu_count() or 1
    workers = min(jobs, cores) if jobs > 0 else cores
    problems: list[Problem] = []
    pending: deque[Future] = deque()
    pool = ProcessPoolExecutor(workers, initializer=_init, initargs=(model, base, min_confidence, generated_at))
    try:
        for chunk in partitions(articles, CHUNK, problems):
            pending.append(pool.submit(_work, chunk))
            if len(pending) >= workers * IN_FLIGHT:
                yield from finished(pending.popleft(), problems)
        while pending:
            yield from finished(pending.popleft(), problems)
    except BaseException:  # Ctrl-C, a termination, a failure: no worker outlives the run
        stop(pool)
        raise
    pool.shutdown()
    yield from problems


def stop(pool: ProcessPoolExecutor) -> None:
    """End the pool's workers now, whatever they are doing (the standard library waits for them)."""
    workers = list(getattr(pool, "_processes", {}).values())  # no public handle before Python 3.14
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        worker.terminate()
    for worker in workers:
        worker.join(timeout=5)


def finished(future: Future, problems: list[Problem]) -> Iterator[Encoded | Problem]:
    """The problems met so far, then the articles of one finished task."""
    yield from problems
    problems.clear()
    for item in future.result():
        yield item if isinstance(item, Problem) else Encoded(item)
