"""What the entity stage yields: canonical entities with their mentions in the article."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeGuard


class Kind(StrEnum):
    """What an entity is; its value is the schema.org class ("Person")."""

    PERSON = "Person"
    ORGANIZATION = "Organization"
    PLACE = "Place"


@dataclass(frozen=True, slots=True, order=True)
class EntityKey:
    """The same real-world entity, the same key: its kind and canonical name."""

    kind: Kind
    name: str

    def __str__(self) -> str:
        return f"{self.kind}/{self.name}"


def of_kind(key: EntityKey | str | None, *kinds: Kind) -> TypeGuard[EntityKey]:
    """Whether `key` is an entity's key of one of `kinds` (a source's description or None is not)."""
    return isinstance(key, EntityKey) and key.kind in kinds


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # character offsets into the article text, end exclusive
    end: int
    text: str
    naming: bool = True  # False for a demonym ("Russian troops"): it refers to the entity, no mention in the graph
    description: bool = False  # "an Oklahoma man": a mention in the graph that denotes the person, not a name


@dataclass(frozen=True, slots=True)
class Entity:
    key: EntityKey
    kind: Kind
    name: str
    subtype: str = ""  # schema.org subclass (Country, City, GovernmentOrganization, ...)
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    geonameid: int | None = None
    lat: float | None = None
    long: float | None = None


@dataclass(frozen=True, slots=True)
class Entities:
    entities: tuple[Entity, ...]
    by_token: dict[int, EntityKey] = field(default_factory=dict)  # token index → entity key
    by_key: dict[EntityKey, Entity] = field(default_factory=dict)

    def replaced(self, updated: tuple[Entity, ...]) -> Entities:
        """These entities with `updated` in their place (the same order, one for one), token references
        following any entity whose key changed."""
        renamed = {old.key: new.key for old, new in zip(self.entities, updated) if old.key != new.key}
        by_token = {i: renamed.get(k, k) for i, k in self.by_token.items()} if renamed else self.by_token
        return Entities(updated, by_token, {e.key: e for e in updated})

    def get(self, key: EntityKey) -> Entity | None:
        return self.by_key.get(key)

    def at(self, token_i: int) -> Entity | None:
        found = self.by_token.get(token_i)
        return self.get(found) if found else None

    def mention_at(self, token_i: int) -> tuple[int, int] | None:
        """Token range [start, end) of the entity mention holding token i."""
        key = self.by_token.get(token_i)
        if key is None:
            return None
        start, end = token_i, token_i + 1
        while self.by_token.get(start - 1) == key:
            start -= 1
        while self.by_token.get(end) == key:
            end += 1
        return start, end
