"""SHACL validation against ontology/shapes.ttl."""
from __future__ import annotations

from typing import Iterable, NamedTuple

import rdflib
from pyshacl import validate as shacl_validate

from .errors import InputError
from .formats import EXTENSIONS
from .resources import resource_dir

RDFLIB_FORMATS = {"ttl": "turtle", "trig": "trig", "nq": "nquads", "nt": "nt", "jsonld": "json-ld"}


class Report(NamedTuple):
    conforms: bool
    text: str


def load_union(paths: Iterable[str]) -> rdflib.Graph:
    """Every triple of the files, named graphs merged (shapes speak of the whole profile)."""
    union = rdflib.Graph()
    for path in paths:
        fmt = EXTENSIONS.get("." + path.rsplit(".", 1)[-1].lower()) if "." in path else None
        if fmt is None:
            raise InputError(f"cannot tell the RDF format of {path!r}; name it .ttl, .trig, .nq, .nt or .jsonld")
        dataset = rdflib.Dataset()
        try:
            dataset.parse(path, format=RDFLIB_FORMATS[fmt])
        except FileNotFoundError:
            raise InputError(f"no such file: {path!r}; check the path") from None
        except Exception as exc:  # rdflib raises many parser types
            raise InputError(f"{path} is not valid {fmt} ({type(exc).__name__}); fix the file") from None
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            union.add((s, p, o))
    return union


def validate_graph(data: rdflib.Graph) -> Report:
    shapes = rdflib.Graph().parse(resource_dir("ontology") / "shapes.ttl", format="turtle")
    conforms, _, text = shacl_validate(data, shacl_graph=shapes, inference="none", advanced=True)
    return Report(bool(conforms), str(text))


def validate_files(paths: Iterable[str]) -> Report:
    return validate_graph(load_union(paths))
