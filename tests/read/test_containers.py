"""A story split into containers of one kind around ads is put together again for trafilatura to read."""
from __future__ import annotations

from lxml import html as lxml_html

from kg.read.containers import rejoined_page

FIRST = ["The city council voted on Tuesday to close two branch libraries, ending a year-long fight over the budget.",
         "Council members said the savings, about $1.2 million a year, would keep the other branches open longer.",
         "Residents who packed the meeting said the closures would hit the poorest neighbourhoods hardest."]
SECOND = ["Library director Mia Okafor said staff at the two branches would move to the central library by June.",
          "“We will keep every book and every programme, just in fewer buildings,” she said after the vote.",
          "A petition to reverse the decision has gathered more than 4,000 signatures, its organisers said."]
TEASERS = ["Mayor opens new bridge", "Schools to get more nurses", "Storm closes beaches"]


def paragraphs(texts):
    return "".join(f"<p>{t}</p>" for t in texts)


def chunk(texts):
    return (f'<div class="grid"><div class="body story__body">{paragraphs(texts)}</div>'
            '<div class="aside"><div class="ad">Advertisement</div></div></div>')


def page(body):
    head = "<head><title>Council closes two libraries</title></head>"
    return f"<html>{head}<body><article>{body}</article></body></html>"


def story_text():
    return "\n".join(FIRST)  # what trafilatura kept: the first container's paragraphs


def test_every_container_of_the_story_is_rejoined_in_order():
    rejoined = rejoined_page(page(chunk(FIRST) + chunk(SECOND)), story_text())
    assert rejoined is not None
    tree = lxml_html.fromstring(rejoined)
    assert [p.text_content() for p in tree.iter("p")] == FIRST + SECOND
    assert tree.findtext(".//title") == "Council closes two libraries" and "Advertisement" not in rejoined


def test_a_story_in_one_container_is_left_to_trafilatura():
    assert rejoined_page(page(chunk(FIRST + SECOND)), story_text()) is None


def test_teasers_sharing_the_storys_container_kind_are_not_the_story():
    teasers = "".join(f'<div class="body story__body"><p>{t}</p></div>' for t in TEASERS)
    assert rejoined_page(page(chunk(FIRST) + teasers), story_text()) is None


def test_a_story_whose_opening_is_not_in_the_page_is_left_alone():
    assert rejoined_page(page(chunk(SECOND) + chunk(SECOND)), story_text()) is None
