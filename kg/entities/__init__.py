"""Entities: the people, organizations and places one parsed article names.

Takes a spaCy `Doc`; gives `Entities` (canonical entities with their mentions, types fixed with
evidence, aliases merged, each with a typed `EntityKey`), and `Role` and `Membership` records. The
gazetteer and organization lists are offline data. (Identity across a corpus, `kg resolve`, works on
the graph and lives beside its runner in `kg.run`.)
"""
from __future__ import annotations

from .canonical import extract_entities
from .gazetteer import load_gazetteer
from .given_names import given_name_sex
from .records import Entities, Entity, EntityKey, Kind, Mention, of_kind
from .relations import Membership, Role, affiliation_of, extract_memberships, extract_roles

__all__ = ["Entities", "Entity", "EntityKey", "Kind", "Mention", "Membership", "Role", "affiliation_of",
           "extract_entities", "extract_memberships", "extract_roles", "given_name_sex", "load_gazetteer", "of_kind"]
