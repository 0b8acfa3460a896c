"""Resolve the date a statement was made ("on Friday") against the publication date."""
from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil import parser as dateparser

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
                   r"|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.I)


def resolve_date(phrase: str, published: date | None, *, future: bool = False) -> date | None:
    """A calendar date for a phrase like "on Friday", "yesterday" or "Nov. 26", or None.

    A weekday is the most recent such day on or before publication (the next one for a
    statement in the future tense); without a publication date nothing relative resolves.
    """
    words = phrase.lower().split()
    if published is None:
        return absolute(phrase, None)
    for word in words:
        if word in RELATIVE_DAYS:
            return published + timedelta(days=RELATIVE_DAYS[word])
        if word in WEEKDAYS:
            delta = (published.weekday() - WEEKDAYS.index(word)) % 7
            return published + timedelta(days=(7 - delta) % 7) if future else published - timedelta(days=delta)
    return absolute(phrase, published)


def absolute(phrase: str, published: date | None) -> date | None:
    """An explicit date: "2021-11-26", "November 26, 2021", "26 Nov" (year from publication)."""
    has_year = re.search(r"\b(19|20)\d\d\b", phrase)
    if not (MONTH.search(phrase) and (has_year or published)) and not re.search(r"\d{4}-\d\d-\d\d", phrase):
        return None
    default = published or date(2000, 1, 1)
    try:
        parsed = dateparser.parse(phrase, default=dateparser.parse(default.isoformat()), fuzzy=True).date()
    except (ValueError, OverflowError):
        return None
    if published and not has_year and parsed > published:  # "Dec 30" in a January article
        if parsed.month == 2 and parsed.day == 29:
            return None  # "Feb. 29" after a leap year's publication: the year before had none
        parsed = parsed.replace(year=parsed.year - 1)
    return parsed
