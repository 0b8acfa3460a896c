"""The report's data agrees with the graph: counts, offsets, resolved entities, any store, any row order."""
from __future__ import annotations

import re

import pytest

from kg.queries import Source, run_query
from kg.report import render_page, report_data

STATS = ("articles", "people", "organizations", "places", "statements", "direct", "reported", "speakers")


def stats_of(*files) -> dict[str, int]:
    output, _ = run_query("stats", Source(files=tuple(str(f) for f in files)), fmt="csv")
    header, values = output.decode().splitlines()[:2]
    return {k: int(v) for k, v in zip(header.split(","), values.split(","))}


def test_the_overview_counts_what_the_stats_query_counts(report_graph, report_of):
    stats = stats_of(report_graph)
    assert {k: report_of["overview"][k] for k in STATS} == {k: stats[k] for k in STATS}
    assert report_of["overview"]["statements"] > 50


def text_of(article: dict) -> str:
    """An article's text as the page holds it: its pieces at their offsets, blanks between."""
    chars = [" "] * article["length"]
    for start, piece in article["pieces"]:
        chars[start:start + len(piece)] = piece
    return "".join(chars)


def test_the_page_keeps_the_lines_with_statements_and_the_lead(report_of):
    fields = report_of["statementFields"]
    for row in report_of["statements"]:
        s = dict(zip(fields, row))
        pieces = report_of["articles"][s["article"]]["pieces"]
        for begin, end in s["parts"] + ([s["speakerAt"]] if s["speakerAt"] else []):
            assert any(start <= begin and end <= start + len(piece) for start, piece in pieces)
    assert all(a["pieces"] and a["pieces"][0][1].strip() for a in report_of["articles"])


def test_each_statement_points_at_its_text_and_its_speaker(report_of):
    fields = report_of["statementFields"]
    for row in report_of["statements"]:
        s = dict(zip(fields, row))
        text = text_of(report_of["articles"][s["article"]])
        assert s["parts"], s["text"]
        for begin, end in s["parts"]:  # PARC's spans: the words, with "that" and quote marks around them
            words = re.sub(r"^(?:that,? )?(?:''|[“\"‘'])?|[,.?!;:…]*(?:''|[”\"’'])?$", "", text[begin:end].strip())
            span, said = " ".join(words.split()), " ".join(s["text"].split())
            assert span in said or said in span  # a part of what was said, or all of it with whom it was put to
        if s["speakerAt"]:
            begin, end = s["speakerAt"]
            assert text[begin:end].strip() and end <= len(text)


def test_resolved_entities_are_one_entity_with_both_names(report_graph, report_of, tmp_path):
    people = {e["name"]: e["iri"] for e in report_of["entities"] if e["kind"] == "person"}
    (short, short_iri), (full, full_iri) = sorted(people.items())[:2]
    links = tmp_path / "links.ttl"
    links.write_text(f"<{short_iri}> <http://www.w3.org/2002/07/owl#sameAs> <{full_iri}> .\n")
    joined = report_data(Source(files=(str(report_graph), str(links))).open())
    merged = [e for e in joined["entities"] if e["iri"] == full_iri]
    assert len(merged) == 1 and short in merged[0]["alternates"]
    assert short_iri not in {e["iri"] for e in joined["entities"]}
    assert (
        joined["overview"]["people"] == report_of["overview"]["people"] - 1 == stats_of(report_graph, links)["people"]
    )


class ReversedRows:
    """The same results in the opposite order, as another store may return them."""

    def __init__(self, reader):
        self.reader = reader

    def rows(self, text: str, *, name: str = "query") -> tuple[list[str], list[list]]:
        variables, rows = self.reader.rows(text, name=name)
        return variables, rows[::-1]

    def values(self, text: str, *, name: str = "query", long: bool = False) -> list[list]:
        return list(self.reader.values(text, name=name, long=long))[::-1]


def test_the_page_depends_on_the_graph_not_on_row_order(report_graph, report_of):
    again = report_data(ReversedRows(Source(files=(str(report_graph),)).open()))
    assert again == report_of
    assert render_page(again) == render_page(report_of)


def test_the_embedded_store_gives_the_same_report(report_graph, report_of, tmp_path):
    from kg.stores import load_into

    load_into([str(report_graph)], store=str(tmp_path / "store"))
    assert report_data(Source(store=str(tmp_path / "store")).open()) == report_of


HOSTILE = "</script><script>alert(1)</script><!-- {{scripts}}"


def test_text_from_the_graph_never_becomes_markup(report_of):
    data = dict(report_of, title=HOSTILE)
    data["articles"] = [dict(a, pieces=[[start, piece + HOSTILE] for start, piece in a["pieces"]])
                        for a in report_of["articles"]]
    page = render_page(data)
    clean = render_page(dict(report_of, title="x"))
    assert len(re.findall(r"<script", page, re.I)) == len(re.findall(r"<script", clean, re.I))
    assert "&lt;/script&gt;" in page and "alert(1)</script>" not in page


@pytest.mark.parametrize("name", ["vis-network.min.js", "uPlot.iife.min.js", "topojson-client.min.js"])
def test_the_page_carries_its_libraries_and_no_address_to_fetch(report_of, name):
    from kg.report.page import asset

    page = render_page(report_of)
    assert asset(name)[:2000] in page
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=", page)
    assert "sourceMappingURL" not in page


def test_events_are_happenings_of_a_known_type_with_their_people_and_articles(report_of):
    fields, events = report_of["eventFields"], report_of["events"]
    assert events, "the test articles report events of known types"
    column = {name: fields.index(name) for name in fields}
    assert all(e[column["type"]] != "Occurrence" for e in events)  # the page shows typed happenings only
    assert all(e[column["articles"]] for e in events)
    entities = report_of["entities"]
    for e in events:
        for role in ("agents", "patients", "places"):
            assert all(0 <= i < len(entities) for i in e[column[role]])
        assert all(entities[i]["kind"] == "place" for i in e[column["places"]])
    dated = [e[column["date"]] or "9999" for e in events]
    assert dated == sorted(dated)  # oldest first, undated last
