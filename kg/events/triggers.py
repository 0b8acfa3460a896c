"""Event triggers: the verbs, event nouns and adjectives that report a happening, with type,
polarity and modality."""
from __future__ import annotations

from dataclasses import dataclass, replace

import numpy
from spacy.attrs import DEP, LEMMA, LOWER, POS
from spacy.strings import hash_string  # type: ignore[attr-defined]  # in spaCy, not in its stubs
from spacy.symbols import ADJ, NOUN, PROPN, VERB, amod
from spacy.tokens import Doc, Token

from .words import (
    CONDITIONAL_MARKERS,
    EVENT_ADJECTIVES,
    EVENT_NOUNS,
    FUTURE_AUXILIARIES,
    FUTURE_GOVERNORS,
    INSTITUTION_NOUNS,
    LIGHT_VERB_OBJECTS,
    NEGATIONS,
    NOMINAL_ENDINGS,
    NOT_EVENT_NOUNS,
    NOT_EVENT_VERBS,
    POSSIBLE_AUXILIARIES,
    POSSIBLE_GOVERNORS,
    SAME_EVENT,
    SPORT_IN_CONTEXT,
    TYPE_FROM_SUBJECT,
    TYPED_WORDS,
)

CANDIDATE_POS = (VERB, NOUN, PROPN, ADJ)
AMOD, COMPOUND = amod, hash_string("compound")  # dependency labels as the parse stores them
MIN_DERIVED = 5  # characters: "al", "ure" endings on short words are rarely nominalisations


@dataclass(frozen=True, slots=True)
class Trigger:
    token: int  # the trigger's token index
    start: int  # characters, end exclusive
    end: int
    lemma: str
    group: str  # words that are one event share a group ("quake", "earthquake" → "earthquake")
    type: str  # an event type of words.py ("Disaster", ... "Occurrence")
    polarity: str  # "positive" or "negative" ("did not attack")
    modality: str  # "actual", "future" ("will meet") or "possible" ("could strike", "plans to buy")
    how: str  # "verb", "noun", "derived" (a noun made from a verb) or "adjective"


def find_triggers(doc: Doc, *, taken: frozenset[int] = frozenset(),
                  verbs: frozenset[str] = frozenset()) -> list[Trigger]:
    """Every event trigger of the article in text order. `taken`: tokens that are something else (a
    statement's cue, a name); `verbs`: known verb lemmas, which tell a noun made from a verb."""
    rows = doc.to_array([POS, LEMMA, LOWER, DEP])
    strings = doc.vocab.strings
    found, skip = [], set(taken)
    for i in numpy.flatnonzero(numpy.isin(rows[:, 0], CANDIDATE_POS)).tolist():
        pos, lemma_id, lower_id, dep = rows[i].tolist()
        if i in skip:
            continue
        how, lemma = kind_of(pos, strings[lemma_id].lower(), strings[lower_id], dep == AMOD, verbs)
        if not how:
            continue
        token = doc[i]
        if dep == COMPOUND and (how == "derived" or token.head.lemma_.lower() in INSTITUTION_NOUNS):
            continue  # "shipping company", "appeals court"; "murder charges" and "election campaign" stay
        end = token.idx + len(token.text)
        if how == "verb" and (light := light_object(token)) is not None:  # "opened fire": one trigger
            lemma, end = LIGHT_VERB_OBJECTS[(lemma, light.lemma_.lower())], light.idx + len(light.text)
            skip.add(light.i)
        group = SAME_EVENT.get(lemma, lemma)
        kind = TYPED_WORDS.get(lemma) or TYPED_WORDS.get(group) or "Occurrence"
        found.append(Trigger(i, token.idx, end, lemma, group, kind, polarity(token), modality(token), how))
    return typed_by_subject(doc, found)


def typed_by_subject(doc: Doc, found: list[Trigger]) -> list[Trigger]:
    """"The quake struck", "the blaze spread": a verb of no type, or of a type its subject decides,
    takes the type of the event that is its subject; a win, a score or a record in a sentence about a
    game is sport's."""
    by_token = {t.token: t for t in found}
    sport_sentences = {doc[t.token].sent.start for t in found if t.type == "Sport"}
    typed = []
    for trigger in found:
        if trigger.type == "Occurrence" and trigger.group in SPORT_IN_CONTEXT and sport_sentences \
                and doc[trigger.token].sent.start in sport_sentences:  # "beat X in the semifinal"
            trigger = replace(trigger, type="Sport")
        if trigger.how == "verb" and (trigger.type == "Occurrence" or trigger.lemma in TYPE_FROM_SUBJECT):
            subject = next((c.i for c in doc[trigger.token].children if c.dep_ == "nsubj" and c.i in by_token), None)
            event = by_token.get(subject) if subject is not None else None
            if event is not None and event.type != "Occurrence":
                trigger = replace(trigger, type=event.type)
        typed.append(trigger)
    return typed


def light_object(verb: Token) -> Token | None:
    """The object that makes a light verb one happening with it ("set a record"), if any."""
    lemma = verb.lemma_.lower()
    return next((c for c in verb.rights if c.dep_ == "dobj" and (lemma, c.lemma_.lower()) in LIGHT_VERB_OBJECTS
                 and c.i - verb.i <= 3), None)


def kind_of(pos: int, lemma: str, lower: str, modifier: bool, verbs: frozenset[str]) -> tuple[str, str]:
    """("verb"/"noun"/"derived"/"adjective", lemma) when a word names a happening, else ("", "").
    `modifier`: the word modifies a noun ("the injured man"), where only an event word counts."""
    if pos == VERB:
        if lemma in NOT_EVENT_VERBS or not lower.isalpha() or modifier and lemma not in TYPED_WORDS:
            return "", ""
        return "verb", lemma
    if pos == ADJ:
        return ("adjective", lower) if lower in EVENT_ADJECTIVES else ("", "")
    word = lemma if pos == NOUN else lower  # a headline's "Quake" is tagged a proper noun
    if word in NOT_EVENT_NOUNS:
        return "", ""
    if word in EVENT_NOUNS:
        return "noun", word
    if pos == NOUN and (base := verb_base(word, verbs)):
        return "derived", base
    return "", ""


def verb_base(noun: str, verbs: frozenset[str]) -> str:
    """The verb a noun is made from ("investigation" → "investigate", "shooting" → "shoot"), or ""."""
    if len(noun) < MIN_DERIVED or not verbs:
        return ""
    if noun.endswith("ing"):
        stem = noun[:-3]
        for base in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
            if base in verbs:
                return base
        return ""
    for ending, replacement in NOMINAL_ENDINGS:
        if noun.endswith(ending) and (base := noun[:-len(ending)] + replacement) in verbs:
            return base
    return ""


def polarity(token: Token) -> str:
    head = token.head if token.dep_ in ("xcomp", "auxpass") else token
    negated = any(c.dep_ == "neg" or c.lower_ in NEGATIONS and c.dep_ == "det" for c in (*token.children,
                                                                                          *head.children))
    return "negative" if negated else "positive"


def modality(token: Token) -> str:
    """"will meet" is future; "could strike", "plans to buy", "if they attack" are possible."""
    auxiliaries = [c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")]
    if any(a in POSSIBLE_AUXILIARIES for a in auxiliaries):
        return "possible"
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKERS for c in token.children):
        return "possible"
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in POSSIBLE_GOVERNORS:
        return "possible"
    if any(a in FUTURE_AUXILIARIES for a in auxiliaries):
        return "future"
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in FUTURE_GOVERNORS:  # "agreed to buy"
        return "future"
    return "actual"
