"""Hostile and broken input: each bad thing costs one line and its own record, in bounded memory and
time, and the rest of the batch is written."""
from __future__ import annotations

import gzip
import http.server
import json
import threading
import time

import pytest
from pyoxigraph import RdfFormat, parse
from typer.testing import CliRunner

from kg.cli import app
from kg.read import Problem, read_articles
from tests.read.test_formats import PAGE, warc_bytes

GOOD = "“Talks will resume on Monday,” mediator Ilse Brandt said in Geneva."
OTHER = "“The bridge will reopen in May,” city engineer Tomas Varga said on Tuesday."


def kg(*args, env=None):
    return CliRunner().invoke(app, [str(a) for a in args], env=env)


def identifiers(path) -> list[str]:
    return sorted(q.object.value for q in parse(path=str(path), format=RdfFormat.N_QUADS)
                  if q.predicate.value == "http://purl.org/dc/terms/identifier")


def problems(items) -> list[str]:
    return [i.message for i in items if isinstance(i, Problem)]


def jsonl(tmp_path, *lines: bytes):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def record(ident: str, text: str = GOOD, **fields) -> bytes:
    return json.dumps({"id": ident, "text": text, **fields}).encode()


def test_a_record_nested_too_deep_costs_its_line(tmp_path):
    deep = b"[" * 5000 + b"]" * 5000
    out = tmp_path / "out.nq"
    result = kg("extract", jsonl(tmp_path, record("a"), deep, record("b", OTHER)), "-o", out)
    assert result.exit_code == 0, result.output
    assert "feed.jsonl:2 nests JSON too deeply" in result.stderr
    assert identifiers(out) == ["a", "b"]


@pytest.mark.parametrize("url, kept", [
    ("https://news.example/a story", "https://news.example/a%20story"),
    ("news.example/story", None),
    ("urn:guid:1234", None),
    (1234, None),
])
def test_a_url_that_is_no_iri_never_sinks_the_batch(tmp_path, url, kept):
    out = tmp_path / "out.nq"
    result = kg("extract", jsonl(tmp_path, record("a", url=url), record("b", OTHER)), "-o", out)
    assert result.exit_code == 0, result.output
    assert identifiers(out) == ["a", "b"]
    urls = [q.object.value for q in parse(path=str(out), format=RdfFormat.N_QUADS)
            if q.predicate.value == "http://schema.org/url"]
    assert urls == ([kept] if kept else [])


def test_urls_in_spreadsheets_and_feeds_with_only_a_guid(tmp_path):
    (tmp_path / "export.csv").write_text(f'id,text,url\nr1,"{GOOD}",not a url\nr2,"{OTHER}",https://x.example/a b\n',
                                         encoding="utf-8")
    (tmp_path / "feed.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        f"<item><title>Talks</title><guid>talks-1</guid><description>{GOOD}</description></item>"
        "</channel></rss>", encoding="utf-8")
    out = tmp_path / "out.nq"
    result = kg("extract", tmp_path / "export.csv", tmp_path / "feed.rss", "-o", out)
    assert result.exit_code == 0, result.output
    assert identifiers(out) == ["r1", "r2", "talks-1"]


def test_a_nul_byte_costs_its_record_not_the_file(tmp_path):
    items = list(read_articles([str(jsonl(tmp_path, record("a"), b'{"id": "b", "text": "x\x00y"}', record("c")))]))
    assert [i.id for i in items if not isinstance(i, Problem)] == ["a", "c"]
    assert len(problems(items)) == 1 and "feed.jsonl:2" in problems(items)[0]
    (tmp_path / "export.csv").write_bytes(f'id,text\nr1,"{GOOD}"\nr2,"bad\x00row"\nr3,"{OTHER}"\n'.encode())
    items = list(read_articles([str(tmp_path / "export.csv")]))
    assert [i.id for i in items if not isinstance(i, Problem)] == ["r1", "r3"]
    assert "NUL" in problems(items)[0] and "export.csv:3" in problems(items)[0]


def test_unicode_line_separators_inside_a_record_are_text(tmp_path):
    text = GOOD.replace("Talks", "Talks\u0085and\u2028more talks")
    items = list(read_articles([str(jsonl(tmp_path, record("a", text), record("b", OTHER)))]))
    assert [i.id for i in items] == ["a", "b"] and "\u2028" in items[0].text


def test_a_bad_byte_in_one_line_costs_that_line(tmp_path):
    items = list(read_articles([str(jsonl(tmp_path, record("a"), b'{"id": "b", "text": "caf\xe9"}', record("c")))]))
    assert [i.id for i in items if not isinstance(i, Problem)] == ["a", "c"]
    assert "feed.jsonl:2 is not valid UTF-8" in problems(items)[0]


ARCHIVE = {f"https://news.example/{n}": PAGE.replace("port-strike-ends", f"story-{n}") for n in range(4)}


@pytest.mark.parametrize("share", [0.03, 0.3, 0.62, 0.7])
def test_a_cut_archive_names_the_damaged_record_and_keeps_the_ones_before(tmp_path, share):
    data = warc_bytes(ARCHIVE)
    (tmp_path / "crawl.warc.gz").write_bytes(data[:int(len(data) * share)])
    items = list(read_articles([str(tmp_path / "crawl.warc.gz")]))
    read = [i for i in items if not isinstance(i, Problem)]
    (line,) = problems(items)
    assert "crawl.warc.gz" in line and "cut short" in line and f"the {len(read)} records before it" in line
    assert len(read) == int(4 * share)  # every whole record before the cut


def test_a_decompression_bomb_stops_at_the_bound(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_MAX_RECORD_MB", "1")
    bomb = warc_bytes({"https://news.example/bomb": "<html><body><p>" + "a" * 30_000_000 + "</p></body></html>"})
    assert len(bomb) < 200_000  # 30 MB of page in a small file
    (tmp_path / "bomb.warc.gz").write_bytes(warc_bytes(ARCHIVE) + bomb)
    start = time.monotonic()
    items = list(read_articles([str(tmp_path / "bomb.warc.gz")]))
    assert time.monotonic() - start < 10
    assert len([i for i in items if not isinstance(i, Problem)]) == 4
    assert "over 1 MB (KG_MAX_RECORD_MB)" in problems(items)[0]


def test_a_page_over_the_bound_is_skipped_with_a_line(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_MAX_PAGE_MB", "0.05")
    (tmp_path / "big.html").write_text(PAGE.replace("</article>", "<p>filler words</p>" * 5000 + "</article>"))
    (tmp_path / "small.html").write_text(PAGE)
    items = list(read_articles([str(tmp_path / "big.html"), str(tmp_path / "small.html")]))
    assert "big.html is over 0.05 MB (KG_MAX_PAGE_MB)" in problems(items)[0]
    assert len(items) == 2 and not isinstance(items[1], Problem)


def test_reading_a_page_has_a_time_budget(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_PAGE_SECONDS", "0.001")
    (tmp_path / "slow.html").write_text(PAGE.replace("</article>", "<p>more words here</p>" * 3000 + "</article>"))
    (item,) = read_articles([str(tmp_path / "slow.html")])
    assert isinstance(item, Problem) and "(KG_PAGE_SECONDS)" in item.message


@pytest.mark.parametrize("name", ["KG_MAX_PAGE_MB", "KG_LINK_SECONDS"])
def test_a_bound_that_is_no_number_is_one_line(tmp_path, name):
    (tmp_path / "a.txt").write_text(GOOD)
    result = kg("extract", tmp_path / "a.txt", "--urls", tmp_path / "a.txt", env={name: "abc"})
    assert result.exit_code == 2 and f"{name}='abc' is not a positive number" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


class Hostile(http.server.BaseHTTPRequestHandler):
    """/huge: a page far over the bound; /drip: a byte a tenth of a second, for ever; /page: a story."""

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            if self.path == "/huge":
                for _ in range(400):  # 40 MB, unless the reader stops first
                    self.wfile.write(b"<p>" + b"x" * 100_000 + b"</p>")
            elif self.path == "/drip":
                for _ in range(600):
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(0.1)
            else:
                self.wfile.write(PAGE.encode())
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args):
        pass


@pytest.fixture
def hostile_site():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Hostile)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_links_are_bounded_in_bytes_and_in_time(hostile_site, tmp_path, monkeypatch):
    monkeypatch.setenv("KG_MAX_PAGE_MB", "2")
    monkeypatch.setenv("KG_LINK_SECONDS", "1.5")
    start = time.monotonic()
    items = list(read_articles([f"{hostile_site}/huge", f"{hostile_site}/drip", f"{hostile_site}/page"]))
    assert time.monotonic() - start < 15
    assert "/huge is over 2 MB (KG_MAX_PAGE_MB)" in items[0].message
    assert "/drip took over 1.5 s to arrive (KG_LINK_SECONDS)" in items[1].message
    assert not isinstance(items[2], Problem)


def test_a_gzip_bomb_read_as_text_is_not_decompressed(tmp_path):
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"a" * 1_000_000))
    result = kg("extract", tmp_path / "bomb.txt.gz", "-o", tmp_path / "out.nq")
    assert result.exit_code == 2  # not an input form newskg reads: nothing to extract, said in a line
    assert len(result.stderr.strip().splitlines()) <= 2


def test_stdin_as_json_lines_is_streamed(tmp_path):
    data = b"\n".join([record("a"), b"[" * 5000, record("b", OTHER)]) + b"\n"
    result = CliRunner().invoke(app, ["extract", "-", "-o", str(tmp_path / "out.nq")], input=data)
    assert result.exit_code == 0, result.output
    assert identifiers(tmp_path / "out.nq") == ["a", "b"] and "-:2" in result.stderr
