"""One type per name: evidence from the gazetteer, the name's shape and the words around its mentions."""
from __future__ import annotations

from collections import Counter, defaultdict

from spacy.tokens import Span

from kg.lexicon import DESCRIBING_NOUNS, ORG_SUFFIXES, PLACE_NOUNS, TOWN_PREPOSITIONS, TOWNSFOLK_NOUNS

from .counties import COUNTY_LABELS, county_named
from .gazetteer import Place, demonym_country, find_org, find_place, find_town
from .given_names import GIVEN_NAMES
from .mentions import LABEL_KIND, Candidate
from .placenames import CIVIC_WORDS
from .records import Kind

# A city name spaCy read as a person or organization is retyped only for a city this large.
RETYPE_CITY_POPULATION = {"PERSON": 1_000_000, "ORG": 100_000}
PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "across", "throughout", "inside"})
TEAM_TOWN_POPULATION = 200_000  # "Werder Bremen", "Indianapolis Colts": towns with clubs in the news
CONTEXT_TOWN_POPULATION = 10_000  # as for the towns found by their context (localities.py)
ACRONYM_LETTERS = 5  # "EYP MCF": words of capitals this short are acronyms, not a person's name


def place_context(span: Span) -> bool:
    """"in Klodzko", "the town of Nysa", "Lagos-based", "a Glasgow woman": the words around a name say it
    is a place."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    town_of = before == "of" and span.start >= 2 and doc[span.start - 2].lower_ in PLACE_NOUNS
    townsman = before in ("a", "an") and after in DESCRIBING_NOUNS
    return before in PLACE_PREPOSITIONS or town_of or townsman or after in {"-based", "based"}


def town_context(span: Span) -> bool:
    """"from Danbury", "Torrington firefighters", "Camarillo residents", "Ann Bell, 41, of Grovetown": a
    town's context ("of" only after a comma: "the acquisition of Newman" is a company's)."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if before == "of":
        return span.start >= 2 and doc[span.start - 2].text == ","
    return before in TOWN_PREPOSITIONS or after in TOWNSFOLK_NOUNS


def town_words_around(span: Span) -> bool:
    """"in Dublin", "Dublin Mayor", "Dublin City Manager", "Rock Hill residents": words about the town."""
    after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    return place_context(span) or town_context(span) or after in CIVIC_WORDS


def org_read_town(cand: Candidate) -> bool:
    """A town's name the model read as an organization, in a town's context (a town of some size: "of
    Target" is no town of that name)."""
    if cand.label != "ORG" or cand.span.text.isupper() or not town_context(cand.span):  # "ATI": an acronym
        return False
    town = find_town(cand.span.text)
    return town is not None and town.population >= CONTEXT_TOWN_POPULATION


def vote(cands: list[Candidate]) -> Kind:
    """One type for a name from all its mentions: spaCy's labels, then context and name shape."""
    votes: defaultdict[Kind, float] = defaultdict(float, Counter(LABEL_KIND[c.label] for c in cands))
    votes[Kind.PLACE] += sum(0.5 for c in cands if place_context(c.span))
    # a town's name the model read as an organization, where the words around say town ("of Elkhart",
    # "Torrington firefighters"): that mention's vote goes to the place
    votes[Kind.PLACE] += sum(1.5 for c in cands if org_read_town(c))
    votes[Kind.PERSON] += sum(3 for c in cands if given_name_first(c.span))
    votes[Kind.ORGANIZATION] += sum(2 for c in cands if len(c.span) > 1 and org_suffixed(c)
                                 or c.label != "PERSON" and club_name(c.span))
    longest = max(cands, key=lambda c: len(c.span))
    return max(votes, key=lambda kind: (votes[kind], kind == LABEL_KIND[longest.label]))


def org_suffixed(cand: Candidate) -> bool:
    """A name ending in an organization's word ("Calder Bank"); "City" after a town's name ("Manchester City",
    the club), not where the model read a place and no town has the name before it ("Pleasant City")."""
    last = cand.span[-1].lower_
    village = last == "city" and cand.label in ("GPE", "LOC") and find_place(cand.span[:-1].text) is None
    return last in ORG_SUFFIXES and not village


def given_name_first(span: Span) -> bool:
    """"Jean-Claude Juncker", "Ines Gorrochategui": a given name, then a capitalised word that ends no
    organization's name ("Morgan Stanley" and "Ford Motor Co" are known or end in a suffix)."""
    return (len(span) >= 2 and span[0].lower_.split("-")[0] in GIVEN_NAMES and span[-1].text[:1].isupper()
            and span[-1].lower_ not in ORG_SUFFIXES and find_org(span.text) is None)


def resolve_place(text: str, label: str, *, placed: bool = False) -> Place | None:
    """The gazetteer's place for a name; a small city only where the label or context says place."""
    if label == "NORP":
        return demonym_country(text)
    if label in COUNTY_LABELS.values():  # "Jackson" of "Barrow and Jackson counties"
        return county_named(text, label)
    place = find_place(text)
    if place is None:  # a small town or a county only where the label or the context says place
        if label not in ("GPE", "LOC") and not placed:
            return None
        # a town, a county, a part of a state or country ("North Texas"); "Sri Lankan" read as a place: the country
        return find_town(text) or demonym_country(text)
    if place.kind != "City" or label in ("GPE", "LOC", "FAC") or placed:
        return place
    return place if place.population >= RETYPE_CITY_POPULATION.get(label, 0) else None


def city_named_team(span: Span) -> bool:
    """"Union Berlin", "Werder Bremen": a name ending in a large city's name is a club's, not a person's."""
    if len(span) != 2 or find_place(span.text):
        return False
    city = find_place(span[-1].text)
    return city is not None and city.kind == "City" and city.population >= 200_000 and span[0].text[:1].isupper()




def club_name(span: Span) -> bool:
    """A club's name by its shape: "Werder Bremen" (see city_named_team) or "Indianapolis Colts", "Kansas City
    Chiefs", "Boston Red Sox": a large town's name, then one or two capitalised words ending in a plural
    (not "Paris Jackson", which opens with a given name; "Austin Rivers" is read as a person by the model
    and stays one)."""
    return city_named_team(span) or team_part(span) is not None


def team_part(span: Span) -> Span | None:
    """The club's own name after its town's: "Colts" of "Indianapolis Colts"; None if not a club's name."""
    if len(span) < 2 or find_place(span.text) or span[0].lower_ in GIVEN_NAMES:
        return None
    for cut in range(len(span) - 1, max(0, len(span) - 3), -1):
        town, rest = find_place(span[:cut].text), span[cut:]
        if town is not None and town.kind == "City" and town.population >= TEAM_TOWN_POPULATION:
            plural = rest[-1].lower_[-1] in "sx" and not rest[-1].lower_.endswith("ss")
            return rest if plural and all(t.is_alpha and t.text[:1].isupper() for t in rest) else None
    return None


def acronym_person(cand: Candidate) -> bool:
    """"EYP MCF" read as a person: words all in short capitals are a company's acronyms. (Headline
    lines, where a person's name may be in capitals, are read apart: see headlines.)"""
    return cand.label == "PERSON" and all(t.is_alpha and t.is_upper and 2 <= len(t) <= ACRONYM_LETTERS
                                          and t.lower_ not in GIVEN_NAMES for t in cand.span)
