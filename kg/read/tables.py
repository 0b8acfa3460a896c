"""Spreadsheet exports (CSV, TSV) from media databases: one article per row.

The columns are named by `Columns`, or found in the header: text/body/content/article for the
text, id/guid/doc_id for the id, date/published/pubdate for the date, title/headline, url/link.
"""
from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from kg.bounds import megabytes
from kg.errors import InputError

from .articles import GUESSES, NUL_MARK, Article, Problem, record_to_article


@dataclass(frozen=True, slots=True)
class Columns:
    """Which column holds what; None means: find it in the header."""

    text: str | None = None
    id: str | None = None
    date: str | None = None
    title: str | None = None
    url: str | None = None


def table_articles(lines: Iterable[str], source: str, columns: Columns = Columns()) -> Iterator[Article | Problem]:
    """A row per article, streamed. A NUL byte costs its row (see `decode`); a byte that is not UTF-8 ends
    the file there, with a line (the rows before are kept); a field over KG_MAX_PAGE_MB ends it too."""
    dialect = "excel-tab" if source.lower().endswith(".tsv") else "excel"
    csv.field_size_limit(megabytes("KG_MAX_PAGE_MB"))
    reader = csv.DictReader((line.replace("\x00", NUL_MARK) for line in lines), dialect=dialect)
    number = 1  # line 1 is the header
    try:
        chosen = choose(reader.fieldnames or [], columns, source)
        for number, row in enumerate(reader, 2):
            yield row_article(row, chosen, f"{source}:{number}")
    except InputError as exc:
        yield Problem(source, str(exc))
    except (UnicodeDecodeError, csv.Error) as exc:
        reason = "is not valid UTF-8" if isinstance(exc, UnicodeDecodeError) else f"cannot be read ({exc})"
        yield Problem(source, f"{source} {reason} after row {number}; the rows before were read; fix the file")


def row_article(row: dict, chosen: dict[str, str | None], where: str) -> Article | Problem:
    record = {field: row.get(column) for field, column in chosen.items() if column}
    try:
        return record_to_article(record, where, method="csv")
    except InputError as exc:
        return Problem(where, str(exc))


def choose(header: Sequence[str], columns: Columns, source: str) -> dict[str, str | None]:
    """Field → column, from the given names or the header's usual ones."""
    lowered = {name.strip().lower(): name for name in header}
    chosen: dict[str, str | None] = {}
    for field, guesses in GUESSES.items():
        given = getattr(columns, field)
        if given is not None and given not in header:
            raise InputError(f"{source} has no column {given!r} (it has {', '.join(header)}); "
                             f"check --{field}-column")
        chosen[field] = given or next((lowered[g] for g in guesses if g in lowered), None)
    if chosen["text"] is None:
        raise InputError(f"{source} has no text column (it has {', '.join(header) or 'no header'}); "
                         "name it with --text-column")
    return chosen
