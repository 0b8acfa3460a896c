"""The files newskg ships inside its package: the bundled queries and the ontology with its shapes.

They are package data, found with `importlib.resources`, so a wheel, an sdist or an editable
install all read the same files.
"""
from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable

from kg.errors import KgError

RESOURCES = {"queries": ("queries", "sparql"), "ontology": ("ontology",)}


def resource_dir(name: str) -> Traversable:
    """`queries` (the bundled .rq files) or `ontology` (newskg.ttl, shapes.ttl)."""
    folder = files("kg").joinpath(*RESOURCES[name])
    if not folder.is_dir():
        raise KgError(f"newskg's {name} files are missing from {folder}; reinstall newskg")
    return folder


def resource_text(name: str, filename: str) -> str:
    """One shipped file's text, e.g. resource_text("ontology", "shapes.ttl")."""
    return resource_dir(name).joinpath(filename).read_text(encoding="utf-8")
