"""Places read in their article's context. A name several places share ("Gainesville", "Georgia",
"Paris") goes to the one in the US state, else the country, that the article's other places are in:
"Gainesville" in a story that names Denton and Texas is Gainesville, Texas; "Georgia" beside Atlanta and
Ohio is the state. Without such evidence the largest place keeps the name (the gazetteer's choice).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from .gazetteer import Place, find_place, key, same_names
from .records import Entities, Entity, EntityKey, Kind


def placed_in_context(entities: Entities) -> Entities:
    """`entities` with each shared place name resolved by the other places of the article."""
    places = {e.key: place_of(e) for e in entities.entities if e.kind is Kind.PLACE and e.geonameid}
    if len(places) < 2:
        return entities
    updated = tuple(relocated(e, places) if e.key in places else e for e in entities.entities)
    if updated == entities.entities:
        return entities
    renamed = {old.key: new.key for old, new in zip(entities.entities, updated) if old.key != new.key}
    by_token = {i: renamed.get(k, k) for i, k in entities.by_token.items()}
    return Entities(updated, by_token, {e.key: e for e in updated})


def place_of(entity: Entity) -> Place | None:
    """The gazetteer's record of the place an entity was resolved to."""
    found = find_place(entity.name)
    if found is not None and found.geonameid == entity.geonameid:
        return found
    return next((p for p in same_names().get(key(entity.name), ()) if p.geonameid == entity.geonameid), None)


def relocated(entity: Entity, places: dict) -> Entity:
    """The entity moved to the place its article's other places point to, named as the text names it
    ("Palestine, Texas", not the "Palestinian Territory" the bare name stands for)."""
    table = same_names()
    choices = tuple(dict.fromkeys(p for name in (entity.name, *entity.aliases) for p in table.get(key(name), ())))
    current = places[entity.key]
    if len(choices) < 2 or current is None:
        return entity
    others = [p for k, p in places.items() if k != entity.key and p is not None]
    states = Counter((p.country, p.admin1) for p in others if p.admin1)
    countries = Counter(p.country for p in others)

    def evidence(place: Place) -> tuple[int, int]:
        return states[(place.country, place.admin1)] if place.admin1 else 0, countries[place.country]

    best = max(choices, key=evidence)  # the largest first among equals (same_names' order)
    if evidence(best) <= evidence(current) or best.geonameid == current.geonameid:
        return entity
    name = best.name if key(best.name) != key(entity.name) else entity.name
    if EntityKey(Kind.PLACE, name) in places and name != entity.name:
        name = entity.name  # the name is another entity's of this article: moved, not merged into it
    written = {m.text for m in entity.mentions}  # the old name stays an alias only if the text writes it
    aliases = tuple(a for a in dict.fromkeys((entity.name, *entity.aliases)) if a != name and a in written)
    return replace(entity, key=EntityKey(Kind.PLACE, name), name=name, aliases=aliases, subtype=best.kind,
                   geonameid=best.geonameid, lat=best.lat, long=best.long)
