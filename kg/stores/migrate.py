"""Graphs written by earlier versions, brought up to the queries' needs when they are loaded or read.

`kg resolve` wrote identity links as `owl:sameAs` alone, the property GeoNames links use too; the
queries now follow `nkg:resolvedTo`, so an old resolution graph (or a user's own sameAs file) gets
the matching `nkg:resolvedTo` links. Links to GeoNames are left alone. Entities and sources written
before the look-up keys get their `nkg:nameKey` and `nkg:nameEndKey` in their own graph, as extraction
now writes them.
"""
from __future__ import annotations

from collections import defaultdict
from typing import cast

from pyoxigraph import Literal, NamedNode, Quad, QuerySolutions, Store

from kg.rdf.keys import name_keys
from kg.rdf.vocab import GEONAMES, NKG, OWL, SCHEMA

RESOLVED_TO_FROM_SAME_AS = f"""
INSERT {{ GRAPH ?g {{ ?entity <{NKG.resolvedTo.value}> ?same }} }}
WHERE {{
  GRAPH ?g {{ ?entity <{OWL.sameAs.value}> ?same }}
  FILTER (isIRI(?same) && !STRSTARTS(STR(?same), "{GEONAMES}"))
  FILTER NOT EXISTS {{ GRAPH ?g {{ ?entity <{NKG.resolvedTo.value}> ?resolved }} }}
}}"""


def follow_identity_links(store: Store) -> None:
    """Give every owl:sameAs between two entities its nkg:resolvedTo, where the graph has none."""
    store.update(RESOLVED_TO_FROM_SAME_AS)


UNKEYED_NAMES = f"""
SELECT ?g ?named ?name WHERE {{
  VALUES ?g {{ GRAPHS }}
  GRAPH ?g {{ ?named <{SCHEMA.name.value}>|<{SCHEMA.alternateName.value}> ?name }}
  FILTER (isIRI(?named))
  FILTER NOT EXISTS {{ GRAPH ?g {{ ?named <{NKG.nameKey.value}> ?key }} }}
}}"""


def unkeyed_graphs(store: Store) -> list[NamedNode]:
    """The named graphs that may lack keys: those without their quad count (`nkg:quadCount`, written by
    extraction with the keys since both came in), such as graphs of earlier versions and users' own. A
    corpus of current graphs is not read name by name again at each load."""
    return sorted((g for g in store.named_graphs() if isinstance(g, NamedNode)
                   and next(store.quads_for_pattern(g, NKG.quadCount, None, g), None) is None), key=str)


def add_lookup_keys(store: Store) -> None:
    """Name keys for every named node of a graph that has none."""
    graphs = unkeyed_graphs(store)
    if not graphs:
        return
    names: dict[tuple[NamedNode, NamedNode], list[str]] = defaultdict(list)
    text = UNKEYED_NAMES.replace("GRAPHS", " ".join(str(g) for g in graphs))
    for graph, named, name in cast(QuerySolutions, store.query(text)):
        names[(graph, named)].append(name.value)
    quads = []
    for (graph, named), given in names.items():
        keys, ends = name_keys(given)
        quads += [Quad(named, NKG.nameKey, Literal(key), graph) for key in keys]
        quads += [Quad(named, NKG.nameEndKey, Literal(end), graph) for end in ends]
    if quads:
        store.extend(quads)
