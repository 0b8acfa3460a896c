"""Read articles from .txt and .jsonl files, folders, globs and stdin.

A `.txt` article may open with a line `date YYYY-MM-DD`, optionally followed on the same line
by the headline. Offsets always refer to the exact text as read: the header is masked with
spaces for analysis, never cut out.
"""
from __future__ import annotations

import glob
import hashlib
import json
import re
import sys
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple

from kg.errors import InputError

from .feeds import feed_articles
from .tables import Columns, table_articles
from .warc import warc_articles
from .web import fetch_pages, page_to_article

HEADER = re.compile(r"\A[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*([^\n]*)")
SUFFIXES = (".txt", ".jsonl", ".html", ".htm", ".rss", ".atom", ".xml", ".warc", ".warc.gz", ".csv", ".tsv")
URL = re.compile(r"^https?://\S+$")


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


def decode(data: bytes, where: str) -> str:
    if b"\x00" in data:
        raise InputError(f"{where} looks binary; give a UTF-8 text (.txt) or JSON Lines (.jsonl) file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{where} is not valid UTF-8 (byte {exc.start}); re-encode it as UTF-8") from None
    if not text.strip():
        raise InputError(f"{where} is empty; give it an article's text or leave it out")
    return text


def read_jsonl(text: str, where: str) -> Iterator[Article | Problem]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield record_to_article(json.loads(line), f"{where}:{number}")
        except (ValueError, InputError) as exc:
            message = str(exc) if isinstance(exc, InputError) else (
                f"{where}:{number} is not valid JSON ({exc.args[0]}); fix or remove the line")
            yield Problem(f"{where}:{number}", message)


def record_to_article(record: object, where: str, *, method: str = "jsonl") -> Article:
    if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
        raise InputError(f"{where}: a record needs a non-empty \"text\" string; add it or remove the line")
    text, url = record["text"], record.get("url") or None
    raw_id = record.get("id")
    ident = str(raw_id) if raw_id is not None and str(raw_id).strip() else hashed_id(url, text)
    article = article_from_text(text, id=ident, published=parse_date(record.get("date"), where),
                                url=url, title=record.get("title") or None, source=where)
    return replace(article, method=method)


def read_source(source: str, data: bytes, *, published: date | None = None, stem: str | None = None,
                columns: Columns | None = None) -> Iterator[Article | Problem]:
    """Articles from one file's bytes; a `.jsonl`, feed or spreadsheet file (or JSON on stdin) holds many."""
    kind = kind_of(source, data)
    try:
        text = decode(data, source)
    except InputError as exc:
        yield Problem(source, str(exc))
        return
    if source.endswith(".jsonl") or (source == "-" and text.lstrip().startswith("{")):
        yield from read_jsonl(text, source)
        return
    if kind in ("csv", "tsv"):
        yield from table_articles(text, source, columns or Columns())
        return
    if kind == "html":
        try:
            yield page_to_article(data, source=source, stem=stem)
        except InputError as exc:
            yield Problem(source, str(exc))
        return
    if kind == "feed":
        yield from feed_articles(data, source)
        return
    try:
        article = article_from_text(text, id=stem if stem else hashed_id(None, text), source=source)
    except InputError as exc:
        yield Problem(source, str(exc))
        return
    yield article if article.published or published is None else replace(article, published=published)


def expand(inputs: Iterable[str]) -> list[str]:
    """Files, folders (searched for .txt and .jsonl) and globs, in a stable order."""
    paths: list[str] = []
    for item in inputs:
        if item == "-":
            paths.append(item)
        elif Path(item).is_dir():
            paths += sorted(str(p) for p in Path(item).rglob("*") if p.name.lower().endswith(SUFFIXES) and p.is_file())
        elif Path(item).is_file():
            paths.append(item)
        elif matches := sorted(glob.glob(item, recursive=True)):
            paths += expand(matches)
        else:
            raise InputError(f"no such file, folder or glob match: {item!r}; check the path")
    return list(dict.fromkeys(paths))  # a file named twice (a folder and a glob) is read once


def read_articles(inputs: Iterable[str], *, published: date | None = None, columns: Columns | None = None,
                  urls: Iterable[str] = ()) -> Iterator[Article | Problem]:
    """Every article named by `inputs`, or a Problem for each one that cannot be read.

    Ids are unique in a batch: an article whose id an earlier one has (two JSONL records with
    one id, two files with one stem) is a Problem naming both sources, never a merged graph.
    """
    first_source: dict[str, str] = {}
    for item in read_all(inputs, published=published, columns=columns, urls=urls):
        if isinstance(item, Article):
            if item.id in first_source:
                item = Problem(item.source, f"{item.source}: id {item.id!r} was already given to "
                                            f"{first_source[item.id]}; skipped (give every article its own id)")
            else:
                first_source[item.id] = item.source
        yield item


def kind_of(source: str, data: bytes) -> str:
    """text, jsonl, html, feed, csv or tsv: by the name, else (stdin, .xml) by the first bytes."""
    name = source.lower()
    for suffixes, kind in (((".html", ".htm"), "html"), ((".rss", ".atom"), "feed"), ((".csv",), "csv"),
                           ((".tsv",), "tsv"), ((".jsonl",), "jsonl")):
        if name.endswith(suffixes):
            return kind
    head = data[:2048].lstrip().lower()
    if name.endswith(".xml") or head.startswith(b"<?xml"):
        return "feed" if b"<rss" in head or b"<feed" in head or b"<rdf" in head or name.endswith(".xml") else "html"
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"


def read_all(inputs: Iterable[str], *, published: date | None, columns: Columns | None = None,
             urls: Iterable[str] = ()) -> Iterator[Article | Problem]:
    links = [item for item in inputs if URL.match(item)] + list(urls)
    for path in expand([item for item in inputs if not URL.match(item)]):
        if path.lower().endswith((".warc", ".warc.gz")):
            yield from warc_articles(path)
            continue
        if path == "-":
            yield from read_source("-", sys.stdin.buffer.read(), published=published)
            continue
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            yield Problem(path, f"cannot read {path}: {exc.strerror}; check its permissions")
            continue
        yield from read_source(path, data, published=published, stem=Path(path).stem, columns=columns)
    for url, page in fetch_pages(links):
        if isinstance(page, InputError):
            yield Problem(url, str(page))
            continue
        try:
            yield page_to_article(page, source=url, url=url, method="link")
        except InputError as exc:
            yield Problem(url, str(exc))


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


def partitions(items: Iterable[Article | Problem], size: int, problems: list[Problem]) -> Iterator[list[Article]]:
    """Articles in chunks of at most `size`; unreadable ones go to `problems`."""
    for batch in batched(items, size):
        problems += [item for item in batch if isinstance(item, Problem)]
        if chunk := [item for item in batch if not isinstance(item, Problem)]:
            yield chunk
