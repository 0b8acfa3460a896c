"""Lines that open with who says them and a colon: a headline's "Lynch: No outside influence on the
probe", "Dr. Ben Carson: ...", "Poll: ...", or a transcript's turn. The label need not be an entity the
model found; a label statement is kept where its speaker turns out to be one of the article's entities, or
a source noun such as "Poll" (`kept_label`)."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kg.entities import Entities, Kind, of_kind
from kg.lexicon import LABEL_SOURCE_NOUNS

from .content import Draft, after_colon
from .speakers import Speaker

LABEL_WORDS = 5  # "McCain Challenger Kelli Ward:", and no longer: a longer run is a sentence
LINKING_WORDS = frozenset({"and", "or", "&", "vs", "vs.", "with", "on", "to", "at", "in", "for"})


def label_lines(doc: Doc, taken: set[int], unsaid: list[tuple[int, int]]) -> Iterator[Draft]:
    """Each line opening with a short capitalised label and a colon, with at least three words after it
    (none of them `taken` by a quote, unless the quote is one of the `unsaid`: no one's yet)."""
    taken = taken - {t.i for part in unsaid for t in doc.char_span(*part, alignment_mode="expand") or ()}
    for start in line_starts(doc):
        colon = next((t for t in doc[start:start + LABEL_WORDS + 1] if t.text == ":"), None)
        if colon is None or colon.i == start or not is_label(doc[start:colon.i]):
            continue
        end = colon.i + 1
        while end < len(doc) and "\n" not in doc[end].text and "\n" not in doc[end - 1].whitespace_:
            end += 1
        if (draft := after_colon(doc, colon, end, taken, "label")) is not None:
            yield draft


def line_starts(doc: Doc) -> Iterator[int]:
    """The first word of each line."""
    at_start = True
    for token in doc:
        if token.is_space:
            at_start = at_start or "\n" in token.text
            continue
        if at_start:
            yield token.i
        at_start = "\n" in token.whitespace_


def is_label(words: Span) -> bool:
    """"Lynch", "Dr. Ben Carson", "Clinton camp", "NY Daily News": names and nouns, capitalised from the
    first, no verb, no "and" (two speakers) or "on" ("Gillibrand on the speeches:" is a topic line)."""
    return (words[0].is_title or words[0].is_upper) and all(
        t.pos_ not in ("VERB", "AUX", "PRON", "DET") and not t.like_num and t.lower_ not in LINKING_WORDS
        for t in words)


def label_speaker(head: Token, found: Speaker, entities: Entities) -> Speaker:
    """Who a label names: the one person or organization of the article with the label's word in a name of
    two words or more ("Cruz", "TAPPER" for Ted Cruz, Jake Tapper), unless the label is such a name itself."""
    if found.kind == "entity" and len(found.name.split()) > 1:
        return found
    word = head.text.casefold()
    named = [e for e in entities.entities if of_kind(e.key, Kind.PERSON, Kind.ORGANIZATION)
             and len(e.name.split()) > 1 and word in e.name.casefold().split()]
    if len(named) != 1:  # none, or two who could be meant
        return found
    return Speaker("entity", named[0].key, named[0].name, None, head.idx, head.idx + len(head))


def in_turn(subject: Token, found: Speaker, turns: list[tuple[tuple[int, int], Speaker]]) -> Speaker:
    """"I" within a line its label gives a speaker ("FALLIN: Well, I think ..."): that speaker."""
    if subject.lower_ != "i":
        return found
    turn = next((speaker for (start, end), speaker in reversed(turns) if start <= subject.idx < end), None)
    return found if turn is None else replace(turn, start=subject.idx, end=subject.idx + 1)


def kept_label(head_lemma: str, speaker: Speaker) -> bool:
    """A label statement stays where it names a person or organization of the article, or a source noun
    ("Poll:"); not a place ("WASHINGTON:", a dateline)."""
    return of_kind(speaker.key, Kind.PERSON, Kind.ORGANIZATION) or head_lemma in LABEL_SOURCE_NOUNS
