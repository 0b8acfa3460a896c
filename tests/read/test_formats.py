"""News in the forms people have it: web pages, feeds, web archives, spreadsheets and links."""
import http.server
import io
import threading
from datetime import date
from functools import partial

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.read import Columns, Problem, read_articles

QUOTE = "“We have a deal,” union leader Rosa Lindqvist said in Gothenburg on Tuesday."
BODY = [QUOTE, "The strike had lasted nine days, and ships were queuing outside the harbour, officials said.",
        "“Our members will vote on Friday,” she added."]
PAGE = f"""<!doctype html><html><head><title>Port strike ends | The Harbour Times</title>
<link rel="canonical" href="https://news.example/2024/04/port-strike-ends">
<meta name="author" content="Ana Ruiz"><meta property="article:published_time" content="2024-04-02T09:00:00Z">
</head><body><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<div class="ad">Advertisement: best mortgage rates in town</div>
<article><h1>Port strike ends</h1>{''.join(f'<p>{p}</p>' for p in BODY)}
<figure><img src="x.jpg"><figcaption>Dockers return to work. Photo: Agency</figcaption></figure></article>
<section class="comments"><p>Finally! Took them long enough. - harbourfan77</p></section>
<footer>Subscribe to our newsletter. All rights reserved.</footer></body></html>"""


def kg(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


@pytest.fixture
def page(tmp_path):
    path = tmp_path / "port-strike.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_a_web_page_gives_its_story_without_the_furniture(page):
    (article,) = read_articles([str(page)])
    assert article.text.strip().split("\n\n") == BODY
    assert (article.id, article.url) == ("https://news.example/2024/04/port-strike-ends",) * 2
    assert article.published == date(2024, 4, 2) and article.author == "Ana Ruiz" and article.method == "html"
    for furniture in ("Home", "mortgage", "Photo: Agency", "harbourfan77", "newsletter"):
        assert furniture not in article.text


def test_a_page_with_no_article_is_one_problem(tmp_path):
    (tmp_path / "index.html").write_text("<html><body><nav>Home | World</nav></body></html>")
    (item,) = read_articles([str(tmp_path / "index.html")])
    assert isinstance(item, Problem) and "no article text" in item.message


FEED = f"""<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Harbour Times</title>
<item><title>Port strike ends</title><link>https://news.example/port</link><guid>port-1</guid>
<pubDate>Tue, 02 Apr 2024 09:00:00 GMT</pubDate>
<content:encoded><![CDATA[{"".join(f"<p>{p}</p>" for p in BODY * 4)}]]></content:encoded></item>
<item><title>Ferry fares rise</title><link>https://news.example/ferry</link>
<pubDate>Wed, 03 Apr 2024 09:00:00 GMT</pubDate>
<description>Fares will rise by 8 percent, the operator said.</description></item>
</channel></rss>"""


def test_a_feed_gives_one_article_per_entry(tmp_path):
    (tmp_path / "harbour.rss").write_text(FEED, encoding="utf-8")
    full, summary = read_articles([str(tmp_path / "harbour.rss")])
    assert (full.id, full.title, full.published, full.method) == (
        "https://news.example/port",  # the story's page, not the feed's guid: one id however it was reached
        "Port strike ends",
        date(2024, 4, 2),
        "feed",
    )
    assert QUOTE in full.text
    assert (summary.id, summary.method, summary.url) == (
        "https://news.example/ferry",
        "feed summary",
        "https://news.example/ferry",
    )


def warc_bytes(pages: dict[str, str], *, cut: int = 0) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, html in pages.items():
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(html.encode()),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": "2024-04-03T10:00:00Z"},
        )
        writer.write_record(record)
    data = buffer.getvalue()
    return data[:-cut] if cut else data


def test_a_web_archive_gives_every_html_response(tmp_path):
    undated = PAGE.replace('<meta property="article:published_time" content="2024-04-02T09:00:00Z">', "").replace(
        '<link rel="canonical" href="https://news.example/2024/04/port-strike-ends">', ""
    )
    (tmp_path / "crawl.warc.gz").write_bytes(
        warc_bytes({"https://news.example/a": PAGE, "https://news.example/b": undated})
    )
    first, second = read_articles([str(tmp_path / "crawl.warc.gz")])
    assert first.id == "https://news.example/2024/04/port-strike-ends" and first.method == "warc"
    assert (second.id, second.url) == ("https://news.example/b",) * 2
    assert second.published == date(2024, 4, 3)  # the record's date when the page gives none


def test_a_truncated_web_archive_keeps_what_came_before(tmp_path):
    data = warc_bytes({"https://news.example/a": PAGE, "https://news.example/b": PAGE.replace("2024/04/port", "x")})
    (tmp_path / "cut.warc.gz").write_bytes(data[: len(data) - 300])
    items = list(read_articles([str(tmp_path / "cut.warc.gz")]))
    assert not isinstance(items[0], Problem) and isinstance(items[-1], Problem)
    assert "cut short" in items[-1].message


def test_a_spreadsheet_export_with_guessed_and_named_columns(tmp_path):
    (tmp_path / "export.csv").write_text(
        "Headline,Body,Published,Link,ArticleID\n"
        f'Port strike ends,"{QUOTE}",2024-04-02,https://news.example/port,A-1\n'
        "Empty one,,2024-04-02,,A-2\n",
        encoding="utf-8",
    )
    guessed = list(read_articles([str(tmp_path / "export.csv")]))
    assert guessed[0].title == "Port strike ends" and guessed[0].published == date(2024, 4, 2)
    assert guessed[0].text == QUOTE and isinstance(guessed[1], Problem)
    named = list(read_articles([str(tmp_path / "export.csv")], columns=Columns(id="ArticleID")))
    assert named[0].id == "A-1"
    (tmp_path / "bad.tsv").write_text("a\tb\nx\ty\n")
    (problem,) = read_articles([str(tmp_path / "bad.tsv")])
    assert isinstance(problem, Problem) and "--text-column" in problem.message


@pytest.fixture
def site(tmp_path):
    (tmp_path / "story.html").write_text(PAGE, encoding="utf-8")
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_links_are_fetched_and_a_dead_one_is_skipped(site, tmp_path):
    (tmp_path / "links.txt").write_text(f"{site}/story.html\n# a comment\n{site}/gone.html\n")
    out = tmp_path / "out.nq"
    result = kg("extract", "--urls", tmp_path / "links.txt", "-o", out)
    assert result.exit_code == 0, result.output
    assert "gone.html answered HTTP 404" in result.stderr and "1 articles" in result.stderr
    assert "Rosa Lindqvist" in out.read_text()


def test_every_input_form_in_one_call(page, tmp_path):
    (tmp_path / "harbour.rss").write_text(FEED, encoding="utf-8")
    (tmp_path / "crawl.warc.gz").write_bytes(warc_bytes({"https://news.example/c": PAGE.replace("2024/04/port", "c")}))
    (tmp_path / "export.csv").write_text(f'id,text\nrow-1,"{QUOTE}"\n', encoding="utf-8")
    out = tmp_path / "out.trig"
    result = kg(
        "extract", page, tmp_path / "harbour.rss", tmp_path / "crawl.warc.gz", tmp_path / "export.csv", "-o", out
    )
    assert result.exit_code == 0, result.output
    assert "5 articles" in result.stderr and "Rosa Lindqvist" in out.read_text()


def test_each_article_says_where_it_came_from(page, tmp_path):
    import rdflib

    (tmp_path / "crawl.warc.gz").write_bytes(warc_bytes({"https://news.example/c": PAGE}))
    out = tmp_path / "out.trig"
    assert kg("extract", tmp_path / "crawl.warc.gz", "-o", out).exit_code == 0
    graph = rdflib.Dataset(default_union=True).parse(out, format="trig")
    prov, nkg, schema = (
        rdflib.Namespace(n) for n in ("http://www.w3.org/ns/prov#", "https://w3id.org/newskg/ns#", "http://schema.org/")
    )
    (doc,) = graph.subjects(nkg.inputForm, rdflib.Literal("warc"))
    assert str(graph.value(doc, prov.wasDerivedFrom)).startswith("urn:uuid:")
    assert str(graph.value(doc, schema.url)) == "https://news.example/2024/04/port-strike-ends"
    assert str(graph.value(doc, schema.author)) == "Ana Ruiz"


def test_a_page_in_its_own_encoding_is_read(tmp_path):
    page = PAGE.replace("<head>", '<head><meta charset="iso-8859-1">').replace("Rosa Lindqvist", "Zoë Müller")
    (tmp_path / "latin.html").write_bytes(page.replace("“", '"').replace("”", '"').encode("iso-8859-1"))
    (article,) = read_articles([str(tmp_path / "latin.html")])
    assert "Zoë Müller" in article.text


@pytest.mark.parametrize("link, same", [
    ("http://www.news.example/2024/04/port-strike-ends/", True),
    ("https://news.example/2024/04/port-strike-ends?utm_source=feed&utm_medium=rss#comments", True),
    ("https://NEWS.example/2024/04/port-strike-ends?fbclid=abc", True),
    ("https://news.example/2024/04/port-strike-ends?page=2", False),
    ("https://news.example/2024/04/Port-Strike-Ends", False),  # a path's case may name another page
])
def test_one_story_has_one_id_however_it_was_linked(link, same):
    from kg.read.urls import url_id

    assert (url_id(link) == "https://news.example/2024/04/port-strike-ends") is same


LANGUAGES = [
    ("Le gouvernement a annoncé mardi une hausse des salaires des enseignants, a déclaré la ministre à Paris.", "fr"),
    ("Die Regierung hat am Dienstag eine Erhöhung der Gehälter für Lehrer angekündigt, sagte die Ministerin.", "de"),
    ("El gobierno anunció el martes un aumento de los salarios de los maestros, dijo la ministra en Madrid.", "es"),
    ("Правительство во вторник объявило о повышении зарплат учителям, заявила министр в Москве сегодня утром.", "ru"),
]


@pytest.mark.parametrize("text, code", LANGUAGES)
def test_articles_not_in_english_are_skipped_with_a_line(tmp_path, text, code):
    english = "The government announced a rise in teachers' pay on Tuesday, the minister said in London this morning."
    (tmp_path / "a.txt").write_text(english, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    kept, skipped = read_articles([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert kept.id == "a" and isinstance(skipped, Problem)
    assert f"({code})" in skipped.message and "--any-language" in skipped.message
    assert [a.id for a in read_articles([str(tmp_path / "b.txt")], any_language=True)] == ["b"]


def test_a_page_captured_twice_keeps_the_latest_and_says_so(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    updated = PAGE.replace("nine days", "ten days")
    captures = [("response", PAGE, "2024-04-03T10:00:00Z"), ("response", updated, "2024-04-04T10:00:00Z"),
                ("revisit", "", "2024-04-05T10:00:00Z")]
    for kind, html, when in captures:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record("http://www.news.example/port/", kind, payload=io.BytesIO(html.encode()),
                                           http_headers=headers, warc_headers_dict={"WARC-Date": when})
        writer.write_record(record)
    (tmp_path / "crawl.warc.gz").write_bytes(buffer.getvalue())
    items = list(read_articles([str(tmp_path / "crawl.warc.gz")]))
    articles = [i for i in items if not isinstance(i, Problem)]
    notes = [i.message for i in items if isinstance(i, Problem)]
    assert len(articles) == 1 and "ten days" in articles[0].text
    assert len(notes) == 2 and "an earlier capture" in notes[0] and "the latest, of 2024-04-04" in notes[0]
    assert "a revisit" in notes[1] and "already given" not in " ".join(notes)


def test_json_lines_with_the_usual_other_field_names(tmp_path):
    import json

    lines = [{"doc_id": "a1", "body": QUOTE, "publication_date": "2024-04-02", "headline": "Port strike ends",
              "link": "https://news.example/port"},
             {"guid": "b2", "content": QUOTE, "published": "2024-04-03T08:00:00Z"},
             {"identifier": "c3", "words": QUOTE}]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    first, second, third = read_articles([str(tmp_path / "feed.jsonl")])
    assert (first.id, first.published, first.title, first.url) == (
        "a1", date(2024, 4, 2), "Port strike ends", "https://news.example/port")
    assert (second.id, second.published) == ("b2", date(2024, 4, 3))
    assert isinstance(third, Problem) and "identifier, words" in third.message and "body" in third.message
