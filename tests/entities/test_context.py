"""A name several places share goes to the one in the state or country the article's other places are in."""
from __future__ import annotations

import os

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
    # a qualifier written after the name decides, whatever the largest town of the name
    ("PARIS, Tenn. — A Paris man was arrested on Sunday after a chase through the town square.",
     "Paris", "City", 36.3, -88.3),
    ("The plant in London, Ontario, will close in March, the company said in Toronto.",
     "London", "City", 43.0, -81.2),
    ("Flooding closed roads in Dublin, Ohio, on Tuesday, and schools in the suburb stayed shut.",
     "Dublin", "City", 40.1, -83.1),
    # continents at GeoNames' points; a region of one country at its divisions' towns
    ("Leaders across Europe met on Monday to discuss energy prices.", "Europe", "Place", 48.7, 9.1),
    ("Aid groups said fighting in Darfur had driven thousands from their homes.", "Darfur",
     "AdministrativeArea", 12.3, 25.0),
    # a county several states have still points to its state with the article's other places
    ("Officials in Texas said deputies from Walker County were called to a fire in Huntsville on Sunday.",
     "Huntsville", "City", 30.7, -95.6),
    # small towns and counties have their points too
    ("Deputies in Laurel County said the fire near London, Ky., destroyed two barns.",
     "Laurel County", "AdministrativeArea", 37.1, -84.1),
    ("The council in Chiefland met on Monday to discuss the water plant's budget.",
     "Chiefland", "City", 29.5, -82.9),
    # a capital stays itself beside a town of its name's country; a country stays a country
    ("Traders in London said talks in Washington and Beijing would decide the tariffs.",
     "Washington", "City", 38.9, -77.0),
    ("Officials in Houston and Dallas said Egypt had ordered 40 turbines from the Texas plant.",
     "Egypt", "Country", 27.0, 30.0),
    # a part of a state or a country the gazetteer does not list is at the point of the whole, as the article
    # places it; a demonym read as a place is its country
    ("Storms rolled across North Texas on Monday, flooding roads near Denton.", "North Texas", "Place", 31.2, -98.7),
    ("Schools in Northeast Georgia closed as the storm reached Atlanta and Athens, Ga.", "Northeast Georgia", "Place",
     32.8, -83.2),
    ("Hunters in Western Massachusetts reported a record season, officials in Boston said.",
     "Western Massachusetts", "Place", 42.3, -71.8),
    ("The Sri Lankan capital Colombo was calm on Sunday, witnesses said.", "Sri Lanka", "Country", 7.0, 81.0),
    # a part of a place whose name several share points to each of them, not to the largest alone
    ("Drought has shrunk the lakes of North Georgia, and Georgia officials in Atlanta urged residents to save "
     "water.", "Georgia", "AdministrativeArea", 32.8, -83.2),
    # a town beside a county that holds a town of its name in one state only: that state's town and county
    ("The Henry County Commission met in Paris on Monday to discuss the jail budget.", "Paris", "City", 36.3, -88.3),
    ("Deputies in Edgar County said the Paris man was arrested after a chase.", "Paris", "City", 39.6, -87.7),
    ("Officials in Athens said Henderson County roads were closed by the flood.", "Athens", "City", 32.2, -95.9),
    ("Boone County deputies said the crash near Lebanon closed the highway.", "Boone County", "AdministrativeArea",
     40.0, -86.5),
    ("Jordan police and Scott County deputies searched the river on Sunday.", "Jordan", "City", 44.7, -93.6),
    ("Georgia lawmakers heard from Franklin County farmers on Tuesday.", "Georgia", "AdministrativeArea", 33.1, -83.5),
    # a capital stays itself beside places of the country of a namesake, but none of the namesake's state
    ("Delta will resume flights between Moscow and two U.S. cities, New York and Atlanta, in June.",
     "Moscow", "City", 55.8, 37.6),
    # the state, beside its towns; the country, beside its neighbours
    ("Georgia lawmakers met in Atlanta and Savannah to debate the budget.",
     "Georgia", "AdministrativeArea", 32.7, -83.4),
]


@pytest.mark.parametrize("abbreviation, state", [
    ("W.Va.", "West Virginia"), ("Tenn.", "Tennessee"), ("S.C.", "South Carolina"), ("Calif.", "California"),
    ("N.Y.", "New York"), ("W.Va", "West Virginia"), ("D.C.", "District of Columbia"),
    ("Miss.", None),  # "Miss." is a title far more often than Mississippi
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


# (text, place name inside an organization's name)
NESTED = [
    ("The Texas Department of Transportation closed the highway after the crash, officials said.", "Texas"),
    ("Dublin City Council approved the budget on Monday after a long debate.", "Dublin"),
    ("She studied law at the University of Michigan before joining the firm.", "Michigan"),
    ("Analysts at the Tokyo Stock Exchange said trading was thin on Friday.", "Tokyo"),
    ("The Paris Public Library will host a workshop for job seekers next week.", "Paris"),
    ("The Ohio Supreme Court heard arguments in the case on Wednesday.", "Ohio"),
    ("A spokesman for the Indiana Department of Natural Resources said the lake was closed.", "Indiana"),
    ("An editor at The Moscow Times said the paper would keep publishing from abroad.", "Moscow"),
    # a county opening an office's name, whatever follows it
    ("The case will be heard in Clarke County Superior Court next month.", "Clarke County"),
    # a state closing the name, or a town the article also names on its own
    ("Tom Dooher, president of Education Minnesota, criticised the Senate plan on Monday.", "Minnesota"),
    # the place an "of" opens, followed by more of the name, or a county
    ("She is a senior at the University of Kentucky College of Law.", "Kentucky"),
    ("The grants were announced by the Community Foundation of Boone County on Friday.", "Boone County"),
]
CLUBS = [
    "Bristol City beat Queens Park Rangers 2-1 on Saturday, with Manchester City idle.",
    "Real Madrid beat Dynamo Kiev 3-0 at home on Wednesday.",  # a club's town closing its name
    "Air France and Statistics Canada said prices rose.",  # a country closing a brand's or an agency's name
    "The Supreme Court heard arguments on Monday in the water dispute.",  # not Supreme, Louisiana
]


@pytest.mark.parametrize("text, name", NESTED)
def test_places_inside_organizations_names_are_mentions(analysed, text, name):
    entities = analysed(text).entities.entities
    place = next(e for e in entities if e.kind is Kind.PLACE and e.name == name)
    start = text.index(name)
    assert any(m.start == start and m.text == name for m in place.mentions)
    assert any(e.kind is Kind.ORGANIZATION and any(m.start <= start < m.end for m in e.mentions) for e in entities)


@pytest.mark.parametrize("text", CLUBS)
def test_clubs_named_for_their_towns_name_no_place(analysed, text):
    places = [e.name for e in analysed(text).entities.entities if e.kind is Kind.PLACE]
    assert places == []


def test_town_table_is_built_once_into_the_cache_or_in_memory(tmp_path, monkeypatch):
    from kg.entities import towns

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    towns.table.cache_clear()
    towns.towns_named.cache_clear()
    try:
        found = towns.towns_named("chiefland")
        assert found and found[0][6:] == ("US", "FL")
        assert [p.name for p in (tmp_path / "cache").iterdir()] == [towns.table_path().name]
        (tmp_path / "locked").mkdir(mode=0o500)
        monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "locked"))
        towns.table.cache_clear()
        towns.towns_named.cache_clear()
        assert towns.towns_named("chiefland") == found or os.geteuid() == 0
    finally:
        towns.table.cache_clear()
        towns.towns_named.cache_clear()


DATELINES = [
    ("Council backs budget.\n\nMANSFIELD -- The City Council on Monday approved the budget, the mayor said.",
     "Mansfield"),
    ("TORRINGTON — Mayor Ryan Holt is scheduled to present his spending plan on Tuesday.", "Torrington"),
    # a dateline the model read as an organization's name
    ("Trustees weigh parcel tax. UNION CITY — Hoping to avert cuts, school trustees met on Monday.", "Union City"),
    ("BEIRUT (AP) — Thousands marched through the capital on Sunday, police said.", "Beirut"),
    ("GAINESVILLE, Texas — A fire destroyed a warehouse near the rail yard on Friday.", "Gainesville"),
    ("By Ana Ruiz, Staff Writer June 2, 2021 TOLEDO -- The school board voted to close two schools.", "Toledo"),
    # with a colon, as papers in the Middle East and South Asia write them
    ("Port workers strike.\n\nBEIRUT: Dock workers walked out on Monday over unpaid wages.", "Beirut"),
    ("Rains flood the capital. NEW DELHI: Heavy rain flooded low-lying districts on Tuesday.", "New Delhi"),
]
# Towns the model misses, found by the words around them (kg/entities/localities.py)
CONTEXT_TOWNS = [
    ("The victim's cousin, Dana Reyes of Grand Prairie, said the family was in shock.", "Grand Prairie"),
    ("Two men who robbed a Hounslow resident admitted the charges in court.", "Hounslow"),
    ("On Monday, Chattanooga police arrested a man after the chase.", "Chattanooga"),
    # a town's name the model reads as an organization's, in a town's context
    ("The driver, Mark Olsen, 52, of Elkhart, was taken to a hospital.", "Elkhart"),
    ("A Camarillo resident found the lost dog on Tuesday.", "Camarillo"),
    ("Two Fairhope firefighters were treated for heat exhaustion after the blaze.", "Fairhope"),
    ("Prosecutors charged an Independence teenager on Monday with the robbery.", "Independence"),
    ("The fire left a Lombard family of five without a home, neighbors said.", "Lombard"),
    # a county's name is a place's, whatever the model read ("McMinn County" as a person)
    ("McMinn County Sheriff Steve Frisbie said the road would reopen on Friday.", "McMinn County"),
    # a county's full name the model left out, or read as a time or an event
    ("Licking County Prosecutor Ken Oswalt said the case would go to a grand jury.", "Licking County"),
    ("At 12:03 p.m. Walker County dispatchers received a call about a fire.", "Walker County"),
    ("Pies and quilts will be judged at the 2009 Walker County Fair next week.", "Walker County"),
    # a village whose name ends in "City", which the model read as a place
    ("Firefighters from the Cambridge, Pleasant City and Lore City departments came to help.", "Pleasant City"),
    # a legislator's party and home
    ("State Sen. Maria Diaz, R-Greenville, said the budget was balanced.", "Greenville"),
    ("Rep. John Hale (D-Ore.) said the bill would pass next week.", "Oregon"),
    ("Delegates Ann Moore, D-Kanawha; and Ray Dunn, R-Berkeley, backed the measure.", "Kanawha County"),
    ('"These bonuses are a scandal," said Rep. Earl Pomeroy, D-N.D. "They must be repaid."', "North Dakota"),
    ("Co-chairs Sen. Rich Olive, D-Story City and Rep. Vicki Lensing, D-Iowa City, wrote the bill.", "Story City"),
    ("Rep. Wendell Gilliard, D-Charleston, tried to restore the school money on Tuesday.", "Charleston"),
    ("Sens. Robert Byrd and Jay Rockefeller, both D-W. Va., praised the miners.", "West Virginia"),
    ("Majority Leader Brent Boggs, D-Braxton, sponsored the resolution.", "Braxton County"),
]


@pytest.mark.parametrize("text, place", DATELINES + CONTEXT_TOWNS)
def test_the_words_around_a_name_make_it_a_place(analysed, text, place):
    places = [e.name for e in analysed(text).entities.entities if e.kind is Kind.PLACE]
    assert place in places


@pytest.mark.parametrize("text", [
    "MORGAN: We will not raise taxes.\nHOST: Thank you, Governor.",  # a transcript's speaker, no dateline
    "JACKSON: We will win the vote.\nHOST: Are you sure?\nJACKSON: Yes, we will.",  # a speaker's turns again
    "The volunteers brought a message of Friendship to the refugees on Sunday.",  # a small namesake, no town
    "Shares of Boeing rose after the acquisition of Newman was announced.",  # "of" a company
])
def test_no_place_where_the_words_do_not_say_so(analysed, text):
    assert not [e.name for e in analysed(text).entities.entities if e.kind is Kind.PLACE]


def test_a_headline_topic_in_capitals_is_no_dateline(analysed):
    text = "CRICKET - ENGLAND BEAT PAKISTAN BY FIVE WICKETS\n\nEngland won the match at Lord's on Sunday."
    assert "Cricket" not in [e.name for e in analysed(text).entities.entities]


def test_a_town_whose_team_played_is_still_the_town_where_the_words_say_so(analysed):
    text = ("Dublin beat Hilliard 21-14 on Friday night.\n\n"
            "Dublin Mayor Ann Lee praised the players in Dublin on Monday.")
    entities = analysed(text).entities.entities
    club = next(e for e in entities if e.subtype == "SportsOrganization")
    town = next(e for e in entities if e.kind is Kind.PLACE and e.name == "Dublin")
    assert [m.start for m in club.mentions] == [0]
    assert [m.start for m in town.mentions] == [text.index("Dublin Mayor"), text.rindex("Dublin")]


# (text, the list's names, the state's latitude and longitude within two degrees): each name is its county's
COUNTY_LISTS = [
    ("Jobless rates fell in Barrow, Jackson and Madison counties, the Georgia Department of Labor said.",
     ["Barrow", "Jackson", "Madison"], 34.0, -83.5),
    ("Deputies from Caddo and Bossier parishes searched the levee on Sunday.", ["Caddo", "Bossier"], 32.6, -93.7),
    ("Schools in Butler, Hamilton, Montgomery or Warren counties closed early as the storm crossed Ohio.",
     ["Butler", "Hamilton", "Montgomery", "Warren"], 39.4, -84.3),
    ("Voters in Cooke and Grayson counties backed the hospital bond, officials in Sherman, Texas, said.",
     ["Cooke", "Grayson"], 33.6, -97.0),
    ("Wildfires burned across Ventura and Santa Barbara counties, California fire officials said.",
     ["Ventura", "Santa Barbara"], 34.4, -119.4),
]


@pytest.mark.parametrize("text, names, lat, long", COUNTY_LISTS)
def test_a_list_of_counties_names_each_county(analysed, text, names, lat, long):
    by_mention = {m.text: e for e in analysed(text).entities.entities for m in e.mentions}
    for name in names:
        county = by_mention[name]
        assert (county.kind, county.subtype) == (Kind.PLACE, "AdministrativeArea")
        assert county.name.startswith(name) and county.name.split()[-1] in ("County", "Parish")
        assert abs(county.lat - lat) < 2 and abs(county.long - long) < 2


@pytest.mark.parametrize("text", [
    "Jackson and Madison met the counties' lawyers on Monday.",  # no list of counties: the people stay people
    "Butler and Warren counted the ballots in both counties on Monday.",  # the list is not the counties' names
])
def test_names_outside_a_county_list_are_not_counties(analysed, text):
    assert not any(e.subtype == "AdministrativeArea" and e.name.endswith("County")
                   for e in analysed(text).entities.entities)


def test_a_dateline_written_with_a_windows_1252_dash_names_its_town(analysed):
    text = "Fire destroys barn. GAINESVILLE, Fla. (AP) \x97 A fire destroyed a barn on Tuesday, deputies said."
    place = next(e for e in analysed(text).entities.entities if e.name == "Gainesville")
    assert place.kind is Kind.PLACE and text[place.mentions[0].start:place.mentions[0].end] == "GAINESVILLE"


# (text, the town, the officer): a town and its office open the officer's name
TOWN_OFFICERS = [
    ('"We are close to a deal," said Avondale Mayor Ed Rieker on Tuesday.', "Avondale", "Ed Rieker"),
    ("The burn ban was lifted after Huntsville Fire Chief Tom Grisham met county officials.", "Huntsville",
     "Tom Grisham"),
    ("Alexandria Police Spokeswoman Ashley Hildebrandt said the suspect fled on foot.", "Alexandria",
     "Ashley Hildebrandt"),
    ("Charles City Sheriff Javier Smith said two drivers were hurt in the crash.", "Charles City", "Javier Smith"),
    ("Athens Mayor Randy Daniel said caution is advised on the flooded roads.", "Athens", "Randy Daniel"),
]


@pytest.mark.parametrize("text, town, officer", TOWN_OFFICERS)
def test_a_town_and_its_office_before_a_name_are_a_place_and_a_title(analysed, text, town, officer):
    entities = analysed(text).entities.entities
    kinds = {m.text: e.kind for e in entities for m in e.mentions}
    assert kinds.get(town) is Kind.PLACE and kinds.get(officer) is Kind.PERSON
    assert not any(e.kind is Kind.PERSON and town in e.name for e in entities)


def test_a_county_list_name_is_the_county_even_beside_an_organization_of_its_name(analysed):
    text = ("Navarro College opened a campus in Waxahachie. Prosecutors in Navarro, Henderson and Ellis counties "
            "agreed to share records.")
    names = {(m.start, e.name) for e in analysed(text).entities.entities for m in e.mentions}
    assert (text.index("Navarro,"), "Navarro County") in names and (0, "Navarro College") in names


@pytest.mark.parametrize("text, town", [
    ("Students in Youngstown marched on Monday. Youngstown State University said classes would resume.", "Youngstown"),
    ("Flooding hit Zionsville overnight, and the Zionsville Education Foundation opened its hall to families.",
     "Zionsville"),
])
def test_a_town_the_article_names_alone_opens_an_organizations_name(analysed, text, town):
    entities = analysed(text).entities.entities
    place = next(e for e in entities if e.kind is Kind.PLACE and e.name == town)
    assert len(place.mentions) == 2 and any(e.kind is Kind.ORGANIZATION and e.name.startswith(town) for e in entities)


@pytest.mark.parametrize("text, town", [
    ("Alexandria City Public Schools named a new principal. Enrollment in Alexandria grew by 4 percent.",
     "Alexandria"),
    ("The Athens City Council met on Monday, and voters in Athens will elect a mayor in May.", "Athens"),
    ("Huntsville High School won the title; fans in Huntsville lined the streets on Saturday.", "Huntsville"),
])
def test_a_towns_lone_name_after_an_organization_named_for_it_is_the_town(analysed, text, town):
    entities = analysed(text).entities.entities
    lone = text.rindex(town)
    place = next(e for e in entities for m in e.mentions if m.start == lone)
    assert place.kind is Kind.PLACE and place.name == town


def test_a_companys_short_name_stays_the_company_where_its_legal_form_was_written(analysed):
    text = "Kielce SA said profit rose. Investors in Kielce bought 20 percent of the shares on Monday."
    lone = text.rindex("Kielce")
    company = next(e for e in analysed(text).entities.entities for m in e.mentions if m.start == lone)
    assert company.kind is Kind.ORGANIZATION
