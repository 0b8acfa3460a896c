"""Graphs written before `nkg:resolvedTo` existed: their identity links made followable on load.

`kg resolve` wrote identity links as `owl:sameAs` alone, the property GeoNames links use too; the
queries now follow `nkg:resolvedTo`, so an old resolution graph (or a user's own sameAs file) gets
the matching `nkg:resolvedTo` links when it is loaded or read. Links to GeoNames are left alone.
"""
from __future__ import annotations

from pyoxigraph import Store

from kg.rdf.vocab import GEONAMES, NKG, OWL

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
