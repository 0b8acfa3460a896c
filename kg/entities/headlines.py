"""Names in headline lines: capitals ("SOCCER - ROMANIA BEAT LITHUANIA", "BELGRADE 1996-08-30") and
title case ("Microsoft Rushes Fix for IE Flaw"; a subheading or a related story's title further down).

The small model reads such lines badly: it misses names there and runs spans over verbs ("Microsoft
Rushes" would become the name every later "Microsoft" joins). In such a line a name counts when the
article writes it elsewhere in running text (then it is that entity, with that label) or when the
gazetteer knows it as a country or a large city; other spans there are dropped. Canonical names come
from running text (see canonical.fullest).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .gazetteer import find_place
from .mentions import Candidate

WORD = re.compile(r"\b[^\W\d_]{2,}\b")  # a word of two letters or more ("5th" is none)
DIGIT = re.compile(r"\d")
SMALL_WORDS = frozenset("a an and as at by for from in into of on or over the to up with vs via".split())
HEADLINE_LINES = 3  # a title may follow an address or a blank line
SUBHEAD_WORDS = 4  # a title-case line this long further down is a subheading
LIST_MARKS = re.compile(r"[,()\d]")
LONGEST = 4  # words in a name looked up
BIG_CITY = 500_000  # a capitals-only city name counts from this population (fewer are often words too)


def headline_lines(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the lines that read as headlines: all in capitals (two words or more, or one
    before a date, "BELGRADE 1996-08-30"), or one of the first lines in title case ("Microsoft Rushes
    Fix for IE Flaw").
    Read off the text, line by line (string methods, no Token objects): most lines are neither."""
    lines, offset = [], 0
    for number, line in enumerate(doc.text.split("\n")):
        words = WORD.findall(line)
        capitals = words and line == line.upper() and (len(words) >= 2 or DIGIT.search(line))
        # title case at the top, where headlines are; further down a subheading or a link's title
        # ("Current Roster of Games"), not a list of names ("Ana Ruiz, Li Wei and Tom Berg")
        headline = title_case(line, words) and (number < HEADLINE_LINES or subheading(line, words))
        if capitals or headline:
            span = doc.char_span(offset, offset + len(line), alignment_mode="expand")
            if span is not None and len(span):
                lines.append((span.start, span.end))
        offset += len(line) + 1
    return lines


def subheading(line: str, words: list[str]) -> bool:
    """A title-case line further down that is a subheading or a link's title, not a list of names ("Ana Ruiz,
    Li Wei and Tom Berg") or a results line ("2. Ana Ruiz ( Spain ) 4:08.22")."""
    return len(words) >= SUBHEAD_WORDS and not LIST_MARKS.search(line)


def title_case(line: str, words: list[str]) -> bool:
    """Three to twenty words, nearly all capitalised but for small words, and no full stop at the end."""
    if not 3 <= len(words) <= 20 or line.rstrip().endswith((".", "?", "!", ":", ",", '"', "”")):
        return False
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    return len(content) >= 3 and sum(w[0].isupper() for w in content) >= 0.9 * len(content)


def place_label(span: Span) -> str | None:
    place = find_place(span.text)
    if place is None or any(t.is_stop for t in span):
        return None
    return "GPE" if place.kind == "Country" or place.kind == "City" and place.population >= BIG_CITY else None


def headline_names(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """`cands` with those in headline lines replaced by the names found there as described above."""
    lines = headline_lines(doc)
    if not lines:
        return cands
    in_headlines = {i for start, end in lines for i in range(start, end)}
    body = [c for c in cands if c.span.start not in in_headlines]
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
