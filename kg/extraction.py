"""What extraction yields for one article, before it becomes RDF."""
from __future__ import annotations

from dataclasses import dataclass

from kg.entities import Entities, Membership, Role
from kg.events import Event
from kg.read import Article
from kg.statements import Statement


@dataclass(frozen=True, slots=True)
class Extraction:
    article: Article
    entities: Entities
    roles: tuple[Role, ...]
    memberships: tuple[Membership, ...]
    statements: tuple[Statement, ...]
    events: tuple[Event, ...] = ()
