"""Places that are teams here: "Leicestershire beat Somerset", "LEEDS 2 Chelsea 1", "v Durham".

A club or county side is named after its town; what the article does with the name says which it
is. The evidence is read from every mention, so a name keeps one type through the article.
Countries stay places (a national side is reported as its country).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.lexicon import HOME_NATIONS, MATCH_VERBS, SIDE_NOUNS, VERSUS

from .gazetteer import find_place
from .mentions import Candidate

SCORE = re.compile(r"^\d{1,3}(-\d{1,3})?$")


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
            or c.label != "PERSON" and (len(c.span) == 1 or find_place(c.span.text)) and in_a_match(c.span)} - HOME_NATIONS


def missed_sides(doc: Doc, covered: set[int]) -> list[Candidate]:
    """Sides the model did not name: a capitalised name before a score on a results line ("Glamorgan 199
    , Yorkshire 305-6"), or after "v" ("May 18 v Worcestershire"). Players' scores in brackets
    ("( R. Harden 61 )") and names after an initial are not sides."""
    found = []
    for i, token in enumerate(doc):
        if i in covered:
            continue
        before = doc[i - 1] if i else None
        after_versus = before is not None and before.lower_ in VERSUS
        if not (after_versus or SCORE.match(token.text) and is_side_word(before)):
            continue
        span = side_name(doc, i, after_versus)
        if span is None or covered & set(range(span.start, span.end)) or bracketed(span) \
                or any(t.ent_type_ in ("DATE", "TIME") for t in span):  # "May 18"
            continue
        if after_versus or scored(span):
            found.append(Candidate(span, "ORG"))
            covered.update(range(span.start, span.end))
    return found


def is_side_word(token: Token | None) -> bool:
    return token is not None and token.is_alpha and (token.is_title or token.is_upper and len(token) > 1)


def side_name(doc: Doc, i: int, after_versus: bool) -> Span | None:
    """The run of capitalised words after "v" at `i`, or before the score at `i`."""
    if after_versus:
        end = i
        while end < len(doc) and is_side_word(doc[end]) and "\n" not in doc[end].whitespace_:
            end += 1
        end += end < len(doc) and is_side_word(doc[end])  # the last word before a line break
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
