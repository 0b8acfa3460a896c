"""Identity across articles: link short names to the full names the corpus makes unambiguous.

Extraction stays per article; this step reads the whole corpus (files, the embedded store or
an endpoint) and proposes `owl:sameAs` links for a graph of their own.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from kg.entities.gazetteer import acronym, find_org, find_place
from kg.entities.given_names import NICKNAMES

ENTITIES = """
PREFIX schema: <http://schema.org/>
SELECT DISTINCT ?entity ?type ?name ?alias ?doc WHERE {
  VALUES ?type { schema:Person schema:Organization }
  GRAPH ?g {
    ?doc a schema:NewsArticle ; schema:mentions ?entity .
    ?entity a ?type ; schema:name ?name .
    OPTIONAL { ?entity schema:alternateName ?alias }
  }
}"""


# Evidence that a short name stands for one candidate: entities shared with it, and how many times more
# than with the next candidate.
COMPANY_MIN = 3
COMPANY_RATIO = 2

QUOTED = re.compile(r"(?:^|\s)[\"“'‘][^\"“”‘’]+?[\"”'’](?=\s|$)")  # a nickname: 'The Chin'
INITIAL_DOT = re.compile(r"\b([A-Z])\.")  # "U.S.", "W."
PLURAL = re.compile(r"(?<!s)s$|Sox$")  # a club's name is a plural: "Saints", "Red Sox"
SHORT_ACRONYM = 2  # letters
ELDER = frozenset({"sr", "snr"})  # a father is often written without "Sr."; a son keeps his "Jr."


@dataclass(frozen=True, slots=True)
class Named:
    iri: str
    kind: str  # Person or Organization
    name: str
    aliases: frozenset[str]
    documents: frozenset[str] = frozenset()  # the articles that mention it


@dataclass(frozen=True, slots=True)
class Link:
    short: Named
    full: Named


@dataclass(frozen=True, slots=True)
class Ambiguous:
    short: Named
    candidates: tuple[Named, ...]


def entities_from_rows(rows: Iterable[list]) -> list[Named]:
    names: dict[str, tuple[str, str]] = {}
    aliases: dict[str, set[str]] = defaultdict(set)
    documents: dict[str, set[str]] = defaultdict(set)
    for entity, kind, name, alias, doc in rows:
        typed = (kind.value.rsplit("/", 1)[-1], name.value)
        names[entity.value] = min(names.get(entity.value, typed), typed)  # whatever the rows' order
        documents[entity.value].add(doc.value)
        if alias is not None:
            aliases[entity.value].add(alias.value)
    return [Named(iri, kind, name, frozenset(aliases[iri]), frozenset(documents[iri]))
            for iri, (kind, name) in sorted(names.items())]


def refers_to(short: Named, full: Named) -> bool:
    """Could the short name stand for the full one? Same type, and a surname, acronym or alias."""
    if short.kind != full.kind or short.iri == full.iri:
        return False
    if short.name.casefold() in {a.casefold() for a in full.aliases}:
        return True
    if short.kind == "Person":
        words = full.name.split()
        return len(words) > 1 and " " not in short.name and words[-1].casefold() == short.name.casefold()
    if short.name.isupper() and len(short.name) > 1 and acronym(full.name) == short.name:
        return True
    return team_name(short.name, full.name) or org_variant(short.name, full.name)


def org_variant(short: str, full: str) -> bool:
    """"US Geological Survey" for "U.S. Geological Survey", "T-Mobile" for "T-Mobile USA": the same
    organization written without dots, or without the country it operates in."""
    if len(short) < len(full) and plain_name(short).casefold() == plain_name(full).casefold():
        return True
    words = full.split()
    country = find_place(words[-1]) if len(words) > 1 else None
    return (country is not None and country.kind == "Country" and words[-2][:1].isupper()  # not "Bank of America"
            and " ".join(words[:-1]).casefold() == short.casefold())


def team_name(short: str, full: str) -> bool:
    """"Saints" for "New Orleans Saints", "Red Sox" for "Boston Red Sox": a club's name after its town's."""
    words, kept = full.split(), short.split()
    town = words[:len(words) - len(kept)]
    return bool(town) and [w.casefold() for w in words[len(town):]] == [w.casefold() for w in kept] \
        and find_place(" ".join(town)) is not None


def without_generation(name: str) -> str:
    """"W. Mark Felt, Sr." → "W. Mark Felt"."""
    words = name.replace(",", " ").split()
    while len(words) > 2 and words[-1].casefold().rstrip(".") in ELDER:
        words.pop()
    return " ".join(words)


def plain_name(name: str) -> str:
    """How a name compares across articles: no nickname in quotes, "Sr." or initials' dots
    ('Vincent "The Chin" Gigante' → "Vincent Gigante", "U.S. Geological Survey" → "US Geological Survey")."""
    return INITIAL_DOT.sub(r"\1", without_generation(QUOTED.sub(" ", name)))


def with_middle(long: Named, plain: Named) -> bool:
    """"W. Mark Felt Sr.", "Christopher Kenyon Simpson", 'Luis Gerardo "Jerry" Ortiz' are the person the
    corpus elsewhere calls "Mark Felt", "Christopher Simpson", "Jerry Ortiz": first and last names
    agree, what stands between is an initial, a middle name or a nickname in quotes."""
    words, first_last = without_generation(long.name).split(), plain.name.split()
    if long.kind != "Person" or plain.kind != "Person" or len(words) < 3 or len(first_last) != 2:
        return False
    first, last = (w.casefold() for w in first_last)
    if words[-1].casefold() != last:
        return False
    given = [w.strip('"“”\'‘’').casefold() for w in words[:-1]]
    initial = len(words[0].rstrip(".")) == 1
    quoted = any(w.casefold() != g for w, g in zip(words[:-1], given) if g == first)  # '"Jerry"'
    return given[0] == first or initial and given[1] == first or quoted


def shortened(nickname: Named, formal: Named) -> bool:
    """"Fred LaRue" for "Frederick Cheney LaRue", "Katie Jenkin" for "Kathryn Jenkin": the first given
    name is a short form of the other's, the surnames agree."""
    short, full = plain_name(nickname.name).split(), plain_name(formal.name).split()
    return (nickname.kind == formal.kind == "Person" and len(short) == 2 and len(full) >= 2
            and short[-1].casefold() == full[-1].casefold()
            and full[0].casefold() in NICKNAMES.get(short[0].casefold(), ()))


def plan(entities: list[Named]) -> tuple[list[Link], list[Ambiguous]]:
    """Links where exactly one full-name entity in the corpus fits a short name; the rest ambiguous."""
    links, ambiguous = [], []
    company = companies(entities)
    fuller = [e for e in entities if len(e.name.split()) > 1 or e.kind == "Organization" and "-" in e.name]
    plain_people = [e for e in fuller if e.kind == "Person" and len(e.name.split()) == 2]
    middles: dict[str, list[tuple[Named, Named]]] = defaultdict(list)
    for long in (e for e in fuller if e.kind == "Person" and len(e.name.split()) >= 3):
        candidates = tuple(p for p in plain_people if with_middle(long, p))
        if len(candidates) == 1:
            middles[candidates[0].iri].append((long, candidates[0]))
        elif candidates:
            ambiguous.append(Ambiguous(long, candidates))
    for pairs in middles.values():
        # "George W. Bush" and "George H. W. Bush" both fit "George Bush": two people, no link
        if len({plain_name(long.name).casefold() for long, _ in pairs}) == 1:
            links += [Link(long, plain) for long, plain in pairs]
        else:
            ambiguous += [Ambiguous(long, (plain,)) for long, plain in pairs]
    links += nickname_links([e for e in fuller if e.kind == "Person"], company)
    for short in entities:
        if len(short.name.split()) > 1 and not short.name.isupper() and short.kind != "Organization":
            continue  # a person's full name is not a short form; a club's may be ("Red Sox")
        candidates = tuple(f for f in fuller if refers_to(short, f))
        if len(candidates) > 1 and (chosen := by_company(short, candidates, company)) is not None:
            candidates = (chosen,)
        elif len(candidates) == 1 and by_string_alone(short, candidates[0]) \
                and by_company(short, candidates, company) is None:
            candidates = ()  # "House", "Times", "AC": one fitting name is not enough without shared company
        if len(candidates) == 1:
            links.append(Link(short, candidates[0]))
        elif candidates:
            ambiguous.append(Ambiguous(short, candidates))
    return links, ambiguous


def companies(entities: list[Named]) -> dict[str, set[str]]:
    """Each entity's company: the other entities named in the articles that name it."""
    named_in: dict[str, set[str]] = defaultdict(set)
    for entity in entities:
        for doc in entity.documents:
            named_in[doc].add(entity.iri)
    return {e.iri: {other for doc in e.documents for other in named_in[doc]} - {e.iri} for e in entities}


def by_company(short: Named, candidates: tuple[Named, ...], company: dict[str, set[str]]) -> Named | None:
    """The one candidate the short name's articles talk about: it shares at least COMPANY_MIN of the
    entities named around the short name, and COMPANY_RATIO times more than any other candidate
    ("Obama" among the White House and the Senate is Barack, not Michelle). Two people who keep the
    same company (a wife and husband in one trial) stay apart."""
    around = company.get(short.iri, set()) - {c.iri for c in candidates}
    shared = sorted(((len(around & company.get(c.iri, set())), c.iri, c) for c in candidates), reverse=True)
    best, _, chosen = shared[0]
    second = shared[1][0] if len(shared) > 1 else 0
    return chosen if best >= COMPANY_MIN and best >= COMPANY_RATIO * second else None


def by_string_alone(short: Named, full: Named) -> bool:
    """Would the short name join the full one on its letters alone, where many names would fit as well: two
    letters ("AC" for "Amazon Credit"; not "EU" for the European Union), or a word after a place that is not
    a club's plural name ("House" for "Indiana House", "Supreme Court" for "California Supreme Court",
    "Times" for "The New York Times")."""
    if short.kind != "Organization" or short.name.casefold() in {a.casefold() for a in full.aliases}:
        return False
    club = PLURAL.search(short.name) is not None and not full.name.startswith("The ")
    # two letters join a well-known organization ("EU") or a hyphenated name ("HP", "Hewlett-Packard") alone
    letters = len(short.name) <= SHORT_ACRONYM and find_org(full.name) is None and "-" not in full.name
    return letters or team_name(short.name, full.name) and not club


def nickname_links(people: list[Named], company: dict[str, set[str]]) -> list[Link]:
    """Names whose given names are a short and a full form ("Fred LaRue", "Frederick LaRue") link when
    their articles name at least COMPANY_MIN of the same other entities: a shared surname and a
    nickname alone could be two relatives."""
    by_surname: dict[str, list[Named]] = defaultdict(list)
    for person in people:
        by_surname[plain_name(person.name).split()[-1].casefold()].append(person)
    links = []
    for namesakes in by_surname.values():
        for nickname in namesakes:
            formal = [f for f in namesakes if shortened(nickname, f)]
            around = company.get(nickname.iri, set()) - {f.iri for f in formal}
            kept = [f for f in formal if len(around & company.get(f.iri, set())) >= COMPANY_MIN]
            if one_person(kept):
                links += [Link(nickname, f) for f in kept]
    return links


def one_person(names: list[Named]) -> bool:
    """"Frederick LaRue", "Frederick Cheney LaRue" and "Frederick C. LaRue" may be one person; "William A.
    Smith" and "William B. Smith", or "William Smith" and "Willard Smith", are two."""
    plain = [plain_name(n.name).casefold().split() for n in names]
    middles = {"".join(w[0] for w in words[1:-1]) for words in plain if len(words) >= 3}  # initials agree
    return len({words[0] for words in plain}) == 1 and len(middles) <= 1
