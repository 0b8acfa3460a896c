from datetime import date

import pytest

from kg.errors import InputError
from kg.nlp import analysis_text
from kg.rdf import id_segment
from kg.read import Problem, article_from_text, expand, read_articles, read_source


@pytest.mark.parametrize("text, published, title, header_end", [
    ("date 2021-11-30 A headline here\n\nBody.", date(2021, 11, 30), "A headline here", 31),
    (" date 2024-01-02\nBody text.", date(2024, 1, 2), None, 16),
    ("No header at all.\n", None, None, 0),
    ("date: not a header\n", None, None, 0),
])
def test_header_line(text, published, title, header_end):
    article = article_from_text(text, id="x")
    assert (article.published, article.title, article.header_end) == (published, title, header_end)


def test_header_is_masked_without_moving_offsets():
    article = article_from_text("date 2021-11-30 Okoro says deal done\n\nBody.", id="x")
    masked = analysis_text(article)
    assert len(masked) == len(article.text) and article.title == "Okoro says deal done"
    assert masked == " " * 36 + "\n\nBody."  # the headline is metadata, never a statement


@pytest.mark.parametrize("text, read", [
    ("GLENWOOD \x97 The county board met.", "GLENWOOD — The county board met."),
    ("\x93We will appeal,\x94 the coach said.", "“We will appeal,” the coach said."),
    ("Shares fell 3\x965 percent\x85 and held.", "Shares fell 3–5 percent… and held."),
    ("An undefined \x81 control.", "An undefined   control."),
])
def test_windows_1252_controls_are_read_as_their_characters(text, read):
    article = article_from_text(text, id="x")
    assert analysis_text(article) == read and article.text == text  # the text as given stays as given


@pytest.mark.parametrize("line, furniture", [
    ("Click here to sign up for our newsletter.", True), ("Advertisement", True), ("Subscribe now", True),
    ("The mayor said the advertisement misleads voters about the city's finances.", False),
    ("Subscribers fell by a third after the paywall went up, the company said.", False),
    ("Thousands of volunteers sign up each year, organisers said.", False),
])
def test_boilerplate_lines_are_masked_and_news_is_not(line, furniture):
    text = f"Officials met on Monday.\n\n{line}\n"
    masked = analysis_text(article_from_text(text, id="x"))
    assert "Officials met" in masked and (line not in masked) == furniture and len(masked) == len(text)


@pytest.mark.parametrize("ids", [
    ("report 1", "report-1", "report-1-", "report_1", "Report-1"),
    ("é", "e", "%C3%A9", "a/b", "a%2Fb", "a-b"),
])
def test_distinct_ids_get_distinct_readable_iri_segments(ids):
    segments = [id_segment(i) for i in ids]
    assert len(set(segments)) == len(ids)
    assert id_segment("breitbart_2016-09-12_some-story") == "breitbart_2016-09-12_some-story"
    assert all(" " not in s and "/" not in s for s in segments)


def test_repeated_ids_are_skipped_with_both_sources(tmp_path):
    (tmp_path / "mon").mkdir(), (tmp_path / "tue").mkdir()
    (tmp_path / "mon" / "story.txt").write_text("Monday's story.")
    (tmp_path / "tue" / "story.txt").write_text("Tuesday's story.")
    (tmp_path / "feed.jsonl").write_text('{"id": "x 1", "text": "One."}\n{"id": "x 1", "text": "Two."}\n'
                                         '{"id": "x-1", "text": "Three."}\n')
    items = list(read_articles([str(tmp_path / "mon"), str(tmp_path / "tue"), str(tmp_path / "feed.jsonl")]))
    kept = [i for i in items if not isinstance(i, Problem)]
    skipped = [i for i in items if isinstance(i, Problem)]
    assert [a.id for a in kept] == ["story", "x 1", "x-1"]
    assert len(skipped) == 2
    assert "mon/story.txt" in skipped[0].message and "tue/story.txt" in skipped[0].message
    assert "feed.jsonl:1" in skipped[1].message and skipped[1].source.endswith("feed.jsonl:2")


def test_the_same_file_named_twice_is_read_once(tmp_path):
    (tmp_path / "a.txt").write_text("A.")
    items = list(read_articles([str(tmp_path), str(tmp_path / "*.txt")]))
    assert [i.id for i in items] == ["a"]


def test_an_impossible_date_line_is_a_problem_not_a_crash():
    (item,) = read_source("bad.txt", b"date 2025-02-30 Headline\n\nBody.", stem="bad")
    assert isinstance(item, Problem) and "2025-02-30" in item.message and "not a real date" in item.message


def test_jsonl_records_and_bad_lines():
    data = (b'{"id": "a1", "text": "Hello there.", "date": "2024-05-01", "url": "https://ex.org/a"}\n'
            b'not json\n{"id": "a2"}\n{"text": "No id here.", "date": "May 1"}\n')
    items = list(read_source("feed.jsonl", data))
    assert items[0].id == "a1" and items[0].published == date(2024, 5, 1) and items[0].url == "https://ex.org/a"
    problems = [i for i in items if isinstance(i, Problem)]
    assert [p.source for p in problems] == ["feed.jsonl:2", "feed.jsonl:3", "feed.jsonl:4"]
    assert all("\n" not in p.message for p in problems)


@pytest.mark.parametrize("data, fragment", [
    (b"", "is empty"), (b"   \n", "is empty"), (b"\x00\x01binary", "looks binary"),
    (b"caf\xe9 au lait", "not valid UTF-8")])
def test_unreadable_files_are_problems(data, fragment):
    (item,) = read_source("bad.txt", data)
    assert isinstance(item, Problem) and fragment in item.message


def test_expand_folders_globs_and_missing(tmp_path):
    (tmp_path / "b.txt").write_text("B.")
    (tmp_path / "a.jsonl").write_text('{"text": "A."}\n')
    (tmp_path / "skip.md").write_text("no")
    assert [p.rsplit("/", 1)[1] for p in expand([str(tmp_path)])] == ["a.jsonl", "b.txt"]
    assert expand([str(tmp_path / "*.txt")]) == [str(tmp_path / "b.txt")]
    with pytest.raises(InputError, match="no such file"):
        expand([str(tmp_path / "missing.txt")])


def test_date_option_applies_to_plain_files_only(tmp_path):
    (tmp_path / "plain.txt").write_text("Text.")
    (tmp_path / "dated.txt").write_text("date 2020-02-02\nText.")
    got = {a.id: a.published for a in read_articles([str(tmp_path)], published=date(2024, 1, 1))}
    assert got == {"dated": date(2020, 2, 2), "plain": date(2024, 1, 1)}
