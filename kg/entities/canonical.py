"""Entity mentions → canonical entities: types fixed with evidence, aliases merged in an article."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import partial

from spacy.tokens import Doc, Span

from kg.lexicon import CORPORATE_SUFFIXES, NAME_PARTICLES

from .context import placed_in_context
from .counties import COUNTY_LABELS, county_lists, named_counties
from .datelines import dateline_names
from .descriptions import with_descriptions
from .gazetteer import Place, find_org
from .headlines import headline_names
from .kinds import (
    acronym_person,
    club_name,
    org_read_town,
    place_context,
    resolve_place,
    team_part,
    town_words_around,
    vote,
)
from .localities import context_towns, party_homes, party_labelled, town_officers
from .mentions import LABEL_KIND, Candidate, candidates, echoes, personal_names, split_pairs
from .nested import places_in_names
from .placenames import COUNTY_WORDS
from .records import Entities, Entity, EntityKey, Kind, Mention
from .teams import missed_sides, team_names
from .tokenized import tokenized_names
from .variants import (
    merge_acronyms,
    merge_case_variants,
    merge_given_variants,
    merge_kind_variants,
    merge_suffix_variants,
    without_suffix,
)

SPACED_HYPHEN = re.compile(r"(?<=\w) - (?=\w)")
SPACED_INITIAL = re.compile(r"\b([A-Z]) \.")
NATIONS = frozenset({"Country", "Continent"})  # a national side is reported as its country


def surname_owner(text: str, full_names: list[Span], before: int) -> Span | None:
    """The full name ending in `text` ("Ward", "al-Ansari"), preferring the closest one before;
    else the one full name it opens (family name first: "Lee" of "Lee Jae-yong")."""
    owners = [s for s in full_names if s.text.endswith(" " + text)
              or " " in text and s.text.casefold().endswith(" " + text.casefold())]  # "Von der Leyen"
    if not owners:
        openers = {s.text: s for s in full_names if s.text.startswith(text + " ")}
        return next(iter(openers.values())) if len(openers) == 1 else None
    preceding = [s for s in owners if s.start < before]
    return (preceding or owners)[-1]


def org_owners(cands: list[Candidate]) -> dict[str, Span]:
    """The multi-word organization a lone first word ("Calder" → "Calder Bank") or a club's own name
    ("Colts" → "Indianapolis Colts") stands for. A first word only when the article names the whole
    before it: "HP" first and "HP Services" later are the company and its division."""
    first: dict[str, int] = {}
    for cand in cands:
        first.setdefault(cand.span.text, cand.span.start)
    owners: dict[str, dict[str, Span]] = defaultdict(dict)
    for cand in cands:
        span = cand.span
        if cand.label != "ORG" or len(span) < 2:
            continue
        if span.start < first.get(span[0].text, -1):
            owners[span[0].text].setdefault(span.text, span)
        if (team := team_part(span)) is not None:  # a club is its own name wherever it comes
            owners[team.text].setdefault(span.text, span)
    return {short: next(iter(spans.values())) for short, spans in owners.items() if len(spans) == 1}


def datelined(doc: Doc, text: str, cands: list[Candidate]) -> list[Candidate]:
    """The dateline's place in place of what the model made of its words ("UNION CITY —" read as an
    organization)."""
    found = dateline_names(doc, text, set())
    if not found:
        return cands
    line = found[0].span
    kept = [c for c in cands if not (line.start <= c.span.start and c.span.end <= line.end)]
    if any(c.span.start < line.end and line.start < c.span.end for c in kept):
        return cands  # a name runs across the dateline's bounds: left as the model read it
    return sorted(kept + found, key=lambda c: c.span.start)


def company_form(org_name: Span, short: Span) -> bool:
    """The organization's name is the short name and a company's legal form ("Ruch SA", "Calder Ltd")."""
    rest = org_name[len(short):] if org_name[:len(short)].text == short.text else None
    return rest is not None and len(rest) > 0 and all(t.lower_ in CORPORATE_SUFFIXES for t in rest)


def group_key(cand: Candidate, full_names: list[Span], owners: dict[str, Span]) -> tuple[Kind, str, str, Place | None]:
    """(kind, canonical name, subtype, place) for one mention, before alias merging."""
    text = cand.span.text
    # a surname is one word, or opens with a particle ("Lo Presti" of "Gaetano Lo Presti")
    surname = " " not in text or text.split()[0].casefold() in NAME_PARTICLES
    owner = surname_owner(text, full_names, cand.span.start) if surname else None
    placed = place_context(cand.span) or org_read_town(cand) or cand.span[-1].lower_ in COUNTY_WORDS  # "McMinn County"
    place = resolve_place(text, cand.label, placed=placed)
    if place is not None and cand.label in COUNTY_LABELS.values():  # "Navarro" of "Navarro and Ellis counties"
        return Kind.PLACE, place.name, place.kind, place
    if owner is not None and not (place and place.kind == "Country"):
        return Kind.PERSON, owner.text, "", None
    org_name = owners.get(text)
    # "in Alexandria" after "Alexandria City Public Schools" is the town; "Ruch" after "Ruch SA" the company
    if org_name is not None and (place is None or company_form(org_name, cand.span)):
        return group_key(Candidate(org_name, "ORG"), [], {})
    if (org := find_org(text)) is not None:
        return Kind.ORGANIZATION, org.name, org.kind, None
    if place is not None:
        return Kind.PLACE, place.name, place.kind, place
    return LABEL_KIND[cand.label], text, "", None


def extract_entities(doc: Doc) -> Entities:
    """Canonical entities of one article, with every mention (offsets into the article text)."""
    cands = tokenized_names(doc, headline_names(doc, candidates(doc)))
    text = doc.text  # built once: spaCy joins every token anew at each doc.text
    cands = datelined(doc, text, cands)
    # names the model missed, each finder given the tokens the names found so far cover
    for missed in (partial(missed_sides, doc), partial(context_towns, doc), partial(party_homes, doc),
                   partial(named_counties, doc)):
        taken = {i for c in cands for i in range(c.span.start, c.span.end)}
        cands = sorted(cands + missed(taken), key=lambda c: c.span.start)
    cands = party_labelled(town_officers(county_lists(doc, text, cands)))
    people = personal_names(doc)
    cands = [Candidate(c.span, "PERSON") if c.label == "ORG" and len(c.span) > 1 and c.span[-1].text in people
             else Candidate(c.span, "ORG") if c.label != "PERSON" and club_name(c.span)
             or acronym_person(c) else c for c in cands]
    full_names = [c.span for c in cands if c.label == "PERSON" and len(c.span) > 1
                  and resolve_place(c.span.text, "PERSON") is None]
    cands = sorted(split_pairs(cands, full_names) + echoes(doc, cands, full_names), key=lambda c: c.span.start)
    groups: dict[tuple[Kind, str], list[Candidate]] = defaultdict(list)
    info: dict[tuple[Kind, str], tuple[str, Place | None]] = {}
    unresolved: dict[str, list[Candidate]] = defaultdict(list)
    teams = team_names(cands)
    owners = org_owners(cands)
    for cand in cands:
        kind, name, subtype, place = group_key(cand, full_names, owners)
        if kind == Kind.PLACE and cand.span.text.casefold() in teams and not (place and place.kind in NATIONS) \
                and not town_words_around(cand.span):  # "Dublin Mayor", "in Dublin": the town, whatever its team did
            kind, subtype, place = Kind.ORGANIZATION, "SportsOrganization", None  # "Leeds 2 Chelsea 1": the club
        known_person = kind == Kind.PERSON and (name != cand.span.text or len(cand.span) > 1)
        if subtype or place or known_person:  # typed by evidence; plain names are typed by vote below
            groups[(kind, name)].append(cand)
            info.setdefault((kind, name), (subtype, place))
        else:
            unresolved[name].append(cand)
    for name, cands_of_name in unresolved.items():  # plain names: one type by vote over mentions
        kind = Kind.ORGANIZATION if name.casefold() in teams else vote(cands_of_name)
        groups[(kind, name)].extend(cands_of_name)
        info.setdefault((kind, name), ("", None))
    merge_acronyms(groups)
    merge_case_variants(groups)
    merge_suffix_variants(groups)
    merge_kind_variants(groups, info)
    merge_given_variants(groups)
    return with_descriptions(doc, placed_in_context(places_in_names(doc, build(groups, info)), text))


def build(groups: dict[tuple[Kind, str], list[Candidate]],
          info: dict[tuple[Kind, str], tuple[str, Place | None]]) -> Entities:
    entities, by_token = [], {}
    for (kind, name), cands in groups.items():
        subtype, place = info.get((kind, name), ("", None))
        canonical = " ".join(name.split()) if (subtype or place) else fullest(cands, name)
        if kind == Kind.ORGANIZATION and not subtype:
            canonical = without_suffix(canonical)
        key = EntityKey(kind, canonical)
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
    """The fullest name, in running-text case where the article has it ("Trump" over "TRUMP"), on one line;
    among spellings of one length the one most mentions use ("Hillary Clinton" over a one-off "HIllary")."""
    names = [untokenized(" ".join(c.span.text.split())) for c in cands]
    uses = Counter(names)
    return max(names, key=lambda t: (len(t.split()), not t.isupper(), uses[t], len(t)), default=default)


def untokenized(name: str) -> str:
    """"T - Mobile" → "T-Mobile", "Frederick C . LaRue" → "Frederick C. LaRue" (see tokenized)."""
    return SPACED_INITIAL.sub(r"\1.", SPACED_HYPHEN.sub("-", name))


def unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
