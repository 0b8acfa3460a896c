"""The Article record, and articles from plain text and JSON Lines.

A `.txt` article may open with a line `date YYYY-MM-DD`, optionally followed on the same line
by the headline. Offsets always refer to the exact text as read: the header is masked with
spaces for analysis, never cut out.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import IO, NamedTuple

from pyoxigraph import NamedNode

from kg.errors import InputError

HEADER = re.compile(r"\A[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*([^\n]*)")
WEB_URL = re.compile(r"(?i)^https?://[^/\s?#]")
NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|\\^`\x7f]')  # characters an IRI cannot hold as they are
NUL_MARK = "\ufffe"  # stands for a NUL byte while a spreadsheet is parsed: a noncharacter, never text


@dataclass(frozen=True, slots=True)
class Article:
    id: str  # exactly as the input gives it (JSONL `id`, file stem); the IRI encodes it injectively
    text: str
    url: str | None = None
    published: date | None = None
    title: str | None = None
    header_end: int = 0  # text[:header_end] is the `date ... headline` line, masked for analysis
    source: str = ""  # where it was read: a path, `path:line`, `archive#record`, a URL, or `-`
    author: str | None = None
    method: str = "text"  # how the text was read: text, jsonl, html, feed, feed summary, warc, csv, link


class Problem(NamedTuple):
    """An article that could not be read; the rest of the batch goes on."""

    source: str
    message: str


def hashed_id(url: str | None, text: str) -> str:
    return hashlib.sha1((url or text).encode("utf-8")).hexdigest()[:16]


def web_url(value: object) -> str | None:
    """An absolute http(s) URL fit for an IRI (spaces and the like percent-encoded), or None for
    anything else (a feed's guid, a relative path, a number): the article is kept without a URL."""
    if not isinstance(value, str) or not WEB_URL.match(value.strip()):
        return None
    url = NOT_IN_IRI.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), value.strip())
    try:
        NamedNode(url)
    except ValueError:
        return None
    return url


def parse_date(value: object, where: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError(f"{where}: date {value!r} is not YYYY-MM-DD; fix the date or leave it out") from None


def article_from_text(text: str, *, id: str, published: date | None = None, url: str | None = None,
                      title: str | None = None, source: str = "") -> Article:
    """Build an Article, reading the optional `date YYYY-MM-DD headline` first line."""
    header = HEADER.match(text)
    if header is None:
        return Article(id=id, text=text, url=url, published=published, title=title, source=source)
    headline = header.group(2).strip() or None
    try:
        day = date.fromisoformat(header.group(1))
    except ValueError:
        raise InputError(f"{source or id}: the date line says {header.group(1)}, which is not a real date; "
                         "fix the date line") from None
    return Article(id=id, text=text, url=url, published=day, title=title or headline,
                   header_end=header.end(), source=source)  # the headline is metadata, not analysed


def decode(data: bytes, where: str, *, records: bool = False) -> str:
    """A file's text. A NUL byte makes a single-article file binary; in a file of records (a spreadsheet)
    only its record is skipped (`tables`)."""
    if not records and b"\x00" in data:
        raise InputError(f"{where} looks binary; give a UTF-8 text (.txt) or JSON Lines (.jsonl) file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{where} is not valid UTF-8 (byte {exc.start}); re-encode it as UTF-8") from None
    if not text.strip():
        raise InputError(f"{where} is empty; give it an article's text or leave it out")
    return text


def read_jsonl(lines: Iterable[bytes | None], where: str, *, most: int) -> Iterator[Article | Problem]:
    """One article per line. Lines end at \\n only (U+0085 or U+2028 inside a string are text), and each
    is decoded on its own: a bad byte, a NUL, a record nested too deep or one over `most` bytes (given
    as None) costs that line alone."""
    empty = True
    for number, raw in enumerate(lines, 1):
        if raw is not None and not raw.strip():
            continue
        empty, here = False, f"{where}:{number}"
        if raw is None:
            yield Problem(here, f"{here} is over {most / 1e6:g} MB (KG_MAX_PAGE_MB); skipped")
            continue
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        try:
            yield record_to_article(json.loads(raw.decode("utf-8")), here)
        except UnicodeDecodeError as exc:
            yield Problem(here, f"{here} is not valid UTF-8 (byte {exc.start}); re-encode the file as UTF-8")
        except RecursionError:
            yield Problem(here, f"{here} nests JSON too deeply to be an article record; give a flat record")
        except InputError as exc:
            yield Problem(here, str(exc))
        except ValueError as exc:
            yield Problem(here, f"{here} is not valid JSON ({exc.args[0]}); fix or remove the line")
    if empty:
        yield Problem(where, f"{where} is empty; give it an article's text or leave it out")


def record_lines(stream: IO[bytes], most: int) -> Iterator[bytes | None]:
    """A file's lines (split at \\n only), read one at a time; None for a line over `most` bytes, which
    is skipped without being held in memory."""
    while line := stream.readline(most + 1):
        if len(line) > most and not line.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


# The names records and spreadsheets give each field, the usual first.
GUESSES = {
    "text": ("text", "body", "content", "article", "full_text", "fulltext", "story"),
    "id": ("id", "guid", "doc_id", "article_id", "uid"),
    "date": ("date", "published", "pubdate", "publication_date", "published_at", "datetime"),
    "title": ("title", "headline"),
    "url": ("url", "link", "canonical_url"),
}


def with_usual_names(record: dict) -> dict:
    """A record's fields under newskg's names: {"doc_id", "body", "publication_date", "headline"} →
    {"id", "text", "date", "title"} (the first name present wins; a field under newskg's name, first)."""
    lowered = {str(key).strip().lower(): key for key in record}
    named = {}
    for field, names in GUESSES.items():
        key = next((lowered[name] for name in names if name in lowered), None)
        if key is not None:
            named[field] = record[key]
    return named


def record_to_article(record: object, where: str, *, method: str = "jsonl") -> Article:
    if isinstance(record, dict) and method == "jsonl":
        fields = ", ".join(sorted(map(str, record))) or "none"
        record = with_usual_names(record)
        if "text" not in record:
            raise InputError(f"{where}: a record needs its text under \"text\" (or body, content, article); it has "
                             f"{fields}; rename the field or remove the line")
    if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
        raise InputError(f"{where}: a record needs a non-empty \"text\" string; add it or remove the line")
    text, url = record["text"], web_url(record.get("url"))
    if NUL_MARK in text:
        raise InputError(f"{where}: the record holds a NUL byte; remove it from the file")
    raw_id = record.get("id")
    given_url = record.get("url") if isinstance(record.get("url"), str) else None
    ident = str(raw_id) if raw_id is not None and str(raw_id).strip() else hashed_id(given_url, text)
    title = record.get("title") if isinstance(record.get("title"), str) else None
    article = article_from_text(text, id=ident, published=parse_date(record.get("date"), where),
                                url=url, title=title or None, source=where)
    return replace(article, method=method)


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Items in lists of `size` (the last one shorter), in order."""
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def batched_by_size(items: Iterable, size: int, *, characters: int) -> Iterator[list]:
    """Items in lists of at most `size`, and of at most `characters` of article text unless one article
    alone is longer: memory follows the text parsed at once, not the count of articles."""
    batch: list = []
    held = 0
    for item in items:
        length = len(item.text) if isinstance(item, Article) else 0
        if batch and (len(batch) == size or held + length > characters):
            yield batch
            batch, held = [], 0
        batch.append(item)
        held += length
    if batch:
        yield batch


def partitions(items: Iterable[Article | Problem], size: int, problems: list[Problem]) -> Iterator[list[Article]]:
    """Articles in chunks of at most `size`; unreadable ones go to `problems`."""
    for batch in batched(items, size):
        problems += [item for item in batch if isinstance(item, Problem)]
        if chunk := [item for item in batch if not isinstance(item, Problem)]:
            yield chunk
