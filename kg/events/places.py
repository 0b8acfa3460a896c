"""When two reports of a happening are too far apart in place or time to be one: one rule, for the events of
an article (kg/events/mentions.py) and across articles (kg/run/happenings.py)."""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

DAYS_APART = 3  # reports of one happening differ by a day or two (time zones, "late Tuesday")
KM_APART = 300  # further apart than this, two places are two happenings (a city and its state are not)
EARTH_KM = 6371.0
LEVELS = ("Country", "AdministrativeArea")  # a place of neither is a town (or a place of no known kind)


@dataclass(frozen=True, slots=True)
class Where:
    """A happening's place as the rule needs it: what it is (a key or an IRI), its level, its point."""

    place: str
    level: str  # "Country", "AdministrativeArea" or "town"
    lat: float | None = None
    long: float | None = None


def level(subtype: str) -> str:
    """A place's level: a country, a state or province, or a town (anything else, continents included:
    the graph writes no class that would tell one after extraction)."""
    return subtype if subtype in LEVELS else "town"


def apart(day: date | None, other_day: date | None, where: Where | None, other_where: Where | None) -> bool:
    """Two happenings: days apart, or at two places of one level (a city may lie in a far state) more than
    KM_APART kilometres apart. What is unknown says nothing."""
    if day and other_day and abs((day - other_day).days) > DAYS_APART:
        return True
    if where is None or other_where is None or where.place == other_where.place or where.level != other_where.level:
        return False
    return far_apart(where.lat, where.long, other_where.lat, other_where.long)


def far_apart(lat1: float | None, long1: float | None, lat2: float | None, long2: float | None) -> bool:
    """Whether two points (None: unknown) are more than KM_APART kilometres apart (great circle)."""
    if lat1 is None or long1 is None or lat2 is None or long2 is None:
        return False
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(long2 - long1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h))) > KM_APART
