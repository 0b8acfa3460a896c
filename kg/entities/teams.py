"""Places that are teams here: "Leicestershire beat Somerset", "LEEDS 2 Chelsea 1", "v Durham".

A club or county side is named after its town; what the article does with the name says which it
is. The evidence is read from every mention, so a name keeps one type through the article.
Countries stay places (a national side is reported as its country).
"""
from __future__ import annotations

import re

from spacy.attrs import LOWER, SHAPE
from spacy.tokens import Doc, Span, Token

from kg.lexicon import HOME_NATIONS, MATCH_VERBS, SIDE_NOUNS, VERSUS
from kg.nlp import positions

from .gazetteer import find_place
from .mentions import Candidate

SCORE = re.compile(r"^\d{1,3}(-\d{1,3})?$")
# The shapes of SCORE's tokens ("ddd-d" for "305-6"), to find them without a loop over every token.
SCORE_SHAPES = frozenset("d" * a + ("-" + "d" * b if b else "") for a in (1, 2, 3) for b in (0, 1, 2, 3))


def scored(span: Span) -> bool:
    """A score after the name, on a line that reads as results: "Somerset 83 and 174", "LEEDS 2 Chelsea 1"."""
    doc = span.doc
    after = [t for t in doc[span.end:span.end + 3] if not t.is_space]
    if not after or not SCORE.match(after[0].text) or "\n" in doc[span.end:span.end + 1].text:
        return False
    line = [t for t in doc[span.sent.start:span.sent.end] if not t.is_space]
    scores = sum(1 for i, t in enumerate(line[1:], 1) if SCORE.match(t.text) and line[i - 1].text[:1].isupper())
    return scores >= 2 or len(after) > 1 and SCORE.match(after[1].text) is not None


def in_a_match(span: Span) -> bool:
    """Subject or object of beating, drawing, hosting ...; after "v"/"vs"; "Newcastle's striker"."""
    doc, root = span.doc, span.root
    before = doc[span.start - 1].lower_ if span.start else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if before in VERSUS or after in VERSUS:
        return True
    if root.dep_ in ("nsubj", "dobj") and root.head.lemma_.lower() in MATCH_VERBS:
        return True
    if root.dep_ == "pobj" and root.head.lower_ in ("against", "over") and root.head.head.lemma_.lower() in MATCH_VERBS:
        return True
    owner = root.head if root.dep_ in ("poss", "compound") else None
    return owner is not None and owner.lemma_.lower() in SIDE_NOUNS


def team_names(cands: list[Candidate]) -> set[str]:
    """The names (case folded) the article uses as teams, from any of their mentions; never a home nation
    ("England beat Australia": a national side is reported as its country)."""
    # a one-word "person" with a score after it in a results line is a side ("Kent 108-3"); people beat
    # people in tennis, so a match verb makes a team only of one word or a place's name ("Guy Forget beat")
    return {c.span.text.casefold() for c in cands
            if scored(c.span) and not bracketed(c.span) and (c.label != "PERSON" or len(c.span) == 1)
            or c.label != "PERSON" and (len(c.span) == 1 or find_place(c.span.text)) and in_a_match(c.span)
            } - HOME_NATIONS


def missed_sides(doc: Doc, covered: set[int]) -> list[Candidate]:
    """Sides the model did not name: a capitalised name before a score on a results line ("Glamorgan 199
    , Yorkshire 305-6"), or after "v" ("May 18 v Worcestershire"). Players' scores in brackets
    ("( R. Harden 61 )"), names after an initial and dates ("May 18") are not sides."""
    found, taken = [], set(covered)
    versus = [(i + 1, True) for i in positions(doc, LOWER, VERSUS) if i + 1 < len(doc)]
    scores = [(i, False) for i in positions(doc, SHAPE, SCORE_SHAPES) if i and is_side_word(doc[i - 1])]
    for i, after_versus in sorted(versus + scores):
        span = side_name(doc, i, after_versus)
        if span is None or taken & set(range(span.start, span.end)) or bracketed(span) \
                or any(t.ent_type_ in ("DATE", "TIME") for t in span):
            continue
        if after_versus or scored(span):
            found.append(Candidate(span, "ORG"))
            taken.update(range(span.start, span.end))
    return found


def is_side_word(token: Token | None) -> bool:
    return token is not None and token.is_alpha and (token.is_title or token.is_upper and len(token) > 1)


def side_name(doc: Doc, i: int, after_versus: bool) -> Span | None:
    """The capitalised words of one line after "v" (from `i`), or before the score at `i`."""
    if after_versus:
        end = i
        while end < len(doc) and is_side_word(doc[end]):
            end += 1
            if "\n" in doc[end - 1].whitespace_:
                break
        return doc[i:end] if end > i else None
    start = i - 1
    while start > 0 and is_side_word(doc[start - 1]) and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    if start > 0 and doc[start - 1].text.endswith(".") and len(doc[start - 1].text) <= 2:
        return None  # "R. Harden 61": a player
    return doc[start:i]


def bracketed(span: Span) -> bool:
    line_start = span.doc.text.rfind("\n", 0, span.start_char) + 1
    text = span.doc.text[line_start:span.start_char]
    return text.count("(") > text.count(")")
