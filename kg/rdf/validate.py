"""SHACL validation against ontology/shapes.ttl."""
from __future__ import annotations

from typing import Iterable, NamedTuple

import rdflib
from pyoxigraph import Quad, RdfFormat, Triple, serialize

from kg.resources import resource_dir

from .formats import read_rdf


class Report(NamedTuple):
    conforms: bool
    text: str


def union_graph(quads: Iterable[Quad]) -> rdflib.Graph:
    """Every triple, named graphs merged (the shapes speak of the whole profile)."""
    triples = dict.fromkeys(Triple(q.subject, q.predicate, q.object) for q in quads)
    return rdflib.Graph().parse(data=serialize(triples, format=RdfFormat.N_TRIPLES), format="nt")


def validate_graph(data: rdflib.Graph) -> Report:
    from pyshacl import validate as shacl_validate  # slow to import: only when validating

    shapes = rdflib.Graph().parse(resource_dir("ontology") / "shapes.ttl", format="turtle")
    conforms, _, text = shacl_validate(data, shacl_graph=shapes, inference="none", advanced=True)
    return Report(bool(conforms), str(text))


def validate_quads(quads: Iterable[Quad]) -> Report:
    return validate_graph(union_graph(quads))


def validate_files(paths: Iterable[str]) -> Report:
    return validate_quads(q for path in paths for q in read_rdf(path))
