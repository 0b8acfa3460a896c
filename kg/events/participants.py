"""Who takes part in an event, where and when: the entities around its trigger in the parse."""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span, Token

from kg.entities import EntityKey, Kind, of_kind
from kg.lexicon import ORG_ANAPHORS, TITLE_WORDS
from kg.statements import resolve_date
from kg.statements.speakers import Scene, resolve

from .words import PLACE_PREPOSITIONS

RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
PATIENT_POSSESSORS = frozenset({"Justice", "Life", "Crime"})  # "his arrest", "her death": the one it befell


@dataclass(frozen=True, slots=True)
class Participant:
    key: EntityKey
    start: int  # the mention that names it here (a pronoun included), characters
    end: int


@dataclass(frozen=True, slots=True)
class Arguments:
    agents: tuple[Participant, ...] = ()  # who acts
    patients: tuple[Participant, ...] = ()  # who or what is acted on
    place: Participant | None = None
    date: date | None = None


def arguments(token: Token, kind: str, scene: Scene, dates: list[Span], *, published: date | None,
              future: bool) -> Arguments:
    """The event's participants, place and date as its trigger's parse shows them."""
    agents, patients = verb_roles(token) if token.pos_ in ("VERB", "ADJ") else noun_roles(token, kind)
    patients_found = entities_of(patients, scene)
    # "the quake struck Chile", "shelled Kharkiv": a place acted on is where it happened
    place = place_of(token, scene) or next((p for p in patients_found if p.key.kind == Kind.PLACE), None)
    return Arguments(entities_of(agents, scene), patients_found, place,
                     date_of(token, dates, scene.sentences, published=published, future=future))


def verb_roles(token: Token) -> tuple[list[Token], list[Token]]:
    agents: list[Token] = []
    patients: list[Token] = []
    for child in token.children:
        if child.dep_ in ("nsubj", "csubj"):
            agents.append(child)
        elif child.dep_ in ("nsubjpass", "dobj"):
            patients.append(child)
        elif child.dep_ == "agent":
            agents += [c for c in child.children if c.dep_ == "pobj"]
    if not agents and token.dep_ in ("conj", "xcomp") and token.head.pos_ == "VERB":
        # "was arrested and charged", "agreed to buy": the subject is the verb's it hangs from
        shared, shared_patients = verb_roles(token.head)
        agents = shared if any(c.dep_ in ("nsubj", "csubj", "agent") for c in token.head.children) else []
        if not patients and token.dep_ == "conj":
            patients = shared_patients
    if token.dep_ == "relcl" and any(t.lower_ in RELATIVE_PRONOUNS for t in agents + patients):
        relative = next(t for t in agents + patients if t.lower_ in RELATIVE_PRONOUNS)
        (agents if relative in agents else patients)[:] = [token.head]  # "the man who fired"
    if token.dep_ == "acl" and token.tag_ == "VBN":  # "a man arrested on Friday"
        patients.append(token.head)
    return agents, patients


def noun_roles(token: Token, kind: str) -> tuple[list[Token], list[Token]]:
    agents: list[Token] = []
    patients: list[Token] = []
    for child in token.children:
        if child.dep_ == "poss":
            (patients if kind in PATIENT_POSSESSORS else agents).append(child)
        elif child.dep_ == "prep" and child.lower_ in ("of", "against", "on"):
            patients += [c for c in child.children if c.dep_ == "pobj"]
        elif child.dep_ == "prep" and child.lower_ == "by":
            agents += [c for c in child.children if c.dep_ == "pobj"]
    return agents, patients


def entities_of(tokens: list[Token], scene: Scene) -> tuple[Participant, ...]:
    """The entities these phrase heads name (pronouns, "the company" and "the minister" resolved), each
    once, conjuncts included."""
    found: dict[EntityKey, Participant] = {}
    for token in tokens:
        for head in (token, *token.conjuncts):
            if head.i not in scene.entities.by_token and not refers(head):
                continue  # a plain noun phrase ("three people") names no entity
            speaker = resolve(head, scene, [])
            if speaker.kind == "entity" and isinstance(speaker.key, EntityKey) and speaker.start is not None:
                found.setdefault(speaker.key, Participant(speaker.key, speaker.start, speaker.end or speaker.start))
    return tuple(found.values())


def refers(token: Token) -> bool:
    """Whether a phrase head may stand for an entity named elsewhere: a pronoun, an organization's
    anaphor, a title."""
    return token.pos_ == "PRON" or token.lower_ in ORG_ANAPHORS or token.lower_ in TITLE_WORDS


def place_of(token: Token, scene: Scene) -> Participant | None:
    """A place the trigger is put at ("in Ohio"): in a phrase of the trigger, of its object ("arrested
    Reyes in Phoenix"), or of the verb the trigger is the subject or object of ("the quake hit near X")."""
    heads = [token, *(c for c in token.children if c.dep_ in ("dobj", "nsubjpass"))]
    if token.dep_ in ("nsubj", "nsubjpass", "dobj"):
        heads.append(token.head)
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in PLACE_PREPOSITIONS:
                for obj in prep.children:
                    if obj.dep_ == "pobj" and (found := place_at(obj, scene)):
                        return found
    if token.dep_ == "nsubj":  # "the quake struck Santiago": the place its verb acts on
        return next((found for c in token.head.children if c.dep_ == "dobj" and (found := place_at(c, scene))), None)
    return None


def place_at(token: Token, scene: Scene) -> Participant | None:
    """The place a phrase names: its head, or a name inside it ("the Ohio town of Xenia")."""
    for candidate in (token, *(t for t in token.subtree if t.i != token.i)):
        key = scene.entities.by_token.get(candidate.i)
        if of_kind(key, Kind.PLACE):
            bounds = scene.entities.mention_at(candidate.i)
            if bounds is not None:
                span = token.doc[bounds[0]:bounds[1]]
                return Participant(key, span.start_char, span.end_char)
    return None


def date_of(token: Token, dates: list[Span], sentences: list[int], *, published: date | None,
            future: bool) -> date | None:
    """The date of a time phrase of the trigger's own clause ("on Tuesday", "Nov. 26")."""
    if not dates:
        return None
    here = bisect.bisect_right(sentences, token.i) - 1
    start, end = sentences[here], sentences[here + 1] if here + 1 < len(sentences) else len(token.doc)
    starts = [d.start for d in dates]
    first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    for phrase in sorted(dates[first:last], key=lambda d: abs(d.start - token.i)):
        if attached(phrase.root, token) and (day := resolve_date(phrase.text, published, future=future)):
            return day
    return None


def attached(time: Token, trigger: Token) -> bool:
    """Whether a time phrase belongs to the trigger's clause: it hangs from the trigger (or its verb)."""
    head = time.head if time.dep_ != "pobj" else time.head.head
    verb = trigger.head if trigger.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") else trigger
    return head in (trigger, verb)
