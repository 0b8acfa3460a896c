"""A name several places share goes to the one in the state or country the article's other places are in."""
from __future__ import annotations

import pytest

from kg.entities import Kind

# (text, place name, subtype, latitude, longitude): where the place is, within a degree
CASES = [
    ("Police in Denton County, Texas, said the crash near Gainesville closed the highway on Monday.",
     "Gainesville", "City", 33.6, -97.1),  # Texas, not Florida
    ("Voters in Georgia went to the polls on Tuesday. In Atlanta, turnout was high, officials in Ohio and "
     "Florida said.", "Georgia", "AdministrativeArea", 32.7, -83.4),  # the state
    ("Georgia and Russia agreed to reopen the border, officials in Tbilisi said.",
     "Georgia", "Country", 42.0, 43.5),  # the country
    ("A fire destroyed a warehouse in Palestine, Texas, and firefighters from Tyler helped.",
     "Palestine", "City", 31.8, -95.6),
    ("Gainesville police said the University of Florida campus in Alachua County was closed.",
     "Gainesville", "City", 29.7, -82.3),  # no other evidence than Florida: the largest, in Florida
    ("Officials in Moscow and St. Petersburg said the Russian economy was slowing.",
     "Saint Petersburg", "City", 59.9, 30.3),  # written "St.", the Russian city beside Moscow
    ("St. Petersburg police in Florida said the Tampa bridge was closed.",
     "St. Petersburg", "City", 27.8, -82.7),
]


@pytest.mark.parametrize("abbreviation, state", [
    ("W.Va.", "West Virginia"), ("Tenn.", "Tennessee"), ("S.C.", "South Carolina"), ("Calif.", "California"),
    ("N.Y.", "New York"), ("Miss.", None),  # "Miss." is a title far more often than Mississippi
])
def test_dateline_abbreviations_name_their_state(abbreviation, state):
    from kg.entities.gazetteer import find_place

    found = find_place(abbreviation)
    assert (found.name if found else None) == state


@pytest.mark.parametrize("text, name, subtype, lat, long", CASES, ids=[c[1] + str(i) for i, c in enumerate(CASES)])
def test_shared_names_follow_the_article(analysed, text, name, subtype, lat, long):
    place = next(e for e in analysed(text).entities.entities if e.kind is Kind.PLACE and e.name == name)
    assert place.subtype == subtype
    assert abs(place.lat - lat) < 1 and abs(place.long - long) < 1
