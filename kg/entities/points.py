"""Points on the map for countries, which the city tables leave without one.

- A country's point is its centre as the countryinfo package gives it (MIT; from REST Countries).
  The United States' is the geographic centre of its 48 contiguous states (near Lebanon, Kansas), where
  gazetteers put the country; REST Countries' point lies 235 km from it.
- US states' points: see `towns`.
Nothing is downloaded: the table ships in its package.
"""
from __future__ import annotations

from functools import lru_cache

Point = tuple[float, float]


@lru_cache(maxsize=1)
def country_points() -> dict[str, Point]:
    """ISO 3166 alpha-2 code → (latitude, longitude)."""
    from countryinfo import all_countries

    points: dict[str, Point] = {}
    for country in all_countries():
        try:
            info = country.info()
        except (KeyError, ValueError):
            continue
        code, point = (info.get("ISO") or {}).get("alpha2"), info.get("latlng")
        if code and point and len(point) == 2:
            points[code] = (float(point[0]), float(point[1]))
    return points | CENTRES


CENTRES: dict[str, Point] = {"US": (39.83, -98.58)}  # the contiguous states' geographic centre
