"""Entity mentions → canonical entities: types fixed with evidence, aliases merged in an article."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span

from .gazetteer import Place, demonym_country, find_org, find_place
from .nlp import positions
from .lexicon import GENERIC_NAME_WORDS, HONORIFICS, ORG_SUFFIXES, TITLE_MODIFIERS, TITLE_WORDS

LABEL_KIND = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place",
              "FAC": "Place", "NORP": "Place"}
# A city name spaCy read as a person or organization is retyped only for a city this large.
RETYPE_CITY_POPULATION = {"PERSON": 1_000_000, "ORG": 100_000}
PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "across", "throughout", "inside"})
STRIP_LEFT = frozenset({"the", "The"}) | HONORIFICS
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
NON_HEAD_TITLES = TITLE_MODIFIERS - {"general", "chief"}  # "Foreign" alone introduces no name
TITLE_TRIGGERS = frozenset(w + dot for w in (TITLE_WORDS - NON_HEAD_TITLES) | HONORIFICS for dot in ("", "."))


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # character offsets into the article text, end exclusive
    end: int
    text: str


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

    def get(self, key: str) -> Entity | None:
        return next((e for e in self.entities if e.key == key), None)

    def at(self, token_i: int) -> Entity | None:
        found = self.by_token.get(token_i)
        return self.get(found) if found else None


@dataclass(frozen=True, slots=True)
class Candidate:
    span: Span
    label: str


def mention_span(ent: Span) -> Span | None:
    """The proper-name part of an entity span: no article, honorific, title, score or possessive."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (doc[start].text in STRIP_LEFT or doc[start].is_punct
                           or (ent.label_ == "PERSON" and end - start > 1
                               and doc[start].lower_.rstrip(".") in TITLE_WORDS)):
        start += 1
    while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].is_punct
                           or any(ch.isdigit() for ch in doc[end - 1].text)):
        end -= 1
    span = doc[start:end] if end > start else None
    if span is None or not any(t.text[:1].isupper() for t in span):
        return None  # "health ministry": a description, not a name
    return span


def in_title(span: Span) -> bool:
    """`State` in `Secretary of State`: a word of a title, not an organization."""
    doc = span.doc
    return (len(span) == 1 and span.start >= 2 and doc[span.start - 1].lower_ == "of"
            and doc[span.start - 2].lower_ in TITLE_WORDS)


def after_title(span: Span) -> bool:
    """A name right after a title or honorific ("Prime Minister Kaja Linnamets") is a person's."""
    if span.start == 0 or len(span) > 4 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span):
        return False
    before = span.doc[span.start - 1].lower_.rstrip(".")
    return before in HONORIFICS or before in TITLE_WORDS and before not in NON_HEAD_TITLES


def titled_names(doc: Doc, covered: set[int]) -> list[Candidate]:
    """Names the NER missed but a title introduces: "Striker Marcus Adeyemi"."""
    found = []
    for i in positions(doc, LOWER, TITLE_TRIGGERS):
        token = doc[i]
        end = token.i + 1
        while end < len(doc) and end - token.i <= 3 and end not in covered and doc[end].pos_ == "PROPN" \
                and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
        if end - token.i >= 3 and after_title(doc[token.i + 1:end]):  # two words at least
            found.append(Candidate(doc[token.i + 1:end], "PERSON"))
    return found


def candidates(doc: Doc) -> list[Candidate]:
    out, covered = [], set()
    for ent in doc.ents:
        if ent.label_ not in LABEL_KIND:
            continue
        span = mention_span(ent)
        if span is None or in_title(span) or not any(ch.isalpha() for ch in span.text):
            continue
        if ent.label_ == "NORP" and demonym_country(span.text) is None and not find_org(span.text):
            continue
        label = ent.label_
        if label != "PERSON" and len(span) > 2 and span[0].lower_ in TITLE_WORDS and after_title(span[1:]):
            span = span[1:]  # "Striker Marcus Adeyemi" read as one organization
        if label != "PERSON" and after_title(span) and not find_org(span.text) and not find_place(span.text):
            label = "PERSON"
        if label == "NORP" and find_org(span.text):
            label = "ORG"
        out.append(Candidate(span, label))
        covered.update(range(ent.start, ent.end))
    return sorted(out + titled_names(doc, covered), key=lambda c: c.span.start)


def echoes(doc: Doc, cands: list[Candidate], full_names: list[Span]) -> list[Candidate]:
    """Later mentions the NER missed: a person's surname ("Okafor"), an organization's first word."""
    covered = {i for c in cands for i in range(c.span.start, c.span.end)}
    surnames = {s[-1].text for s in full_names}
    prefixes = {c.span[0].text for c in cands if c.label == "ORG" and len(c.span) > 1
                and c.span[0].lower_ not in GENERIC_NAME_WORDS}
    found = []
    for i in positions(doc, ORTH, surnames | prefixes):
        token = doc[i]
        if token.i in covered or token.pos_ != "PROPN" or not token.text[:1].isupper():
            continue
        if token.text in surnames:
            found.append(Candidate(doc[token.i:token.i + 1], "PERSON"))
        elif token.text in prefixes:
            found.append(Candidate(doc[token.i:token.i + 1], "ORG"))
    return found


def surname_owner(text: str, full_names: list[Span], before: int) -> Span | None:
    """The full name whose last word is `text`, preferring the closest one before `before`."""
    owners = [s for s in full_names if s[-1].text == text]
    if not owners:
        return None
    preceding = [s for s in owners if s.start < before]
    return (preceding or owners)[-1]


def acronym_of(text: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w-]*", text) if w.lower() not in {"of", "the", "and", "for"}).upper()


def place_context(span: Span) -> bool:
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return before in PLACE_PREPOSITIONS or after in {"-based", "based"}


def vote(cands: list[Candidate]) -> str:
    """One type for a name from all its mentions: spaCy's labels, then context and name shape."""
    votes = Counter(LABEL_KIND[c.label] for c in cands)
    votes["Place"] += sum(0.5 for c in cands if place_context(c.span))
    votes["Organization"] += sum(2 for c in cands if len(c.span) > 1 and c.span[-1].lower_ in ORG_SUFFIXES)
    longest = max(cands, key=lambda c: len(c.span))
    return max(votes, key=lambda kind: (votes[kind], kind == LABEL_KIND[longest.label]))


def resolve_place(text: str, label: str) -> Place | None:
    if label == "NORP":
        return demonym_country(text)
    place = find_place(text)
    if place is None:
        return None
    if place.kind != "City" or label in ("GPE", "LOC", "FAC"):
        return place
    return place if place.population >= RETYPE_CITY_POPULATION.get(label, 0) else None


def org_owner(cand: Candidate, org_names: list[Span]) -> Span | None:
    """The multi-word organization a lone first word stands for ("Calder" → "Calder Bank")."""
    if len(cand.span) != 1:
        return None
    owners = {s.text: s for s in org_names if s[0].text == cand.span.text}
    return next(iter(owners.values())) if len(owners) == 1 else None


def group_key(cand: Candidate, full_names: list[Span], org_names: list[Span]) -> tuple[str, str, str, Place | None]:
    """(kind, canonical name, subtype, place) for one mention, before alias merging."""
    text = cand.span.text
    owner = surname_owner(text, full_names, cand.span.start) if len(cand.span) == 1 else None
    place = resolve_place(text, cand.label)
    if owner is not None and not (place and place.kind == "Country"):
        return "Person", owner.text, "", None
    if (org_name := org_owner(cand, org_names)) is not None and not place:
        return group_key(Candidate(org_name, "ORG"), [], [])
    if (org := find_org(text)) is not None:
        return "Organization", org.name, org.kind, None
    if place is not None:
        return "Place", place.name, place.kind, place
    return LABEL_KIND[cand.label], text, "", None


def extract_entities(doc: Doc) -> Entities:
    """Canonical entities of one article, with every mention (offsets into the article text)."""
    cands = candidates(doc)
    full_names = [c.span for c in cands if c.label == "PERSON" and len(c.span) > 1
                  and resolve_place(c.span.text, "PERSON") is None]
    org_names = [c.span for c in cands if c.label == "ORG" and len(c.span) > 1]
    cands = sorted(cands + echoes(doc, cands, full_names), key=lambda c: c.span.start)
    groups: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
    info: dict[tuple[str, str], tuple[str, Place | None]] = {}
    unresolved: dict[str, list[Candidate]] = defaultdict(list)
    for cand in cands:
        kind, name, subtype, place = group_key(cand, full_names, org_names)
        if subtype or place or kind == "Person" and name != cand.span.text or len(cand.span) > 1 and kind == "Person":
            groups[(kind, name)].append(cand)
            info.setdefault((kind, name), (subtype, place))
        else:
            unresolved[name].append(cand)
    for name, cands_of_name in unresolved.items():  # plain names: one type by vote over mentions
        kind = vote(cands_of_name)
        groups[(kind, name)].extend(cands_of_name)
        info.setdefault((kind, name), ("", None))
    merge_acronyms(groups)
    return build(groups, info)


def merge_acronyms(groups: dict[tuple[str, str], list[Candidate]]) -> None:
    """`EU` joins `European Union` when both are organizations in the article."""
    names = {name: (kind, name) for kind, name in groups if kind == "Organization" and " " in name}
    by_acronym = {acronym_of(name): k for name, k in names.items()}
    for kind, name in list(groups):
        if kind == "Organization" and name.isupper() and name in by_acronym and by_acronym[name] != (kind, name):
            groups[by_acronym[name]].extend(groups.pop((kind, name)))


def build(groups: dict[tuple[str, str], list[Candidate]],
          info: dict[tuple[str, str], tuple[str, Place | None]]) -> Entities:
    entities, by_token = [], {}
    for (kind, name), cands in groups.items():
        subtype, place = info.get((kind, name), ("", None))
        canonical = name if (subtype or place) else fullest(cands, name)
        key = f"{kind}/{canonical}"
        surfaces = unique(c.span.text for c in cands)
        mentions = tuple(sorted({Mention(c.span.start_char, c.span.end_char, c.span.text) for c in cands},
                                key=lambda m: m.start))
        for cand in cands:
            by_token.update(dict.fromkeys(range(cand.span.start, cand.span.end), key))
        entities.append(Entity(
            key=key, kind=kind, name=canonical, subtype=subtype,
            aliases=tuple(s for s in surfaces if s != canonical), mentions=mentions,
            geonameid=place.geonameid if place else None,
            lat=place.lat if place else None, long=place.long if place else None))
    entities.sort(key=lambda e: e.mentions[0].start)
    return Entities(tuple(entities), by_token)


def fullest(cands: list[Candidate], default: str) -> str:
    return max((c.span.text for c in cands), key=lambda t: (len(t.split()), len(t)), default=default)


def unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
