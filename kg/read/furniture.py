"""Page furniture: lines of a text that are not the article's (subscription pitches, sharing prompts, links to
other stories, credits, reprint notices). Web pages lose them when read; every text has them blanked before
analysis (`kg.nlp`), so that a subscription pitch is never a statement."""
from __future__ import annotations

from kg.lexicon import (
    BOILERPLATE,
    BOILERPLATE_MAX_WORDS,
    FURNITURE_MAX_WORDS,
    PAGE_FURNITURE,
    SHORT_BOILERPLATE,
    SHORT_BOILERPLATE_MAX_WORDS,
)

SHOUTING_MIN_WORDS = 2  # "DON'T MISS", "CLICK HERE TO GET THE APP": a line all in capitals is a link or a pitch


def is_boilerplate(line: str) -> bool:
    words = len(line.split())
    return (bool(BOILERPLATE.search(line)) and words <= BOILERPLATE_MAX_WORDS
            or bool(SHORT_BOILERPLATE.search(line)) and words <= SHORT_BOILERPLATE_MAX_WORDS)


def is_page_furniture(line: str) -> bool:
    """A line of a web page's text that belongs to the page, not the article."""
    words = line.split()
    if not words or is_boilerplate(line):
        return True
    shouting = len(words) >= SHOUTING_MIN_WORDS and any(ch.isalpha() for ch in line) and line == line.upper()
    return shouting or len(words) <= FURNITURE_MAX_WORDS and bool(PAGE_FURNITURE.search(line.strip()))
