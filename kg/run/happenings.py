"""One event across articles: link the events that different articles report of one happening.

Articles that name the same rare entities tell one story (their entity sets' IDF-weighted cosine);
within a story, events of one word group and polarity are one happening unless their dates or places
are apart. Extraction stays per article; this step reads the corpus's graph.
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from kg.events.places import DAYS_APART, far_apart

EVENTS = """
PREFIX schema: <http://schema.org/>
PREFIX nkg: <https://w3id.org/newskg/ns#>
PREFIX wgs84: <http://www.w3.org/2003/01/geo/wgs84_pos#>
SELECT ?event ?doc ?trigger ?polarity ?date ?place ?country ?state ?lat ?long WHERE {
  GRAPH ?g { ?event a nkg:Event ; schema:isPartOf ?doc ; nkg:trigger ?trigger }
  OPTIONAL { GRAPH ?g { ?event nkg:polarity ?negative } }
  BIND (COALESCE(?negative, "positive") AS ?polarity)
  OPTIONAL { GRAPH ?g { ?event schema:startDate ?date } }
  OPTIONAL { GRAPH ?g { ?event schema:location ?place }
             OPTIONAL { GRAPH ?g { ?place a schema:Country } BIND (true AS ?country) }
             OPTIONAL { GRAPH ?g { ?place a schema:AdministrativeArea } BIND (true AS ?state) }
             OPTIONAL { GRAPH ?g { ?place wgs84:lat ?lat ; wgs84:long ?long } } }
}"""
ARTICLE_ENTITIES = """
PREFIX schema: <http://schema.org/>
SELECT DISTINCT ?doc ?entity WHERE { GRAPH ?g { ?doc a schema:NewsArticle ; schema:mentions ?entity } }"""
STORY_MIN = 0.3  # IDF-weighted cosine of two articles' entity sets that makes them one story
SHARED_MIN = 1.0  # and at least this much weight shared: one name in a third of the corpus is not a story
COMMON_SHARE = 0.05  # an entity named by more than this share of a large corpus suggests no pairs
COMMON_MIN = 50  # ... and never below this many articles


@dataclass(frozen=True, slots=True)
class Happening:
    iri: str
    doc: str
    group: str  # the trigger's word group (nkg:trigger)
    polarity: str
    date: date | None = None
    place: str = ""  # the place's IRI
    level: str = ""  # "Country", "AdministrativeArea" or "town" (kg.events.places.level)
    lat: float | None = None
    long: float | None = None


class Parents:
    """Union-find over strings, the smaller one the root (whatever the order of unions)."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def root(self, x: str) -> str:
        while (up := self.parent.get(x, x)) != x:
            self.parent[x] = self.parent.get(up, up)
            x = up
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.root(a), self.root(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def stories(entities: dict[str, frozenset[str]], *, minimum: float | None = None) -> dict[str, str]:
    """Each article's story: the smallest article id of the articles joined to it by shared rare names."""
    docs, minimum = sorted(entities), STORY_MIN if minimum is None else minimum
    frequency: dict[str, int] = defaultdict(int)
    holders: dict[str, list[str]] = defaultdict(list)
    for doc in docs:
        for name in entities[doc]:
            frequency[name] += 1
            holders[name].append(doc)
    weight = {name: math.log(len(docs) / n) for name, n in frequency.items()}
    norm = {doc: math.sqrt(sum(weight[n] for n in entities[doc])) for doc in docs}
    common = max(COMMON_MIN, COMMON_SHARE * len(docs))
    joined = Parents()
    for doc in docs:
        partners = {other for name in entities[doc] if frequency[name] <= common
                    for other in holders[name] if other > doc}
        for other in sorted(partners):
            shared = sum(weight[n] for n in entities[doc] & entities[other])
            if shared >= SHARED_MIN and shared / (norm[doc] * norm[other]) >= minimum:
                joined.union(doc, other)
    return {doc: joined.root(doc) for doc in docs}


def compatible(a: Happening, b: Happening) -> bool:
    """Nothing says these are two happenings: not days apart, not at places far apart."""
    if a.date and b.date and abs((a.date - b.date).days) > DAYS_APART:
        return False
    return not (a.place and b.place and a.place != b.place and a.level == b.level
                and far_apart(a.lat, a.long, b.lat, b.long))


def happenings_from_rows(rows: Iterable[list]) -> list[Happening]:
    """Happenings from the EVENTS query's rows (pyoxigraph terms, None where unbound), one per event."""
    found: dict[str, Happening] = {}
    for event, doc, trigger, polarity, day, place, country, state, lat, long in rows:
        level = "Country" if country is not None else "AdministrativeArea" if state is not None else "town"
        found.setdefault(event.value, Happening(
            event.value, doc.value, trigger.value, polarity.value, date.fromisoformat(day.value[:10]) if day else None,
            place.value if place else "", level if place else "", float(lat.value) if lat else None,
            float(long.value) if long else None))
    return [found[iri] for iri in sorted(found)]


def entities_by_article(rows: Iterable[list], same: dict[str, str]) -> dict[str, frozenset[str]]:
    """Each article's entities (the ARTICLE_ENTITIES query's rows), those joined by `same` as one."""
    named: dict[str, set[str]] = defaultdict(set)
    for doc, entity in rows:
        named[doc.value].add(same.get(entity.value, entity.value))
    return {doc: frozenset(names) for doc, names in named.items()}


def same_events(happenings: Iterable[Happening], entities: dict[str, frozenset[str]]) -> list[tuple[str, str]]:
    """(event, the event it is one with) links, from each other member of a happening to its first IRI."""
    story = stories(entities)
    buckets: dict[tuple[str, str, str], list[Happening]] = defaultdict(list)
    for h in sorted(happenings, key=lambda h: h.iri):
        buckets[(story.get(h.doc, h.doc), h.group, h.polarity)].append(h)
    links = []
    for members in buckets.values():
        clusters: list[list[Happening]] = []
        for h in members:
            home = next((c for c in clusters if all(m.doc != h.doc and compatible(h, m) for m in c)), None)
            if home is None:
                clusters.append([h])
            else:
                home.append(h)
        links += [(h.iri, c[0].iri) for c in clusters for h in c[1:]]
    return sorted(links)
