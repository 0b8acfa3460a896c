"""Bundled and user SPARQL queries: headers, parameters bound as RDF terms, result formats."""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from pyoxigraph import Literal, NamedNode, QuerySolutions, Store, Variable

from kg.errors import QueryError
from kg.resources import resource_dir

HEADER = re.compile(r"^#\s*(\w+):\s*(.*)$")
RESULT_FORMATS = ("csv", "tsv", "json")
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@dataclass(frozen=True, slots=True)
class Param:
    """A query parameter as its header declares it: `# param: NAME (optional, number 0..1) text`."""

    name: str
    description: str
    optional: bool
    number: tuple[float, float] | None = None  # a number in this closed range
    choices: tuple[str, ...] = ()  # one of these words

    def check(self, value: str, query: str) -> None:
        """A one-line QueryError unless `value` is of the declared kind."""
        if self.number is not None:
            low, high = self.number
            try:
                number = float(value)
            except ValueError:
                number = float("nan")
            if not low <= number <= high:
                raise QueryError(f"--param {self.name}={value!r}: {query!r} takes a number from {low:g} to "
                                 f"{high:g} for {self.name}, e.g. --param {self.name}={high / 2 + low / 2:g}")
        if self.choices and value not in self.choices:
            raise QueryError(f"--param {self.name}={value!r}: {query!r} takes one of {', '.join(self.choices)}")


PARAM = re.compile(r"^(?P<name>\w+)\s*(?:\((?P<spec>[^)]*)\))?\s*[-—]?\s*(?P<text>.*)$")


def parse_param(value: str) -> Param:
    match = PARAM.match(value.strip())
    spec = [part.strip() for part in (match.group("spec") or "").split(",")]
    number, choices = None, ()
    for part in spec:
        if part.startswith("number"):
            low, _, high = part.removeprefix("number").strip().partition("..")
            number = (float(low or "-inf"), float(high or "inf"))
        elif part.startswith("one of"):
            choices = tuple(part.removeprefix("one of").split())
    return Param(match.group("name"), match.group("text").strip(), "optional" in spec, number, choices)


@dataclass(frozen=True, slots=True)
class Query:
    name: str
    text: str
    description: str
    params: tuple[Param, ...]
    columns: str


def parse_query_file(path: Path) -> Query:
    text = path.read_text(encoding="utf-8")
    description, columns, params = "", "", []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        if match := HEADER.match(line):
            key, value = match.groups()
            if key == "description":
                description = value.strip()
            elif key == "columns":
                columns = value.strip()
            elif key == "param":
                params.append(parse_param(value))
    return Query(path.stem, text, description, tuple(params), columns)


def bundled() -> list[Query]:
    return [parse_query_file(p) for p in sorted(resource_dir("queries").glob("*.rq"))]


def find_query(name: str) -> Query:
    """A bundled query by name, or a user's .rq file by path."""
    if name.endswith(".rq") or "/" in name:
        path = Path(name)
        if not path.is_file():
            raise QueryError(f"no such query file: {name!r}; check the path")
        return parse_query_file(path)
    for query in bundled():
        if query.name == name:
            return query
    names = ", ".join(q.name for q in bundled())
    raise QueryError(f"unknown query {name!r}; run `kg queries` to list them ({names})")


def term(value: str) -> NamedNode | Literal:
    """A parameter value as an RDF term: <iri> or http(s)://... is an IRI, anything else a string."""
    if value.startswith("<") and value.endswith(">"):
        return NamedNode(value[1:-1])
    if re.match(r"^https?://\S+$", value):
        return NamedNode(value)
    return Literal(value)


def bindings(query: Query, values: Iterable[str]) -> dict[Variable, NamedNode | Literal]:
    given: dict[str, str] = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise QueryError(f"--param {item!r} is not name=value; write it like --param speaker=Ward")
        given[name.strip()] = value
    declared = {p.name for p in query.params}
    for name in given:
        if name not in declared:
            raise QueryError(f"query {query.name!r} has no parameter {name!r}; it takes: {', '.join(declared) or 'none'}")
    for param in query.params:
        if param.name not in given and not param.optional:
            raise QueryError(f"query {query.name!r} needs --param {param.name}=VALUE ({param.description})")
        if param.name in given:
            param.check(given[param.name], query.name)
    return {Variable(k): term(v) for k, v in given.items()}


WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def bound_text(query: Query, values: Iterable[str]) -> str:
    """The query with its parameters bound by a VALUES block opening every WHERE clause
    (subqueries included, so a subquery can look a parameter up first).

    Values are RDF terms serialized by Oxigraph (escaped N-Triples syntax), so no value can
    change the query's structure; parameters left out stay unbound.
    """
    terms = bindings(query, values)
    if not terms:
        return query.text
    if WHERE.search(query.text) is None:
        raise QueryError(f"query {query.name!r} has parameters but no WHERE {{ to bind them in")
    names = " ".join(f"?{v.value}" for v in terms)
    row = " ".join(str(t) for t in terms.values())
    return WHERE.sub(lambda m: f"{m.group(0)}\n  VALUES ({names}) {{ ({row}) }}", query.text)


def run(store: Store, query: Query, values: Iterable[str] = ()) -> QuerySolutions:
    return select_on(store, bound_text(query, values), name=query.name)


def select_on(store: Store, text: str, *, name: str = "query") -> QuerySolutions:
    """A SELECT query's solutions; anything else, or bad SPARQL, is a QueryError."""
    try:
        result = store.query(text)
    except SyntaxError as exc:
        raise QueryError(f"{name!r} is not valid SPARQL: {exc}; fix the query") from None
    if not isinstance(result, QuerySolutions):
        raise QueryError(f"{name!r} is not a SELECT query; newskg runs SELECT queries")
    return result


def cell(value) -> str:
    if value is None:
        return ""
    return value.value if isinstance(value, (NamedNode, Literal)) else str(value)


def table(variables: list[str], rows: list[list[str]], *, width: int = 60) -> str:
    """A plain text table, each cell cut to `width` characters."""
    rows = [[c if len(c) <= width else c[:width - 1] + "…" for c in row] for row in rows]
    widths = [max([len(v), *(len(r[i]) for r in rows)]) for i, v in enumerate(variables)]
    line = lambda cells: "  ".join(c.replace("\n", " ").ljust(w) for c, w in zip(cells, widths)).rstrip()
    return "\n".join([line(variables), line(["-" * w for w in widths]), *map(line, rows)]) + "\n"


def json_term(value) -> dict:
    if isinstance(value, NamedNode):
        return {"type": "uri", "value": value.value}
    if isinstance(value, Literal):
        out = {"type": "literal", "value": value.value}
        if value.language:
            out["xml:lang"] = value.language
        elif value.datatype.value != XSD_STRING:
            out["datatype"] = value.datatype.value
        return out
    return {"type": "bnode", "value": value.value}


def serialize_rows(variables: list[str], rows: list[list], fmt: str) -> bytes:
    """W3C SPARQL 1.1 query results in CSV, TSV or JSON."""
    if fmt == "json":
        bound = [{v: json_term(t) for v, t in zip(variables, row) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bound}},
                          ensure_ascii=False, indent=1).encode() + b"\n"
    if fmt == "tsv":
        lines = ["\t".join(f"?{v}" for v in variables)]
        lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
        return ("\n".join(lines) + "\n").encode()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(variables)
    writer.writerows([cell(t) for t in row] for row in rows)
    return buffer.getvalue().encode()


def rows_of(solutions: QuerySolutions) -> tuple[list[str], list[list]]:
    variables = [v.value for v in solutions.variables]
    return variables, [[s[v] for v in variables] for s in solutions]


def render(solutions: QuerySolutions | tuple[list[str], list[list]], fmt: str) -> tuple[bytes, int]:
    """The results in `fmt` (table, csv, tsv, json) and the number of rows."""
    variables, rows = rows_of(solutions) if isinstance(solutions, QuerySolutions) else solutions
    if fmt in RESULT_FORMATS:
        return serialize_rows(variables, rows, fmt), len(rows)
    if fmt != "table":
        raise QueryError(f"unknown result format {fmt!r}; use table, csv, tsv or json")
    return table(variables, [[cell(t) for t in row] for row in rows]).encode(), len(rows)
