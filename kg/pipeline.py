"""`extract()`: articles → spaCy → entities → roles and memberships → statements → events → RDF."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime

import rdflib
from pyoxigraph import Quad
from spacy.language import Language
from spacy.tokens import Doc

from kg.entities import extract_entities, extract_memberships, extract_roles, load_gazetteer
from kg.errors import InputError
from kg.events import extract_events
from kg.extraction import Extraction
from kg.nlp import analysis_text, load_model, verb_lemmas
from kg.rdf import DEFAULT_BASE, article_quads
from kg.read import Article, Problem, article_from_text, batched_by_size, hashed_id
from kg.statements import extract_statements

BATCH_SIZE = 32
BATCH_CHARACTERS = 24_000  # about 5,000 words parsed at once: the batch's memory, whatever the articles' length


def analyse(doc: Doc, article: Article, *, min_confidence: float = 0.0,
            verbs: frozenset[str] = frozenset()) -> Extraction:
    """All stages over one parsed article. `verbs`: the verb lemmas the model knows (`verb_lemmas`), which
    tell the events stage a noun made from a verb."""
    entities = extract_entities(doc)
    roles = extract_roles(doc, entities)
    found = extract_statements(doc, entities, roles, published=article.published)
    events = [e for e in extract_events(doc, entities, roles, found, published=article.published, verbs=verbs)
              if e.confidence >= min_confidence]
    statements = [s for s in found if s.confidence >= min_confidence]
    return Extraction(article, entities, tuple(roles), tuple(extract_memberships(doc, entities)),
                      tuple(statements), tuple(events))


def extract_articles(articles: Iterable[Article | Problem], *, model: str | None = None,
                     min_confidence: float = 0.0, batch_size: int = BATCH_SIZE) -> Iterator[Extraction | Problem]:
    """Extraction for each article, in input order; a Problem for each one that failed.

    Nothing about one article can cost another: an over-long text, a parser failure or a
    failing rule is reported as that article's Problem and the rest go on.
    """
    nlp = load_model(model)
    verbs = verb_lemmas(nlp)
    load_gazetteer()  # build the gazetteer once, before the first article, not during it
    for batch in batched_by_size(articles, batch_size, characters=BATCH_CHARACTERS):
        parsed = iter(parse(nlp, [a for a in batch if isinstance(a, Article) and fits(a, nlp.max_length)]))
        for item in batch:
            if isinstance(item, Problem):
                yield item
            elif not fits(item, nlp.max_length):
                where = item.source or item.id
                yield Problem(where, f"{where}: {len(item.text):,} characters, over the model's limit of "
                                     f"{nlp.max_length:,}; split the article into parts")
            else:
                yield analysed(next(parsed), item, min_confidence=min_confidence, verbs=verbs)


def fits(article: Article, max_length: int) -> bool:
    return len(article.text) <= max_length


def parse(nlp: Language, articles: list[Article]) -> list[Doc | Exception]:
    """The batch parsed together; if spaCy fails on it, each article alone, to find the culprit."""
    texts = [analysis_text(a) for a in articles]
    try:
        return list(nlp.pipe(texts))
    except Exception:  # noqa: BLE001 - whatever spaCy raises for one text must not sink the rest
        return [parse_one(nlp, text) for text in texts]


def parse_one(nlp: Language, text: str) -> Doc | Exception:
    try:
        return nlp(text)
    except Exception as exc:  # noqa: BLE001
        return exc


def analysed(doc: Doc | Exception, article: Article, *, min_confidence: float,
             verbs: frozenset[str] = frozenset()) -> Extraction | Problem:
    where = article.source or article.id
    try:
        if isinstance(doc, Exception):
            raise doc
        return analyse(doc, article, min_confidence=min_confidence, verbs=verbs)
    except Exception as exc:  # noqa: BLE001 - one article's failure must not sink the batch
        return Problem(where, f"{where}: could not be analysed ({type(exc).__name__}: {exc}); "
                              "skipped; please report it with the article")


def as_article(item: Article | str) -> Article:
    if isinstance(item, Article):
        return item
    return article_from_text(item, id=hashed_id(None, item))


def extract(articles: Iterable[Article | str] | str, *, model: str | None = None, base: str = DEFAULT_BASE,
            min_confidence: float = 0.0, generated_at: datetime | None = None) -> rdflib.Dataset:
    """Extract a knowledge graph from articles (or plain texts) as an rdflib Dataset.

    Each article's triples are in its own named graph; the Dataset is backed by Oxigraph.
    """
    if isinstance(articles, (str, Article)):  # one article, or one text, as well as many
        articles = [articles]
    dataset = rdflib.Dataset(store="Oxigraph", default_union=True)
    inner = dataset.store._inner  # type: ignore[attr-defined]  # bulk-load pyoxigraph quads without per-triple conversion
    for result in extract_articles((as_article(a) for a in articles), model=model,
                                   min_confidence=min_confidence):
        if isinstance(result, Problem):
            raise InputError(result.message)
        inner.extend(article_quads(result, base=base, generated_at=generated_at))
    return dataset


def quads_of(results: Iterable[Extraction | Problem], *, base: str,
             generated_at: datetime | None = None) -> Iterator[list[Quad] | Problem]:
    for result in results:
        if isinstance(result, Problem):
            yield result
            continue
        try:
            yield article_quads(result, base=base, generated_at=generated_at)
        except (ValueError, TypeError) as exc:  # a value no RDF term can hold: that article alone is lost
            where = result.article.source or result.article.id
            yield Problem(where, f"{where}: could not be written as RDF ({exc}); skipped; please report it "
                                 "with the article")


__all__ = ["extract", "extract_articles", "analyse", "quads_of"]
