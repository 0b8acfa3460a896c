"""Entity mentions → canonical entities: types fixed with evidence, aliases merged in an article."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from spacy.tokens import Doc, Span

from kg.lexicon import CORPORATE_SUFFIXES, ORG_SUFFIXES, PLACE_NOUNS

from .gazetteer import Place, acronym, demonym_country, find_org, find_place
from .given_names import GIVEN_NAMES
from .headlines import headline_names
from .mentions import LABEL_KIND, Candidate, candidates, echoes, personal_names
from .teams import missed_sides, team_names

# A city name spaCy read as a person or organization is retyped only for a city this large.
RETYPE_CITY_POPULATION = {"PERSON": 1_000_000, "ORG": 100_000}
PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "across", "throughout", "inside"})


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # character offsets into the article text, end exclusive
    end: int
    text: str
    naming: bool = True  # False for a demonym ("Russian troops"): it refers to the entity without naming it


@dataclass(frozen=True, slots=True)
class Entity:
    key: str  # "{kind}/{canonical name}": the same real-world entity, the same key
    kind: str  # Person, Organization or Place
    name: str
    subtype: str = ""  # schema.org subclass (Country, City, GovernmentOrganization, ...)
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    geonameid: int | None = None
    lat: float | None = None
    long: float | None = None


@dataclass(frozen=True, slots=True)
class Entities:
    entities: tuple[Entity, ...]
    by_token: dict[int, str] = field(default_factory=dict)  # token index → entity key
    by_key: dict[str, Entity] = field(default_factory=dict)

    def get(self, key: str) -> Entity | None:
        return self.by_key.get(key)

    def at(self, token_i: int) -> Entity | None:
        found = self.by_token.get(token_i)
        return self.get(found) if found else None

    def mention_at(self, token_i: int) -> tuple[int, int] | None:
        """Token range [start, end) of the entity mention holding token i."""
        key = self.by_token.get(token_i)
        if key is None:
            return None
        start, end = token_i, token_i + 1
        while self.by_token.get(start - 1) == key:
            start -= 1
        while self.by_token.get(end) == key:
            end += 1
        return start, end


NATIONS = frozenset({"Country", "Continent"})  # a national side is reported as its country


def surname_owner(text: str, full_names: list[Span], before: int) -> Span | None:
    """The full name ending in `text` ("Ward", "al-Ansari"), preferring the closest one before;
    else the one full name it opens (family name first: "Lee" of "Lee Jae-yong")."""
    owners = [s for s in full_names if s.text.endswith(" " + text)]
    if not owners:
        openers = {s.text: s for s in full_names if s.text.startswith(text + " ")}
        return next(iter(openers.values())) if len(openers) == 1 else None
    preceding = [s for s in owners if s.start < before]
    return (preceding or owners)[-1]


def place_context(span: Span) -> bool:
    """"in Klodzko", "the town of Nysa", "Lagos-based": the words around a name say it is a place."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    town_of = before == "of" and span.start >= 2 and doc[span.start - 2].lower_ in PLACE_NOUNS
    return before in PLACE_PREPOSITIONS or town_of or after in {"-based", "based"}


def vote(cands: list[Candidate]) -> str:
    """One type for a name from all its mentions: spaCy's labels, then context and name shape."""
    votes = Counter(LABEL_KIND[c.label] for c in cands)
    votes["Place"] += sum(0.5 for c in cands if place_context(c.span))
    votes["Person"] += sum(3 for c in cands if given_name_first(c.span))
    votes["Organization"] += sum(2 for c in cands if len(c.span) > 1 and c.span[-1].lower_ in ORG_SUFFIXES
                                 or c.label != "PERSON" and city_named_team(c.span))
    longest = max(cands, key=lambda c: len(c.span))
    return max(votes, key=lambda kind: (votes[kind], kind == LABEL_KIND[longest.label]))


def given_name_first(span: Span) -> bool:
    """"Jean-Claude Juncker", "Ines Gorrochategui": a given name, then a capitalised word that ends no
    organization's name ("Morgan Stanley" and "Ford Motor Co" are known or end in a suffix)."""
    return (len(span) >= 2 and span[0].lower_.split("-")[0] in GIVEN_NAMES and span[-1].text[:1].isupper()
            and span[-1].lower_ not in ORG_SUFFIXES and find_org(span.text) is None)


def resolve_place(text: str, label: str, *, placed: bool = False) -> Place | None:
    """The gazetteer's place for a name; a small city only where the label or context says place."""
    if label == "NORP":
        return demonym_country(text)
    place = find_place(text)
    if place is None:
        return None
    if place.kind != "City" or label in ("GPE", "LOC", "FAC") or placed:
        return place
    return place if place.population >= RETYPE_CITY_POPULATION.get(label, 0) else None


def city_named_team(span: Span) -> bool:
    """"Union Berlin", "Werder Bremen": a name ending in a large city's name is a club's, not a person's."""
    if len(span) != 2 or find_place(span.text):
        return False
    city = find_place(span[-1].text)
    return city is not None and city.kind == "City" and city.population >= 200_000 and span[0].text[:1].isupper()


def org_owner(cand: Candidate, org_names: list[Span]) -> Span | None:
    """The multi-word organization a lone first word stands for ("Calder" → "Calder Bank")."""
    if len(cand.span) != 1:
        return None
    owners = {s.text: s for s in org_names if s[0].text == cand.span.text}
    return next(iter(owners.values())) if len(owners) == 1 else None


def group_key(cand: Candidate, full_names: list[Span], org_names: list[Span]) -> tuple[str, str, str, Place | None]:
    """(kind, canonical name, subtype, place) for one mention, before alias merging."""
    text = cand.span.text
    owner = surname_owner(text, full_names, cand.span.start) if " " not in text else None
    place = resolve_place(text, cand.label, placed=place_context(cand.span))
    if owner is not None and not (place and place.kind == "Country"):
        return "Person", owner.text, "", None
    if (org_name := org_owner(cand, org_names)) is not None and not (place and place.kind == "Country"):
        return group_key(Candidate(org_name, "ORG"), [], [])
    if (org := find_org(text)) is not None:
        return "Organization", org.name, org.kind, None
    if place is not None:
        return "Place", place.name, place.kind, place
    return LABEL_KIND[cand.label], text, "", None


def extract_entities(doc: Doc) -> Entities:
    """Canonical entities of one article, with every mention (offsets into the article text)."""
    cands = headline_names(doc, candidates(doc))
    cands = sorted(cands + missed_sides(doc, {i for c in cands for i in range(c.span.start, c.span.end)}),
                   key=lambda c: c.span.start)
    people = personal_names(doc)
    cands = [Candidate(c.span, "PERSON") if c.label == "ORG" and len(c.span) > 1 and c.span[-1].text in people
             else Candidate(c.span, "ORG") if c.label != "PERSON" and city_named_team(c.span) else c for c in cands]
    full_names = [c.span for c in cands if c.label == "PERSON" and len(c.span) > 1
                  and resolve_place(c.span.text, "PERSON") is None]
    org_names = [c.span for c in cands if c.label == "ORG" and len(c.span) > 1]
    cands = sorted(cands + echoes(doc, cands, full_names), key=lambda c: c.span.start)
    groups: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
    info: dict[tuple[str, str], tuple[str, Place | None]] = {}
    unresolved: dict[str, list[Candidate]] = defaultdict(list)
    teams = team_names(cands)
    for cand in cands:
        kind, name, subtype, place = group_key(cand, full_names, org_names)
        if kind == "Place" and cand.span.text.casefold() in teams and not (place and place.kind in NATIONS):
            kind, subtype, place = "Organization", "SportsOrganization", None  # "Leeds 2 Chelsea 1": the club
        known_person = kind == "Person" and (name != cand.span.text or len(cand.span) > 1)
        if subtype or place or known_person:  # typed by evidence; plain names are typed by vote below
            groups[(kind, name)].append(cand)
            info.setdefault((kind, name), (subtype, place))
        else:
            unresolved[name].append(cand)
    for name, cands_of_name in unresolved.items():  # plain names: one type by vote over mentions
        kind = "Organization" if name.casefold() in teams else vote(cands_of_name)
        groups[(kind, name)].extend(cands_of_name)
        info.setdefault((kind, name), ("", None))
    merge_acronyms(groups)
    merge_case_variants(groups)
    merge_suffix_variants(groups)
    return build(groups, info)


def merge_case_variants(groups: dict[tuple[str, str], list[Candidate]]) -> None:
    """"DONALD TRUMP" (a headline) joins "Donald Trump": one entity, one IRI, one name."""
    first: dict[tuple[str, str], tuple[str, str]] = {}
    for kind, name in sorted(groups, key=lambda k: (k[0], k[1].isupper(), k[1])):  # running-text case first
        key = (kind, " ".join(name.split()).casefold())
        if key in first and first[key] != (kind, name):
            groups[first[key]].extend(groups.pop((kind, name)))
        else:
            first.setdefault(key, (kind, name))


def without_suffix(name: str) -> str:
    """"Kestrel Holdings Inc." → "Kestrel Holdings": the legal form is not part of the name people use."""
    words = name.split()
    while len(words) > 1 and words[-1].casefold().rstrip(",") in CORPORATE_SUFFIXES:
        words.pop()
    return " ".join(words).rstrip(",")


def merge_suffix_variants(groups: dict[tuple[str, str], list[Candidate]]) -> None:
    """"Apple Inc." joins "Apple" in an article: one organization, named without its legal form."""
    first: dict[str, tuple[str, str]] = {}
    for kind, name in sorted(groups, key=lambda k: (k[0], len(k[1]), k[1])):  # the bare name first
        if kind != "Organization":
            continue
        key = without_suffix(name).casefold()
        if key in first:
            groups[first[key]].extend(groups.pop((kind, name)))
        else:
            first[key] = (kind, name)


def merge_acronyms(groups: dict[tuple[str, str], list[Candidate]]) -> None:
    """`EU` joins `European Union`, `AMD` joins `Advanced Micro Devices Inc.`, when both are organizations
    in the article."""
    names = {name: (kind, name) for kind, name in groups if kind == "Organization" and (" " in name or "-" in name)}
    by_acronym = {acronym(without_suffix(name)): k for name, k in sorted(names.items())}
    for kind, name in list(groups):
        if kind == "Organization" and name.isupper() and name in by_acronym and by_acronym[name] != (kind, name):
            groups[by_acronym[name]].extend(groups.pop((kind, name)))


def build(groups: dict[tuple[str, str], list[Candidate]],
          info: dict[tuple[str, str], tuple[str, Place | None]]) -> Entities:
    entities, by_token = [], {}
    for (kind, name), cands in groups.items():
        subtype, place = info.get((kind, name), ("", None))
        canonical = " ".join(name.split()) if (subtype or place) else fullest(cands, name)
        if kind == "Organization" and not subtype:
            canonical = without_suffix(canonical)
        key = f"{kind}/{canonical}"
        surfaces = unique(c.span.text for c in cands if c.label != "NORP")
        mentions = tuple(sorted({Mention(c.span.start_char, c.span.end_char, c.span.text, c.label != "NORP")
                                 for c in cands}, key=lambda m: m.start))
        for cand in cands:
            by_token.update(dict.fromkeys(range(cand.span.start, cand.span.end), key))
        entities.append(Entity(
            key=key, kind=kind, name=canonical, subtype=subtype,
            aliases=tuple(s for s in surfaces if s != canonical), mentions=mentions,
            geonameid=place.geonameid if place else None,
            lat=place.lat if place else None, long=place.long if place else None))
    entities.sort(key=lambda e: e.mentions[0].start)
    return Entities(tuple(entities), by_token, {e.key: e for e in entities})


def fullest(cands: list[Candidate], default: str) -> str:
    """The fullest name, in running-text case where the article has it ("Trump" over "TRUMP"), on one line."""
    names = (" ".join(c.span.text.split()) for c in cands)
    return max(names, key=lambda t: (len(t.split()), not t.isupper(), len(t)), default=default)


def unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
