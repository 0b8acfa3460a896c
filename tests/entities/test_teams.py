"""Sides named after places, demonyms and spans run over scores: typed by what the article does with them."""
import pytest

from .test_canonical import kinds

TEAMS = [
    # a town's or a county's name used as a side is an organization; a country stays a place
    ("Leicestershire beat Somerset by an innings and 39 runs in Taunton.", {"Somerset": "Organization"}),
    ("Arsenal thrashed Southampton at the Emirates on Saturday.", {"Southampton": "Organization"}),
    ("Pohang 3 Ulsan 2", {"Pohang": "Organization", "Ulsan": "Organization"}),
    ("Their next match is on May 17 v Northampton at home.", {"Northampton": "Organization"}),
    ("Kent 108-3, Essex 212 all out.", {"Kent": "Organization"}),
    (
        "England beat Australia by five wickets in Sydney.",
        {"England": "Place", "Australia": "Place", "Sydney": "Place"},
    ),
    ("Brazil defeated Argentina 2-1 in Rio de Janeiro.", {"Brazil": "Place", "Argentina": "Place"}),
    ("Heavy snow closed roads across Denver on Monday.", {"Denver": "Place"}),
    ("Floods closed three schools in Leeds on Tuesday.", {"Leeds": "Place"}),
    ("Roger Federer beat Rafael Nadal in the final.", {"Roger Federer": "Person", "Rafael Nadal": "Person"}),
]


# sides the model does not name at all: before a score on a results line, after "v" on a fixtures line
MISSED_SIDES = [
    (
        "Results:\n\nGlamorgan 199 , Yorkshire 305-6 ( D. Byas 101 ) .",
        {"Glamorgan": "Organization", "Yorkshire": "Organization"},
    ),
    ("Hull KR 24 Castleford 18\nWigan 30 Leigh 6", {"Castleford": "Organization", "Leigh": "Organization"}),
    (
        "Basketball results:\nTorvik 88 Halden 79 ( Ole Brandt 31 points ) .",
        {"Torvik": "Organization", "Halden": "Organization"},
    ),
    (
        "Fixtures: May 18 v Worcestershire , May 20 v Durham .",
        {"Worcestershire": "Organization", "Durham": "Organization", "May": None},
    ),
    (
        "Ice hockey: Storhamar 4 Valerenga 2 , Sparta 1 Frisk 3 .",
        {"Storhamar": "Organization", "Valerenga": "Organization"},
    ),
    ("The vote passed 52-48 in the Senate on Tuesday.", {"Senate": "Organization"}),
    ("Inflation rose to 4 percent in March, Statistics Norway said.", {"March": None}),
]


@pytest.mark.parametrize(
    "text",
    [
        "Cardiff : Glamorgan 199 , Yorkshire 305-6 ( D. Byas 101 , Kallis 54 ) .",
        "Hove : Sussex 363 ( W. Athey 111 ) , Lancashire 197-8 .",
    ],
)
def test_players_scores_in_brackets_are_not_sides(analysed, text):
    found = kinds(analysed(text))
    assert all(found.get(name) != "Organization" for name in ("Byas", "D. Byas", "Kallis", "Athey", "W. Athey")), found


@pytest.mark.parametrize("text, expected", TEAMS + MISSED_SIDES)
def test_places_as_teams(analysed, text, expected):
    found = kinds(analysed(text))
    assert {name: found.get(name) for name in expected} == expected, found


@pytest.mark.parametrize(
    "text, name",
    [
        ("Russian troops crossed the border near Kharkiv.", "Russian"),
        ("The French government raised the fuel tax.", "French"),
        ("Chinese exports rose 8 percent in March.", "Chinese"),
    ],
)
def test_a_demonym_refers_to_its_country_without_naming_it(analysed, text, name):
    entities = analysed(text).entities.entities
    country = next(e for e in entities if e.kind == "Place" and e.subtype == "Country")
    assert name not in country.aliases
    assert all(not m.naming for m in country.mentions if m.text == name)


@pytest.mark.parametrize(
    "text, names",
    [
        ("After lunch at Grace Road, Leicestershire extended their lead.", {"Grace Road", "Leicestershire"}),
        ("Haitai 2 Samsung 0", {"Haitai", "Samsung"}),
    ],
)
def test_a_span_over_a_comma_or_a_score_is_two_names(analysed, text, names):
    found = {e.name for e in analysed(text).entities.entities}
    assert names <= found, found


@pytest.mark.parametrize(
    "text, expected",
    [
        # in a line of capitals a name counts when the body writes it, or as a country or a large city
        (
            "CYCLING - VASKOV RETAINS TITLE IN MADRID\nMADRID 2024-06-01\nVaskov retained the title on Saturday.",
            {"Vaskov": "Person", "Madrid": "Place"},
        ),
        (
            "KESTREL HOLDINGS CUTS 300 JOBS\nKestrel Holdings said on Monday it would cut 300 jobs in Leeds.",
            {"Kestrel Holdings": "Organization"},
        ),
        (
            "FLOODS HIT NORTHERN PORTUGAL\nHeavy rain flooded villages in the north of the country.",
            {"Portugal": "Place"},
        ),
    ],
)
def test_names_in_capitals_lines(analysed, text, expected):
    found = kinds(analysed(text))
    assert {name: found.get(name) for name in expected} == expected, found


def test_a_capitals_line_never_names_an_entity(analysed):
    entities = analysed("TRUMP SAYS DEAL DONE\nDonald Trump said on Friday the deal was done.").entities.entities
    assert [e.name for e in entities if e.kind == "Person"] == ["Donald Trump"]
    assert not any(name.isupper() for e in entities for name in (e.name, *e.aliases))


@pytest.mark.parametrize(
    "text, expected",
    [
        # a given name then a capitalised word is a person, whatever label the model gave the span
        ("Jean-Claude Juncker met the finance ministers in Brussels.", {"Jean-Claude Juncker": "Person"}),
        ("Coach Sandrine Testud picked three new players for the tour.", {"Sandrine Testud": "Person"}),
        ("Morgan Stanley cut its growth forecast for Brazil.", {"Morgan Stanley": "Organization"}),
    ],
)
def test_a_given_name_makes_a_person(analysed, text, expected):
    found = kinds(analysed(text))
    assert {name: found.get(name) for name in expected} == expected, found


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a title-case headline never names an entity with its verb; legal forms are not part of a name
        (
            "Microsoft Rushes Patch for Browser Flaw\nMicrosoft said on Tuesday it would ship a patch.",
            {"Microsoft": "Organization"},
            "Microsoft Rushes",
        ),
        (
            "Orvane Systems Inc. said profits rose. Orvane Systems will open a plant in Dresden.",
            {"Orvane Systems": "Organization"},
            "Orvane Systems Inc.",
        ),
        ("Halden Steel Corp. cut 300 jobs on Monday.", {"Halden Steel": "Organization"}, "Halden Steel Corp."),
    ],
)
def test_headline_verbs_and_legal_forms_stay_out_of_names(analysed, text, expected, absent):
    entities = analysed(text).entities.entities
    found = {e.name: e.kind for e in entities}
    assert {name: found.get(name) for name in expected} == expected, found
    assert absent not in found


@pytest.mark.parametrize(
    "text, name, absent",
    [
        # after a colon or a long dash comes what is said of the name, never a name of its own
        ("Bank of England: Inflation will fall by the summer", "Bank of England", "Inflation"),
    ],
)
def test_a_name_ends_at_a_colon(analysed, text, name, absent):
    found = {e.name for e in analysed(text).entities.entities}
    assert name in found and absent not in found, found


@pytest.mark.parametrize(
    "text, merged",
    [
        ("Electronic Data Systems Corp. agreed to be bought. EDS shares rose 30 percent.", "Electronic Data Systems"),
        ("Hewlett-Packard will pay 13.9 billion dollars, HP said on Tuesday.", "Hewlett-Packard"),
        ("Shares of Advanced Micro Devices Inc. fell after AMD cut its forecast.", "Advanced Micro Devices"),
    ],
)
def test_an_acronym_joins_its_organization_whatever_its_suffix_or_hyphen(analysed, text, merged):
    organizations = [e for e in analysed(text).entities.entities if e.kind == "Organization"]
    assert [e.name for e in organizations] == [merged]


@pytest.mark.parametrize(
    "text, person",
    [
        ("Colts QB Andrew Luck threw two touchdowns.", "Andrew Luck"),
        ("Rangers winger Ryan Kent scored late.", "Ryan Kent"),
        ("Yankees pitcher Gerrit Cole struck out nine.", "Gerrit Cole"),
        ("Surrey batsman Ollie Pope made a century.", "Ollie Pope"),
    ],
)
def test_a_players_position_is_not_part_of_the_name(analysed, text, person):
    found = kinds(analysed(text))
    assert found.get(person) == "Person" and not any(person in name and name != person for name in found), found
