"""What extraction yields for one article, before it becomes RDF."""
from __future__ import annotations

from dataclasses import dataclass

from .entities import Entities
from .ingest import Article
from .relations import Membership, Role
from .statements import Statement


@dataclass(frozen=True, slots=True)
class Extraction:
    article: Article
    entities: Entities
    roles: tuple[Role, ...]
    memberships: tuple[Membership, ...]
    statements: tuple[Statement, ...]
