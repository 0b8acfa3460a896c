"""The report's data: what the bundled report queries return, gathered into plain lists a page can draw.

Entities joined by `kg resolve` (owl:sameAs to another entity) are one entity here, as in the bundled
queries. Every list is sorted on values, never on the order a store returns rows in, so the same graph
gives the same page.
"""
from __future__ import annotations

import gc
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib.resources import files
from itertools import accumulate
from sys import intern
from typing import TYPE_CHECKING

from kg.rdf.iris import char_span, spanned
from kg.rdf.vocab import GEONAMES, RDF, SUPERCLASSES
from kg.rdf.vocab import NKG as NKG_TERMS
from kg.rdf.vocab import SCHEMA as SCHEMA_TERMS

from .happenings import gather_events, pack_event

if TYPE_CHECKING:
    from kg.queries import Reader

QUERIES = files("kg.report").joinpath("queries")
RDF_TYPE = RDF.type.value
SCHEMA, NKG = SCHEMA_TERMS.iri, NKG_TERMS.iri
# The kinds an entity can be, most telling first, and the finer classes worth showing beside them.
KINDS = ((SCHEMA_TERMS.Person.value, "person"), (SCHEMA_TERMS.Organization.value, "organization"),
         (SCHEMA_TERMS.Place.value, "place"), (NKG_TERMS.UnnamedSource.value, "source"))
# The finer classes newskg writes (Country, City, ..., SportsOrganization), as kg/rdf/vocab.py lists them.
DETAILS = tuple(name for name in SUPERCLASSES if SCHEMA + name not in dict(KINDS))


# What each property of a statement (statements.rq) fills in; its article is in its IRI (kg/rdf/iris.py): a row
# less for each statement.
STATEMENT_FACTS = {
    RDF_TYPE: "direct", SCHEMA + "text": "text", SCHEMA + "spokenByCharacter": "speaker",
    NKG + "cue": "cue", SCHEMA + "dateCreated": "said", NKG + "confidence": "confidence",
    "http://groundedannotationframework.org/gaf#denotedBy": "parts", NKG + "speakerMention": "speakerAt",
    SCHEMA + "mentions": "about",
}


def query_text(name: str) -> str:
    """A report query, its `#include` parts those of the bundled queries (kg/queries/sparql/parts);
    `CLASSES` in it stands for the classes an entity can have (from kg/rdf/vocab.py),
    `STATEMENT_PROPERTIES` for the properties of a statement the page shows (STATEMENT_FACTS)."""
    from kg.queries.bundled import expand

    classes = " ".join(f"<{iri}>" for iri in (*(iri for iri, _ in KINDS), *(SCHEMA + d for d in DETAILS)))
    shown = ", ".join(f"<{iri}>" for iri in STATEMENT_FACTS if iri != RDF_TYPE)
    text = expand((QUERIES / f"{name}.rq").read_text(encoding="utf-8"), name)
    return text.replace("STATEMENT_PROPERTIES", shown).replace("CLASSES", classes)


@dataclass(slots=True)
class Entity:
    """One real-world entity, after sameAs: everything the page shows about it."""
    iri: str
    names: set[str] = field(default_factory=set)
    own_names: set[str] = field(default_factory=set)  # the names given to the resolved IRI itself
    alternates: set[str] = field(default_factory=set)
    classes: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    roles: set[tuple[str, str]] = field(default_factory=set)
    member_of: set[str] = field(default_factory=set)
    geonames: str | None = None
    at: tuple[float, float] | None = None

    @property
    def name(self) -> str:
        return min(self.own_names or self.names or {self.iri})

    @property
    def kind(self) -> str:
        return next((kind for iri, kind in KINDS if iri in self.classes), "other")

    @property
    def detail(self) -> str:
        return next((d for d in DETAILS if SCHEMA + d in self.classes), "")


def identities(rows: Iterable[list]) -> dict[str, str]:
    """Each entity IRI's resolved IRI: the target of its nkg:resolvedTo (written by `kg resolve`)."""
    same: dict[str, str] = {}
    for link, source, target, *_ in rows:
        if link == "resolvedTo":
            same[source] = min(same.get(source, target), target)
    return {source: min(target, same.get(target, target)) for source, target in same.items()}


def gather_entities(entity_rows: Iterable[list], link_rows: list[list]) -> dict[str, Entity]:
    same = identities(link_rows)
    def one(iri: str) -> str:
        return same.get(iri, iri)

    entities: dict[str, Entity] = {}
    for iri, prop, value in entity_rows:
        key = one(iri)
        entity = entities.get(key) or entities.setdefault(key, Entity(key))  # made once, not for every row
        if prop == RDF_TYPE:
            entity.classes.add(value)
        elif prop == SCHEMA + "name":
            entity.names.add(value.strip())
            if iri == entity.iri:
                entity.own_names.add(value.strip())
        else:
            entity.alternates.add(value.strip())
    for link, subject, obj, label, lat, long in link_rows:
        if link == "mentions" and one(obj) in entities:
            entities[one(obj)].articles.add(subject)
        elif one(subject) not in entities:
            continue
        elif link == "sameAs" and obj.startswith(GEONAMES):
            entities[one(subject)].geonames = min(filter(None, [entities[one(subject)].geonames, obj]))
        elif link == "at":
            entities[one(subject)].at = min(filter(None, [entities[one(subject)].at, (float(lat), float(long))]))
        elif link == "holds":
            entities[one(subject)].roles.add((label, one(obj) if obj else ""))
        elif link == "memberOf":
            entities[one(subject)].member_of.add(one(obj))
    return {iri: e for iri, e in entities.items() if e.names}


ARTICLE_FIELDS = ("id", "headline", "date", "url", "text")  # the columns of articles.rq after ?doc
PARAGRAPH = re.compile(r"\n")  # a line: a paragraph in most texts, a sentence in some


def gather_articles(rows: Iterable[list]) -> list[dict]:
    articles: dict[str, dict] = {}
    for doc, *values in rows:
        article = articles.setdefault(doc, {"iri": doc})
        for key, value in zip(ARTICLE_FIELDS, values):
            if value is not None:  # several values (two headlines, say): the least, whatever the row order
                keep(article, key, value)
    return sorted(({"iri": a["iri"], **{k: a.get(k) or "" for k in ARTICLE_FIELDS}} for a in articles.values()),
                  key=lambda a: (a["id"], a["iri"]))


def keep(statement: dict, key: str, value) -> None:
    """One value per field whatever the order of the rows: the least, if the graph gives several."""
    statement[key] = value if statement.get(key) is None else min(statement[key], value)


def gather_statements(rows: Iterable[list]) -> list[dict]:
    """Each statement's facts, its speaker and the entities it names as the graph gives them (see
    `with_identities`): gathered while the identity links are still being read."""
    statements: dict[str, dict] = {}
    for iri, prop, value in rows:
        s = statements.get(iri)
        if s is None:
            named = spanned(iri, "statement")
            s = statements[iri] = {"iri": iri, "doc": named and intern(named[0]), "direct": False,
                                   "parts": [], "about": []}  # lists: most hold one; duplicates dropped when packed
        field = STATEMENT_FACTS.get(prop)
        if field == "direct":
            s["direct"] = True
        elif field == "parts" and (span := char_span(value)):
            s["parts"].append(span)
        elif field == "speakerAt" and (span := char_span(value)):
            keep(s, "speakerAt", span)
        elif field == "about":
            s["about"].append(value)
        elif field == "confidence":
            keep(s, "confidence", float(value))
        elif field:
            keep(s, field, value)
    return [s for s in statements.values() if s.get("text") and s.get("doc") and s.get("speaker")]


def with_identities(statements: list[dict], same: Callable[[str], str]) -> list[dict]:
    """The statements with their speaker and the entities they name as `kg resolve` joined them."""
    for s in statements:
        s["speaker"], s["about"] = same(s["speaker"]), [same(e) for e in s["about"]]
    return statements


@contextmanager
def uncollected() -> Iterator[None]:
    """No cyclic garbage collection while the report's millions of rows are gathered (they make no cycles;
    the collector's full passes over them took a sixth of the time)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def report_data(reader: Reader, *, title: str = "newskg report") -> dict:
    """Everything the report page shows, as JSON-ready data, from the report's queries on an open source."""
    with uncollected():
        return gathered(reader, title=title)


def gathered(reader: Reader, *, title: str) -> dict:
    # each query's rows as text, as the source gives them: a corpus's rows are never all held as terms
    def values(name: str) -> Iterable[list]:
        return reader.values(query_text(name), name=name, long=True)

    # the statements, the longest to read, on a thread of their own: the store computes their rows while
    # Python gathers the other queries' (a third faster on two cores)
    with ThreadPoolExecutor(max_workers=1) as pool:
        statements_read = pool.submit(gather_statements, values("statements"))
        links = list(values("links"))
        same = identities(links)

        def one(iri: str) -> str:
            return same.get(iri, iri)

        entities = gather_entities(values("entities"), links)
        del links
        articles = gather_articles(values("articles"))
        events = gather_events(values("events"), values("event-marks"), one)
        return pack(title, entities, articles, with_identities(statements_read.result(), one), events)


# The order of a statement's fields in the page's data (statements are arrays: a corpus has many).
STATEMENT_FIELDS = ("speaker", "article", "text", "cue", "direct", "date", "confidence", "parts", "speakerAt", "about")
# The order of a happening's fields in the page's data.
EVENT_FIELDS = ("date", "type", "text", "agents", "patients", "places", "articles", "modality")
KIND_ORDER = {kind: rank for rank, (_, kind) in enumerate(KINDS)}


def entity_order(entities: dict[str, Entity]) -> list[Entity]:
    return sorted(entities.values(), key=lambda e: (KIND_ORDER.get(e.kind, 9), e.name.casefold(), e.name, e.iri))


def pack_entity(entity: Entity, index: dict[str, int], article_index: dict[str, int]) -> dict:
    return {
        "iri": entity.iri,
        "name": entity.name,
        "kind": entity.kind,
        "detail": entity.detail,
        "alternates": sorted((entity.names | entity.alternates) - {entity.name}),
        "roles": sorted([title, index.get(org, -1)] for title, org in entity.roles),
        "memberOf": sorted(index[o] for o in entity.member_of if o in index),
        "articles": sorted(article_index[a] for a in entity.articles if a in article_index),
        "at": list(entity.at) if entity.at else None,
        "geonames": entity.geonames or "",
    }


def pack_statement(s: dict, index: dict[str, int], article_index: dict[str, int], published: dict[str, str]) -> list:
    return [
        index[s["speaker"]],
        article_index.get(s["doc"], -1),
        s["text"],
        s.get("cue") or "",
        int(s["direct"]),
        s.get("said") or published.get(s["doc"], ""),
        s.get("confidence"),
        sorted(list(p) for p in set(s["parts"])),
        list(s["speakerAt"]) if s.get("speakerAt") else None,
        sorted({index[e] for e in s["about"] if e in index}),
    ]


def lead_end(text: str) -> int:
    """Where the first line with words starts."""
    return len(text) - len(text.lstrip())


def pack_article(article: dict, marked: list[tuple[int, int]]) -> dict:
    """An article for the page: its facts, and of its text the paragraphs a statement or its speaker is in,
    with the first (the lead) — `[start, text]` pieces at their offsets (code points), so the page stays
    small at archive scale; the whole text is a click away at its URL."""
    text = article["text"]
    lead = lead_end(text)
    starts: list[int] = []
    ends: list[int] = []
    # the marks by start, with the furthest end of those up to each: a paragraph holds a mark when one
    # starting before its end reaches past its start
    spans = sorted(marked)
    begins, furthest = [b for b, _ in spans], list(accumulate((e for _, e in spans), max))
    start = 0
    for paragraph in PARAGRAPH.split(text):
        end = start + len(paragraph)
        before = bisect_left(begins, end)
        if paragraph.strip() and (start == lead or before and furthest[before - 1] > start):
            if ends and not text[ends[-1]:start].strip():  # one piece over line breaks
                ends[-1] = end
            else:
                starts.append(start)
                ends.append(end)
        start = end + 1  # the line break between
    packed: dict = {k: article[k] for k in ARTICLE_FIELDS if k != "text"}
    packed["pieces"] = [[b, text[b:e]] for b, e in zip(starts, ends)]
    packed["length"] = len(text)
    return packed


def overview(entities: list[dict], articles: list[dict], statements: list[list]) -> dict:
    kinds = [e["kind"] for e in entities]
    dates = sorted({s[5] for s in statements if s[5]} | {a["date"] for a in articles if a["date"]})
    return {
        "articles": len(articles),
        "people": kinds.count("person"),
        "organizations": kinds.count("organization"),
        "places": kinds.count("place"),
        "sources": kinds.count("source"),
        "statements": len(statements),
        "direct": sum(s[4] for s in statements),
        "reported": sum(1 - s[4] for s in statements),
        "speakers": len({s[0] for s in statements}),
        "first": dates[0] if dates else "",
        "last": dates[-1] if dates else "",
    }


def pack(title: str, entities: dict[str, Entity], articles: list[dict], statements: list[dict],
         events: list[list[tuple]]) -> dict:
    """The page's data from what was gathered. It empties `statements` and `events` as it packs them: at
    archive scale the gathered and the packed forms together are the report's peak of memory."""
    for s in statements:  # a speaker the graph gives no name still shows, under its IRI's last segment
        if s["speaker"] not in entities:
            entities[s["speaker"]] = Entity(s["speaker"], names={s["speaker"].rsplit("/", 1)[-1]})
    order = entity_order(entities)
    index = {e.iri: i for i, e in enumerate(order)}
    article_index = {a["iri"]: i for i, a in enumerate(articles)}
    published = {a["iri"]: a["date"] for a in articles}
    texts = {a["iri"]: a["text"] for a in articles}
    packed = sorted(
        (pack_statement(s, index, article_index, published) for s in statements),
        key=lambda s: (s[1], s[7][:1], s[2], s[0]),
    )
    statements.clear()
    happenings = sorted(filter(None, (pack_event(h, index, article_index, texts, published) for h in events)),
                        key=lambda e: (e[0] or "9999", e[1], e[2], e[6]))
    events.clear()
    people = [pack_entity(e, index, article_index) for e in order]
    marked: dict[int, list[tuple[int, int]]] = {}
    for row in packed:
        spans = [*row[7], *([row[8]] if row[8] else [])]
        marked.setdefault(row[1], []).extend((b, e) for b, e in spans)
    return {
        "title": title,
        "overview": overview(people, articles, packed),
        "entities": people,
        "articles": [pack_article(a, marked.get(k, [])) for k, a in enumerate(articles)],
        "statementFields": list(STATEMENT_FIELDS),
        "statements": packed,
        "eventFields": list(EVENT_FIELDS),
        "events": happenings,
    }
