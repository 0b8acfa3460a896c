"""Finding the inputs (files, folders, globs, stdin, links) and reading each in its form.

Forms: text, JSON Lines, web pages, feeds, web archives, CSV/TSV; see the README's table. An
article's id is unique in a batch; anything unreadable becomes a Problem and the rest go on.
"""
from __future__ import annotations

import glob
import io
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import IO, cast

from kg.bounds import megabytes
from kg.errors import InputError

from .articles import Article, Problem, article_from_text, decode, hashed_id, read_jsonl, record_lines
from .feeds import feed_articles
from .language import ENGLISH, language_of
from .tables import Columns, table_articles
from .warc import warc_articles
from .web import fetch_pages, page_to_article

SUFFIXES = (".txt", ".jsonl", ".html", ".htm", ".rss", ".atom", ".xml", ".warc", ".warc.gz", ".csv", ".tsv")
URL = re.compile(r"^https?://\S+$")


def read_source(source: str, data: bytes, *, published: date | None = None, stem: str | None = None,
                columns: Columns | None = None) -> Iterator[Article | Problem]:
    """Articles from one file's bytes; a `.jsonl`, feed or spreadsheet file (or JSON on stdin) holds many."""
    kind = kind_of(source, data)
    if kind in ("html", "feed"):  # markup declares its own encoding
        yield from page_articles(data, source, stem) if kind == "html" else feed_articles(data, source)
        return
    if kind == "jsonl" or (source == "-" and data.lstrip().startswith(b"{")):
        yield from read_jsonl(data.split(b"\n"), source, most=megabytes("KG_MAX_PAGE_MB"))
        return
    try:
        text = decode(data, source, records=kind in ("csv", "tsv"))
    except InputError as exc:
        yield Problem(source, str(exc))
        return
    if kind in ("csv", "tsv"):
        yield from table_articles(io.StringIO(text, newline=""), source, columns or Columns())
    else:
        yield from text_article(text, source, stem, published)


def page_articles(data: bytes, source: str, stem: str | None) -> Iterator[Article | Problem]:
    try:
        yield page_to_article(data, source=source, stem=stem)
    except InputError as exc:
        yield Problem(source, str(exc))


def text_article(text: str, source: str, stem: str | None, published: date | None) -> Iterator[Article | Problem]:
    try:
        article = article_from_text(text, id=stem if stem else hashed_id(None, text), source=source)
    except InputError as exc:
        yield Problem(source, str(exc))
        return
    yield article if article.published or published is None else replace(article, published=published)


def expand(inputs: Iterable[str]) -> list[str]:
    """Files, folders (searched for every input form), and globs, in a stable order."""
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
                  urls: Iterable[str] = (), any_language: bool = False) -> Iterator[Article | Problem]:
    """Every article named by `inputs`, or a Problem for each one that cannot be read.

    Ids are unique in a batch: an article whose id an earlier one has (two JSONL records with
    one id, two files with one stem) is a Problem naming both sources, never a merged graph.
    An article not in English is a Problem too, unless `any_language`.
    """
    first_source: dict[str, str] = {}
    for item in read_all(inputs, published=published, columns=columns, urls=urls):
        if isinstance(item, Article):
            language = ENGLISH if any_language else language_of(item.text)
            if language != ENGLISH:
                item = Problem(item.source, f"{item.source}: the article is in another language than English "
                                            f"({language}); skipped (--any-language analyses it anyway)")
            elif item.id in first_source:
                item = Problem(item.source, f"{item.source}: id {item.id!r} was already given to "
                                            f"{first_source[item.id]}; skipped (give every article its own id)")
            else:
                first_source[item.id] = item.source
        yield item


def read_file(path: str, *, published: date | None, columns: Columns | None) -> Iterator[Article | Problem]:
    """A file's (or stdin's) articles: files of records (JSON Lines, CSV, TSV) streamed record by record,
    whatever their size; a file holding one article (text, page, feed) read whole, up to KG_MAX_PAGE_MB."""
    if path == "-":
        yield from read_stream("-", sys.stdin.buffer, published=published, columns=columns)
        return
    with open(path, "rb") as stream:
        yield from read_stream(path, stream, published=published, columns=columns)


def read_stream(source: str, given: IO[bytes], *, published: date | None,
                columns: Columns | None) -> Iterator[Article | Problem]:
    most = megabytes("KG_MAX_PAGE_MB")
    # a buffered stream, to look at its first bytes without using them up (stdin may be any stream)
    stream = given if isinstance(given, io.BufferedReader) else io.BufferedReader(cast(io.RawIOBase, given))
    head = stream.peek(2048)[:2048]
    kind = kind_of(source, head)
    if kind == "jsonl" or (source == "-" and head.lstrip().startswith(b"{")):
        yield from read_jsonl(record_lines(stream, most), source, most=most)
        return
    if kind in ("csv", "tsv"):
        yield from table_articles(io.TextIOWrapper(stream, encoding="utf-8-sig", newline=""), source,
                                  columns or Columns())
        return
    data = stream.read(most + 1)
    if len(data) > most:
        yield Problem(source, f"{source} is over {most / 1e6:g} MB (KG_MAX_PAGE_MB); an article or page is "
                              "far smaller: check the file, or raise the bound")
        return
    stem = Path(source).stem if source != "-" else None
    yield from read_source(source, data, published=published, stem=stem, columns=columns)


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
        try:
            yield from read_file(path, published=published, columns=columns)
        except OSError as exc:
            yield Problem(path, f"cannot read {path}: {exc.strerror}; check its permissions")
    for url, page in fetch_pages(links):
        if isinstance(page, InputError):
            yield Problem(url, str(page))
            continue
        try:
            yield page_to_article(page, source=url, url=url, method="link")
        except InputError as exc:
            yield Problem(url, str(exc))
