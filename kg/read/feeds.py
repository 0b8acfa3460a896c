"""News feeds (RSS, Atom): one article per entry, its full content when the feed carries it.

feedparser reads every RSS and Atom dialect. An entry with only a summary is still an article,
with a note in the batch report that only the summary was available.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from kg.errors import InputError

from .articles import Article, Problem, web_url
from .urls import url_id
from .web import main_text

FULL_CONTENT_WORDS = 80  # fewer words than this in the richest field: the feed gave a summary only


def feed_articles(data: bytes, source: str) -> Iterator:
    """Articles (or Problems) from a feed's bytes, in the feed's order."""
    import feedparser


    feed = feedparser.parse(data)
    if not feed.entries:
        reason = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
        yield Problem(source, f"{source} holds no feed entries{reason}; give an RSS or Atom feed")
        return
    for number, entry in enumerate(feed.entries, 1):
        where = f"{source}#{number}"
        try:
            yield entry_article(entry, where)
        except InputError as exc:
            yield Problem(where, str(exc))


def entry_article(entry, where: str):

    html = max((c.get("value", "") for c in entry.get("content", [])), key=len, default="") \
        or entry.get("summary", "")
    text = main_text(plain_text(html), entry.get("title"))
    if not text.strip():
        raise InputError(f"{where}: the entry has neither content nor a summary; skipped")
    url = web_url(entry.get("link"))
    method = "feed" if len(text.split()) >= FULL_CONTENT_WORDS else "feed summary"
    # the entry's link is the story's own page: its id is the page's id (a feed's guid only without a link)
    return Article(id=url_id(url) if url else entry.get("id") or where, text=text, url=url, published=entry_date(entry),
                   title=entry.get("title") or None, source=where, author=entry.get("author") or None,
                   method=method)


def plain_text(html: str) -> str:
    """An entry's HTML as text, one line per paragraph."""
    import lxml.html

    if "<" not in html:
        return html
    tree = lxml.html.fromstring(f"<div>{html}</div>")
    for block in tree.iter("p", "br", "div", "li", "h1", "h2", "h3", "blockquote"):
        block.tail = "\n" + (block.tail or "")
    return tree.text_content()


def entry_date(entry) -> date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday) if parsed else None
