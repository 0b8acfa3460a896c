"""Towns the model misses, named by their context: "Maria Lopez of Grand Prairie", "a Hounslow resident",
"Grand Prairie police". A run of capitalised words that no other name covers, after "of", "in", "from" or
"near", or before a word for the town's people or services, is a place where the gazetteer knows a town of
that name and some size (a small namesake is more often a word or a name than the town meant). A
legislator's party and home ("Rep. Ann Bell, D-Elbow Lake,", "(R-Md.)") name a place whatever its size."""
from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from kg.lexicon import PARTY_LETTERS, TITLE_WORDS, TOWN_OFFICES, TOWN_PREPOSITIONS, TOWNSFOLK_NOUNS
from kg.nlp import positions

from .counties import county_named
from .gazetteer import find_place, find_town
from .mentions import Candidate

MIN_POPULATION = 10_000
OFFICER_WORDS = TITLE_WORDS | TOWN_OFFICES  # "Fire Chief", "Police Spokeswoman": a town's officer's title
MAX_WORDS = 3
HYPHEN = frozenset({"-"})  # "Grand Prairie", "Rock Hill", "Salt Lake City"


def context_towns(doc: Doc, covered: set[int]) -> list[Candidate]:
    """Places the model did not name, found by the words around them (see the module): only the names
    next to one of those words are looked at (most tokens are not)."""
    found, seen = [], set()
    after = [(i + 1, 1) for i in positions(doc, LOWER, TOWN_PREPOSITIONS)]
    before = [(i - 1, -1) for i in positions(doc, LOWER, TOWNSFOLK_NOUNS)]
    for i, step in sorted(after + before):
        span = name_run(doc, i, covered, step=step)
        if span is None or span.start in seen:
            continue
        seen.add(span.start)
        town = find_town(span.text)
        if town is not None and town.population >= MIN_POPULATION:
            found.append(Candidate(span, "GPE"))
    return sorted(found, key=lambda c: c.span.start)


def name_run(doc: Doc, i: int, covered: set[int], *, step: int) -> Span | None:
    """The capitalised names from token i on (step 1) or back (step -1), at most MAX_WORDS of them."""
    j = i
    while 0 <= j < len(doc) and abs(j - i) < MAX_WORDS and j not in covered and name_word(doc[j]):
        j += step
    if j == i:
        return None
    return doc[i:j] if step > 0 else doc[j + 1:i + 1]


def name_word(token: Token) -> bool:
    """A capitalised name's word inside a sentence, in none of the model's entities ("in March" is a date)."""
    return token.is_alpha and token.is_title and token.pos_ == "PROPN" and not token.is_sent_start \
        and not token.ent_type_


def party_homes(doc: Doc, covered: set[int]) -> list[Candidate]:
    """"Tom Bakk, DFL-Cook,", "(D-W. Va.)", "Rep. Earl Pomeroy, D-N.D.": the place after a party's letter and a
    hyphen, up to the comma, bracket, "and" or sentence end that closes the affiliation (a state's abbreviation,
    a town, a county's bare name: "D-Braxton" is Braxton County)."""
    found = []
    for hyphen in (doc[i] for i in positions(doc, LOWER, HYPHEN)):
        if not party_hyphen(hyphen) or (span := home_span(doc, hyphen.i + 1)) is None \
                or covered & set(range(span.start, span.end)):
            continue
        if (label := home_label(span.text)) is not None:
            found.append(Candidate(span, label))
    return found


def party_hyphen(hyphen: Token) -> bool:
    """The hyphen of ", D-", "(R-" or "both D-": a party's letter written onto it, after a comma or a bracket."""
    doc, i = hyphen.doc, hyphen.i
    return hyphen.text == "-" and 2 <= i < len(doc) - 1 and doc[i - 1].text in PARTY_LETTERS \
        and not doc[i - 1].whitespace_ and not hyphen.whitespace_ and doc[i - 2].lower_ in (",", "(", "both")


def home_span(doc: Doc, start: int) -> Span | None:
    """The capitalised words of a legislator's home from `start`, closed by punctuation, "and" or the end."""
    end = start
    while end < len(doc) and end - start < MAX_WORDS and doc[end].text[:1].isupper() and not doc[end].is_space:
        end += 1
    closed = end == len(doc) or doc[end].is_punct or doc[end].is_space or doc[end].lower_ == "and"
    return doc[start:end] if end > start and closed else None


def home_label(name: str) -> str | None:
    """What a home's name is: a county's bare name ("COUNTY") where no town of 10,000 has it ("D-Kanawha"),
    else a place the gazetteer knows ("GPE")."""
    town = find_place(name) or find_town(name)
    if (town is None or town.kind == "City" and town.population < MIN_POPULATION) \
            and county_named(name, "COUNTY") is not None:
        return "COUNTY"
    return "GPE" if town is not None else None


def party_labelled(cands: list[Candidate]) -> list[Candidate]:
    """A name the model made of a party's letter and a home ("D-Charleston" read as an organization): the home."""
    out = []
    for cand in cands:
        span = cand.span
        if len(span) > 2 and span[0].text in PARTY_LETTERS and span[1].text == "-" and not span[0].whitespace_:
            home = span[2:]
        elif span.start >= 2 and party_hyphen(span.doc[span.start - 1]) and cand.label != "GPE":
            home = span  # "Story City" of "D-Story City and ...", read as another kind of name
        else:
            out.append(cand)
            continue
        if (label := home_label(home.text)) is not None:
            out.append(Candidate(home, label))
    return out


def town_officers(cands: list[Candidate]) -> list[Candidate]:
    """A person's mention that opens with a town and its office ("Avondale Mayor Ed Rieker", "Huntsville Fire
    Chief Tom Grisham", "Avondale Mayor" alone): the town a place, the officer's name a person, the title
    neither."""
    out = []
    for cand in cands:
        split = officer_split(cand.span) if cand.label in ("PERSON", "ORG") else None
        if split is None or cand.label == "ORG" and split[1] is None:  # "Dublin City Council" stays the council
            out.append(cand)
            continue
        town, person = split
        out += [Candidate(town, "GPE")] + ([Candidate(person, "PERSON")] if person is not None else [])
    return out


def officer_split(span: Span) -> tuple[Span, Span | None] | None:
    """(the town, the name after the title) of "Avondale Mayor Ed Rieker"; None where no town opens the span."""
    for size in range(min(MAX_WORDS, len(span) - 1), 0, -1):
        town, rest = span[:size], span[size:]
        if rest[0].lower_ not in TOWN_OFFICES or not all(t.is_title for t in town) \
                or (find_place(town.text) or find_town(town.text)) is None:
            continue
        first = next((t.i for t in rest if t.lower_.rstrip(".") not in OFFICER_WORDS), rest.end)
        name, title = span.doc[first:span.end], span.doc[rest.start:first]
        person = len(name) and title[-1].lower_.rstrip(".") in TITLE_WORDS and all(t.text[:1].isupper() for t in name)
        return town, name if person else None
    return None
