"""The report in a real browser: Debian's Chromium, headless, opens the page from disk.

It shows the graph's counts and quotes, draws every view with no console error, and asks the network
for nothing. Screenshots are kept in build/test-artifacts/ for a person to look at.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.queries import Source
from kg.report import write_report

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(__file__).resolve().parents[2] / "build" / "test-artifacts"
# Flags for a closed network: without them Chromium calls Google's services at start (and gets refused).
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-default-apps"]

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Debian's chromium is not installed (apt-get install chromium)"
)


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')"
    )
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def opened(browser, report_graph, tmp_path_factory):
    """The page loaded from disk, with what it logged and requested."""
    path = tmp_path_factory.mktemp("page") / "report.html"
    write_report(str(path), Source(files=(str(report_graph),)), title="Test articles")
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    seen = {"errors": [], "requests": []}
    page.on("console", lambda m: seen["errors"].append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.on(
        "request",
        lambda r: seen["requests"].append(r.url) if not r.url.startswith(("file:", "data:", "blob:")) else None,
    )
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready=true]", timeout=20000)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    yield page, seen
    page.close()


def show(page, view: str, ready: str):
    page.evaluate(f"location.hash = {view!r}")
    page.wait_for_selector(ready, timeout=20000)
    page.wait_for_timeout(300)
    page.screenshot(path=str(ARTIFACTS / f"report-{view.replace('/', '-')}.png"))


def test_the_overview_shows_the_graphs_counts(opened, report_of):
    page, _ = opened
    show(page, "overview", "#count-articles")
    for key in ("articles", "statements", "people", "organizations", "places", "speakers"):
        assert page.inner_text(f"#count-{key}") == str(report_of["overview"][key])


def test_a_quote_found_in_the_table_opens_its_article_marked(opened, report_of):
    page, _ = opened
    fields = report_of["statementFields"]
    quote = max(
        (dict(zip(fields, s)) for s in report_of["statements"] if s[fields.index("direct")]),
        key=lambda s: len(s["text"]),
    )
    show(page, "statements", "#statement-table tbody tr")
    page.fill("#filter-text", quote["text"][:40])
    page.wait_for_function("document.querySelectorAll('#statement-table tbody tr').length === 1", timeout=5000)
    assert quote["text"] in page.inner_text("#statement-table tbody")
    page.click("#statement-table tbody tr td.quote")
    page.wait_for_selector("#article-text mark.quote", timeout=5000)  # its block of articles read on demand
    marked = page.locator("#article-text mark.quote").all_inner_texts()
    from tests.report.test_data import text_of

    article = text_of(report_of["articles"][quote["article"]])
    assert marked == [article[b:e] for b, e in quote["parts"]]
    assert page.locator("#article-text mark.speaker").count() == (1 if quote["speakerAt"] else 0)
    page.screenshot(path=str(ARTIFACTS / "report-article.png"))
    page.click("#article-close")


def test_every_view_draws(opened, report_of):
    page, _ = opened
    show(page, "network", "#network canvas")
    show(page, "timeline", "#timeline .uplot")
    show(page, "map", "#map circle")
    placed = sum(1 for e in report_of["entities"] if e["at"])
    assert page.locator("#map circle").count() == placed
    speaker = report_of["statements"][0][report_of["statementFields"].index("speaker")]
    show(page, f"entity/{speaker}", "#view-entity h2")
    assert report_of["entities"][speaker]["name"] in page.inner_text("#view-entity")


def test_nothing_went_wrong_and_nothing_was_fetched(opened):
    _, seen = opened
    assert seen["errors"] == []
    assert seen["requests"] == []


def test_a_corpus_sized_page_draws_every_view(browser, report_of, tmp_path):
    """130,000 statements: more than a JavaScript call takes arguments, and more than a table shows at once."""
    from kg.report import render_page

    fields = report_of["statementFields"]
    many = [row for _ in range(130_000 // len(report_of["statements"]) + 1) for row in report_of["statements"]]
    path = tmp_path / "big.html"
    path.write_text(render_page(dict(report_of, statements=many)), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready=true]", timeout=30000)
    for view, ready in (
        ("statements", "#statement-table tbody tr"),
        ("network", "#network canvas"),
        ("timeline", "#timeline .uplot"),
        ("map", "#map circle"),
    ):
        page.evaluate(f"location.hash = {view!r}")
        page.wait_for_selector(ready, timeout=30000, state="attached")
    assert page.locator("#statement-table tbody tr").count() == 50
    assert errors == [] and len(many) > 130_000 and fields
    page.close()


def test_an_article_of_a_later_block_opens_with_its_statement_marked(browser, report_of, tmp_path):
    """The articles' texts come in blocks read when one is opened: a statement of the last copy's articles
    opens its own article's text, from the last block."""
    from kg.report import render_page
    from kg.report.page import ARTICLES_PER_BLOCK
    from tests.report.test_data import text_of

    fields, articles = report_of["statementFields"], report_of["articles"]
    copies = ARTICLES_PER_BLOCK // len(articles) + 2
    shift = (copies - 1) * len(articles)
    moved = [[shift + v if f == "article" else v for f, v in zip(fields, s)] for s in report_of["statements"]]
    path = tmp_path / "blocks.html"
    path.write_text(render_page(dict(report_of, articles=articles * copies, statements=moved)), encoding="utf-8")
    assert path.read_text(encoding="utf-8").count('class="kg-pieces"') >= 2
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready=true]", timeout=30000)
    quote = dict(zip(fields, moved[-1]))
    page.evaluate("location.hash = 'statements'")
    page.fill("#filter-text", quote["text"][:40])
    page.wait_for_function(f"Array.from(document.querySelectorAll('#statement-table tbody td.quote'))"
                           f".some(td => td.textContent === {quote['text']!r})", timeout=5000)
    page.locator("#statement-table tbody td.quote", has_text=quote["text"]).first.click()
    page.wait_for_selector("#article-text mark.quote", timeout=5000)
    article = text_of(articles[quote["article"] - shift])
    assert page.locator("#article-text mark.quote").all_inner_texts() == [article[b:e] for b, e in quote["parts"]]
    page.close()


def download(page, selector: str) -> str:
    with page.expect_download() as info:
        page.click(selector)
    return Path(info.value.path()).read_text(encoding="utf-8")


def test_each_view_exports_what_it_shows(browser, report_graph, report_of, tmp_path):
    """The filtered statements as CSV and JSON, the network as GraphML and GEXF, the places as GeoJSON, each
    read back by its consumer."""
    import csv
    import io
    import json
    import xml.etree.ElementTree as ET

    path = tmp_path / "report.html"
    write_report(str(path), Source(files=(str(report_graph),)), title="Test articles")
    page = browser.new_page(viewport={"width": 1400, "height": 900}, accept_downloads=True)
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready=true]", timeout=20000)
    fields = report_of["statementFields"]
    direct = [dict(zip(fields, s)) for s in report_of["statements"] if s[fields.index("direct")]]
    show(page, "statements", "#statement-table tbody tr")
    page.select_option("#filter-kind", "direct")
    page.wait_for_function(f"document.getElementById('statement-count').textContent.startsWith('{len(direct)} ')")
    rows = list(csv.DictReader(io.StringIO(download(page, "#view-statements button.export >> text=CSV"))))
    assert len(rows) == len(direct) and {r["kind"] for r in rows} == {"direct"}
    assert sorted(r["content"] for r in rows) == sorted(s["text"] for s in direct)
    assert list(rows[0]) == ["speaker", "content", "cue", "kind", "date", "confidence", "article", "headline", "url"]
    records = json.loads(download(page, "#view-statements button.export >> text=JSON"))
    assert [r["content"] for r in records] == [r["content"] for r in rows]

    show(page, "network", "#network canvas")
    graphml = ET.fromstring(download(page, "#view-network button.export >> text=GraphML"))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    nodes = graphml.findall(".//g:node", ns)
    edges = graphml.findall(".//g:edge", ns)
    shown = page.evaluate("window.kgReport.networkShown()")
    assert len(nodes) == len(shown["nodes"]) > 0 and len(edges) == len(shown["edges"])
    ids = {n.get("id") for n in nodes}
    assert all(e.get("source") in ids and e.get("target") in ids for e in edges)
    gexf = ET.fromstring(download(page, "#view-network button.export >> text=GEXF"))
    assert len(gexf.findall(".//{http://gexf.net/1.3}node")) == len(nodes)

    show(page, "map", "#map circle")
    places = json.loads(download(page, "#view-map button.export >> text=GeoJSON"))
    assert places["type"] == "FeatureCollection"
    assert len(places["features"]) == sum(1 for e in report_of["entities"] if e["at"])
    for feature in places["features"]:
        long, lat = feature["geometry"]["coordinates"]
        assert feature["type"] == "Feature" and feature["geometry"]["type"] == "Point"
        assert -180 <= long <= 180 and -90 <= lat <= 90 and feature["properties"]["name"]
    page.close()


def test_the_network_filters_by_kind_and_finds_how_two_are_connected(opened, report_of):
    page, _ = opened
    show(page, "network", "#network canvas")
    kinds = [e["kind"] for e in report_of["entities"]]
    page.uncheck("#network-kinds input[value=place]")
    shown = page.evaluate("window.kgReport.networkShown()")
    assert shown["nodes"] and all(kinds[i] != "place" for i in shown["nodes"])
    page.check("#network-kinds input[value=place]")
    fields = report_of["statementFields"]
    s = next(dict(zip(fields, row)) for row in report_of["statements"]
             if any(e != row[fields.index("speaker")] for e in row[fields.index("about")]))
    other = next(e for e in s["about"] if e != s["speaker"])
    names = [report_of["entities"][s["speaker"]]["name"], report_of["entities"][other]["name"]]
    page.fill("#path-from", names[0])
    page.fill("#path-to", names[1])
    page.click("#network-path")
    page.wait_for_selector("#path-steps li")
    assert page.locator("#path-steps li").all_inner_texts() == names
    page.screenshot(path=str(ARTIFACTS / "report-network-path.png"))


def test_an_entity_page_leads_with_what_was_said(opened, report_of):
    page, _ = opened
    speaker = report_of["statements"][0][report_of["statementFields"].index("speaker")]
    show(page, f"entity/{speaker}", "#view-entity h2")
    headings = page.locator("#view-entity h2").all_inner_texts()
    assert headings[1].startswith("What ") and " said (" in headings[1]
    assert page.locator("#entity-articles summary").inner_text().startswith("Articles (")
    assert page.locator("#entity-articles").get_attribute("open") is None  # folded


def test_the_timeline_says_how_to_zoom_and_lists_a_days_statements(opened):
    page, _ = opened
    show(page, "timeline", "#timeline .uplot")
    assert "Drag across the chart to zoom in" in page.inner_text("#timeline-note")


def test_the_events_view_lists_each_happening_and_filters_by_type(opened, report_of):
    page, _ = opened
    show(page, "events", "#events-table tbody tr")
    fields = report_of["eventFields"]
    shown = min(200, len(report_of["events"]))
    assert page.locator("#events-table tbody tr").count() == shown
    first = report_of["events"][0]
    assert first[fields.index("text")] in page.inner_text("#events-table tbody tr:first-child")
    kind = first[fields.index("type")]
    page.select_option("#events-type", kind)
    wanted = sum(1 for e in report_of["events"] if e[fields.index("type")] == kind)
    page.wait_for_function(f"document.querySelectorAll('#events-table tbody tr').length === {min(200, wanted)}")


def test_the_map_filters_by_date(opened, report_of):
    page, _ = opened
    show(page, "map", "#map circle")
    placed = page.locator("#map circle").count()
    page.fill("#map-from", "2999-01-01")
    page.dispatch_event("#map-from", "change")
    page.wait_for_function("document.querySelectorAll('#map circle').length === 0")
    page.fill("#map-from", "")
    page.dispatch_event("#map-from", "change")
    page.wait_for_function(f"document.querySelectorAll('#map circle').length === {placed}")
