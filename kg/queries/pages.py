"""The first rows of a long answer without computing all of it (docs/design.md, "Look-ups, pages and
kept answers").

A query whose rows are ordered first by one key that each article's rows share a few values of (the
article's id, a statement's date) declares it: `# pages: KEY`, and ships `sparql/pages/NAME.rq`, which lists
the (?key, ?doc) pairs of the corpus (or, taking the query's parameters and `#lookup`s, those of the answer:
a name's events, a type's): cheap, one row per article and value. Asked for `limit` rows after `offset`, newskg walks
the key's values in order, a window of about `WINDOW` articles at a time, runs the query on the window's
articles alone (the `#page` line becomes `VALUES ?doc { ... }` and `#if page` blocks are kept), keeps the
rows whose key is in the window, sorts them, and stops once it has the rows asked for. The rows are the ones
the whole query would give, in the same order: a key value is never split between windows (an unbound key is
a value too, the first). A query with a plan of its own for the whole corpus (its `#page` line inside `#if
page`, the plan in `#else`) answers the rest at once after a few windows for a page (--limit), one for a
whole answer streamed (or once they hold a tenth of the articles); one without (a user's query) goes on a
window at a time to the end.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace

from pyoxigraph import NamedNode

from kg.resources import resource_dir

from .bundled import Query, Rows, expand, prepared
from .order import node_key, sort_rows, split_order
from .source import Reader

PAGE = re.compile(r"^[ \t]*#page[ \t]+(?P<var>\w+)[ \t]*$", re.MULTILINE)
WINDOW = 50  # articles the first window's query starts from: a first page in about half a second
WINDOWS = 4  # windows of 50, 100, 200 and 400 articles; then the rest at once where the query has a plan
# for the whole corpus (a query starting from several thousand articles' VALUES is slower than the whole
# query: 13 s against 4 s on 5 million quads)
WIDEST = 400  # the most articles a window holds: Oxigraph keeps its per-article plan up to some hundreds


def pages_ascending(query: Query) -> bool:
    """Whether the query can be paged: it declares its key, and its rows are ordered by it first, ascending."""
    keys = split_order(query.text)[1]
    return query.pages is not None and bool(keys) and keys[0] == (query.pages, False)


def page_chunks(query: Query, reader: Reader, params: list[str], *, window: int | None = None,
                windows: int = WINDOWS) -> Iterator[Rows] | None:
    """A paged query's rows in its order, a window of articles at a time (each window twice the one
    before), at most `windows` windows before the rest at once (a whole answer streamed wants one: its
    first rows soon, its last as soon as the whole query gives them); None where the query, as its
    parameters choose it, has no `#page`."""
    text = prepared(query, reader, params, flags=("page",))
    if not PAGE.search(text):
        return None
    return chunks(query, reader, params, split_order(text), window or WINDOW, windows)


def chunks(query: Query, reader: Reader, params: list[str], paged: tuple[str, list], window: int,
           most: int) -> Iterator[Rows]:
    """The rows of the first windows (at most `most`), each as soon as it is found, then the rest at once
    (or, for a query with no plan for the whole corpus, the rest a window at a time)."""
    key, (text, keys) = query.pages or "", paged
    found = windows(reader, query, params, first=window)
    articles, covered, done = sum(len(docs) for _, docs in found), 0, set()
    whole = None
    for count, (values_in, docs) in enumerate(found):
        # a window costs more an article than the whole query: the rest at once after `most` windows, or
        # once they hold a tenth of the articles (a name's few thousand), where the query has a plan for
        # the whole corpus (its `#page` line then gone)
        if whole is None and (count == most or count and 10 * covered >= articles):
            whole = prepared(query, reader, params)
        if whole is not None and not PAGE.search(whole):
            variables, rows = reader.rows(split_order(whole)[0], name=query.name)
            column = variables.index(key)
            yield variables, sort_rows(variables, [row for row in rows if node_key(row[column]) not in done], keys)
            return
        variables, rows = reader.rows(restricted(text, docs), name=query.name)
        column = variables.index(key)
        yield variables, sort_rows(variables, [row for row in rows if node_key(row[column]) in values_in], keys)
        done |= values_in
        covered += len(docs)
    if not found:  # no pairs, no rows: the whole query's (empty) answer, with its columns
        variables, rows = reader.rows(split_order(prepared(query, reader, params))[0], name=query.name)
        yield variables, sort_rows(variables, rows, keys)


def page_rows(query: Query, reader: Reader, params: list[str], *, limit: int, offset: int,
              window: int | None = None) -> Rows | None:
    """`limit` rows after `offset` of a paged query (see `page_chunks`); None where it has no `#page`."""
    pieces = page_chunks(query, reader, params, window=window)
    if pieces is None:
        return None
    variables, found = [c.strip() for c in query.columns.split(",")], []
    for piece in pieces:
        variables, rows = piece  # the engine's names for the columns, once it has answered
        found += rows
        if len(found) >= offset + limit:
            break
    return variables, found[offset:offset + limit]


def restricted(text: str, docs: list[str]) -> str:
    """The query with its `#page VAR` line as VALUES of the window's articles."""
    values = " ".join(str(NamedNode(doc)) for doc in docs)
    return PAGE.sub(lambda m: f"  VALUES ?{m['var']} {{ {values} }}", text)


def windows(reader: Reader, query: Query, params: list[str], *, first: int) -> list[tuple[set[tuple], list[str]]]:
    """The key's values in order, a window at a time: (their sort keys, the articles that have them); the
    first window holds about `first` articles, each next one twice as many, up to `WIDEST`. The pairs'
    query takes the query's parameters (`#lookup` included); an unbound key (an undated event) comes first,
    as SPARQL orders it."""
    text = resource_dir("queries").joinpath("pages", f"{query.name}.rq").read_text(encoding="utf-8")
    pairs = prepared(replace(query, text=expand(text, f"pages/{query.name}")), reader, params)
    docs_of: dict[tuple, set[str]] = defaultdict(set)
    for value, doc in reader.rows(pairs, name=f"{query.name} pages")[1]:
        if doc is not None:
            docs_of[node_key(value)].add(doc.value)
    found: list[tuple[set[tuple], list[str]]] = []
    window: set[tuple] = set()
    docs: set[str] = set()
    size = first
    for value in sorted(docs_of):
        window.add(value)
        docs |= docs_of[value]
        if len(docs) >= size:
            found.append((window, sorted(docs)))
            window, docs, size = set(), set(), min(size * 2, max(WIDEST, first))
    if window:
        found.append((window, sorted(docs)))
    return found
