"""Names in text that was tokenized before it reached us: "T - Mobile", "Frederick C . LaRue".

Research corpora and some archives hand out text with a space around every hyphen, comma and
full stop. The model then reads "T - Mobile" as a place named "Mobile" and "Frederick C . LaRue" as
two people. Such text is recognised by what ordinary text never writes (a hyphen spaced inside
lower-case words, "hit - and - run", with no hyphen unspaced anywhere, and commas or possessives set
apart); in it, a capitalised word, a spaced hyphen and a capitalised word are one name when the first
is a single letter ("T - Mobile") or one of the two words never stands alone in the article (so "Colts
- Chiefs" stays two teams), and a name, a lone capital and a spaced full stop before a surname are one
person.
"""
from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from .gazetteer import find_place
from .mentions import LABEL_KIND, Candidate
from .records import Kind

SPLIT_HYPHEN = re.compile(r"[a-z] - [a-z]")
JOINED_HYPHEN = re.compile(r"[A-Za-z]-[A-Za-z]")
SET_APART = (" , ", " 's ")
HYPHENATED = re.compile(r"\b([A-Z]\w*) - ([A-Z]\w*)\b")  # not "Mobile's": the possessive is no part of it
INITIALLED = re.compile(r"\b[A-Z][a-z]+ [A-Z] \. [A-Z][a-z][\w']+\b")
WORD = re.compile(r"[A-Z][\w']*")


def tokenized(text: str) -> bool:
    return (SPLIT_HYPHEN.search(text) is not None and JOINED_HYPHEN.search(text) is None
            and any(mark in text for mark in SET_APART))


def tokenized_names(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """`cands` with the names split by tokenization joined again, as described above."""
    text = doc.text
    if not tokenized(text):
        return cands
    alone = Counter(WORD.findall(HYPHENATED.sub(" ", text)))
    joined = [(m.start(), m.end(), "ORG") for m in HYPHENATED.finditer(text)
              if len(m.group(1)) == 1 or not alone[m.group(1)] or not alone[m.group(2)]]
    joined += [(m.start(), m.end(), "PERSON") for m in INITIALLED.finditer(text)]
    for start, end, label in joined:
        match = doc.char_span(start, end, alignment_mode="expand")
        if match is None:
            continue
        inside = [c for c in cands if c.span.start < match.end and match.start < c.span.end]
        if not inside:
            continue  # no name here
        span = doc[min(match.start, *(c.span.start for c in inside)):max(match.end, *(c.span.end for c in inside))]
        cands = [c for c in cands if c not in inside] + [Candidate(span, joined_label(span.text, label, inside))]
    return sorted(cands, key=lambda c: c.span.start)


def joined_label(text: str, label: str, inside: list[Candidate]) -> str:
    """A person for a name with an initial; else the model's label, but no place unless the whole is one
    ("T - Mobile" is no place, though "Mobile" is)."""
    if label == "PERSON":
        return label
    model = inside[0].label
    return "ORG" if LABEL_KIND[model] == Kind.PLACE and find_place(text) is None else model
