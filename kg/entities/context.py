"""Places read in their article's context. A name several places share ("Gainesville", "Georgia",
"Paris") goes, in this order of evidence:
1. to the one inside the place written after it as its qualifier ("Paris, Tenn.", "London, Ontario");
2. to the one in the US state, else the country, that the article's other places are in: "Gainesville" in a
   story that names Denton and Texas is Gainesville, Texas; "Georgia" beside Atlanta and Ohio is the state
   (a town abroad needs more places of its country than the name's own has, a capital's namesake two
   places of its state or country; a state never moves to a
   town of its name on this evidence alone, a country only to a town of 10,000 people or more in a state
   two other places of the article are in);
3. else to the largest place of the name (the gazetteer's choice: a country or state before a town).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from .gazetteer import Place, find_place, is_capital, key, namesakes
from .records import Entities, Entity, EntityKey, Kind
from .towns import seat_states

COUNTRY_TOWN_POPULATION = 10_000  # a country's name goes to a town this large, in the article's state, unqualified
QUALIFIER_GAP = re.compile(r",\s*")  # "Paris, Tenn.": a comma, then the qualifying place


def placed_in_context(entities: Entities, text: str) -> Entities:
    """`entities` with each shared place name resolved by its qualifier or the other places of the article."""
    places = {e.key: place_of(e) for e in entities.entities if e.kind is Kind.PLACE and e.lat is not None}
    if len(places) < 2:
        return entities
    qualifiers = qualifiers_of(entities, places, text)
    seats = seated(places)
    updated = tuple(relocated(e, places, qualifiers.get(e.key, ()), seats.get(e.key, ())) if e.key in places
                    else e for e in entities.entities)
    return entities if updated == entities.entities else entities.replaced(updated)


def seated(places: dict) -> dict[EntityKey, tuple[str, ...]]:
    """The US state each town and county of the article is in where the article names a county and a town
    in it, and only one state has both so ("Paris" beside "Henry County": Tennessee, where Henry County holds
    a Paris; Illinois's Paris is in Edgar County)."""
    counties = sorted(k for k, p in places.items() if p is not None and p.kind == "AdministrativeArea"
                      and not p.geonameid and p.country == "US")
    # a town, or a country a town is named for ("Lebanon" beside "Boone County"); never a state ("Georgia"
    # beside "Franklin County" is no town of Vermont)
    towns = sorted(k for k, p in places.items() if p is not None and p.kind in ("City", "Country"))
    found: dict[EntityKey, set[str]] = defaultdict(set)
    for town in towns:
        for county in counties:
            if len(states := seat_states(town.name, county.name)) == 1:
                found[town].update(states)
                found[county].update(states)
    return {key: tuple(sorted(states)) for key, states in found.items() if len(states) == 1}


def place_of(entity: Entity) -> Place | None:
    """The gazetteer's record of the place an entity was resolved to."""
    found = find_place(entity.name)
    if found is not None and (found.geonameid, found.lat) == (entity.geonameid, entity.lat):
        return found
    return next((p for p in namesakes(entity.name) if (p.geonameid, p.lat) == (entity.geonameid, entity.lat)), None)


def qualifiers_of(entities: Entities, places: dict, text: str) -> dict[EntityKey, tuple[Place, ...]]:
    """The places written right after a place's name as its qualifier: "Paris, Tenn.", "London, Ontario"."""
    starts = {m.start: places.get(e.key) or find_place(e.name) for e in entities.entities if e.kind is Kind.PLACE
              for m in e.mentions}
    found: dict[EntityKey, tuple[Place, ...]] = {}
    for entity in entities.entities:
        if entity.key not in places:
            continue
        after = (QUALIFIER_GAP.match(text, m.end) for m in entity.mentions)
        quals = tuple(q for q in dict.fromkeys(starts.get(gap.end()) for gap in after if gap) if q is not None)
        if quals:
            found[entity.key] = quals
    return found


def within(place: Place, qualifier: Place) -> bool:
    """A town or county inside the qualifier's state (or country)."""
    if not qualifier.admin1:  # a country, or a region of one ("Siberia")
        return bool(qualifier.country) and place.country == qualifier.country and place.kind != "Country"
    # a state or a province ("Paris, Tenn.", "London, Ontario")
    return (place.country, place.admin1) == (qualifier.country, qualifier.admin1) and place.kind != qualifier.kind


def relocated(entity: Entity, places: dict, qualifiers: tuple[Place, ...] = (), seat: tuple[str, ...] = ()
              ) -> Entity:
    """The entity moved to the place its qualifier or its article's other places point to, named as the text
    names it ("Palestine, Texas", not the "Palestinian Territory" the bare name stands for). A state moves to a
    town of its name only where a qualifier says so; a country or a capital only on strong evidence."""
    choices = tuple(dict.fromkeys(p for name in (entity.name, *entity.aliases) for p in namesakes(name)))
    current = places[entity.key]
    if current is not None and current.kind == "AdministrativeArea" and not current.geonameid:
        choices = tuple(p for p in choices if p.kind == current.kind)  # a county ("Hamilton") stays a county
    if len(choices) < 2 or current is None:
        return entity
    qualified = [p for p in choices if any(within(p, q) for q in qualifiers)] \
        or [p for p in choices if seat and (p.country, p.admin1) == ("US", seat[0])]  # a county it is in
    if qualified:
        return moved(entity, qualified[0], places)
    if current.kind == "AdministrativeArea" and current.geonameid:
        return entity
    states, countries = weighed(entity.key, places)

    def evidence(place: Place) -> tuple[float, float]:
        return states[(place.country, place.admin1)] if place.admin1 else 0.0, countries[place.country]

    best = max(choices, key=evidence)  # the largest first among equals (namesakes' order)
    if evidence(best) <= evidence(current):
        return entity
    if best.country != current.country and countries[best.country] <= countries[current.country]:
        return entity  # Washington beside Harrow and the United States stays the capital
    if is_capital(current) and (max(evidence(best)) < 2 or best.admin1 and evidence(best)[0] < 1):
        return entity  # a capital moves only with two places of the town's state or country beside it, one of
        # them of its state where it has one ("Moscow" beside New York and Atlanta stays in Russia)
    if current.kind == "Country" and best.kind == "City" \
            and (best.population < COUNTRY_TOWN_POPULATION or evidence(best)[0] < 2):
        return entity  # "Egypt" in a Texas story is the country; "Palestine" beside Tyler and Texas the town
    return moved(entity, best, places)


def weighed(own: EntityKey, places: dict) -> tuple[defaultdict[tuple[str, str], float], defaultdict[str, float]]:
    """How much the article's other places point to each US state (or other first-level division) and country.
    A place that is one place (a country, a state, a town of a name no other town has) counts 1 for where it
    is; a town or county whose name several share counts for each of their states, split evenly: "Texas" and
    a "Walker County" (in Texas, Alabama, Georgia ...) point to a Huntsville in Texas, not Alabama's."""
    states: defaultdict[tuple[str, str], float] = defaultdict(float)
    countries: defaultdict[str, float] = defaultdict(float)
    for other in sorted(k for k in places if k != own):
        place = places[other]
        if place is None:
            continue
        # a town or county; a part of a place whose name several share ("North Georgia")
        shared = place.kind == "City" or place.kind in ("AdministrativeArea", "Place") and not place.geonameid
        options = tuple(dict.fromkeys((place, *namesakes(other.name)))) if shared else (place,)
        divisions = sorted({(p.country, p.admin1) for p in options if p.admin1})
        for division in divisions:
            states[division] += 1 / len(divisions)
        nations = sorted({p.country for p in options if p.country})
        for nation in nations:
            countries[nation] += 1 / len(nations)
    return states, countries


def moved(entity: Entity, best: Place, places: dict) -> Entity:
    current = places[entity.key]
    if (best.geonameid, best.lat) == (current.geonameid, current.lat):
        return entity
    name = best.name if key(best.name) != key(entity.name) else entity.name
    if EntityKey(Kind.PLACE, name) in places and name != entity.name:
        name = entity.name  # the name is another entity's of this article: moved, not merged into it
    written = {m.text for m in entity.mentions}  # the old name stays an alias only if the text writes it
    aliases = tuple(a for a in dict.fromkeys((entity.name, *entity.aliases)) if a != name and a in written)
    return replace(entity, key=EntityKey(Kind.PLACE, name), name=name, aliases=aliases, subtype=best.kind,
                   geonameid=best.geonameid, lat=best.lat, long=best.long)
