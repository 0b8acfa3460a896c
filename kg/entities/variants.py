"""Names in one article that are one entity: case, legal form, acronym, type, nickname variants."""
from __future__ import annotations

from collections import defaultdict

from kg.lexicon import CORPORATE_SUFFIXES

from .gazetteer import Place, acronym
from .given_names import NICKNAMES
from .kinds import vote
from .mentions import Candidate
from .records import Kind

GroupKey = tuple[Kind, str]  # (kind, name)
Groups = dict[GroupKey, list[Candidate]]  # the mentions of each entity


def merge_kind_variants(groups: Groups, info: dict[GroupKey, tuple[str, Place | None]]) -> None:
    """A name keeps one type in an article: "Wladimir Klitschko" read once as a place joins the person.
    The type the gazetteer gives wins; else a vote over all the name's mentions."""
    by_name: dict[str, list[GroupKey]] = defaultdict(list)
    for kind, name in sorted(groups):
        by_name[without_suffix(" ".join(name.split())).casefold()].append((kind, name))
    for keys in by_name.values():
        if len({kind for kind, _ in keys}) < 2:
            continue
        known = [k for k in keys if any(info.get(k, ("", None)))]
        if len(known) > 1:
            continue
        mentions = [c for k in keys for c in groups[k]]
        target = known[0] if known else max(keys, key=lambda k: (k[0] == vote(mentions), len(groups[k]), k))
        for key in keys:
            if key != target:
                groups[target].extend(groups.pop(key))


def merge_case_variants(groups: Groups) -> None:
    """"DONALD TRUMP" (a headline) joins "Donald Trump": one entity, one IRI, one name."""
    first: dict[tuple[Kind, str], GroupKey] = {}
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


def merge_suffix_variants(groups: Groups) -> None:
    """"Apple Inc." joins "Apple" in an article: one organization, named without its legal form."""
    first: dict[str, GroupKey] = {}
    for kind, name in sorted(groups, key=lambda k: (k[0], len(k[1]), k[1])):  # the bare name first
        if kind != Kind.ORGANIZATION:
            continue
        key = without_suffix(name).casefold()
        if key in first:
            groups[first[key]].extend(groups.pop((kind, name)))
        else:
            first[key] = (kind, name)


def merge_acronyms(groups: Groups) -> None:
    """`EU` joins `European Union`, `AMD` joins `Advanced Micro Devices Inc.`, when both are organizations
    in the article."""
    names = {name: (kind, name) for kind, name in groups if kind == Kind.ORGANIZATION and (" " in name or "-" in name)}
    by_acronym = {acronym(without_suffix(name)): k for name, k in sorted(names.items())}
    for kind, name in list(groups):
        if kind == Kind.ORGANIZATION and name.isupper() and name in by_acronym and by_acronym[name] != (kind, name):
            groups[by_acronym[name]].extend(groups.pop((kind, name)))


def merge_given_variants(groups: Groups) -> None:
    """"Frederick LaRue" joins "Frederick C. LaRue", then "Katie Jenkin" joins "Kathryn Jenkin": a plain
    first and last name joins the one other person in the article with that surname and that given
    name, or its full form. Two fuller names ("George W. Bush", "George H. W. Bush") take none."""
    for same_given in (lambda short, full: short == full, lambda short, full: full in NICKNAMES.get(short, ())):
        people = [(name, name.casefold().split()) for kind, name in sorted(groups)
                  if kind == Kind.PERSON and len(name.split()) >= 2]
        by_surname: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
        for name, words in people:
            by_surname[words[-1]].append((name, words))
        for name, words in people:
            if len(words) != 2 or (Kind.PERSON, name) not in groups:
                continue
            fuller = [other for other, other_words in by_surname[words[1]]
                      if other != name and same_given(words[0], other_words[0])]
            if len(fuller) == 1 and (Kind.PERSON, fuller[0]) in groups:
                groups[(Kind.PERSON, fuller[0])].extend(groups.pop((Kind.PERSON, name)))
