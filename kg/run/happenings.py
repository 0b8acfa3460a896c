"""One event across articles: link the events that different articles report of one happening.

Articles that name the same rare entities tell one story (their entity sets' IDF-weighted overlap, the
articles grouped by average linkage);
within a story, events of one word group and polarity are one happening unless their dates or places
are apart. Extraction stays per article; this step reads the corpus's graph.
"""
from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from kg.events.places import Where, apart, level

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
STORY_MIN = 0.1  # how alike (on average) the articles of two stories must be for them to be one story
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
    where: Where | None = None  # its place (by IRI), as kg.events.places.apart reads it


def similarities(entities: dict[str, frozenset[str]]) -> dict[tuple[str, str], float]:
    """(article, later article) → how alike their entity sets are: the IDF weight of the names they share
    over the geometric mean of each one's, for the pairs that share a name some articles name (a name in
    too many articles proposes no pairs) and enough weight."""
    docs = sorted(entities)
    frequency: dict[str, int] = defaultdict(int)
    holders: dict[str, list[str]] = defaultdict(list)
    for doc in docs:
        for name in entities[doc]:
            frequency[name] += 1
            holders[name].append(doc)
    weight = {name: math.log(len(docs) / n) for name, n in frequency.items()}
    # sums over sorted names: a float sum in a set's order would change with the hash seed
    norm = {doc: math.sqrt(sum(weight[n] for n in sorted(entities[doc]))) for doc in docs}
    common = max(COMMON_MIN, COMMON_SHARE * len(docs))
    found = {}
    for doc in docs:
        partners = {other for name in entities[doc] if frequency[name] <= common
                    for other in holders[name] if other > doc}
        for other in sorted(partners):
            shared = sum(weight[n] for n in sorted(entities[doc] & entities[other]))
            if shared >= SHARED_MIN:
                found[(doc, other)] = shared / (norm[doc] * norm[other])
    return found


def stories(entities: dict[str, frozenset[str]], *, minimum: float | None = None) -> dict[str, str]:
    """Each article's story, named by its first article: articles grouped by average linkage (two groups join
    while their articles are, on average, at least `minimum` alike), so no chain of pairs joins two stories."""
    minimum = STORY_MIN if minimum is None else minimum
    alike: dict[str, dict[str, float]] = defaultdict(dict)  # story → other story → summed similarity
    for (a, b), similarity in similarities(entities).items():
        alike[a][b] = alike[b][a] = similarity
    members = {doc: [doc] for doc in entities}
    queue = [(-similarity, a, b) for a, near in alike.items() for b, similarity in near.items() if a < b]
    heapq.heapify(queue)
    while queue:
        negative, a, b = heapq.heappop(queue)
        if a not in members or b not in members or b not in alike[a]:
            continue
        average = alike[a][b] / (len(members[a]) * len(members[b]))
        if average != -negative:
            continue  # an older score of a pair whose stories have grown since
        if average < minimum:
            break
        join(a, b, members, alike, queue)
    return {doc: story for story, docs in members.items() for doc in docs}


def join(a: str, b: str, members: dict[str, list[str]], alike: dict[str, dict[str, float]], queue: list) -> None:
    """Story b into story a (a < b): their members and their similarities to every other story summed."""
    members[a] += members.pop(b)
    for other, similarity in alike.pop(b).items():
        alike[other].pop(b, None)
        if other != a:
            alike[a][other] = alike[other][a] = alike[a].get(other, 0.0) + similarity
    alike[a].pop(b, None)
    for other, similarity in alike[a].items():
        heapq.heappush(queue, (-similarity / (len(members[a]) * len(members[other])), min(a, other), max(a, other)))


def happenings_from_rows(rows: Iterable[list]) -> list[Happening]:
    """Happenings from the EVENTS query's rows (pyoxigraph terms, None where unbound), one per event."""
    found: dict[str, Happening] = {}
    for event, doc, trigger, polarity, day, place, country, state, lat, long in rows:
        kind = "Country" if country is not None else "AdministrativeArea" if state is not None else ""
        at = Where(place.value, level(kind), float(lat.value) if lat else None,
                   float(long.value) if long else None) if place else None
        found.setdefault(event.value, Happening(event.value, doc.value, trigger.value, polarity.value,
                                                date.fromisoformat(day.value[:10]) if day else None, at))
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
            home = next((c for c in clusters if all(m.doc != h.doc and not apart(h.date, m.date, h.where, m.where)
                                                    for m in c)), None)
            if home is None:
                clusters.append([h])
            else:
                home.append(h)
        links += [(h.iri, c[0].iri) for c in clusters for h in c[1:]]
    return sorted(links)
