"""One id for one article whatever link reached it: a URL normalised for ids. The article keeps the URL as
given in `schema:url`; only its id is normalised, so that a page, a feed entry and a WARC capture of one story,
over http or https, with or without "www.", a trailing slash, a fragment or a tracking parameter, are one
article."""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that say who sent the reader, not which page: analytics and referral tags.
TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_ga|_gl|srcref|ocid|cmpid"
                      r"|ref|ref_src|share|smid|cid|icid|ito|CMP|__twitter_impression)$", re.IGNORECASE)


def url_id(url: str) -> str:
    """"http://www.Example.com/news/story/?utm_source=x#top" → "https://example.com/news/story"."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").removeprefix("www.")
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING.match(k)])
    path = parts.path.rstrip("/")
    return urlunsplit(("https", host, path, query, ""))
