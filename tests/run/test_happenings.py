"""One happening across articles (`kg resolve`): stories of articles that name the same rare entities, and
events of one word group within a story, kept apart by far places and distant dates."""
from __future__ import annotations

from datetime import date

import pytest
import rdflib
from typer.testing import CliRunner

from kg.cli import app
from kg.events.places import Where
from kg.run.happenings import Happening, same_events, stories

SANTIAGO = dict(where=Where("place/santiago", "town", -33.45, -70.66))
TOKYO = dict(where=Where("place/tokyo", "town", 35.68, 139.69))
VALPARAISO = dict(where=Where("place/valparaiso", "town", -33.05, -71.62))  # 110 km from Santiago


def corpus(*docs: tuple[str, set[str]]) -> dict[str, frozenset[str]]:
    return {doc: frozenset(names) for doc, names in docs}


def test_articles_naming_the_same_rare_entities_are_one_story():
    named = corpus(("a", {"chile", "boric", "talca", "usa"}), ("b", {"chile", "boric", "talca"}),
                   ("c", {"japan", "kishida", "usa"}), ("d", {"usa"}), ("e", {"usa", "nasa"}))
    story = stories(named)
    assert story["a"] == story["b"] == "a"
    assert len({story["a"], story["c"], story["d"], story["e"]}) == 4


@pytest.mark.parametrize("second, linked", [
    (Happening("ev/b1", "b", "earthquake", "positive"), True),
    (Happening("ev/b1", "b", "earthquake", "positive", **VALPARAISO), True),  # near enough: one quake
    (Happening("ev/b1", "b", "earthquake", "positive", **TOKYO), False),  # another quake the same week
    (Happening("ev/b1", "b", "earthquake", "positive", date=date(2024, 3, 30)), False),  # weeks apart
    (Happening("ev/b1", "b", "earthquake", "negative"), False),
    (Happening("ev/b1", "b", "flood", "positive"), False),
])
def test_events_of_one_story_are_one_happening_unless_apart(second, linked):
    first = Happening("ev/a1", "a", "earthquake", "positive", date=date(2024, 3, 12), **SANTIAGO)
    named = corpus(("a", {"chile", "boric"}), ("b", {"chile", "boric"}), ("c", {"peru"}), ("d", {"peru"}))
    assert (same_events([first, second], named) == [("ev/b1", "ev/a1")]) is linked


def test_two_events_of_one_article_stay_as_extraction_left_them():
    named = corpus(("a", {"chile", "boric"}), ("b", {"chile", "boric"}), ("c", {"peru"}), ("d", {"peru"}))
    events = [Happening("ev/a1", "a", "earthquake", "positive", **SANTIAGO),
              Happening("ev/a2", "a", "earthquake", "positive", **TOKYO),
              Happening("ev/b1", "b", "earthquake", "positive", **TOKYO)]
    assert same_events(events, named) == [("ev/b1", "ev/a2")]


def test_links_do_not_depend_on_the_order_events_come_in():
    named = corpus(*((d, {"talca", "boric"}) for d in "abc"), *((d, {d + "-only"}) for d in "xyz"))
    events = [Happening(f"ev/{d}", d, "earthquake", "positive") for d in "abc"]
    assert same_events(events, named) == same_events(list(reversed(events)), named) == [
        ("ev/b", "ev/a"), ("ev/c", "ev/a")]


def test_resolve_joins_one_quake_reported_twice_and_keeps_another_apart(tmp_path):
    (tmp_path / "one.txt").write_text(
        "date 2024-03-14\nA strong earthquake struck Talca on Tuesday, Chile's president Gabriel Boric said.\n"
        "The quake damaged the cathedral of Talca, mayor Juan Carlos Díaz said.\n")
    (tmp_path / "two.txt").write_text(
        "date 2024-03-14\nRescuers searched the rubble in Talca after the earthquake on Tuesday.\n"
        "Gabriel Boric visited Talca with mayor Juan Carlos Díaz.\n")
    (tmp_path / "three.txt").write_text(
        "date 2024-03-14\nAn earthquake struck Sendai on Tuesday, Japan's prime minister Fumio Kishida said.\n")
    runner = CliRunner()
    graph, links = tmp_path / "corpus.trig", tmp_path / "links.trig"
    assert runner.invoke(app, ["extract", str(tmp_path), "-o", str(graph)]).exit_code == 0
    result = runner.invoke(app, ["resolve", "--data", str(graph), "-o", str(links)])
    assert result.exit_code == 0, result.stderr
    ds = rdflib.Dataset().parse(links, format="trig")
    resolution = ds.graph(rdflib.URIRef("https://w3id.org/newskg/id/graph/resolution"))
    joined = {(str(s).split("/doc/")[1], str(o).split("/doc/")[1])
              for s, o in resolution.subject_objects(rdflib.OWL.sameAs) if "/event/" in str(s)}
    quakes = {(s, o) for s, o in joined if s.startswith("two/event/") and o.startswith("one/event/")}
    assert quakes, joined
    assert "1 events joined" in result.stderr
    assert not any("three/" in s or "three/" in o for s, o in joined)


def test_a_chain_of_pairs_does_not_join_two_stories():
    """a and b share names, b and c share others, and a and c nothing: average linkage keeps a story whole
    without dragging the next one in through a single article."""
    named = corpus(("a", {"x1", "x2", "x3"}), ("a2", {"x1", "x2", "x3"}), ("b", {"x1", "y1"}),
                   ("c", {"y1", "y2", "y3"}), ("c2", {"y1", "y2", "y3"}), *((f"o{i}", {f"o{i}"}) for i in range(6)))
    story = stories(named, minimum=0.3)
    assert story["a"] == story["a2"] and story["c"] == story["c2"]
    assert story["a"] != story["c"]
