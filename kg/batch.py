"""Extract a batch of input files to one RDF output, article by article, atomically."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Callable, Iterable, Iterator

from pyoxigraph import Quad

from .errors import InputError, KgError
from .formats import STREAMING, atomic_output, check_writable, choose_format, serialize_batch
from .ingest import Problem, read_articles
from .iris import check_base
from .parallel import extract_parallel
from .pipeline import extract_articles, quads_of
from .vocab import DEFAULT_BASE


@dataclass(slots=True)
class Summary:
    articles: int = 0
    quads: int = 0
    problems: list[Problem] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Settings:
    output: str | None = None
    fmt: str | None = None
    published: date | None = None
    model: str | None = None
    base: str = DEFAULT_BASE
    jobs: int = 1
    min_confidence: float = 0.0
    validate: bool = False
    generated_at: datetime | None = None


def article_graphs(inputs: Iterable[str], settings: Settings) -> Iterator[list[Quad] | Problem]:
    articles = read_articles(inputs, published=settings.published)
    if settings.jobs != 1:
        yield from extract_parallel(articles, settings.jobs, model=settings.model, base=settings.base,
                                    min_confidence=settings.min_confidence, generated_at=settings.generated_at)
        return
    results = extract_articles(articles, model=settings.model, min_confidence=settings.min_confidence)
    yield from quads_of(results, base=settings.base, generated_at=settings.generated_at)


def extract_files(inputs: Iterable[str], settings: Settings, *,
                  progress: Callable[[Summary], None] = lambda summary: None) -> Summary:
    """Extract every article named by `inputs` into `settings.output` (stdout if None).

    Unreadable articles are skipped and listed in the summary; the output appears only when
    the batch succeeded, and not at all when no article could be extracted.
    """
    fmt = choose_format(settings.fmt, settings.output)
    check_base(settings.base)
    check_writable(settings.output)
    inputs = list(inputs)
    summary = Summary()
    stream_now = fmt in STREAMING and not settings.validate
    held: list[Quad] = []
    with atomic_output(settings.output) as stream:
        for item in article_graphs(inputs, settings):
            if isinstance(item, Problem):
                summary.problems.append(item)
            else:
                summary.articles += 1
                summary.quads += len(item)
                if stream_now:
                    serialize_batch(item, fmt, stream)
                else:
                    held += item
            progress(summary)
        if not summary.articles:
            reasons = "; ".join(p.message for p in summary.problems[:3])
            raise InputError(f"no article could be extracted: {reasons or 'no input'}")
        if settings.validate:
            check_valid(held)
        if not stream_now:
            serialize_batch(held, fmt, stream)
    return summary


def check_valid(quads: list[Quad]) -> None:
    import rdflib
    from pyoxigraph import RdfFormat, Triple, serialize

    from .validate import validate_graph

    triples = dict.fromkeys(Triple(q.subject, q.predicate, q.object) for q in quads)
    data = rdflib.Graph().parse(data=serialize(triples, format=RdfFormat.N_TRIPLES), format="nt")
    report = validate_graph(data)
    if not report.conforms:
        first = next((line.strip() for line in report.text.splitlines() if "Message" in line), "")
        raise KgError(f"the extracted graph does not conform to ontology/shapes.ttl ({first}); "
                      "nothing was written; please report it with the input")
