"""A long answer's rows on the embedded store as text, streamed through a pipe.

The store writes the results as SPARQL TSV on a thread of its own while Python reads them: Oxigraph
lets go of the interpreter while it computes and serializes, not while a Python loop takes solutions
one by one, so the store's half of a long answer (most of it) runs beside the Python that reads it
and beside the other queries' readers (the report of 10,000 articles: 29 s -> 23 s on two cores). A
short answer is read straight from the solutions (kg.queries.bundled.values_on): no thread, no text to parse.
"""
from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Iterator
from sys import intern
from typing import TYPE_CHECKING

from pyoxigraph import QueryResultsFormat

from .bundled import evaluation, solutions_on

if TYPE_CHECKING:
    from pyoxigraph import Store

    from .bundled import Graphs

# A literal's escapes in SPARQL TSV, as in Turtle: \t \n \r \b \f \" \' \\ and \uXXXX / \UXXXXXXXX.
ESCAPE = re.compile(r"\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)")
SIMPLE_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "b": "\b", "f": "\f"}


def unescaped(match: re.Match) -> str:
    code = match.group(1)
    return chr(int(code[1:], 16)) if len(code) > 1 else SIMPLE_ESCAPES.get(code, code)


def unescape(body: str) -> str:
    """A literal's text without its escapes: those Oxigraph writes are JSON's too, read by the json module
    at C speed (a kept answer is a literal of a million escaped quotes); any other by the pattern."""
    try:
        return json.loads(f'"{body}"', strict=False)
    except ValueError:
        return ESCAPE.sub(unescaped, body)


def text_value(cell: str) -> str | None:
    """A TSV cell's value as `term.value` gives it: an IRI without its brackets (one string for all its
    rows: an article's IRI recurs in each of its mentions), a literal's lexical form, a blank node's id;
    None where the variable is unbound (an empty cell)."""
    if not cell:
        return None
    first = cell[0]
    if first == "<" and not cell.startswith("<<"):
        return intern(cell[1:-1])
    if first == '"':  # "lexical", "lexical"@lang or "lexical"^^<datatype>
        body = cell[1:cell.rfind('"')]
        return unescape(body) if "\\" in body else body
    if cell.startswith("_:"):
        return cell[2:]
    return cell  # a number or boolean written bare


def piped_values_on(store: Store, text: str, *, name: str = "query", graphs: Graphs = None) -> Iterator[list]:
    """The rows of a SELECT query as text values (None where unbound), read as the store writes them.
    Errors (bad SPARQL, a failure while it runs) are raised here as the QueryError the query gives; a
    reader that stops early closes the pipe, which ends the writer."""
    read_end, write_end = os.pipe()
    failed: list[BaseException] = []
    stopped = threading.Event()

    def write() -> None:
        try:
            with os.fdopen(write_end, "wb") as out, evaluation(name):
                # the solutions are made on the thread that writes them (Oxigraph's are bound to one thread)
                solutions_on(store, text, name=name, graphs=graphs).serialize(out, format=QueryResultsFormat.TSV)
        except BaseException as exc:  # noqa: BLE001 - raised again on the reader's side
            if not stopped.is_set():  # else the pipe broke because the reader stopped early
                failed.append(exc)

    writer = threading.Thread(target=write, name=f"kg-{name}", daemon=True)
    writer.start()
    with open(read_end, encoding="utf-8", newline="\n") as results:
        try:
            next(results, None)  # the variables
            for line in results:
                yield [text_value(cell) for cell in line.rstrip("\n").split("\t")]
        except BaseException:
            stopped.set()  # before the pipe is closed
            raise
    writer.join()
    if failed:
        raise failed[0]
