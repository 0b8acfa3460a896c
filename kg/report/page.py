"""The report page: one HTML file with its scripts, styles, map outline and data inlined.

The libraries are shipped in `assets/` as their npm packages publish them (versions in VENDORED); the
page loads nothing from the network and opens from disk.
"""
from __future__ import annotations

import base64
import gzip
import html
import json
import re
from importlib.resources import files

ASSETS = files("kg.report").joinpath("assets")
# What the page inlines, with the npm package and version each file comes from (licences in assets/licenses).
VENDORED = {
    "vis-network.min.js": "vis-network@9.1.9 (standalone/umd)",
    "uPlot.iife.min.js": "uplot@1.6.31",
    "uPlot.min.css": "uplot@1.6.31",
    "topojson-client.min.js": "topojson-client@3.1.0",
    "land-110m.json": "world-atlas@2.0.2 (Natural Earth 1:110m land)",
}
LIBRARIES = ("vis-network.min.js", "uPlot.iife.min.js", "topojson-client.min.js")
# started, in order, once the data is inflated (loader.js)
VIEWS = ("report.js", "network.js", "views.js", "exports.js")
STYLES = ("uPlot.min.css", "report.css")


def asset(name: str) -> str:
    text = (ASSETS / name).read_text(encoding="utf-8")
    # A source map comment would point at a file the page does not carry.
    return "\n".join(line for line in text.splitlines() if not line.startswith("//# sourceMappingURL="))


def script_safe(text: str) -> str:
    """Script text that cannot end the <script> element it sits in (only `</script` can; `<\\/` means `</`
    in a JavaScript string or regular expression alike). An HTML comment opener is refused outright."""
    if "<!--" in text:
        raise ValueError("a bundled script holds '<!--', which HTML parses specially; re-vendor it")
    return re.sub(r"</(script)", r"<\\/\1", text, flags=re.IGNORECASE)


def json_block(element_id: str, value) -> str:
    body = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True).replace("<", "\\u003c")
    return f'<script id="{element_id}" type="application/json">{body}</script>'


def packed(value) -> str:
    """JSON gzipped in base64 (the same bytes for the same data: no time in the gzip header)."""
    body = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    return base64.b64encode(gzip.compress(body, compresslevel=1, mtime=0)).decode("ascii")  # fast; 17% larger than 6


# The page's data in blocks, each inflated on its own: one string for a whole archive's data passes what a
# browser's string or JSON parser takes (a hundred thousand articles make hundreds of megabytes).
STATEMENTS_PER_BLOCK = 20_000  # inflated as the page opens, block after block
ARTICLES_PER_BLOCK = 500  # their texts' pieces, inflated when one of them is opened


def data_blocks(data: dict) -> str:
    """The data's script blocks: `kg-data` (all but the statements and the articles' texts), the statements'
    blocks in order, and the articles' pieces by runs of articles (`data-first`)."""
    statements, articles = data["statements"], data["articles"]
    core = {**data, "statements": [], "articles": [{k: v for k, v in a.items() if k != "pieces"} for a in articles]}
    blocks = [f'<script id="kg-data" type="application/gzip-base64">{packed(core)}</script>']
    blocks += [f'<script class="kg-statements" type="application/gzip-base64">'
               f'{packed(statements[k:k + STATEMENTS_PER_BLOCK])}</script>'
               for k in range(0, len(statements), STATEMENTS_PER_BLOCK)]
    blocks += [f'<script class="kg-pieces" data-first="{k}" type="application/gzip-base64">'
               f'{packed([a["pieces"] for a in articles[k:k + ARTICLES_PER_BLOCK]])}</script>'
               for k in range(0, len(articles), ARTICLES_PER_BLOCK)]
    return "\n".join(blocks)


def render_page(data: dict) -> str:
    """The whole page for the report data (see kg.report.data) as one HTML string."""
    styles = "\n".join(f"<style>{asset(name)}</style>" for name in STYLES)
    views = (f"(window.kgStart = window.kgStart || []).push(function () {{\n{asset(name)}\n}});" for name in VIEWS)
    scripts = "\n".join(f"<script>{script_safe(text)}</script>"
                         for text in (*(asset(name) for name in LIBRARIES), *views, asset("loader.js")))
    land = json.loads(asset("land-110m.json"))
    parts = {"title": html.escape(data["title"]), "styles": styles, "scripts": scripts,
             "data": data_blocks(data) + "\n" + json_block("kg-land", land)}
    # One pass, so a title holding "{{scripts}}" stays text.
    return re.sub(r"\{\{(\w+)\}\}", lambda m: parts[m.group(1)], asset("template.html"))
