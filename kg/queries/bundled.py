"""Bundled and user SPARQL queries: headers, parameters bound as RDF terms, result formats."""
from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from sys import intern
from typing import TYPE_CHECKING

from pyoxigraph import BlankNode, Literal, NamedNode, QueryResultsFormat, QuerySolutions, Store, parse_query_results

from kg.errors import QueryError
from kg.resources import resource_dir

from .lookup import with_conditions, with_lookups

if TYPE_CHECKING:
    from .source import Reader

HEADER = re.compile(r"^#\s*(\w+):\s*(.*)$")
Graphs = list[NamedNode | BlankNode] | None  # the named graphs a query may see (None: every one)
Rows = tuple[list[str], list[list]]  # a SELECT query's variables, and its rows of terms (None where unbound)
RESULT_FORMATS = {"csv": QueryResultsFormat.CSV, "tsv": QueryResultsFormat.TSV, "json": QueryResultsFormat.JSON}


@dataclass(frozen=True, slots=True)
class Param:
    """A query parameter as its header declares it: `# param: NAME (optional, number 0..1) text`."""

    name: str
    description: str
    optional: bool
    number: tuple[float, float] | None = None  # a number in this closed range
    choices: tuple[str, ...] = ()  # one of these words
    default: str | None = None  # what an optional parameter left out stands for

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
    if match is None:
        raise QueryError(f"# param: {value!r} is not NAME (spec) description; write it like # param: speaker the name")
    spec = [part.strip() for part in (match.group("spec") or "").split(",")]
    number, choices, default = None, (), None
    for part in spec:
        if part.startswith("number"):
            low, _, high = part.removeprefix("number").strip().partition("..")
            number = (float(low or "-inf"), float(high or "inf"))
        elif part.startswith("one of"):
            choices = tuple(part.removeprefix("one of").split())
        elif part.startswith("default"):
            default = part.removeprefix("default").strip().strip('"')
    return Param(match.group("name"), match.group("text").strip(), "optional" in spec, number, choices, default)


@dataclass(frozen=True, slots=True)
class Query:
    name: str
    text: str
    description: str
    params: tuple[Param, ...]
    columns: str
    kept: bool = False  # `# kept: yes`: its answers are kept with an embedded store (kg.queries.cache)
    pages: str | None = None  # `# pages: KEY`: its rows can be computed a window of articles at a time


def parse_query_file(path: Path) -> Query:
    return parse_query(path.stem, path.read_text(encoding="utf-8"))


INCLUDE = re.compile(r"^[ \t]*#include[ \t]+(?P<part>[\w-]+)(?P<values>(?:[ \t]+[\w:]+)*)[ \t]*$", re.MULTILINE)
PART_HEADER = re.compile(r"^# part: (?P<name>[\w-]+)(?P<params>(?: [A-Z]+)*) ")


@dataclass(frozen=True, slots=True)
class Part:
    """A block several bundled queries share, written once in `sparql/parts/`: `#include NAME values...` in
    a query stands for its body, each of its upper-case parameters replaced by the value in its place (a
    variable's name, or a prefixed name such as nkg:agent)."""

    name: str
    params: tuple[str, ...]
    body: str

    def expand(self, values: list[str], query: str) -> str:
        if len(values) != len(self.params):
            raise QueryError(f"{query!r}: #include {self.name} takes {' '.join(self.params)}; "
                             f"it was given {' '.join(values) or 'nothing'}")
        if not self.params:
            return self.body
        given = dict(zip(self.params, values))
        pattern = re.compile(r"(?<![A-Za-z])(" + "|".join(self.params) + r")(?![A-Z])")
        return pattern.sub(lambda m: given[m.group(1)], self.body)


@lru_cache(maxsize=1)
def parts() -> dict[str, Part]:
    found = {}
    for file in resource_dir("queries").joinpath("parts").iterdir():
        lines = file.read_text(encoding="utf-8").splitlines(keepends=True)
        header = PART_HEADER.match(lines[0]) if lines else None
        if header is None:
            raise QueryError(f"the query part {file.name} does not open with '# part: NAME PARAMS description'")
        body = "".join(line for line in lines if not line.startswith("#"))
        found[header["name"]] = Part(header["name"], tuple(header["params"].split()), body)
    return found


def expand(text: str, query: str) -> str:
    """The query with every `#include` replaced by its part (parts may include parts)."""
    def part(match: re.Match) -> str:
        if match["part"] not in parts():
            raise QueryError(f"{query!r}: no query part {match['part']!r}; the parts are {', '.join(sorted(parts()))}")
        return expand(parts()[match["part"]].expand(match["values"].split(), query), query)
    return INCLUDE.sub(part, text)


def parse_query(name: str, text: str) -> Query:
    headers: dict[str, str] = {}
    params = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        if match := HEADER.match(line):
            key, value = match.groups()
            if key == "param":
                params.append(parse_param(value))
            else:
                headers[key] = value.strip()
    return Query(name, expand(text, name), headers.get("description", ""), tuple(params), headers.get("columns", ""),
                 kept=headers.get("kept") == "yes", pages=headers.get("pages", "").lstrip("?") or None)


def bundled() -> list[Query]:
    shipped = sorted((f for f in resource_dir("queries").iterdir() if f.name.endswith(".rq")), key=lambda f: f.name)
    return [parse_query(f.name.removesuffix(".rq"), f.read_text(encoding="utf-8")) for f in shipped]


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
    iri = value[1:-1] if value.startswith("<") and value.endswith(">") else value
    if iri is not value or re.match(r"^https?://\S+$", value):
        try:
            return NamedNode(iri)
        except ValueError:
            raise QueryError(f"--param value {value!r} is not a valid IRI; write it without <> to match it "
                             "as a name, or fix the IRI") from None
    return Literal(value)


def bindings(query: Query, values: Iterable[str]) -> dict[str, NamedNode | Literal]:
    given: dict[str, str] = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise QueryError(f"--param {item!r} is not name=value; write it like --param speaker=Ward")
        given[name.strip()] = value
    declared = {p.name for p in query.params}
    for name in given:
        if name not in declared:
            raise QueryError(f"query {query.name!r} has no parameter {name!r}; "
                             f"it takes: {', '.join(declared) or 'none'}")
    for param in query.params:
        if param.name not in given and not param.optional:
            raise QueryError(f"query {query.name!r} needs --param {param.name}=VALUE ({param.description})")
        if param.name in given:
            param.check(given[param.name], query.name)
        elif param.default is not None:  # every engine then reads a query with no parameter left unbound
            given[param.name] = param.default
    return {name: term(value) for name, value in given.items()}


VARIABLE = re.compile(r"[?$]([A-Za-z_][A-Za-z0-9_]*)")


def bound_text(query: Query, values: Iterable[str], *, flags: Iterable[str] = ()) -> str:
    """The query with each parameter's variable replaced by its RDF term, everywhere (subqueries
    included); an optional parameter left out gets its declared default.

    Terms are written by Oxigraph (escaped N-Triples syntax), so no value can change the query's
    structure, and every engine reads the same text. (pyoxigraph's `substitutions=` binds only
    projected variables, and a VALUES block is evaluated differently by Virtuoso.)
    """
    terms = bindings(query, values)
    text = with_conditions(query.text, {**terms, **dict.fromkeys(flags, Literal("yes"))})
    return VARIABLE.sub(lambda m: str(terms[m.group(1)]) if m.group(1) in terms else m.group(0), text)


def prepared(query: Query, reader: Reader, params: Iterable[str] = (), *, flags: Iterable[str] = ()) -> str:
    """The query's text as it runs: `#if` blocks chosen (`flags` count as given parameters), parameters
    bound as terms, `#lookup` lines replaced by the entities they name (found on `reader`)."""
    params = list(params)
    return with_lookups(bound_text(query, params, flags=flags), bindings(query, params), reader, query=query.name)


def solutions_on(store: Store, text: str, *, name: str = "query", graphs: Graphs = None) -> QuerySolutions:
    """A SELECT query's solutions over the named `graphs` (None: all); anything else, or bad SPARQL, is a
    QueryError."""
    try:
        result = store.query(text) if graphs is None else store.query(text, named_graphs=graphs)
    except SyntaxError as exc:
        raise QueryError(f"{name!r} is not valid SPARQL: {exc}; fix the query") from None
    if not isinstance(result, QuerySolutions):
        raise QueryError(f"{name!r} is not a SELECT query; newskg runs SELECT queries")
    return result


def select_on(store: Store, text: str, *, name: str = "query", graphs: Graphs = None) -> bytes:
    """A SELECT query's results as SPARQL JSON."""
    with evaluation(name):
        return serialized(solutions_on(store, text, name=name, graphs=graphs), QueryResultsFormat.JSON)


@contextmanager
def evaluation(name: str) -> Iterator[None]:
    """Errors met while a query runs (a SERVICE that answers nonsense, a value no function takes) as
    one QueryError: solutions are computed as they are read."""
    try:
        yield
    except (OSError, SyntaxError, ValueError, RuntimeError) as exc:
        raise QueryError(f"{name!r} failed while running ({type(exc).__name__}: {exc}); check the query "
                         "and any SERVICE it calls") from None


def serialized(solutions: QuerySolutions, fmt: QueryResultsFormat) -> bytes:
    """Results as bytes (Oxigraph returns them when given no file to write to)."""
    data = solutions.serialize(format=fmt)
    assert data is not None
    return data


def rows_on(store: Store, text: str, *, name: str = "query", graphs: Graphs = None) -> Rows:
    """Variables and rows (terms, None where unbound) of a SELECT query, read straight from the store."""
    with evaluation(name):
        solutions = solutions_on(store, text, name=name, graphs=graphs)
        variables = [v.value for v in solutions.variables]
        return variables, [list(s) for s in solutions]


def values_on(store: Store, text: str, *, name: str = "query", graphs: Graphs = None) -> Iterator[list]:
    """A SELECT query's rows as text values (None where unbound), one at a time as the store computes them:
    a corpus's rows never all in memory at once, as terms."""
    with evaluation(name):
        for solution in solutions_on(store, text, name=name, graphs=graphs):
            # an IRI recurs in many rows (an article in each of its mentions): one string for all of them
            yield [None if term is None else intern(term.value) if isinstance(term, NamedNode) else term.value
                   for term in solution]


def cell(value) -> str:
    if value is None:
        return ""
    return value.value if isinstance(value, (NamedNode, Literal)) else str(value)


def table(variables: list[str], rows: list[list[str]], *, width: int = 60) -> str:
    """A plain text table; a cell longer than `width` wraps onto further lines (a quote is read whole)."""
    wrapped = [[[c] if len(c) <= width and "\n" not in c else textwrap.wrap(c.replace("\n", " "), width) or [""]
                for c in row] for row in rows]
    widths = [max([len(v), *(len(line) for r in wrapped for line in r[i])]) for i, v in enumerate(variables)]

    def line(cells: list[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()

    out = [line(variables), line(["-" * w for w in widths])]
    for row in wrapped:
        out += [line([cell[k] if k < len(cell) else "" for cell in row]) for k in range(max(map(len, row)))]
    return "\n".join(out) + "\n"


def rows_of(results: bytes) -> Rows:
    """Variables and rows (terms, None where unbound) of SPARQL JSON results."""
    solutions = parse_query_results(results, format=QueryResultsFormat.JSON)
    if not isinstance(solutions, QuerySolutions):
        raise QueryError("the server answered a yes/no (ASK) result; newskg runs SELECT queries")
    variables = [v.value for v in solutions.variables]
    return variables, [[s[v] for v in variables] for s in solutions]


def render(results: bytes, fmt: str) -> tuple[bytes, int]:
    """SPARQL JSON results in `fmt` (table, or the W3C csv, tsv, json written by Oxigraph) and the row count."""
    variables, rows = rows_of(results)
    if fmt in RESULT_FORMATS:
        solutions = parse_query_results(results, format=QueryResultsFormat.JSON)
        assert isinstance(solutions, QuerySolutions)  # rows_of has read them as such
        return serialized(solutions, RESULT_FORMATS[fmt]), len(rows)
    check_format(fmt)
    return render_rows(variables, rows), len(rows)


def converted(results: bytes, fmt: str) -> bytes:
    """SPARQL JSON results as W3C `fmt` (csv, tsv or json), written by Oxigraph."""
    solutions = parse_query_results(results, format=QueryResultsFormat.JSON)
    if not isinstance(solutions, QuerySolutions):
        raise QueryError("the results are a yes/no (ASK) answer; newskg runs SELECT queries")
    return serialized(solutions, RESULT_FORMATS[fmt])


def results_json(variables: list[str], rows: list[list]) -> bytes:
    """Rows of terms as SPARQL JSON results (the W3C format), in their order."""
    def cell(term) -> dict:
        if isinstance(term, NamedNode):
            return {"type": "uri", "value": term.value}
        if isinstance(term, BlankNode):
            return {"type": "bnode", "value": term.value}
        if term.language:
            return {"type": "literal", "value": term.value, "xml:lang": term.language}
        return {"type": "literal", "value": term.value, "datatype": term.datatype.value}
    bindings = [{v: cell(t) for v, t in zip(variables, row) if t is not None} for row in rows]
    return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                      ensure_ascii=False, separators=(",", ":")).encode()


def render_rows(variables: list[str], rows: list[list]) -> bytes:
    """Rows of terms as the plain text table."""
    return table(variables, [[cell(t) for t in row] for row in rows]).encode()


def check_format(fmt: str) -> None:
    if fmt != "table" and fmt not in RESULT_FORMATS:
        raise QueryError(f"unknown result format {fmt!r}; use table, csv, tsv or json")
