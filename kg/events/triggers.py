"""Event triggers: the verbs, event nouns and adjectives that report a happening, with type,
polarity and modality."""
from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.attrs import DEP, HEAD, IDX, LEMMA, LENGTH, LOWER, POS, SENT_START
from spacy.symbols import ADJ, NOUN, PROPN, VERB
from spacy.tokens import Doc

from .words import (
    ANAPHORIC_NOUNS,
    CONDITIONAL_MARKERS,
    DEFINITE,
    EVENT_ADJECTIVES,
    EVENT_NOUNS,
    EVENT_SUBJECT_VERBS,
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

CANDIDATE_POS = frozenset({VERB, NOUN, PROPN, ADJ})
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
    how: str  # "verb", "noun", "derived" (a noun made from a verb), "adjective" or "anaphor"
    refers: str = ""  # an anaphor's type ("Disaster", or "any"): it joins the latest such event
    sentence: int = 0


LABELS = ("neg", "det", "aux", "auxpass", "mark", "xcomp", "amod", "compound", "dobj", "nsubj")


class Parse:
    """An article's words and dependency tree as plain lists, read once from spaCy's arrays: a trigger's
    polarity, modality and type are looked up without a Token object per look, and a word's string only
    when it is asked for."""

    def __init__(self, doc: Doc):
        self.strings = doc.vocab.strings
        self.ids = doc.to_array([LOWER, LEMMA, DEP]).tolist()
        tree = doc.to_array([HEAD, SENT_START]).astype("int64").tolist()  # signed: read as uint64, then cast
        self.head = [i + row[0] for i, row in enumerate(tree)]  # HEAD is an offset from the token
        self.children: list[list[int]] = [[] for _ in tree]
        for i, head in enumerate(self.head):
            if head != i:
                self.children[head].append(i)
        self.sentence, count = [], -1
        for row in tree:
            count += row[1] == 1 or count < 0
            self.sentence.append(count)
        self.label = {name: self.strings[name] for name in LABELS}  # dependency labels as the arrays hold them

    def lower(self, i: int) -> str:
        return self.strings[self.ids[i][0]]

    def lemma(self, i: int) -> str:
        return self.strings[self.ids[i][1]].lower()

    def is_(self, i: int, label: str) -> bool:
        return self.ids[i][2] == self.label[label]


def find_triggers(doc: Doc, *, taken: frozenset[int] = frozenset(),
                  verbs: frozenset[str] = frozenset()) -> list[Trigger]:
    """Every event trigger of the article in text order. `taken`: tokens that are something else (a
    statement's cue, a name); `verbs`: known verb lemmas, which tell a noun made from a verb."""
    rows = doc.to_array([POS, IDX, LENGTH]).tolist()
    parse = Parse(doc)
    found, skip = [], set(taken)
    for i, (pos, start, length) in enumerate(rows):
        if pos not in CANDIDATE_POS or i in skip:
            continue
        how, lemma = kind_of(pos, parse.lemma(i), parse.lower(i), parse.is_(i, "amod"), verbs)
        if not how:
            continue
        if parse.is_(i, "compound") and (how == "derived" or parse.lemma(parse.head[i]) in INSTITUTION_NOUNS):
            continue  # "shipping company", "appeals court"; "murder charges" and "election campaign" stay
        end = start + length
        if how == "verb" and (light := light_object(parse, i)) is not None:  # "opened fire": one trigger
            lemma, end = LIGHT_VERB_OBJECTS[(lemma, parse.lemma(light))], rows[light][1] + rows[light][2]
            skip.add(light)
        group = SAME_EVENT.get(lemma, lemma)
        kind = TYPED_WORDS.get(lemma) or TYPED_WORDS.get(group) or "Occurrence"
        found.append(Trigger(i, start, end, lemma, group, kind, polarity(parse, i), modality(parse, i), how,
                             refers_to(parse, i, lemma), parse.sentence[i]))
    return typed_by_subject(parse, found + pronouns(parse, rows, skip))


def refers_to(parse: Parse, i: int, lemma: str) -> str:
    """The type a definite anaphoric noun ("the disaster", "this incident") refers back to, else ""."""
    wanted = ANAPHORIC_NOUNS.get(lemma, "")
    definite = any(parse.is_(c, "det") and parse.lower(c) in DEFINITE for c in parse.children[i])
    return wanted if definite else ""


def pronouns(parse: Parse, rows: list[list[int]], skip: set[int]) -> list[Trigger]:
    """"It" as the subject of a verb events do ("it struck at dawn"): a mention of the event just named."""
    found = []
    for i, (_, start, length) in enumerate(rows):
        if parse.is_(i, "nsubj") and i not in skip and parse.lower(i) == "it" \
                and parse.lemma(parse.head[i]) in EVENT_SUBJECT_VERBS:  # the label first: a number, not a string
            found.append(Trigger(i, start, start + length, "it", "it", "Occurrence", "positive", "actual", "anaphor",
                                 "any", parse.sentence[i]))
    return found


def typed_by_subject(parse: Parse, found: list[Trigger]) -> list[Trigger]:
    """"The quake struck", "the blaze spread": a verb of no type, or of a type its subject decides,
    takes the type of the event that is its subject; a win, a score or a record in a sentence about a
    game is sport's."""
    by_token = {t.token: t for t in found}
    sport_sentences = {parse.sentence[t.token] for t in found if t.type == "Sport"}
    typed = []
    for trigger in found:
        if trigger.type == "Occurrence" and trigger.group in SPORT_IN_CONTEXT \
                and parse.sentence[trigger.token] in sport_sentences:  # "beat X in the semifinal"
            trigger = replace(trigger, type="Sport")
        if trigger.how == "verb" and (trigger.type == "Occurrence" or trigger.lemma in TYPE_FROM_SUBJECT):
            subject = next((c for c in parse.children[trigger.token] if parse.is_(c, "nsubj") and c in by_token),
                           None)
            event = by_token.get(subject) if subject is not None else None
            if event is not None and event.type != "Occurrence":
                trigger = replace(trigger, type=event.type)
        typed.append(trigger)
    return typed


def light_object(parse: Parse, verb: int) -> int | None:
    """The object that makes a light verb one happening with it ("set a record"), if any."""
    return next((c for c in parse.children[verb] if verb < c <= verb + 3 and parse.is_(c, "dobj")
                 and (parse.lemma(verb), parse.lemma(c)) in LIGHT_VERB_OBJECTS), None)


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


def polarity(parse: Parse, i: int) -> str:
    """"did not attack", "no arrests": negative; a negation of the verb an infinitive hangs from counts."""
    head = parse.head[i] if parse.is_(i, "xcomp") or parse.is_(i, "auxpass") else i
    negated = any(parse.is_(c, "neg") or parse.is_(c, "det") and parse.lower(c) in NEGATIONS
                  for c in (*parse.children[i], *parse.children[head]))
    return "negative" if negated else "positive"


def modality(parse: Parse, i: int) -> str:
    """"will meet" is future; "could strike", "plans to buy", "if they attack" are possible."""
    auxiliaries = [parse.lower(c) for c in parse.children[i] if parse.is_(c, "aux") or parse.is_(c, "auxpass")]
    governor = parse.lemma(parse.head[i]) if parse.is_(i, "xcomp") else ""
    if any(a in POSSIBLE_AUXILIARIES for a in auxiliaries) or governor in POSSIBLE_GOVERNORS:
        return "possible"
    if any(parse.is_(c, "mark") and parse.lower(c) in CONDITIONAL_MARKERS for c in parse.children[i]):
        return "possible"
    if any(a in FUTURE_AUXILIARIES for a in auxiliaries) or governor in FUTURE_GOVERNORS:  # "agreed to buy"
        return "future"
    return "actual"
