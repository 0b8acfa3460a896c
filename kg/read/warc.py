"""Web archives (WARC, gzipped or not): every HTML response record becomes an article.

Records are streamed one at a time (warcio), so a multi-gigabyte archive needs no more memory than
one record. Gzipped archives are decompressed here, member by member, under bounds
(`kg.bounds`: KG_MAX_RECORD_MB per member and per record, `KG_MAX_ARCHIVE_MB` in all), so a
decompression bomb stops at the bound with a line instead of filling memory. A damaged record (cut
short, its headers unreadable) is named in a line; the records before it are read. The record's
target URI is the article's URL (and id, unless the page names a canonical URL); the record's date is
the fallback publication date.
"""
from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO

from kg.bounds import megabytes
from kg.errors import InputError

from .articles import Article, Problem, web_url
from .urls import url_id
from .web import page_to_article

GZIP_MAGIC = b"\x1f\x8b"
CHUNK = 1 << 16


class Damaged(Exception):
    """The archive cannot be read on from here: cut short, or past a bound."""


class BoundedGunzip(io.RawIOBase):
    """The decompressed bytes of a gzip file of one or more members, raising `Damaged` when a member
    grows past `member_limit` or the whole past `total_limit`. A file that ends inside a member ends
    there, with `cut` set (the reader names the damaged record)."""

    def __init__(self, raw: IO[bytes], *, member_limit: int, total_limit: int):
        self.raw, self.member_limit, self.total_limit = raw, member_limit, total_limit
        self.inflate: zlib._Decompress | None = None
        self.member, self.total, self.pending, self.tail, self.cut = 0, 0, b"", b"", False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        """Decompress only what is asked for: a bound is met when the reader reaches that member."""
        while not self.pending:
            if not self.tail:
                self.tail = self.raw.read(CHUNK)
                if not self.tail:
                    self.cut = self.inflate is not None and not self.inflate.eof
                    return 0
            self.pending = self.decompress(len(buffer))
        size = min(len(buffer), len(self.pending))
        buffer[:size], self.pending = self.pending[:size], self.pending[size:]
        return size

    def decompress(self, wanted: int) -> bytes:
        """Up to `wanted` bytes from the compressed input held in `tail`, member after member."""
        if self.inflate is None or self.inflate.eof:
            self.inflate, self.member = zlib.decompressobj(16 + zlib.MAX_WBITS), 0
        try:
            piece = self.inflate.decompress(self.tail, min(wanted, self.member_limit + 1 - self.member))
        except zlib.error as exc:
            raise Damaged(f"it is not valid gzip ({exc})") from None
        self.tail = self.inflate.unconsumed_tail or self.inflate.unused_data
        self.member, self.total = self.member + len(piece), self.total + len(piece)
        if self.member > self.member_limit:
            raise Damaged(f"a member decompresses to over {self.member_limit / 1e6:g} MB (KG_MAX_RECORD_MB)")
        if self.total > self.total_limit:
            raise Damaged(f"it decompresses to over {self.total_limit / 1e6:g} MB (KG_MAX_ARCHIVE_MB)")
        return piece


def archive_stream(raw: IO[bytes]) -> BoundedGunzip | IO[bytes]:
    """The archive's WARC bytes: decompressed under bounds when gzipped."""
    gzipped = raw.read(2) == GZIP_MAGIC
    raw.seek(0)
    if not gzipped:
        return raw
    return BoundedGunzip(raw, member_limit=megabytes("KG_MAX_RECORD_MB"), total_limit=megabytes("KG_MAX_ARCHIVE_MB"))


def warc_articles(path: str) -> Iterator[Article | Problem]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    latest = latest_captures(path)
    read = 0
    where = f"{path} (its first record)"
    with Path(path).open("rb") as raw:
        stream = archive_stream(raw)
        try:
            for record in ArchiveIterator(stream):
                where = record_name(path, record, read)
                later = superseded(record, read, latest)
                if later is not None:
                    yield Problem(where, f"{where}: {later}")
                else:
                    yield from record_articles(record, where)
                read += 1
        except (Damaged, ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
            reason = str(exc) if isinstance(exc, Damaged) else f"it is cut short or not a WARC file " \
                                                               f"({type(exc).__name__})"
            yield Problem(path, f"{path}: reading stopped at {where}: {reason}; the {read} records before "
                                "it were read; fetch the archive again (or raise the bound it names)")
            return
        if getattr(stream, "cut", False):
            yield Problem(path, f"{path}: reading stopped after {where}: the archive is cut short (it ends inside "
                                f"a gzip member); the {read} records before it were read; fetch the archive again")


def capture_of(record) -> tuple[str, str] | None:
    """(the page's id, when it was captured) of an HTML response or a revisit record."""
    headers = record.rec_headers
    uri = headers.get_header("WARC-Target-URI") if headers else None
    link = web_url(uri)
    if link is None or record.rec_type not in ("response", "revisit"):
        return None
    if record.rec_type == "response" and not is_html(record):
        return None
    return url_id(link), headers.get_header("WARC-Date") or ""


def latest_captures(path: str) -> dict[str, tuple[str, int]]:
    """Each page's latest capture in the archive: id → (date, the record's place). A crawl captures a page again
    (a response) or notes that it has not changed (a revisit); the latest response is the one read. Read
    from the records' headers; a damaged archive is reported by the reading pass."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    latest: dict[str, tuple[str, int]] = {}
    with Path(path).open("rb") as raw:
        try:
            for number, record in enumerate(ArchiveIterator(archive_stream(raw))):
                found = capture_of(record)
                if found is not None and record.rec_type == "response":
                    page, when = found
                    latest[page] = max(latest.get(page, (when, number)), (when, number))
        except (Damaged, ArchiveLoadFailed, EOFError, OSError, ValueError):
            pass
    return latest


def superseded(record, number: int, latest: dict[str, tuple[str, int]]) -> str | None:
    """Why this record is not read, if a later capture of its page is (or it is a revisit)."""
    found = capture_of(record)
    if found is None:
        return None
    page, when = found
    kept = latest.get(page)
    if record.rec_type == "revisit":
        return (f"a revisit of {page} ({when}): the page had not changed; its capture of {kept[0]} is read"
                if kept else f"a revisit of {page} ({when}), whose capture is not in this archive; nothing to read")
    if kept is not None and kept != (when, number):
        return f"an earlier capture of {page} ({when}); the latest, of {kept[0]}, is read"
    return None


def record_articles(record, where: str) -> Iterator[Article | Problem]:
    """The record's article, if it is an HTML response; a line if it is damaged or too large."""
    if record.rec_type is None or not hasattr(record.raw_stream, "limit"):
        raise Damaged("its headers are cut short")
    if record.rec_type != "response" or not is_html(record):
        return
    limit = megabytes("KG_MAX_RECORD_MB")
    page = record.content_stream().read(limit + 1)
    if len(page) > limit:
        yield Problem(where, f"{where}: the page is over {limit / 1e6:g} MB (KG_MAX_RECORD_MB); skipped")
        return
    if record.raw_stream.limit:  # fewer bytes than the record declares
        raise Damaged("the record is cut short")
    uri = record.rec_headers.get_header("WARC-Target-URI")
    try:
        yield page_to_article(page, source=where, url=uri, fallback_date=record_date(record), method="warc")
    except InputError as exc:
        yield Problem(where, str(exc))


def record_name(path: str, record, number: int) -> str:
    headers = record.rec_headers
    name = headers.get_header("WARC-Record-ID") or headers.get_header("WARC-Target-URI") if headers else None
    return f"{path}#{name}" if name else f"{path} (record {number + 1})"


def is_html(record) -> bool:
    content_type = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
    return "html" in content_type.lower()


def record_date(record) -> date | None:
    value = record.rec_headers.get_header("WARC-Date") or ""
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
