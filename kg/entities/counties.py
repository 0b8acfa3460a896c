"""Counties named in a list by their bare names: "Barrow, Jackson and Madison counties", "Caddo and Bossier
parishes". Each name is the county's ("Jackson" is Jackson County here, not a person or a town), where the
gazetteer knows a county of that name; the state follows from the article's other places."""
from __future__ import annotations

import re

from spacy.attrs import LOWER
from spacy.tokens import Doc

from kg.nlp import positions

from .gazetteer import Place, find_town
from .mentions import Candidate
from .placenames import COUNTY_WORDS

NAME = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?"  # "Otter Tail", "Miami-Dade"
COUNTY_LIST = re.compile(rf"\b(?P<names>(?:{NAME}, )*{NAME},? (?:and|or|&) {NAME}) (?P<word>[Cc]ounties|[Pp]arishes)\b")
LIST_NAME = re.compile(NAME)
COUNTY_LABELS = {"counties": "COUNTY", "parishes": "PARISH"}  # the label a candidate carries: its kind of county


def county_lists(doc: Doc, text: str, cands: list[Candidate]) -> list[Candidate]:
    """`cands` with each name of a county list a county's candidate (in place of what the model made of it)."""
    found = []
    for match in COUNTY_LIST.finditer(text):
        label = COUNTY_LABELS[match["word"].lower()]
        for name in LIST_NAME.finditer(match["names"]):
            start, end = match.start("names") + name.start(), match.start("names") + name.end()
            span = doc.char_span(start, end)
            if span is not None and county_named(span.text, label) is not None:
                found.append(Candidate(span, label))
    if not found:
        return cands
    taken = {i for c in found for i in range(c.span.start, c.span.end)}
    kept = [c for c in cands if not taken & set(range(c.span.start, c.span.end))]
    return sorted(kept + found, key=lambda c: c.span.start)


def county_named(name: str, label: str) -> Place | None:
    """The county a list's bare name stands for ("Jackson", COUNTY: the largest Jackson County)."""
    return find_county(f"{name} {'Parish' if label == 'PARISH' else 'County'}")


def find_county(name: str) -> Place | None:
    """The largest US county of a full name ("Walker County"), or None."""
    place = find_town(name)
    return place if place is not None and place.kind == "AdministrativeArea" else None


def named_counties(doc: Doc, covered: set[int]) -> list[Candidate]:
    """"Licking County Prosecutor Ken Oswalt", "Walker County dispatchers": a county's full name the model left
    out (or read as a time or an event), where the gazetteer knows the county."""
    found = []
    for i in positions(doc, LOWER, COUNTY_WORDS):
        for size in (2, 1):  # "Prince William County", "Walker County"
            span = doc[i - size:i + 1] if i >= size else None
            if span is None or not span[-1].is_title or covered & set(range(span.start, span.end)) \
                    or not all(t.is_title and t.is_alpha for t in span[:-1]):
                continue
            if find_county(span.text) is not None:
                found.append(Candidate(span, "GPE"))
                break
    return found
