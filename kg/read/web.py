"""Web pages: an article's main text and metadata from HTML (trafilatura), from a file or a link.

trafilatura is the field's standard for main-text extraction (navigation, ads, captions and
comment sections left out) and finds the headline, date (htmldate), canonical URL and author
where the page states them. Paragraphs are kept, one blank line apart, since quote rules use them.
"""
from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from typing import TYPE_CHECKING, cast

from kg.bounds import OverTime, limit, megabytes, time_budget
from kg.errors import InputError

from .articles import Article, batched, parse_date, web_url
from .containers import rejoined_page
from .furniture import is_page_furniture
from .urls import url_id

if TYPE_CHECKING:
    from trafilatura.settings import Document

USER_AGENT = "newskg/0.1 (+https://w3id.org/newskg; a news-to-knowledge-graph tool)"
FETCH_TIMEOUT = 20.0
MAX_CONNECTIONS = 4
MIN_WORDS = 5  # a page with less main text than this holds no article
FAST_ENOUGH_WORDS = 20  # below this, the fast extraction may have missed the story: try the fallbacks
RECALL_GAIN = 7 / 6  # the balanced reading replaces the precise one only where it holds this many more words


def page_to_article(html: bytes | str, *, source: str, stem: str | None = None, url: str | None = None,
                    fallback_date: date | None = None, method: str = "html") -> Article:
    """An Article from a page's HTML: its main text, headline, date, canonical URL and author.

    The id is the canonical URL (else the given URL, else the file's stem). Reading the page has a time
    budget (KG_PAGE_SECONDS): a pathological page is skipped with a line."""
    seconds = limit("KG_PAGE_SECONDS")
    try:
        with time_budget(seconds):
            found = extracted(html, url)
    except OverTime:
        raise InputError(f"{source}: reading the page took over {seconds:g} s (KG_PAGE_SECONDS); skipped") from None
    text = main_text(found.text or "", found.title) if found is not None else ""
    if found is None or len(text.split()) < MIN_WORDS:
        raise InputError(f"{source}: no article text found in the page; give the article's own page, "
                         "not an index or a search page")
    link = web_url(found.url) or web_url(url)
    published = parse_date(found.date, source) if found.date else fallback_date
    return Article(id=url_id(link) if link else stem or source, text=text, url=link, published=published,
                   title=found.title or None, source=source, author=found.author or None, method=method)


def extracted(html: bytes | str, url: str | None) -> Document | None:
    """trafilatura's reading of a page. Its precise reading keeps a story's paragraphs and leaves captions
    out, but loses whole articles (a story laid out in a table, a body it judges thin); its balanced reading
    (tables kept) finds those. The balanced reading is taken where it holds a sixth more words than the
    precise one, and each falls back to trafilatura's other extractors only for a thin result. On the
    article-extraction benchmark's English pages this keeps 0.98 of the marked words at precision 0.97, where
    the precise reading alone kept 0.96 and lost whole articles."""
    precise = extraction(html, url, precise=True)
    balanced = extraction(html, url, precise=False)
    found = balanced if balanced is not None and words(balanced) > RECALL_GAIN * words(precise) else precise
    return whole_story(html, found) if found is not None else balanced


def whole_story(html: bytes | str, found: Document) -> Document:
    """`found` with the text of every container of its story where the page splits it around ads
    (`containers`) and trafilatura kept the first: the rejoined reading where it holds a sixth more words."""
    from trafilatura import bare_extraction

    page = html.decode("utf-8", errors="replace") if isinstance(html, bytes) else html
    try:
        rejoined = rejoined_page(page, found.text or "")
    except (ValueError, TypeError):  # a page lxml cannot parse as a tree: trafilatura's reading stands
        return found
    if rejoined is None:
        return found
    again = cast("Document | None", bare_extraction(rejoined, with_metadata=False, include_comments=False,
                                                     favor_precision=True))
    if again is not None and words(again) > RECALL_GAIN * words(found):
        found.text = again.text
    return found


def extraction(html: bytes | str, url: str | None, *, precise: bool) -> Document | None:
    from trafilatura import bare_extraction

    found: Document | None = None
    for fast in (True, False):
        found = cast("Document | None", bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, fast=fast, favor_precision=precise,
            include_tables=not precise))
        if words(found) >= FAST_ENOUGH_WORDS:
            break
    return found


def words(found: Document | None) -> int:
    return len((found.text or "").split()) if found is not None else 0


def bounded_get(http, url: str, *, most: int, seconds: float) -> bytes | InputError:
    """A page's bytes, read as they come: refused past `most` bytes (KG_MAX_PAGE_MB) or once `seconds`
    (KG_LINK_SECONDS) have passed since the request, however slowly the server sends."""
    deadline = time.monotonic() + seconds
    with http.stream("GET", url) as response:
        if response.status_code >= 400:
            return InputError(f"{url} answered HTTP {response.status_code}; check the link")
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > most:
                return InputError(f"{url} is over {most / 1e6:g} MB (KG_MAX_PAGE_MB); skipped")
            if time.monotonic() > deadline:
                return InputError(f"{url} took over {seconds:g} s to arrive (KG_LINK_SECONDS); skipped")
            chunks.append(chunk)
    return b"".join(chunks)


def main_text(text: str, title: str | None) -> str:
    """Paragraphs one blank line apart; the headline (metadata, not analysed) and the page's furniture
    (`furniture`) left out of the body."""
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    if paragraphs and title and paragraphs[0] == title.strip():
        paragraphs = paragraphs[1:]
    paragraphs = [p for p in paragraphs if not is_page_furniture(p)]
    return "\n\n".join(paragraphs) + "\n" if paragraphs else ""


def fetch_pages(urls: Iterable[str], *, timeout: float = FETCH_TIMEOUT,
                connections: int = MAX_CONNECTIONS) -> Iterator[tuple[str, bytes | InputError]]:
    """(url, page bytes or the error) for each link, in the order given, a few requests at a time."""
    import httpx

    most, seconds = megabytes("KG_MAX_PAGE_MB"), limit("KG_LINK_SECONDS")
    with httpx.Client(timeout=timeout, follow_redirects=True, headers={"User-Agent": USER_AGENT}) as http:
        def get(url: str) -> bytes | InputError:
            try:
                return bounded_get(http, url, most=most, seconds=seconds)
            except httpx.HTTPError as exc:
                return InputError(f"{url} could not be fetched ({type(exc).__name__}); check the link")

        with ThreadPoolExecutor(connections) as pool:
            for window in batched(urls, connections * 4):  # a few pages held at a time, however long the list
                yield from zip(window, pool.map(get, window))
