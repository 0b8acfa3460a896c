"""One event per happening in an article: its trigger mentions gathered ("the quake", "it struck",
"the earthquake"), their arguments joined."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc

from kg.entities import Entities, EntityKey, Role
from kg.nlp import sentence_starts
from kg.statements import Statement
from kg.statements.speakers import Scene, genders

from .participants import Arguments, Participant, arguments
from .places import Where, apart, level
from .triggers import Trigger, find_triggers
from .words import ANAPHOR_SENTENCES

# How sure a trigger is of reporting a happening, by how it was found.
CONFIDENCE = {"verb": 0.6, "noun": 0.8, "derived": 0.6, "adjective": 0.7, "anaphor": 0.5}
TYPED_BONUS = 0.15  # a word of a known event type
ARGUMENT_BONUS = 0.05  # for each of participants, place and date found


@dataclass(frozen=True, slots=True)
class Event:
    triggers: tuple[Trigger, ...]  # in text order; the first names the event
    type: str
    group: str
    polarity: str
    modality: str
    agents: tuple[Participant, ...]
    patients: tuple[Participant, ...]
    place: Participant | None
    date: date | None
    confidence: float

    @property
    def span(self) -> tuple[int, int]:
        return self.triggers[0].start, self.triggers[0].end


def extract_events(doc: Doc, entities: Entities, roles: list[Role], statements: list[Statement], *,
                   published: date | None = None, verbs: frozenset[str] = frozenset()) -> list[Event]:
    """Every event the article reports, in text order of its first trigger. A statement's cue is a
    statement, not an event; `verbs` (known verb lemmas) tells which nouns are made from verbs."""
    taken = frozenset(entities.by_token) | cue_tokens(doc, statements)
    triggers = find_triggers(doc, taken=taken, verbs=verbs)
    if not triggers:
        return []
    sentences = sentence_starts(doc)
    scene = Scene(entities, roles, genders(doc, entities, sentences), sentences)
    dates = [ent for ent in doc.ents if ent.label_ == "DATE"]
    found = [(t, arguments(doc[t.token], t.type, scene, dates, published=published,
                           future=t.modality == "future")) for t in triggers]
    return [event_of(cluster) for cluster in gathered(found, entities)]


def cue_tokens(doc: Doc, statements: list[Statement]) -> frozenset[int]:
    spans = [s.cue_span for s in statements if s.cue_span]
    return frozenset(t.i for span in spans for t in doc.char_span(*span, alignment_mode="expand") or ())


def gathered(found: list[tuple[Trigger, Arguments]], entities: Entities) -> list[list[tuple[Trigger, Arguments]]]:
    """Triggers of one word group and polarity are one event unless their places or dates are apart."""
    clusters: list[list[tuple[Trigger, Arguments]]] = []
    open_by_group: dict[tuple[str, str], list[int]] = {}
    places: dict[int, Where | None] = {}  # each trigger's place, worked out once
    for trigger, args in sorted(found, key=lambda pair: pair[0].start):
        here = places[trigger.token] = where(args, entities)
        if trigger.refers:  # "the disaster", "it": the latest event of its type, if one is in reach
            home = antecedent(trigger, clusters)
            if home is not None:
                clusters[home].append((trigger, args))
            continue
        key = (trigger.group, trigger.polarity)
        home = next((c for c in open_by_group.get(key, ()) if not any(
            apart(args.date, other.date, here, places[t.token]) for t, other in clusters[c])), None)
        if home is None:
            open_by_group.setdefault(key, []).append(len(clusters))
            clusters.append([(trigger, args)])
        else:
            clusters[home].append((trigger, args))
    return clusters


def antecedent(anaphor: Trigger, clusters: list[list[tuple[Trigger, Arguments]]]) -> int | None:
    """The cluster of the latest event noun before the anaphor, of its type and a few sentences back at most
    ("the quake", not the verb "struck" after it), else of the latest such verb."""
    best: tuple[bool, int, int] | None = None  # (a noun, start, cluster): the greatest wins
    for c, cluster in enumerate(clusters):
        for trigger, _ in cluster:
            fits = trigger.type != "Occurrence" and anaphor.refers in ("any", trigger.type) and not trigger.refers
            near = anaphor.sentence - ANAPHOR_SENTENCES < trigger.sentence <= anaphor.sentence
            if fits and near and trigger.start < anaphor.start:
                candidate = (trigger.how in ("noun", "derived"), trigger.start, c)
                best = candidate if best is None or candidate > best else best
    return best[2] if best else None


def where(args: Arguments, entities: Entities) -> Where | None:
    """The place of a trigger's arguments as the apart rule reads it."""
    place = entities.get(args.place.key) if args.place else None
    return Where(str(place.key), level(place.subtype), place.lat, place.long) if place else None


def event_of(cluster: list[tuple[Trigger, Arguments]]) -> Event:
    triggers = tuple(t for t, _ in cluster)
    first = triggers[0]
    agents = unique(p for _, a in cluster for p in a.agents)
    patients = unique(p for _, a in cluster for p in a.patients if p.key not in {x.key for x in agents})
    place = next((a.place for _, a in cluster if a.place), None)
    day = next((a.date for _, a in cluster if a.date), None)
    typed = next((t.type for t in triggers if t.type != "Occurrence"), "Occurrence")
    score = max(CONFIDENCE[t.how] for t in triggers) + (TYPED_BONUS if typed != "Occurrence" else 0.0)
    score += ARGUMENT_BONUS * sum(bool(x) for x in (agents or patients, place, day))
    modality = first.modality if all(t.modality == first.modality for t in triggers) else "actual"
    return Event(triggers, typed, first.group, first.polarity, modality, agents, patients, place, day,
                 round(min(score, 0.95), 2))


def unique(people) -> tuple[Participant, ...]:
    seen: dict[EntityKey, Participant] = {}
    for p in people:
        seen.setdefault(p.key, p)
    return tuple(seen.values())
