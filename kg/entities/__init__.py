"""Entities: the people, organizations and places one parsed article names.

Takes a spaCy `Doc`; gives `Entities` (canonical entities with their mentions, types fixed with
evidence, aliases merged), `Role` and `Membership` records, and, over a whole corpus, the
identity links of `kg resolve` (`plan`). The gazetteer and organization lists are offline data.
"""
from __future__ import annotations

from .canonical import extract_entities
from .gazetteer import places
from .identity import ENTITIES, Ambiguous, Link, Named, entities_from_rows, plan
from .records import Entities, Entity, Mention
from .relations import Membership, Role, affiliation_of, extract_memberships, extract_roles

__all__ = ["Entities", "Entity", "Mention", "extract_entities", "Membership", "Role", "affiliation_of",
           "extract_memberships", "extract_roles", "places", "ENTITIES", "Named", "Link", "Ambiguous",
           "entities_from_rows", "plan"]
