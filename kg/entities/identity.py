"""Identity across articles: link short names to the full names the corpus makes unambiguous.

Extraction stays per article; this step reads the whole corpus (files, the embedded store or
an endpoint) and proposes `owl:sameAs` links for a graph of their own.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from .gazetteer import acronym

ENTITIES = """
PREFIX schema: <http://schema.org/>
SELECT DISTINCT ?entity ?type ?name ?alias WHERE {
  VALUES ?type { schema:Person schema:Organization }
  GRAPH ?g {
    ?doc a schema:NewsArticle ; schema:mentions ?entity .
    ?entity a ?type ; schema:name ?name .
    OPTIONAL { ?entity schema:alternateName ?alias }
  }
}"""


@dataclass(frozen=True, slots=True)
class Named:
    iri: str
    kind: str  # Person or Organization
    name: str
    aliases: frozenset[str]


@dataclass(frozen=True, slots=True)
class Link:
    short: Named
    full: Named


@dataclass(frozen=True, slots=True)
class Ambiguous:
    short: Named
    candidates: tuple[Named, ...]


def entities_from_rows(rows: Iterable[list]) -> list[Named]:
    names: dict[str, tuple[str, str]] = {}
    aliases: dict[str, set[str]] = defaultdict(set)
    for entity, kind, name, alias in rows:
        names[entity.value] = (kind.value.rsplit("/", 1)[-1], name.value)
        if alias is not None:
            aliases[entity.value].add(alias.value)
    return [Named(iri, kind, name, frozenset(aliases[iri])) for iri, (kind, name) in sorted(names.items())]


def refers_to(short: Named, full: Named) -> bool:
    """Could the short name stand for the full one? Same type, and a surname, acronym or alias."""
    if short.kind != full.kind or short.iri == full.iri:
        return False
    if short.name.casefold() in {a.casefold() for a in full.aliases}:
        return True
    if short.kind == "Person":
        words = full.name.split()
        return len(words) > 1 and " " not in short.name and words[-1].casefold() == short.name.casefold()
    return short.name.isupper() and len(short.name) > 1 and acronym(full.name) == short.name


def plan(entities: list[Named]) -> tuple[list[Link], list[Ambiguous]]:
    """Links where exactly one full-name entity in the corpus fits a short name; the rest ambiguous."""
    links, ambiguous = [], []
    fuller = [e for e in entities if len(e.name.split()) > 1]
    for short in entities:
        if len(short.name.split()) > 1 and not short.name.isupper():
            continue
        candidates = tuple(f for f in fuller if refers_to(short, f))
        if len(candidates) == 1:
            links.append(Link(short, candidates[0]))
        elif candidates:
            ambiguous.append(Ambiguous(short, candidates))
    return links, ambiguous
