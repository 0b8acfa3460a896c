"""The report's data: what the bundled report queries return, gathered into plain lists a page can draw.

Entities joined by `kg resolve` (owl:sameAs to another entity) are one entity here, as in the bundled
queries. Every list is sorted on values, never on the order a store returns rows in, so the same graph
gives the same page.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from kg.queries import rows_of

QUERIES = Path(__file__).resolve().parent / "queries"
GEONAMES = "https://sws.geonames.org/"
SCHEMA = "http://schema.org/"
NKG = "https://w3id.org/newskg/ns#"
# The kinds an entity can be, most telling first, and the finer classes worth showing beside them.
KINDS = ((SCHEMA + "Person", "person"), (SCHEMA + "Organization", "organization"), (SCHEMA + "Place", "place"),
         (NKG + "UnnamedSource", "source"))
DETAILS = ("Country", "City", "AdministrativeArea", "Continent", "GovernmentOrganization", "SportsTeam",
           "Corporation", "NewsMediaOrganization", "EducationalOrganization", "PoliticalParty")


def query_text(name: str) -> str:
    return (QUERIES / f"{name}.rq").read_text(encoding="utf-8")


def text_of(term) -> str | None:
    return None if term is None else term.value


@dataclass
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


def identities(rows: list[list]) -> dict[str, str]:
    """Each entity IRI's resolved IRI: the target of its owl:sameAs to another newskg entity."""
    same = {r[1].value: r[2].value for r in rows if r[0].value == "sameAs" and not r[2].value.startswith(GEONAMES)}
    return {source: min([target, *(t for s, t in same.items() if s == target)]) for source, target in same.items()}


def gather_entities(entity_rows: list[list], link_rows: list[list]) -> dict[str, Entity]:
    same = identities(link_rows)
    one = lambda iri: same.get(iri, iri)
    entities: dict[str, Entity] = {}
    for iri, cls, name, alternate in ((text_of(t) for t in row) for row in entity_rows):
        entity = entities.setdefault(one(iri), Entity(one(iri)))
        entity.classes.add(cls)
        entity.names.add(name.strip())
        if iri == entity.iri:
            entity.own_names.add(name.strip())
        if alternate:
            entity.alternates.add(alternate.strip())
    for link, subject, obj, label, lat, long in ((text_of(t) for t in row) for row in link_rows):
        if link == "mentions" and one(obj) in entities:
            entities[one(obj)].articles.add(subject)
        elif one(subject) not in entities:
            continue
        elif link == "sameAs" and obj.startswith(GEONAMES):
            entities[one(subject)].geonames = obj
        elif link == "at":
            entities[one(subject)].at = (float(lat), float(long))
        elif link == "holds":
            entities[one(subject)].roles.add((label, one(obj) if obj else ""))
        elif link == "memberOf":
            entities[one(subject)].member_of.add(one(obj))
    return entities


def gather_articles(rows: list[list]) -> list[dict]:
    articles: dict[str, dict] = {}
    for doc, ident, headline, published, url, text in ((text_of(t) for t in row) for row in rows):
        articles.setdefault(doc, {"iri": doc, "id": ident, "headline": headline or "", "date": published or "",
                                  "url": url or "", "text": text or ""})
    return sorted(articles.values(), key=lambda a: (a["id"], a["iri"]))


def gather_statements(rows: list[list], about_rows: list[list], same: Callable[[str], str]) -> list[dict]:
    statements: dict[str, dict] = {}
    for row in rows:
        iri, doc, said_by, content, cue, direct, said, confidence, *offsets = (text_of(t) for t in row)
        s = statements.setdefault(iri, {"iri": iri, "doc": doc, "speaker": same(said_by), "text": content,
                                        "cue": cue or "", "direct": direct == "true", "said": said or "",
                                        "confidence": float(confidence) if confidence else None,
                                        "parts": set(), "speakerAt": None, "about": set()})
        begin, end, speaker_begin, speaker_end = offsets
        if begin is not None:
            s["parts"].add((int(begin), int(end)))
        if speaker_begin is not None:
            s["speakerAt"] = min(filter(None, [s["speakerAt"], (int(speaker_begin), int(speaker_end))]))
    for statement, entity in ((text_of(t) for t in row) for row in about_rows):
        if statement in statements:
            statements[statement]["about"].add(same(entity))
    return list(statements.values())


def report_data(select: Callable[[str], bytes], *, title: str = "newskg report") -> dict:
    """Everything the report page shows, as JSON-ready data, from a function that runs SELECT queries."""
    rows = {name: rows_of(select(query_text(name)))[1] for name in ("articles", "statements", "about", "entities", "links")}
    entities = gather_entities(rows["entities"], rows["links"])
    same = identities(rows["links"])
    resolve = lambda iri: same.get(iri, iri)
    articles = gather_articles(rows["articles"])
    statements = gather_statements(rows["statements"], rows["about"], resolve)
    return pack(title, entities, articles, statements)


# The order of a statement's fields in the page's data (statements are arrays: a corpus has many).
STATEMENT_FIELDS = ("speaker", "article", "text", "cue", "direct", "date", "confidence", "parts", "speakerAt", "about")
KIND_ORDER = {kind: rank for rank, (_, kind) in enumerate(KINDS)}


def entity_order(entities: dict[str, Entity]) -> list[Entity]:
    return sorted(entities.values(), key=lambda e: (KIND_ORDER.get(e.kind, 9), e.name.casefold(), e.name, e.iri))


def pack_entity(entity: Entity, index: dict[str, int], article_index: dict[str, int]) -> dict:
    return {"iri": entity.iri, "name": entity.name, "kind": entity.kind, "detail": entity.detail,
            "alternates": sorted((entity.names | entity.alternates) - {entity.name}),
            "roles": sorted([title, index.get(org, -1)] for title, org in entity.roles),
            "memberOf": sorted(index[o] for o in entity.member_of if o in index),
            "articles": sorted(article_index[a] for a in entity.articles if a in article_index),
            "at": list(entity.at) if entity.at else None, "geonames": entity.geonames or ""}


def pack_statement(s: dict, index: dict[str, int], article_index: dict[str, int], published: dict[str, str]) -> list:
    return [index[s["speaker"]], article_index.get(s["doc"], -1), s["text"], s["cue"], int(s["direct"]),
            s["said"] or published.get(s["doc"], ""), s["confidence"], sorted(list(p) for p in s["parts"]),
            list(s["speakerAt"]) if s["speakerAt"] else None, sorted(index[e] for e in s["about"] if e in index)]


def overview(entities: list[dict], articles: list[dict], statements: list[list]) -> dict:
    kinds = [e["kind"] for e in entities]
    dates = sorted({s[5] for s in statements if s[5]} | {a["date"] for a in articles if a["date"]})
    return {"articles": len(articles), "people": kinds.count("person"), "organizations": kinds.count("organization"),
            "places": kinds.count("place"), "sources": kinds.count("source"), "statements": len(statements),
            "direct": sum(s[4] for s in statements), "reported": sum(1 - s[4] for s in statements),
            "speakers": len({s[0] for s in statements}), "first": dates[0] if dates else "",
            "last": dates[-1] if dates else ""}


def pack(title: str, entities: dict[str, Entity], articles: list[dict], statements: list[dict]) -> dict:
    for s in statements:  # a speaker the graph gives no name still shows, under its IRI's last segment
        entities.setdefault(s["speaker"], Entity(s["speaker"], names={s["speaker"].rsplit("/", 1)[-1]}))
    order = entity_order(entities)
    index = {e.iri: i for i, e in enumerate(order)}
    article_index = {a["iri"]: i for i, a in enumerate(articles)}
    published = {a["iri"]: a["date"] for a in articles}
    packed = sorted((pack_statement(s, index, article_index, published) for s in statements),
                    key=lambda s: (s[1], s[7][:1], s[2], s[0]))
    people = [pack_entity(e, index, article_index) for e in order]
    return {"title": title, "overview": overview(people, articles, packed), "entities": people,
            "articles": [{k: a[k] for k in ("id", "headline", "date", "url", "text")} for a in articles],
            "statementFields": list(STATEMENT_FIELDS), "statements": packed}
