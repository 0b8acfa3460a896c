"""Entities a parameter names, found by key before the query runs (docs/design.md, "Look-ups, pages and kept answers").

A bundled query writes `#lookup PARAM VAR` where it needs the entities a parameter names. Before the
query runs, a few small queries find them by the keys every article graph carries (`nkg:nameKey`, else
`nkg:nameEndKey`: index hits, never a scan of every name), follow `kg resolve`'s links, and the line
becomes a VALUES block of (?VAR ?VAR_name ?VAR_member): each entity meant, its display name (the least
of its names), and each entity that stands for it (itself and those resolved to it). The engine then
starts from those few rows. `#if PARAM` ... `#else` ... `#end` keeps the first block when the
parameter has a value, the second when it is left out or empty; `#if PARAM is WORD ...` keeps the first
when the parameter's value is one of the words (a query's shape chosen by a parameter's choice).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from pyoxigraph import Literal, NamedNode

from kg.errors import QueryError
from kg.folding import fold

if TYPE_CHECKING:
    from .source import Reader

LOOKUP = re.compile(r"^[ \t]*#lookup[ \t]+(?P<param>\w+)[ \t]+(?P<var>\w+)[ \t]*$", re.MULTILINE)
INNER = r"(?:(?!^[ \t]*#if\b).)*?"  # a block's lines, none opening another block: the innermost first
CONDITION = re.compile(rf"^[ \t]*#if[ \t]+(?P<param>\w+)(?:[ \t]+is(?P<words>(?:[ \t]+[^\s#]+)+))?[ \t]*\n"
                       rf"(?P<then>{INNER})"
                       rf"(?:^[ \t]*#else[ \t]*\n(?P<otherwise>{INNER}))?^[ \t]*#end[ \t]*\n", re.MULTILINE | re.DOTALL)
PREFIXES = """PREFIX schema: <http://schema.org/>
PREFIX nkg: <https://w3id.org/newskg/ns#>
"""
BY_KEY = PREFIXES + "SELECT DISTINCT ?entity WHERE { GRAPH ?g { ?entity KEY_PROPERTY KEY } }"
RESOLVED = PREFIXES + """SELECT DISTINCT ?entity ?full WHERE {
  VALUES ?entity { ENTITIES }
  OPTIONAL { GRAPH ?links { ?entity nkg:resolvedTo ?resolved } }
  BIND (COALESCE(?resolved, ?entity) AS ?full)
}"""
MEMBERS = PREFIXES + """SELECT DISTINCT ?member ?entity WHERE {
  VALUES ?entity { ENTITIES }
  GRAPH ?g { ?member nkg:resolvedTo ?entity }
}"""
NAMES = PREFIXES + """SELECT ?entity (MIN(STR(?label)) AS ?name) WHERE {
  VALUES ?entity { ENTITIES }
  GRAPH ?g { ?entity schema:name ?label }
} GROUP BY ?entity"""


def with_conditions(text: str, given: Mapping[str, NamedNode | Literal]) -> str:
    """The query with each `#if PARAM` block kept or dropped by whether PARAM has a value, or for
    `#if PARAM is WORD ...` by whether its value is one of the words (blocks may hold blocks)."""
    def choose(match: re.Match) -> str:
        value = given.get(match["param"])
        text = value.value if value is not None else ""
        chosen = text in match["words"].split() if match["words"] else bool(text)
        return match["then"] if chosen else (match["otherwise"] or "")
    while (chosen := CONDITION.sub(choose, text)) != text:
        text = chosen
    return text


def with_lookups(text: str, given: Mapping[str, NamedNode | Literal], reader: Reader, *, query: str) -> str:
    """The query with each `#lookup PARAM VAR` line replaced by the VALUES block of what PARAM names."""
    def values(match: re.Match) -> str:
        param, var = match["param"], match["var"]
        if param not in given:
            raise QueryError(f"{query!r}: #lookup {param} names no parameter of the query; declare it")
        rows = entities_named(given[param], reader)
        body = " ".join(f"({entity} {Literal(name)} {member})" for entity, name, member in rows)
        return f"  VALUES (?{var} ?{var}_name ?{var}_member) {{ {body} }}"
    return LOOKUP.sub(values, text)


def entities_named(wanted: NamedNode | Literal, reader: Reader) -> list[tuple[NamedNode, str, NamedNode]]:
    """(entity, display name, member) for what `wanted` names: an IRI itself; else the entities with a name
    or alternate name equal to it (folded), else those with a name ending in it as words (a surname);
    each followed to the entity `kg resolve` joined it to. Sorted: the VALUES text is the same every run."""
    if isinstance(wanted, NamedNode):
        found = [wanted]
    else:
        key = fold(wanted.value)
        found = (by_key(reader, "nkg:nameKey", key) or by_key(reader, "nkg:nameEndKey", key)) if key else []
    if not found:
        return []
    full = sorted({row[1] for row in select(reader, RESOLVED, found)})
    names = {entity: name for entity, name in select(reader, NAMES, full)}
    members = {(entity, entity) for entity in full} | {(row[1], row[0]) for row in select(reader, MEMBERS, full)}
    return [(NamedNode(e), names[e], NamedNode(m)) for e, m in sorted(members) if e in names]


def by_key(reader: Reader, prop: str, key: str) -> list[NamedNode]:
    text = BY_KEY.replace("KEY_PROPERTY", prop).replace("KEY", str(Literal(key)))
    return sorted((NamedNode(row[0]) for row in reader.values(text, name="lookup") if row[0]), key=str)


def select(reader: Reader, template: str, entities: Iterable[NamedNode | str]) -> list[list[str]]:
    """Rows of a look-up query over `entities` (terms, or IRIs as text), as text."""
    text = template.replace("ENTITIES", " ".join(str(NamedNode(e) if isinstance(e, str) else e) for e in entities))
    return [row for row in reader.values(text, name="lookup") if None not in row]
