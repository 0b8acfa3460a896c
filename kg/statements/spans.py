"""Statement mentions as PARC 3.0 marks them (the convention PolNeAR and the field score by): the
source's whole noun phrase, the cue's whole verb group, and the content with its complementizer
"that" and its quote marks as printed. `schema:text` keeps the clean words; only the mentions change.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.lexicon import CUE_CARRIERS, PRONOUNS

Chars = tuple[int, int]

OPENING = re.compile(r"(?:''|[“\"‘'])$")  # a quote mark right before the words (two apostrophes too)
CLOSING_AFTER = re.compile(r"[,.?!;:…]*(?:''|[”\"’'])")  # what closes a quote right after its words
THAT_BEFORE = re.compile(r"\bthat,? $", re.IGNORECASE)  # the complementizer, before a clause or a quote
SPEAKER_LABEL = re.compile(r"[A-Z][A-Z.'’ -]+: ")  # "PENCE: " opening a transcript's turn
# A connective opening a sentence whose source comes after it ("But prices have peaked, analysts said"):
# the writer's link to what came before, which PARC leaves out of the content ("And" it mostly keeps).
CONNECTIVE = re.compile(r"(?:But|However,|Still,|Meanwhile,|Moreover,)\s+")
SENTENCE_END = re.compile(r"(?:^|[.!?][”\"’']?\s+|\n\s*)$")
VERB_GROUP_LEFT = frozenset({"aux", "auxpass", "neg", "advmod"})  # "has also said", "did not deny"
# What may stand between a cue verb and the content it introduces, within the cue: a particle ("pointed
# out"), a preposition whose object is the content ("called for"), a colon. A time or a place between
# ("said Friday that") leaves the cue the verb alone, as PolNeAR mostly marks it.
VERB_GROUP_RIGHT = frozenset({"prt", "prep"})
CARRIERS = CUE_CARRIERS | {"resist", "refuse", "decline", "continue"}  # "could not resist pointing out"
CARRIER_GLUE = frozenset({"prt", "aux", "neg", "advmod", "mark"})  # "went on to", "continues to"


@dataclass(frozen=True, slots=True)
class Marked:
    """A statement's mentions in PARC's convention."""

    content: tuple[Chars, ...]
    cue: Chars | None
    source: Chars | None


def content_marked(text: str, part: Chars) -> Chars:
    """The part with the quote marks around it (and the stop or comma inside the closing one) and the
    "that" before it; a transcript's speaker label ("PENCE: ") is no part of it."""
    start, end = part
    if label := SPEAKER_LABEL.match(text, start):
        return label.end(), end  # the turn's words, without the label or the mark before it
    if opening := OPENING.search(text, max(0, start - 2), start):
        start = opening.start()
    if that := THAT_BEFORE.search(text, max(0, start - 6), start):
        start = that.start()
    if closing := CLOSING_AFTER.match(text, end):
        end = closing.end()
    return start, end


def without_connective(text: str, part: Chars, cue: Chars | None) -> Chars:
    """The part without the connective opening its sentence, where the cue comes after it."""
    start, end = part
    if cue is None or cue[0] < start or not (found := CONNECTIVE.match(text, start, end)) \
            or not SENTENCE_END.search(text, max(0, start - 4), start):
        return part
    return found.end(), end


def with_addressee(doc: Doc, content: Chars, cue: Chars | None) -> Chars:
    """A directive's content with whom it is put to ("urged supporters to monitor polling places"):
    PARC marks the object and the infinitive as one content."""
    first = doc.char_span(content[0], content[1], alignment_mode="expand")
    if cue is None or first is None or first[0].lower_ != "to" or first.start == 0:
        return content
    verb, before = first[0].head.head, doc[first.start - 1]
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.right_edge.i == before.i), None)
    if obj is None or not cue[0] <= verb.idx < cue[1]:
        return content
    return obj.left_edge.idx, content[1]


def cue_group(doc: Doc, cue: Chars, content: tuple[Chars, ...]) -> Chars:
    """The cue's verb group: its auxiliaries, negation and adverbs before it ("has also said"), the verb
    that carries it ("went on to discuss"), and what stands between it and a content that follows
    (a particle, a prepositional phrase, a time, a colon: "called for", "said Friday:")."""
    words = doc.char_span(*cue, alignment_mode="expand") if cue[0] < cue[1] else None
    if words is None or words.root.pos_ not in ("VERB", "AUX") or any(
            t.head != words.root or t.dep_ != "aux" for t in words if t != words.root):
        return cue  # "according to", a noun, a colon: the cue as found
    token = words.root  # "to explain": the verb
    first = min(group_start(token), words.start)
    last = group_end(doc, token, next((b for b, _ in content if b >= cue[1]), None))
    return doc[first].idx, max(cue[1], doc[last].idx + len(doc[last]))


def group_start(token: Token) -> int:
    """The first token of the verb group ending at `token`: contiguous auxiliaries, negation and adverbs,
    and a verb that carries it ("went on to discuss", "could not resist pointing out")."""
    doc, first = token.doc, token.i
    while first > 0 and doc[first - 1].head == token and doc[first - 1].dep_ in VERB_GROUP_LEFT:
        first -= 1
    carrier = token.head
    if token.dep_ in ("xcomp", "advcl") and carrier.i < first and carrier.lemma_.lower() in CARRIERS:
        between = doc[carrier.i + 1:first]
        if all(t.head in (carrier, token) and t.dep_ in CARRIER_GLUE for t in between):
            return group_start(carrier)
    return first


def group_end(doc: Doc, token: Token, content_start: int | None) -> int:
    """The last token of the verb group: up to the content when only a particle, a phrase, a time or a
    colon stands between ("called for", "said Friday:"); else the verb itself."""
    if content_start is None:
        return token.i
    last, i = token.i, token.i + 1
    while i < len(doc) and doc[i].idx < content_start:
        word = doc[i]
        if word.lower_ == "that" and word.dep_ == "mark" or word.text in (",", "“", "\"") or word.is_space:
            break
        if word.text == ":" or in_group(word, token) and (word.dep_ == "prt" or next_is_content(word, content_start)):
            last = i
        else:
            return token.i
        i += 1
    return last


def next_is_content(word: Token, content_start: int) -> bool:
    return word.i + 1 < len(word.doc) and word.doc[word.i + 1].idx >= content_start


def in_group(word: Token, verb: Token) -> bool:
    """Whether `word` belongs to the verb's own modifiers (a particle, a phrase, a time), not to an object."""
    while word != verb and word.head != word:
        if word.head == verb:
            return word.dep_ in VERB_GROUP_RIGHT
        word = word.head
    return False


def source_phrase(doc: Doc, text: str, subject: Token | None, mention: Chars | None,
                  avoid: list[Chars]) -> Chars | None:
    """The source's whole noun phrase ("longtime Democratic pollster Pat Caddell", "Brian Fallon, the
    campaign's press secretary,"): the subtree of the word naming it, short of the cue and the content."""
    if subject is None or mention is None or subject.lower_ in PRONOUNS:
        return mention
    if subject.tag_ in ("WP", "WDT"):  # "X, who said ...": PARC's source is the relative pronoun
        return subject.idx, subject.idx + len(subject)
    phrase = doc[subject.left_edge.i:phrase_end(subject) + 1]
    if not (phrase.start_char <= mention[0] and mention[1] <= phrase.end_char):
        return mention
    return clipped(text, phrase, mention, avoid)


def phrase_end(subject: Token) -> int:
    """The last token of the source's phrase: short of a participle's clause set off by a comma ("Trump,
    speaking to a veterans group in Virginia, said"), which PARC leaves out; an apposition stays in."""
    doc = subject.doc
    for child in subject.rights:
        if child.dep_ in ("acl", "advcl") and child.tag_ in ("VBG", "VBN", "VBD") \
                and doc[child.left_edge.i - 1].text == ",":  # "asked about X" is read as a past tense too
            return child.left_edge.i - 2
    return subject.right_edge.i


def clipped(text: str, phrase: Span, mention: Chars, avoid: list[Chars]) -> Chars:
    start, end = phrase.start_char, phrase.end_char
    for b, e in avoid:  # a cue or content inside the subtree ("X, who said Y, ..."): the phrase stops there
        if b < end and start < e:
            if e <= mention[0]:
                start = max(start, e)
            elif b >= mention[1]:
                end = min(end, b)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
