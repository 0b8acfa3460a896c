"""When two reports of a happening are too far apart in place or time to be one."""
from __future__ import annotations

import math

DAYS_APART = 3  # reports of one happening differ by a day or two (time zones, "late Tuesday")
KM_APART = 300  # further apart than this, two places are two happenings (a city and its state are not)
EARTH_KM = 6371.0


def far_apart(lat1: float | None, long1: float | None, lat2: float | None, long2: float | None) -> bool:
    """Whether two points (None: unknown) are more than KM_APART kilometres apart (great circle)."""
    if lat1 is None or long1 is None or lat2 is None or long2 is None:
        return False
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(long2 - long1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h))) > KM_APART


def level(subtype: str) -> str:
    """A place's level: a country, a state or province, or a town (anything else)."""
    return subtype if subtype in ("Country", "AdministrativeArea", "Continent") else "town"
