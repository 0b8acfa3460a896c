"""Names in lines written in capitals ("SOCCER - ROMANIA BEAT LITHUANIA", "BELGRADE 1996-08-30").

The small model reads capitals badly: it misses names there and runs spans over verbs. In such a
line a name counts when the article writes it elsewhere in running text (then it is that entity,
with that label) or when the gazetteer knows it as a country or a large city; other spans there
are dropped. Canonical names come from running text (see canonical.fullest).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .gazetteer import find_place
from .mentions import Candidate

WORD = re.compile(r"[^\W\d_]{2,}")  # a word of two letters or more
DIGIT = re.compile(r"\d")
LONGEST = 4  # words in a name looked up
BIG_CITY = 500_000  # a capitals-only city name counts from this population (fewer are often words too)


def caps_lines(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the lines whose words (two or more, or one before a date) are all in capitals.
    Read off the text, line by line (string methods, no Token objects): most lines are not."""
    lines, offset = [], 0
    for line in doc.text.split("\n"):
        words = WORD.findall(line)
        if words and line == line.upper() and (len(words) >= 2 or DIGIT.search(line)):
            span = doc.char_span(offset, offset + len(line), alignment_mode="expand")
            if span is not None and len(span):
                lines.append((span.start, span.end))
        offset += len(line) + 1
    return lines


def place_label(span: Span) -> str | None:
    place = find_place(span.text)
    if place is None or any(t.is_stop for t in span):
        return None
    return "GPE" if place.kind == "Country" or place.kind == "City" and place.population >= BIG_CITY else None


def caps_names(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """`cands` with those in capitals lines replaced by the names found there as described above."""
    lines = caps_lines(doc)
    if not lines:
        return cands
    in_caps = {i for start, end in lines for i in range(start, end)}
    body = [c for c in cands if c.span.start not in in_caps]
    known = {c.span.text.casefold(): c.label for c in body if not c.span.text.isupper()}
    found: list[Candidate] = []
    for start, end in lines:
        i = start
        while i < end:
            for n in range(min(LONGEST, end - i), 0, -1):
                span = doc[i:i + n]
                if not span[0].is_alpha or not span[-1].is_alpha:
                    continue
                label = known.get(span.text.casefold()) or place_label(span)
                if label:
                    found.append(Candidate(span, label))
                    i += n
                    break
            else:
                i += 1
    return sorted(body + found, key=lambda c: c.span.start)
