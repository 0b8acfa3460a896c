"""Deterministic IRIs (docs/design.md, "IRIs"): the same thing gets the same IRI in every run."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import quote

from kg.errors import KgError
from kg.folding import slug

if TYPE_CHECKING:
    from kg.entities import EntityKey

TYPE_SEGMENT = {"Person": "person", "Organization": "organization", "Place": "place"}


def check_base(base: str) -> str:
    if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://\S+[/#]$", base):
        raise KgError(f"--base {base!r} is not an absolute IRI ending in / or #; "
                      "give one like https://example.org/news/")
    return base


def id_segment(article_id: str) -> str:
    """An article id as an IRI path segment: percent-encoded UTF-8, so distinct ids never share
    a graph ("report 1" → "report%201", "report-1" stays) and plain ids stay readable."""
    return quote(article_id, safe="-._~")


# Reading the shapes below back: a mention's offsets, a statement's or an event's article and span.
CHAR_IRI = re.compile(r"#char=(\d+),(\d+)$")
SPANNED_IRI = re.compile(r"^(?P<doc>.+)/(?P<kind>statement|event)/(?P<start>\d+)-(?P<end>\d+)$")


def char_span(iri: str) -> tuple[int, int] | None:
    """The offsets of a mention IRI, `{doc}#char=b,e` (RFC 5147, as `Iris.char` mints them)."""
    found = CHAR_IRI.search(iri)
    return (int(found[1]), int(found[2])) if found else None


def spanned(iri: str, kind: str) -> tuple[str, int, int] | None:
    """The article IRI and span of a statement or event IRI (`kind`), as `Iris.statement` and `Iris.event`
    mint them; None for any other IRI."""
    found = SPANNED_IRI.match(iri)
    if found is None or found["kind"] != kind:
        return None
    return found["doc"], int(found["start"]), int(found["end"])


class Iris:
    """IRIs of one article's nodes under an instance base."""

    def __init__(self, base: str, article_id: str):
        self.base = base
        self.doc = f"{base}doc/{id_segment(article_id)}"
        self.graph = f"{base}graph/{id_segment(article_id)}"

    def char(self, start: int, end: int) -> str:
        return f"{self.doc}#char={start},{end}"

    def statement(self, start: int, end: int) -> str:
        return f"{self.doc}/statement/{start}-{end}"

    def event(self, start: int, end: int) -> str:
        """An event is named by its first trigger."""
        return f"{self.doc}/event/{start}-{end}"

    def source(self, description: str) -> str:
        """An unnamed source is scoped to its article."""
        return f"{self.doc}/source/{slug(description)}"

    def entity(self, key: EntityKey) -> str:
        return f"{self.base}entity/{TYPE_SEGMENT[key.kind]}/{slug(key.name)}"

    def role(self, title: str) -> str:
        return f"{self.base}role/{slug(title)}"

    def post(self, person: EntityKey, title: str, org: EntityKey | None) -> str:
        where = f"/{slug(org.name)}" if org else ""
        return f"{self.entity(person)}/post/{slug(title)}{where}"

    def membership(self, member: EntityKey, org: EntityKey) -> str:
        return f"{self.entity(member)}/membership/{slug(org.name)}"
