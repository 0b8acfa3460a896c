"""Web archives (WARC, gzipped or not): every HTML response record becomes an article.

Records are streamed one at a time (warcio), so a multi-gigabyte archive needs no more memory
than its largest record. The record's target URI is the article's URL (and id, unless the page
names a canonical URL); the record's date is the fallback publication date.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from kg.errors import InputError

from .articles import Problem
from .web import page_to_article


def warc_articles(path: str) -> Iterator:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed


    with Path(path).open("rb") as stream:
        try:
            for record in ArchiveIterator(stream):
                if record.rec_type != "response" or not is_html(record):
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI")
                where = f"{path}#{record.rec_headers.get_header('WARC-Record-ID') or uri}"
                page = record.content_stream().read()
                if getattr(record.raw_stream, "limit", 0):  # fewer bytes than the record declares
                    raise EOFError(f"record {where} is incomplete")
                try:
                    yield page_to_article(page, source=where, url=uri, fallback_date=record_date(record),
                                          method="warc")
                except InputError as exc:
                    yield Problem(where, str(exc))
        except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
            yield Problem(path, f"{path} is cut short or not a WARC file ({type(exc).__name__}); the records "
                                "before the damage were read; fetch the archive again")


def is_html(record) -> bool:
    content_type = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
    return "html" in content_type.lower()


def record_date(record) -> date | None:
    value = record.rec_headers.get_header("WARC-Date") or ""
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
