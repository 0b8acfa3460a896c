"""Results put in order by newskg: a query that ends in `ORDER BY ?a DESC(?b)` runs without it and
its SPARQL JSON results are sorted here, by the same rules.

Oxigraph compares strings by reading each one back from its store: ordering 18,000 statements by their
text took longer than finding them (0.9 s of 1.5 s on a million quads); here 0.4 s, most of it reading
and writing the JSON. The
order is then also the same on every engine (Virtuoso collates strings its own way). A query that
orders by an expression, or ends in LIMIT or OFFSET, keeps its ORDER BY: the engine needs it to choose
its rows.
"""
from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation

KEY = r"(?:(?:ASC|DESC)\(\s*\?\w+\s*\)|\?\w+)"
ORDER_CLAUSE = re.compile(rf"\n\s*ORDER\s+BY\s+({KEY}(?:\s+{KEY})*)\s*$", re.IGNORECASE)
ORDER_KEY = re.compile(r"(?:(ASC|DESC)\(\s*)?\?(\w+)", re.IGNORECASE)
XSD = "http://www.w3.org/2001/XMLSchema#"
NUMBERS = frozenset(XSD + t for t in ("integer", "decimal", "double", "float", "int", "long", "short", "byte",
                                      "nonNegativeInteger", "positiveInteger", "negativeInteger",
                                      "nonPositiveInteger", "unsignedInt", "unsignedLong"))
TIMES = frozenset(XSD + t for t in ("date", "dateTime", "gYear", "gYearMonth"))


def split_order(text: str) -> tuple[str, list[tuple[str, bool]]]:
    """The query without a final ORDER BY of plain variables, and its keys as (variable, descending);
    the query as it is and no keys when it ends otherwise."""
    match = ORDER_CLAUSE.search(text)
    if match is None:
        return text, []
    keys = [(name, (way or "").upper() == "DESC") for way, name in ORDER_KEY.findall(match.group(1))]
    return text[:match.start()] + "\n", keys


def sort_results(results: bytes, keys: list[tuple[str, bool]]) -> bytes:
    """SPARQL JSON results with their rows in the order of `keys`, as SPARQL orders terms: unbound, then
    blank nodes, IRIs, literals; numbers by value, dates and text by their characters."""
    if not keys:
        return results
    document = json.loads(results)
    rows = document["results"]["bindings"]
    for name, descending in reversed(keys):  # stable sorts, the last key first
        rows.sort(key=lambda row: term_key(row.get(name)), reverse=descending)
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()


def term_key(term: dict | None) -> tuple:
    if term is None:
        return (0, 0, "")
    kind, value = term["type"], term["value"]
    if kind == "bnode":
        return (1, 0, value)
    if kind == "uri":
        return (2, 0, value)
    datatype = term.get("datatype", "")
    if datatype in NUMBERS:
        try:
            return (3, 0, Decimal(value))
        except InvalidOperation:
            return (3, 3, value)
    return (3, 1 if datatype in TIMES else 2, value)
