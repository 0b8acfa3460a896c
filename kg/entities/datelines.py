"""Datelines: the place a story was filed from, in capitals before a dash at the start of its body
("MANSFIELD — The City Council ...", "BEIRUT (AP) -- ...", "GAINESVILLE, Texas — ..."). The small model
misses names in capitals; a dateline's is a place when the gazetteer knows it."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .gazetteer import find_place, find_town
from .mentions import Candidate

# Words in capitals, an optional ", State" and agency, then a dash: a dateline, where it opens a line (or,
# after a headline, a sentence; or after a byline's date, "March 15, 2009 NEWARK --"). A colon is no sign
# of one: "CLINTON:" opens a transcript's lines.
DATELINE_BODY = (r"(?P<town>[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3})"
                 r"(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?(?: \([A-Za-z]+\))?[ ]?(?:—|–|―|-{1,3})")
DATELINE = re.compile(r"(?:^|\n|[.!?] |\b\d{4} )" + DATELINE_BODY)
# "BEIRUT: ...", "NEW DELHI: ...", as papers in the Middle East and South Asia write them: a colon after a
# place the gazetteer knows well (a country, a state or a city of 100,000), named once so in the story (a
# transcript's "JACKSON:" comes back at every turn)
COLON_DATELINE = re.compile(r"(?:^|\n|[.!?] )(?P<town>[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,2}):[ ]")
COLON_CITY_POPULATION = 100_000
DATELINE_HERE = re.compile(DATELINE_BODY + r"[ ]*")
OPENING = 600  # characters: a dateline opens the story


def dateline_names(doc: Doc, text: str, covered: set[int]) -> list[Candidate]:
    """The dateline's place, where the gazetteer knows its name and no other name covers it (`text`: the
    doc's, which spaCy builds anew at each `doc.text`)."""
    found = []
    opening = text[:OPENING * 2]
    for match in [*DATELINE.finditer(opening[:OPENING]), *colon_datelines(text, opening[:OPENING])]:
        start, end = match.span("town")
        line_end = opening.find("\n", match.end())
        rest = opening[match.end():line_end if line_end >= 0 else len(opening)]
        if not any(ch.islower() for ch in rest):
            continue  # "CRICKET - ENGLAND BEAT PAKISTAN": a headline's topic, not a dateline
        name = match["town"].title()
        if find_place(name) is None and find_town(name) is None:
            continue
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is not None and len(span) and not covered & set(range(span.start, span.end)):
            found.append(Candidate(span, "GPE"))
        break  # one dateline a story
    return found


def colon_datelines(text: str, opening: str) -> list[re.Match]:
    """A colon dateline opening the story: a well-known place, its label not repeated further on."""
    found = []
    for match in COLON_DATELINE.finditer(opening):
        place = find_place(match["town"].title())
        if place is not None and (place.kind != "City" or place.population >= COLON_CITY_POPULATION) \
                and text.count(f"{match['town']}: ") == 1:
            found.append(match)
    return found[:1]


def dateline_tokens(doc: Doc, i: int) -> int:
    """How many tokens from token i are a dateline opening the story ("WASHINGTON —", "BEIRUT (AP) --"),
    else 0: what a sentence reports starts after it."""
    token = doc[i]
    if token.idx >= OPENING or i and not (doc[i - 1].is_space and "\n" in doc[i - 1].text):
        return 0
    window = doc[i:i + 12].text
    match = DATELINE_HERE.match(window)
    if match is None or not any(ch.islower() for ch in window[match.end():]):
        return 0
    end = token.idx + match.end()
    return sum(1 for t in doc[i:i + 12] if t.idx < end)
