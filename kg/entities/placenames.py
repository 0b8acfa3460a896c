"""Place names that GeoNames' country table lacks: aliases, demonyms and regions (data)."""
from __future__ import annotations

# Other names of countries, keyed to ISO 3166 codes (GeoNames' own names are added by code).
COUNTRY_ALIASES: dict[str, str] = {
    "U.S.": "US", "US": "US", "U.S.A.": "US", "USA": "US", "America": "US",
    "United States of America": "US", "the States": "US",
    "UK": "GB", "U.K.": "GB", "Britain": "GB", "Great Britain": "GB",
    "Russian Federation": "RU", "Czech Republic": "CZ", "Holland": "NL",
    "UAE": "AE", "U.A.E.": "AE", "Emirates": "AE", "DRC": "CD", "DR Congo": "CD",
    "Democratic Republic of Congo": "CD", "Democratic Republic of the Congo": "CD",
    "Republic of Congo": "CG", "Burma": "MM", "Ivory Coast": "CI", "Cote d'Ivoire": "CI",
    "Côte d'Ivoire": "CI", "Türkiye": "TR", "Turkiye": "TR", "South Korea": "KR",
    "Korea": "KR", "North Korea": "KP", "Republic of Korea": "KR", "Vatican City": "VA",
    "Palestine": "PS", "Palestinian territories": "PS", "Swaziland": "SZ", "Eswatini": "SZ",
    "East Timor": "TL", "Timor-Leste": "TL", "Cape Verde": "CV", "Macedonia": "MK",
    "North Macedonia": "MK", "Republic of Ireland": "IE", "Eire": "IE", "PRC": "CN",
    "People's Republic of China": "CN", "mainland China": "CN", "Taiwan": "TW", "Iran": "IR",
    "Syria": "SY", "Laos": "LA", "Moldova": "MD", "Vietnam": "VN", "Viet Nam": "VN",
    "Bolivia": "BO", "Venezuela": "VE", "Tanzania": "TZ", "Russia": "RU",
}

# Adjectives and plural nouns of nationality that refer to a country (ISO code).
DEMONYMS: dict[str, str] = {
    "American": "US", "Americans": "US", "British": "GB", "Briton": "GB", "Britons": "GB",
    "English": "GB", "Scottish": "GB", "Welsh": "GB", "Russian": "RU", "Russians": "RU",
    "Ukrainian": "UA", "Ukrainians": "UA", "Belarusian": "BY", "Belarusians": "BY",
    "Chinese": "CN", "French": "FR", "German": "DE", "Germans": "DE", "Italian": "IT",
    "Italians": "IT", "Spanish": "ES", "Portuguese": "PT", "Dutch": "NL", "Belgian": "BE",
    "Swiss": "CH", "Austrian": "AT", "Polish": "PL", "Poles": "PL", "Czech": "CZ",
    "Slovak": "SK", "Hungarian": "HU", "Romanian": "RO", "Bulgarian": "BG", "Greek": "GR",
    "Turkish": "TR", "Swedish": "SE", "Norwegian": "NO", "Danish": "DK", "Finnish": "FI",
    "Estonian": "EE", "Latvian": "LV", "Lithuanian": "LT", "Irish": "IE", "Japanese": "JP",
    "Korean": "KR", "South Korean": "KR", "North Korean": "KP", "Indian": "IN",
    "Indians": "IN", "Pakistani": "PK", "Afghan": "AF", "Iranian": "IR", "Iraqi": "IQ",
    "Syrian": "SY", "Israeli": "IL", "Israelis": "IL", "Palestinian": "PS",
    "Palestinians": "PS", "Lebanese": "LB", "Jordanian": "JO", "Saudi": "SA", "Egyptian": "EG",
    "Libyan": "LY", "Tunisian": "TN", "Moroccan": "MA", "Algerian": "DZ", "Nigerian": "NG",
    "Kenyan": "KE", "Ethiopian": "ET", "South African": "ZA", "Ghanaian": "GH",
    "Sudanese": "SD", "Somali": "SO", "Brazilian": "BR", "Argentine": "AR",
    "Argentinian": "AR", "Mexican": "MX", "Canadian": "CA", "Canadians": "CA",
    "Australian": "AU", "Australians": "AU", "New Zealand": "NZ", "Chilean": "CL",
    "Colombian": "CO", "Peruvian": "PE", "Venezuelan": "VE", "Cuban": "CU", "Serbian": "RS",
    "Croatian": "HR", "Bosnian": "BA", "Georgian": "GE", "Armenian": "AM", "Azerbaijani": "AZ",
    "Kazakh": "KZ", "Vietnamese": "VN", "Thai": "TH", "Indonesian": "ID", "Filipino": "PH",
    "Malaysian": "MY", "Singaporean": "SG", "Taiwanese": "TW", "Qatari": "QA", "Emirati": "AE",
    "Yemeni": "YE", "Kuwaiti": "KW", "Omani": "OM", "Bangladeshi": "BD", "Sri Lankan": "LK",
    "Nepali": "NP", "Icelandic": "IS", "Slovenian": "SI", "Maltese": "MT", "Cypriot": "CY",
    "Moldovan": "MD", "Albanian": "AL", "Kosovar": "XK", "Luxembourgish": "LU",
}

# Regions and areas that are places but not in GeoNames' country or city tables.
REGIONS: dict[str, tuple[str, ...]] = {
    "Crimea": ("Crimean Peninsula",), "Donbas": ("Donbass",), "Western Balkans": ("the Western Balkans",),
    "Balkans": ("the Balkans",), "Middle East": ("the Middle East", "Mideast"), "Caucasus": (),
    "Gaza Strip": ("Gaza",), "West Bank": (), "Kashmir": (), "Sahel": (), "Scandinavia": (),
    "Siberia": (), "Catalonia": (), "Scotland": (), "Wales": (), "England": (),
    "Northern Ireland": (), "Kurdistan": (), "Tibet": (), "Xinjiang": (), "Baltics": ("Baltic states",),
    "Europe": (), "Africa": (), "Asia": (), "North America": (), "South America": (),
    "Latin America": (), "Antarctica": (), "Oceania": (), "Arctic": ("the Arctic",),
    "Eastern Europe": (), "Western Europe": (), "Central Asia": (), "Southeast Asia": (),
    "Horn of Africa": (), "Persian Gulf": ("the Gulf",), "Black Sea": (), "Baltic Sea": (),
    "Mediterranean": ("Mediterranean Sea",), "Pacific": ("Pacific Ocean",), "Atlantic": ("Atlantic Ocean",),
    "Silicon Valley": (), "Bavaria": (), "Quebec": (), "Ontario": (), "Punjab": (),
    "Darfur": (), "Tigray": (), "Idlib": (), "Nagorno-Karabakh": (), "Transnistria": (),
    "Dagestan": (), "Chechnya": ("Chechen Republic",),
}

# The country a region above lies in, where it lies in one ("London, Ontario" is the Canadian town), and the
# GeoNames first-level divisions it is made of, where it is (its point is the middle of their towns' box).
REGION_COUNTRIES: dict[str, str] = {
    "Crimea": "UA", "Donbas": "UA", "Gaza Strip": "PS", "West Bank": "PS", "Siberia": "RU", "Catalonia": "ES",
    "Scotland": "GB", "Wales": "GB", "England": "GB", "Northern Ireland": "GB", "Tibet": "CN", "Xinjiang": "CN",
    "Silicon Valley": "US", "Bavaria": "DE", "Quebec": "CA", "Ontario": "CA", "Darfur": "SD", "Tigray": "ET",
    "Idlib": "SY", "Transnistria": "MD", "Nagorno-Karabakh": "AZ", "Dagestan": "RU", "Chechnya": "RU",
}
REGION_DIVISIONS: dict[str, tuple[str, ...]] = {
    "Crimea": ("11",), "Gaza Strip": ("GZ",), "West Bank": ("WE",), "Catalonia": ("56",), "Scotland": ("SCT",),
    "Wales": ("WLS",), "England": ("ENG",), "Northern Ireland": ("NIR",), "Tibet": ("14",), "Xinjiang": ("13",),
    "Bavaria": ("02",), "Quebec": ("10",), "Ontario": ("08",), "Darfur": ("49", "55"), "Idlib": ("12",),
    "Transnistria": ("58",), "Dagestan": ("17",), "Chechnya": ("12",), "Donbas": ("05", "09"),
}

# The Associated Press's abbreviations of US states, as datelines and "Paris, Tenn." write them (a
# state's code, then its abbreviations). "Miss." is left out: it is far more often a title.
STATE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "AL": ("Ala.",), "AZ": ("Ariz.",), "AR": ("Ark.",), "CA": ("Calif.",), "CO": ("Colo.",), "CT": ("Conn.",),
    "DE": ("Del.",), "FL": ("Fla.",), "GA": ("Ga.",), "IL": ("Ill.",), "IN": ("Ind.",), "KS": ("Kan.", "Kans."),
    "KY": ("Ky.",), "LA": ("La.",), "MD": ("Md.",), "MA": ("Mass.",), "MI": ("Mich.",), "MN": ("Minn.",),
    "MO": ("Mo.",), "MT": ("Mont.",), "NE": ("Neb.", "Nebr."), "NV": ("Nev.",), "NH": ("N.H.",), "NJ": ("N.J.",),
    "NM": ("N.M.",), "NY": ("N.Y.",), "NC": ("N.C.",), "ND": ("N.D.",), "OK": ("Okla.",), "OR": ("Ore.", "Oreg."),
    "PA": ("Pa.",), "RI": ("R.I.",), "SC": ("S.C.",), "SD": ("S.D.",), "TN": ("Tenn.",), "VT": ("Vt.",),
    "VA": ("Va.",), "WA": ("Wash.",), "DC": ("D.C.",), "WV": ("W.Va.", "W. Va."), "WI": ("Wis.", "Wisc."),
    "WY": ("Wyo.",),
}

# Words that, after a town's name, make an organization of that town ("Dublin City Council", "Paris Public
# Library", "Henry County Sheriff's Office"): the town inside the name is a place mention even when small.
CIVIC_WORDS = frozenset("""
city town village township county parish borough municipal public police fire sheriff board council school
schools high elementary middle library hospital chamber mayor community regional area district utilities
water housing parks memorial historical convention courthouse court
""".split())

# Last words of football and other clubs' names that open with their town's ("Bristol City", "Ross County").
CLUB_WORDS = frozenset("""
united city county rovers rangers athletic albion wanderers thistle town hotspur villa athletico fc sc ac
""".split())

# First words of clubs' names that close with their town's ("Real Madrid", "Dynamo Moscow", "Inter Milan").
CLUB_PREFIXES = frozenset("""
real dynamo dinamo inter internazionale hansa deportivo ofk fc ac sc as ss sv vfb vfl tsv sporting atletico
olympique spartak lokomotiv cska sparta slavia union borussia eintracht fortuna racing stade hertha bayer
standard royal rapid austria admira partizan red young celtic glasgow
""".split())

# Names the model reads as places that are none in the news: planets and the Moon, holidays and festivals.
NOT_PLACES = frozenset({
    "Mercury", "Venus", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune", "Pluto", "Moon", "the Moon",
    "Diwali", "Christmas", "Easter", "Ramadan", "Eid", "Hanukkah", "Thanksgiving", "Halloween", "Passover",
    "Yom Kippur", "Rosh Hashanah", "Lunar New Year", "Chinese New Year", "Holi", "Kwanzaa", "Lent",
})
# Words that end a county's name: "McMinn County Sheriff Steve Frisbie", "Rapides Parish Fire District" open
# with a place, whatever follows.
COUNTY_WORDS = frozenset({"county", "parish"})

# Words naming a part of a place ("North Texas", "Northeast Georgia", "Western Massachusetts", "West Africa"):
# a region the gazetteer does not list is put at the point of the place it is part of.
PART_WORDS = frozenset("""
north south east west northern southern eastern western central northeast northwest southeast southwest
northeastern northwestern southeastern southwestern upstate downstate greater mid north-central south-central
""".split())
