"""Extract a batch of input files to one RDF output, article by article, atomically."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from itertools import chain, islice
from typing import IO

from pyoxigraph import Quad, Store

from kg.errors import InputError, KgError
from kg.pipeline import extract_articles, quads_of
from kg.rdf import (
    DEFAULT_BASE,
    STREAMING,
    atomic_output,
    check_base,
    check_writable,
    choose_format,
    generation_time,
    serialize_batch,
)
from kg.read import Columns, Problem, read_articles
from kg.stores import open_store, replace_graphs

from .processes import CHUNK, Encoded, extract_parallel, loaded


@dataclass(slots=True)
class Summary:
    """What a run did: articles extracted, quads written, articles skipped (and the Dask engine's shards)."""

    articles: int = 0
    quads: int = 0
    problems: list[Problem] = field(default_factory=list)
    shards: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what the run chose for the user ("--jobs 99: 2 used")


FEW = 2 * CHUNK  # up to this many articles are extracted in this process: starting workers costs more


@dataclass(frozen=True, slots=True)
class Settings:
    output: str | None = None
    fmt: str | None = None
    published: date | None = None
    model: str | None = None
    base: str = DEFAULT_BASE
    jobs: int | None = None  # None: every core when there are more than FEW articles; 0: every core
    min_confidence: float = 0.0
    validate: bool = False
    store: str | None = None  # an embedded store to load each article into as well
    generated_at: datetime | None = None
    columns: Columns | None = None  # which CSV/TSV columns hold text, id, date, title, url
    urls: tuple[str, ...] = ()  # links to fetch, besides the inputs
    any_language: bool = False  # analyse articles not in English too (the rules read English)


def article_graphs(inputs: Iterable[str], settings: Settings) -> Iterator[list[Quad] | Encoded | Problem]:
    articles = iter(read_articles(inputs, published=settings.published, columns=settings.columns, urls=settings.urls,
                                  any_language=settings.any_language))
    jobs = settings.jobs
    if jobs is None:  # the output is the same bytes either way; a pool only pays off beyond a few articles
        head = list(islice(articles, FEW + 1))
        articles = chain(head, articles)
        jobs = 0 if len(head) > FEW and (os.cpu_count() or 1) > 1 else 1
    if jobs != 1:
        yield from extract_parallel(articles, jobs, model=settings.model, base=settings.base,
                                    min_confidence=settings.min_confidence, generated_at=settings.generated_at)
        return
    loaded(settings.model)
    results = extract_articles(articles, model=settings.model, min_confidence=settings.min_confidence)
    yield from quads_of(results, base=settings.base, generated_at=settings.generated_at)


class Output:
    """Where extracted quads go: a stream (written as they come, or held to the end) and a store."""

    def __init__(self, stream: IO[bytes] | None, fmt: str, store: Store | None, *, hold: bool):
        self.stream, self.fmt, self.store, self.hold = stream, fmt, store, hold
        self.held: list[Quad] = []

    def add(self, quads: list[Quad] | Encoded) -> None:
        if isinstance(quads, Encoded):
            if self.fmt == "nq" and self.store is None and not self.hold and self.stream is not None:
                self.stream.write(quads.nquads)  # what serialize_batch would write, byte for byte
                return
            quads = quads.parsed()
        if self.hold:
            self.held += quads
            return
        if self.store is not None:
            replace_graphs(self.store, quads)
        if self.stream is not None:
            serialize_batch(quads, self.fmt, self.stream)

    def finish(self, *, validate: bool, jobs: int | None = 1) -> None:
        if validate:
            check_valid(self.held, jobs=jobs)
        if self.store is not None and self.hold:
            replace_graphs(self.store, self.held)
        if self.stream is not None and self.hold:
            serialize_batch(self.held, self.fmt, self.stream)


def extract_files(inputs: Iterable[str], settings: Settings, *,
                  progress: Callable[[Summary], None] = lambda summary: None) -> Summary:
    """Extract every article named by `inputs` into `settings.output` (stdout if None) and/or a store.

    Unreadable articles are skipped and listed in the summary; the output appears only when
    the batch succeeded, and not at all when no article could be extracted.
    """
    check_writable(settings.output)
    fmt = choose_format(settings.fmt, settings.output)
    check_base(settings.base)
    settings = replace(settings, generated_at=generation_time(settings.generated_at))  # one value per batch
    summary = Summary()
    cores = os.cpu_count() or 1
    if settings.jobs is not None and settings.jobs > cores:  # more workers than cores only cost memory
        summary.notes.append(f"--jobs {settings.jobs} is more than the {cores} cores here; {cores} used")
        settings = replace(settings, jobs=cores)
    store = open_store(settings.store, write=True) if settings.store else None
    # with --store and no -o, the store is the only output
    sink = atomic_output(settings.output) if settings.output or store is None else nullcontext(None)
    with sink as stream:
        output = Output(stream, fmt, store, hold=settings.validate or (stream is not None and fmt not in STREAMING))
        for item in article_graphs(list(inputs), settings):
            if isinstance(item, Problem):
                summary.problems.append(item)
            else:
                summary.articles += 1
                summary.quads += item.quads if isinstance(item, Encoded) else len(item)
                output.add(item)
            progress(summary)
        if not summary.articles:
            reasons = "; ".join(p.message for p in summary.problems[:3])
            raise InputError(f"no article could be extracted: {reasons or 'no input'}")
        output.finish(validate=settings.validate, jobs=settings.jobs)
    return summary


def check_valid(quads: list[Quad], *, jobs: int | None = 1) -> None:
    from kg.rdf import validate_quads

    report = validate_quads(quads, jobs=jobs)
    if not report.conforms:
        first = next((line.strip() for line in report.text.splitlines() if "Message" in line), "")
        raise KgError(f"the extracted graph does not conform to ontology/shapes.ttl ({first}); "
                      "nothing was written; please report it with the input")
