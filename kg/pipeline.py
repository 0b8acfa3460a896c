"""`extract()`: articles → spaCy → entities → roles and memberships → statements → RDF."""
from __future__ import annotations

from datetime import datetime
from typing import Iterable, Iterator

import rdflib
from pyoxigraph import Quad
from spacy.tokens import Doc

from kg.entities import extract_entities, extract_memberships, extract_roles, places
from kg.errors import InputError
from kg.rdf import DEFAULT_BASE, article_quads
from kg.read import Article, Problem, analysis_text, article_from_text, hashed_id, load_model
from kg.records import Extraction
from kg.statements import extract_statements

BATCH_SIZE = 32


def analyse(doc: Doc, article: Article, *, min_confidence: float = 0.0) -> Extraction:
    """All stages over one parsed article."""
    entities = extract_entities(doc)
    roles = extract_roles(doc, entities)
    statements = [s for s in extract_statements(doc, entities, roles, published=article.published)
                  if s.confidence >= min_confidence]
    return Extraction(article, entities, tuple(roles), tuple(extract_memberships(doc, entities)),
                      tuple(statements))


def extract_articles(articles: Iterable[Article | Problem], *, model: str | None = None,
                     min_confidence: float = 0.0, batch_size: int = BATCH_SIZE) -> Iterator[Extraction | Problem]:
    """Extraction for each article, in input order; a Problem for each one that failed."""
    nlp = load_model(model)
    places()  # build the gazetteer once, before the first article, not during it
    failed: list[Problem] = []

    def readable() -> Iterator[tuple[str, Article]]:
        for item in articles:
            if isinstance(item, Problem):
                failed.append(item)
            else:
                yield analysis_text(item), item

    for doc, article in nlp.pipe(readable(), as_tuples=True, batch_size=batch_size):
        yield from failed
        failed.clear()
        try:
            yield analyse(doc, article, min_confidence=min_confidence)
        except Exception as exc:  # one article's failure must not sink the batch
            yield Problem(article.id, f"article {article.id!r} could not be analysed ({type(exc).__name__}: {exc}); "
                                      "please report it with the article")
    yield from failed


def as_article(item: Article | str) -> Article:
    if isinstance(item, Article):
        return item
    return article_from_text(item, id=hashed_id(None, item))


def extract(articles: Iterable[Article | str] | str, *, model: str | None = None, base: str = DEFAULT_BASE,
            min_confidence: float = 0.0, generated_at: datetime | None = None) -> rdflib.Dataset:
    """Extract a knowledge graph from articles (or plain texts) as an rdflib Dataset.

    Each article's triples are in its own named graph; the Dataset is backed by Oxigraph.
    """
    if isinstance(articles, str):
        articles = [articles]
    dataset = rdflib.Dataset(store="Oxigraph", default_union=True)
    inner = dataset.store._inner  # bulk-load pyoxigraph quads without per-triple conversion
    for result in extract_articles((as_article(a) for a in articles), model=model,
                                   min_confidence=min_confidence):
        if isinstance(result, Problem):
            raise InputError(result.message)
        inner.extend(article_quads(result, base=base, generated_at=generated_at))
    return dataset


def quads_of(results: Iterable[Extraction | Problem], *, base: str,
             generated_at: datetime | None = None) -> Iterator[list[Quad] | Problem]:
    for result in results:
        yield result if isinstance(result, Problem) else article_quads(result, base=base, generated_at=generated_at)


__all__ = ["extract", "extract_articles", "analyse", "quads_of"]
