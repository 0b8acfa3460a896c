"""Finding entity mentions: spaCy's entities trimmed and retyped with evidence, plus the names
it missed (after a title, with an organization's last word, a surname said again)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import groupby

from spacy.attrs import IS_LOWER, LEMMA, LOWER, ORTH
from spacy.tokens import Doc, Span, Token

from kg.lexicon import (
    GENERIC_NAME_WORDS,
    HOLDING_NOUNS,
    HONORIFICS,
    NAME_PARTICLES,
    ORG_DESCRIPTORS,
    PLAYING_POSITIONS,
    SINGLE_NAME_TITLES,
    TITLE_WORDS,
)
from kg.nlp import positions

from .gazetteer import demonym_country, find_org, find_place
from .orgs import PRODUCTS
from .patterns import NON_HEAD_TITLES, matches
from .patterns import known_names as known_names_at
from .placenames import NOT_PLACES
from .records import Kind

LABEL_KIND = {"PERSON": Kind.PERSON, "ORG": Kind.ORGANIZATION, "GPE": Kind.PLACE, "LOC": Kind.PLACE,
              "FAC": Kind.PLACE, "NORP": Kind.PLACE, "COUNTY": Kind.PLACE, "PARISH": Kind.PLACE}
MODEL_WORDS = frozenset({"Pro", "Max", "Plus", "Mini", "mini", "Ultra", "Lite", "Air", "SE", "XL", "S", "X"})
STRIP_LEFT = frozenset({"the", "The"}) | HONORIFICS
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
WHO = frozenset({"who"})


@dataclass(frozen=True, slots=True)
class Candidate:
    span: Span
    label: str


NAME_ENDS = frozenset({":", "--", "—", "–", "|"})  # what follows is what is said of the name, not a name
NAME_BREAKS = NAME_ENDS | {",", ";", "(", ")"}  # what follows may be another name


def proper_word(token: Token) -> bool:
    """A capitalised proper noun: the stuff names are made of."""
    return token.pos_ == "PROPN" and token.text[:1].isupper()


def mention_span(ent: Span) -> Span | None:
    """The proper-name part of an entity span: no article, honorific, title, score or possessive, and
    no description before an organization's name ("Chipmaker AMD", "Startup SeaMicro" at a sentence start)."""
    start, end = ent.start, ent.end
    doc = ent.doc
    if end - start > 2 and doc[start].lower_ in HOLDING_NOUNS and doc[start + 1].lower_ in ("of", "in"):
        start += 2  # "Shares of Calder Bank": what is held in a company, then its name
    while start < end and (doc[start].text in STRIP_LEFT or doc[start].is_punct
                           or end - start > 1 and doc[start].lower_.rstrip(".") in HONORIFICS
                           or (ent.label_ == "PERSON" and end - start > 1
                               and doc[start].lower_.rstrip(".") in TITLE_WORDS)
                           or (ent.label_ == "ORG" and end - start > 1 and doc[start].lower_ in ORG_DESCRIPTORS
                               and doc[start + 1].text[:1].isupper())):
        start += 1
    while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].is_punct
                           or any(ch.isdigit() for ch in doc[end - 1].text) or described_after(doc[end - 1])):
        end -= 1
    if ent.label_ == "PERSON":
        start = person_start(doc, start, end)
    span = doc[start:end] if end > start else None
    if span is None or not any(t.text[:1].isupper() for t in span):
        return None  # "health ministry": a description, not a name
    if end < ent.end and described_after(doc[end]) and doc[end - 1].tag_ == "JJ":
        return None  # "Dutch transport ministry": an adjective and a description, no name
    if len(span) == 1 and span[0].lower_.rstrip(".") in HONORIFICS:
        return None  # "Dr" alone names nobody
    return span


def is_product(span: Span) -> bool:
    """"MacBook Pro", "iPhone 11", "PlayStation 5": a product (a model number may follow its line's name)."""
    words = [t.text for t in span]
    while len(words) > 1 and (any(ch.isdigit() for ch in words[-1]) or words[-1] in MODEL_WORDS):
        words.pop()
    return " ".join(words) in PRODUCTS


def person_start(doc: Doc, start: int, end: int) -> int:
    """Where a person's name starts inside a span the model gave: after words glued before it, a verb ("rang
    Taylor", "Hosting Cook"), a description ("self-made millionaire Grant Sabatier") or a team and a
    position ("Browns DL Sheldon Richardson")."""
    for i in range(end - 2, start - 1, -1):
        word = doc[i]
        glued = (word.is_alpha and word.text.islower() and word.lower_ not in NAME_PARTICLES
                 or word.text in PLAYING_POSITIONS
                 or i == start and word.pos_ == "VERB" and word.tag_ in ("VBG", "VBD", "VBN"))
        if glued and doc[i + 1].text[:1].isupper():
            return i + 1
    return start


def described_after(token: Token) -> bool:
    """A lower-case word at the end of a name says what it is ("Interfax news agency"), unless it
    joins the name's parts ("von") or is written onto the word before ("Song-ho")."""
    return (token.is_alpha and token.text.islower() and token.lower_ not in NAME_PARTICLES
            and token.i > 0 and bool(token.doc[token.i - 1].whitespace_))


def in_title(span: Span) -> bool:
    """`State` in `Secretary of State`: a word of a title, not an organization."""
    doc = span.doc
    return (len(span) == 1 and span.start >= 2 and doc[span.start - 1].lower_ == "of"
            and doc[span.start - 2].lower_ in TITLE_WORDS)


def after_title(span: Span) -> bool:
    """A name right after a title or honorific ("Prime Minister Kaja Linnamets") is a person's."""
    if span.start == 0 or len(span) > 4 or not all(proper_word(t) for t in span):
        return False
    before = span.doc[span.start - 1].lower_.rstrip(".")
    return before in HONORIFICS or before in TITLE_WORDS and before not in NON_HEAD_TITLES


def longest_by(spans: list[tuple[int, int]], edge: int) -> dict[int, tuple[int, int]]:
    """The longest span at each start (edge 0) or end (edge 1)."""
    return {span[edge]: span for span in sorted(spans, key=lambda s: s[1] - s[0])}


def titled_names(doc: Doc, covered: set[int], titled: list[tuple[int, int]]) -> list[Candidate]:
    """Names the NER missed but a title introduces: "Striker Marcus Adeyemi" (`patterns.TITLED_NAME`); the
    name ends at a word already covered or not capitalised."""
    found = []
    for title, end in sorted(longest_by(titled, 0).values()):
        cut = next((i for i in range(title + 1, end) if i in covered or not proper_word(doc[i])), end)
        words = cut - title - 1
        if (words >= 2 or words == 1 and doc[title].lower_ in SINGLE_NAME_TITLES) and after_title(doc[title + 1:cut]):
            found.append(Candidate(doc[title + 1:cut], "PERSON"))
    return found


def suffixed_names(doc: Doc, covered: set[int], suffixed: list[tuple[int, int]]) -> list[Candidate]:
    """Organizations the NER missed, known by their last word: "Riverside Athletic", "Harrow Capital"
    (`patterns.SUFFIXED_NAME`); the name starts after a word already covered or not capitalised."""
    found = []
    for start, end in sorted(longest_by(suffixed, 1).values()):
        last = end - 1
        start = next((i + 1 for i in range(last - 1, start - 1, -1) if i in covered or not proper_word(doc[i])), start)
        if start < last and last not in covered and doc[last].text[:1].isupper() \
                and doc[start].lower_ not in STRIP_LEFT:
            found.append(Candidate(doc[start:end], "ORG"))
    return found


def common_words(doc: Doc) -> set[str]:
    """Lemmas the article also writes in lower case: "Malaria" opening a sentence is malaria."""
    values = doc.to_array([LEMMA, IS_LOWER])
    strings = doc.vocab.strings
    return {strings[h] for h in set(values[values[:, 1] == 1][:, 0].tolist())}


def capitalised_common_noun(span: Span, common: set[str]) -> bool:
    word = span[0]
    return (len(span) == 1 and (word.lower_ in common or word.lemma_.lower() in common)
            and not find_place(span.text) and not find_org(span.text))


def personal_names(doc: Doc) -> set[str]:
    """Names the article shows are people's: "Djokovic, who had knee surgery" (by the name's last word)."""
    return {doc[i - 2].text for i in positions(doc, LOWER, WHO)
            if i >= 2 and doc[i - 1].text == "," and doc[i - 2].pos_ == "PROPN"}


def joined_names(doc: Doc) -> list[Span]:
    """spaCy's entities, with a name it cut at a particle joined again ("Ursula von der" + "Leyen")."""
    out: list[Span] = []
    for ent in doc.ents:
        previous = out[-1] if out else None
        if previous is not None and previous.label_ == "PERSON" and particle_gap(doc, previous, ent):
            out[-1] = Span(doc, previous.start, ent.end, label="PERSON")
        else:
            out.append(ent)
    return out


def breaks_name(token: Token, start: int, end: int) -> bool:
    """No name runs over this token: a colon, a long dash, a bracket, a comma, a spaced hyphen ("Romania
    - Contra", never "Jean-Claude"), a number with more name after it (a score), or a possessive after a
    name the article writes on its own ("Apple's MacBook", not "People's Bank")."""
    if token.text in NAME_BREAKS:
        return True
    if token.text in POSSESSIVE and token.i + 1 < end:
        return token.i > start and stands_alone(token.doc.text, token.doc[start:token.i].text)
    if token.text == "-":
        return bool(token.whitespace_ and token.doc[token.i - 1].whitespace_)
    return token.like_num and token.i + 1 < end


def stands_alone(text: str, name: str) -> bool:
    """The text writes `name` somewhere without a possessive after it."""
    return re.search(rf"\b{re.escape(name)}\b(?!\s?['’]s?\b)", text) is not None


def split_names(spans: list[Span]) -> list[Span]:
    """A span the model ran over a score, a comma, a dash or a bracket is two names: "Pohang 3 Ulsan",
    "Grace Road, Leicestershire", "Romania - Cosmin Contra"; over a colon or a long dash it ends there:
    "Bank of England: Inflation", "Nortel -- Ships"."""
    out: list[Span] = []
    for span in spans:
        start = span.start
        for token in span:
            if token.i > start and breaks_name(token, start, span.end):
                out.append(Span(span.doc, start, token.i, label=span.label_))
                start = span.end if token.text in NAME_ENDS else token.i + 1
        if start < span.end:
            out.append(Span(span.doc, start, span.end, label=span.label_) if start > span.start else span)
    return out


def particle_gap(doc: Doc, left: Span, right: Span) -> bool:
    """Only name particles stand between two spans, or the first one ends with a particle."""
    between = doc[left.end:right.start]
    if len(between):
        return all(t.lower_ in NAME_PARTICLES for t in between)
    return doc[left.end - 1].lower_ in NAME_PARTICLES or doc[right.start].lower_ in NAME_PARTICLES


def candidates(doc: Doc) -> list[Candidate]:
    out: list[Candidate] = []
    covered: set[int] = set()
    common = common_words(doc)
    for ent in split_names(joined_names(doc)):
        if ent.label_ not in LABEL_KIND:
            continue
        span = mention_span(ent)
        if span is None or in_title(span) or not any(ch.isalpha() for ch in span.text):
            continue
        if capitalised_common_noun(span, common) or is_product(span) or span.text in NOT_PLACES:
            continue  # a word the article also writes in lower case, a product, a planet or a holiday
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
    patterned = matches(doc)
    out += titled_names(doc, covered, patterned["TITLED_NAME"])
    covered.update(i for c in out for i in range(c.span.start, c.span.end))
    out += suffixed_names(doc, covered, patterned["SUFFIXED_NAME"])
    covered.update(i for c in out for i in range(c.span.start, c.span.end))
    return sorted(out + known_names(doc, covered), key=lambda c: c.span.start)


def known_names(doc: Doc, covered: set[int]) -> list[Candidate]:
    """Well-known organizations the NER missed ("Shares of Alphabet"), written as proper names: at each
    start, the longest known name (`patterns.known_name_matcher`) that is all proper nouns and new."""
    found = []
    for start, group in groupby(sorted(known_names_at(doc), key=lambda s: (s[0], s[0] - s[1])), key=lambda s: s[0]):
        for _, end in group:
            if not covered & set(range(start, end)) and all(t.pos_ == "PROPN" for t in doc[start:end]):
                found.append(Candidate(doc[start:end], "ORG"))
                break
    return found


def echoes(doc: Doc, cands: list[Candidate], full_names: list[Span]) -> list[Candidate]:
    """Later mentions the NER missed: a person's surname ("Okafor"), an organization's first word."""
    covered = {i for c in cands for i in range(c.span.start, c.span.end)}
    surnames = {s[-1].text for s in full_names}
    prefixes = {c.span[0].text for c in cands if c.label == "ORG" and len(c.span) > 1
                and c.span[0].lower_ not in GENERIC_NAME_WORDS
                and len(c.span[0]) > 1 and c.span[1].text not in ("-", "–")}  # not "T" of "T - Mobile"
    found = []
    for i in positions(doc, ORTH, frozenset(surnames | prefixes)):
        token = doc[i]
        if token.i in covered or not proper_word(token):
            continue
        if token.text in surnames:
            found.append(Candidate(doc[token.i:token.i + 1], "PERSON"))
        elif token.text in prefixes:
            found.append(Candidate(doc[token.i:token.i + 1], "ORG"))
    return found


def split_pairs(cands: list[Candidate], full_names: list[Span]) -> list[Candidate]:
    """"Lopez and Carrasquillo", "Laci and Conner" read as one name: two people when each side is a
    first or last name of a person the article names in full ("Procter & Gamble", "Johnson & Johnson" stay
    whole)."""
    parts = {w.casefold() for s in full_names for w in (s[0].text, s[-1].text)}
    out = []
    for cand in cands:
        span = cand.span
        joins = [t.i for t in span[1:-1] if t.lower_ in ("and", "&")]
        sides = [span.doc[span.start:joins[0]], span.doc[joins[0] + 1:span.end]] if len(joins) == 1 else []
        if (sides and sides[0].text != sides[1].text and find_org(span.text) is None  # "Johnson & Johnson"
                and all(len(side) == 1 and side.text.casefold() in parts for side in sides)):
            out += [Candidate(side, "PERSON") for side in sides]
        else:
            out.append(cand)
    return out
