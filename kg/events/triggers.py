"""Event triggers: the verbs, event nouns and adjectives that report a happening, with type,
polarity and modality."""
from __future__ import annotations

from dataclasses import dataclass

import numpy
from spacy.attrs import LOWER, POS
from spacy.symbols import ADJ, NOUN, PROPN, VERB
from spacy.tokens import Doc, Token

from .words import (
    CONDITIONAL_MARKERS,
    EVENT_ADJECTIVES,
    EVENT_NOUNS,
    FUTURE_AUXILIARIES,
    LIGHT_VERB_OBJECTS,
    NEGATIONS,
    NOMINAL_ENDINGS,
    NOT_EVENT_NOUNS,
    NOT_EVENT_VERBS,
    POSSIBLE_AUXILIARIES,
    POSSIBLE_GOVERNORS,
    SAME_EVENT,
    TYPED_WORDS,
)

CANDIDATE_POS = (VERB, NOUN, PROPN, ADJ)
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
    rows = doc.to_array([POS, LOWER])
    candidates = numpy.flatnonzero(numpy.isin(rows[:, 0], CANDIDATE_POS)).tolist()
    found, skip = [], set(taken)
    for i in candidates:
        if i in skip:
            continue
        token = doc[i]
        how, lemma = kind_of(token, verbs)
        if not how:
            continue
        end = token.idx + len(token.text)
        if how == "verb" and (light := light_object(token)) is not None:  # "opened fire": one trigger
            lemma, end = LIGHT_VERB_OBJECTS[(lemma, light.lemma_.lower())], light.idx + len(light.text)
            skip.add(light.i)
        group = SAME_EVENT.get(lemma, lemma)
        kind = TYPED_WORDS.get(lemma) or TYPED_WORDS.get(group) or "Occurrence"
        found.append(Trigger(i, token.idx, end, lemma, group, kind, polarity(token), modality(token), how))
    return found


def light_object(verb: Token) -> Token | None:
    """The object that makes a light verb one happening with it ("set a record"), if any."""
    lemma = verb.lemma_.lower()
    return next((c for c in verb.rights if c.dep_ == "dobj" and (lemma, c.lemma_.lower()) in LIGHT_VERB_OBJECTS
                 and c.i - verb.i <= 3), None)


def kind_of(token: Token, verbs: frozenset[str]) -> tuple[str, str]:
    """("verb"/"noun"/"derived"/"adjective", lemma) when the token names a happening, else ("", "")."""
    lemma = token.lemma_.lower()
    if token.pos == VERB:
        if lemma in NOT_EVENT_VERBS or not token.text.isalpha() or token.dep_ == "amod" and lemma not in TYPED_WORDS:
            return "", ""
        return "verb", lemma
    if token.pos == ADJ:
        return ("adjective", token.lower_) if token.lower_ in EVENT_ADJECTIVES else ("", "")
    word = lemma if token.pos == NOUN else token.lower_  # a headline's "Quake" is tagged a proper noun
    if word in NOT_EVENT_NOUNS:
        return "", ""
    if word in EVENT_NOUNS:
        return "noun", word
    if token.pos == NOUN and (base := verb_base(word, verbs)):
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
    return "actual"
