"""Places named inside organizations' names: "Texas" in "Texas Department of State Health Services", "Dublin"
in "Dublin City Council", "Paris" in "the City of Paris", "Moscow" in "The Moscow Times". The organization is
located there, so the article names the place too: each such name becomes a mention of the place (the
article's own entity of that name, or a new one). The organization's mention is unchanged."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from .counties import find_county
from .gazetteer import Place, find_org, find_place, find_town
from .placenames import CIVIC_WORDS, CLUB_PREFIXES, CLUB_WORDS, COUNTY_WORDS
from .records import Entities, Entity, EntityKey, Kind, Mention

MAX_PLACE_WORDS = 3  # "New York City", "Salt Lake City"
OF_WORDS = frozenset({"of"})  # "University of Texas", "Bank of Ireland"
NAMING_CITY_POPULATION = 100_000  # a smaller town opens an organization's name only before a civic word


def places_in_names(doc: Doc, entities: Entities) -> Entities:
    """`entities` with the places inside organizations' names added as mentions."""
    entities = retyped(doc, entities)
    found: dict[EntityKey, tuple[Place, list[Mention]]] = {}
    towns = article_towns(entities)
    for org in entities.entities:
        # a person's mention may open with a county's name and a title ("McMinn County Sheriff Steve Frisbie")
        if org.kind not in (Kind.ORGANIZATION, Kind.PERSON) or org.subtype == "SportsOrganization":
            continue
        for mention in org.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or len(span) < 2:
                continue
            inner = place_inside(span, towns) if org.kind is Kind.ORGANIZATION else county_opening(span)
            if inner is not None:
                place_span, place = inner
                key = EntityKey(Kind.PLACE, place.name)
                found.setdefault(key, (place, []))[1].append(
                    Mention(place_span.start_char, place_span.end_char, place_span.text))
    if not found:
        return entities
    return with_mentions(entities, found)


def retyped(doc: Doc, entities: Entities) -> Entities:
    """A "place" the gazetteer does not know whose name holds one it knows is an organization ("Indiana
    Department of Natural Resources", "The Moscow Times", "Tipperary District Court")."""
    renamed: dict[EntityKey, EntityKey] = {}
    for entity in entities.entities:
        if entity.kind is Kind.PLACE and entity.lat is None and not entity.subtype:
            span = doc.char_span(entity.mentions[0].start, entity.mentions[0].end, alignment_mode="expand")
            if span is not None and len(span) > 1 and place_inside(span, closing=False) is not None:
                renamed[entity.key] = EntityKey(Kind.ORGANIZATION, entity.name)
    if not renamed or any(new in entities.by_key for new in renamed.values()):
        return entities
    return entities.replaced(tuple(replace(e, key=renamed[e.key], kind=Kind.ORGANIZATION) if e.key in renamed
                                   else e for e in entities.entities))


def article_towns(entities: Entities) -> dict[str, Place]:
    """The article's towns and counties by the names it writes them with: a small town opens an organization's
    name where the article names the town on its own too ("Harwinton Senior Center" in a story from Harwinton)."""
    return {m.text: Place(e.name, e.subtype, e.geonameid, e.lat, e.long) for e in entities.entities
            if e.kind is Kind.PLACE and e.subtype in ("City", "AdministrativeArea") and e.lat is not None
            for m in e.mentions if m.naming}


def place_inside(span: Span, towns: dict[str, Place] | None = None, *, closing: bool = True
                 ) -> tuple[Span, Place] | None:
    """The place opening the name ("Ohio State University", "Clarke County Superior Court", a town the article
    names alone too) or following its "of" ("City of Paris", "Community Foundation of Boone County"); no town
    opening a club's name ("Bristol City", "Derby County"); with `closing`, a state or large town closing it."""
    if (county := county_opening(span)) is not None:
        return county
    if span[-1].lower_ not in CLUB_WORDS and (opening := place_opening(span, towns or {})) is not None:
        return opening
    for i in range(1, len(span) - 1):
        if span[i].lower_ in OF_WORDS and span[i + 1].text[:1].isupper():
            if (found := place_after_of(span[i + 1:])) is not None:
                return found
    return place_closing(span, towns or {}) if closing else None


def place_closing(span: Span, towns: dict[str, Place]) -> tuple[Span, Place] | None:
    """A state, or a town the article names alone too, closing the name ("Education Minnesota", "Metro
    Vancouver"): the place the organization serves. Not a country ("Air France", "Statistics Canada" are
    national bodies and brands) nor a club's town ("Real Madrid")."""
    if span[0].lower_ in CLUB_PREFIXES or any(t.dep_ == "cc" for t in span):
        return None
    for size in range(min(MAX_PLACE_WORDS, len(span) - 1), 0, -1):
        tail = span[len(span) - size:]
        if not tail[0].text[:1].isupper() or not span[-size - 1].is_alpha:
            continue
        place = find_place(tail.text)
        if place is not None and place.kind == "AdministrativeArea":
            return tail, place
        if tail.text in towns:
            return tail, towns[tail.text]
    return None


def place_opening(span: Span, towns: dict[str, Place]) -> tuple[Span, Place] | None:
    """A place's name opening a longer name: a large town, a state, a country; a small town before a civic
    word ("Mansfield City Council") or named alone in the article (`towns`)."""
    for size in range(min(MAX_PLACE_WORDS, len(span) - 1), 0, -1):
        head, rest = span[:size], span[size:]
        if not head[0].text[:1].isupper() or head[-1].is_punct:
            continue
        if rest[0].lower_ in OF_WORDS:
            continue
        if head.text in towns and find_org(span.text) is None:
            return head, towns[head.text]
        place = find_place(head.text)
        if place is not None and place.kind == "City" and place.population < NAMING_CITY_POPULATION \
                or place is None:
            # a small town before a civic word ("Mansfield City Council"), not in a name the gazetteer knows
            # whole ("Supreme Court" is no court of Supreme, Louisiana)
            civic = rest[0].lower_ in CIVIC_WORDS and find_org(span.text) is None
            place = find_town(head.text) if civic else None
        if place is not None:
            return head, place
    return None


def place_after_of(tail: Span) -> tuple[Span, Place] | None:
    """The place a name's "of" opens: all that follows ("City of Paris") or its first words ("University of
    Kentucky College of Law"), a county too ("Community Foundation of Boone County")."""
    for size in range(min(MAX_PLACE_WORDS, len(tail)), 0, -1):
        head = tail[:size]
        place = find_place(head.text) or (find_county(head.text) if head[-1].lower_ in COUNTY_WORDS else None)
        if place is not None:
            return head, place
    return None


def county_opening(span: Span) -> tuple[Span, Place] | None:
    """A county opening a longer name ("Clarke County Superior Court", "Douglas County Hospital")."""
    for size in range(2, min(MAX_PLACE_WORDS + 1, len(span))):
        head = span[:size]
        if head[-1].lower_ in COUNTY_WORDS and head[0].text[:1].isupper() and (place := find_county(head.text)):
            return head, place
    return None


def with_mentions(entities: Entities, found: dict[EntityKey, tuple[Place, list[Mention]]]) -> Entities:
    by_key = dict(entities.by_key)
    for key, (place, mentions) in sorted(found.items()):
        entity = by_key.get(key) or next((e for e in entities.entities if e.kind is Kind.PLACE
                                          and place.name in (e.name, *e.aliases)), None)
        if entity is None:
            entity = Entity(key=key, kind=Kind.PLACE, name=place.name, subtype=place.kind, geonameid=place.geonameid,
                            lat=place.lat, long=place.long)
        known = {(m.start, m.end) for m in entity.mentions}
        added = tuple(m for m in mentions if (m.start, m.end) not in known)
        aliases = entity.aliases + tuple(dict.fromkeys(m.text for m in added if m.text not in
                                                       (entity.name, *entity.aliases)))
        by_key[entity.key] = replace(entity, aliases=aliases,
                                     mentions=tuple(sorted(entity.mentions + added, key=lambda m: m.start)))
    updated = tuple(by_key[e.key] for e in entities.entities) + tuple(
        e for k, e in sorted(by_key.items()) if k not in entities.by_key)
    updated = tuple(sorted(updated, key=lambda e: e.mentions[0].start))
    return Entities(updated, entities.by_token, {e.key: e for e in updated})
