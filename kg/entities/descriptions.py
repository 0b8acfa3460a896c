"""Descriptions that stand for a person the article names: "an Oklahoma man", "the Mafia boss",
"a Brooklyn mother of 12", "Spiro Man Charged" in a headline.

A place's or group's name, then a noun for a person (`DESCRIBING_NOUNS`), refers to the person named
beside it ("Spiro man Christopher Simpson", "Christopher Simpson, a Spiro man,") unless their sex
differs; failing that, when the noun says a sex, to the person the article is about: the one named most
often, of that sex (by given name, honorific and the pronouns of the sentences that name only them),
when no other such person is named as often. A noun of no sex ("leader", "teen") stands for someone
not named beside it only when the article names one person. The description
becomes a mention of that person; the place in it stays a mention of the place.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from kg.lexicon import DESCRIBING_NOUNS, HONORIFIC_GENDER, PARENT_NOUNS, PRONOUNS
from kg.nlp import positions

from .given_names import given_name_sex
from .records import Entities, Entity, EntityKey, Kind, Mention

NOUNS = frozenset(DESCRIBING_NOUNS)
DESCRIBED_KINDS = frozenset({Kind.PLACE, Kind.ORGANIZATION})


def with_descriptions(doc: Doc, entities: Entities) -> Entities:
    """`entities` with each description above added to the mentions of the person it stands for."""
    people = [e for e in entities.entities if e.kind == Kind.PERSON]
    if not people:
        return entities
    sexes: dict[EntityKey, str] = {}

    def sex_of(person: Entity) -> str:  # read once per person, however many descriptions
        if person.key not in sexes:
            sexes[person.key] = person_sex(doc, person, entities)
        return sexes[person.key]

    found: dict[EntityKey, list[Mention]] = {}
    for i in positions(doc, LOWER, NOUNS):
        span = description(doc, i, entities)
        if span is None:
            continue
        sex = DESCRIBING_NOUNS[doc[i].lower_]
        person = beside(span, entities)
        if person is not None and sex and sex_of(person) not in (sex, ""):
            person = None  # "a New Bedford man, Catherine Gomes": the name beside is not his
        if person is None and (sex or len(people) == 1):  # "the Hamas leader" may be anyone but the one named
            person = protagonist(people, sex_of, sex)
        if person is not None:
            mention = Mention(span.start_char, span.end_char, span.text, description=True)
            found.setdefault(person.key, []).append(mention)
    if not found:
        return entities
    updated = tuple(replace(e, mentions=tuple(sorted(e.mentions + tuple(found[e.key]), key=lambda m: m.start)))
                    if e.key in found else e for e in entities.entities)
    return Entities(updated, entities.by_token, {e.key: e for e in updated})


def description(doc: Doc, noun: int, entities: Entities) -> Span | None:
    """"Oklahoma man" (and "of 12" after it) when a place's or group's name ends right before the noun."""
    if noun == 0 or (owner := entities.at(noun - 1)) is None or owner.kind not in DESCRIBED_KINDS:
        return None
    if (named := entities.mention_at(noun - 1)) is None:
        return None
    start = named[0]
    end = noun + 1
    if doc[noun].lower_ in PARENT_NOUNS and end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].like_num:
        end += 2  # "a Brooklyn mother of 12"
    return doc[start:end]


def beside(span: Span, entities: Entities) -> Entity | None:
    """The person named right after ("Spiro man Christopher Simpson", "..., Christopher Simpson,") or right
    before ("Christopher Simpson, a Spiro man")."""
    doc = span.doc
    after = span.end + (span.end < len(doc) and doc[span.end].text == ",")
    start = span.start - 1
    while start >= 0 and doc[start].lower_ in ("a", "an", "the"):
        start -= 1
    before = start - 1 if start >= 0 and doc[start].text == "," else None
    for i in (after, before):
        if (
            i is not None
            and 0 <= i < len(doc)
            and (person := entities.at(i)) is not None
            and person.kind == Kind.PERSON
        ):
            return person
    return None


def protagonist(people: list[Entity], sex_of: Callable[[Entity], str], sex: str) -> Entity | None:
    """The person named most often, and more often than anyone else who may be of the noun's sex: among
    those whose words say that sex; one of no known sex only when the article names nobody else."""
    fitting = [p for p in people if not sex or sex_of(p) == sex]
    if not fitting and len(people) == 1 and not sex_of(people[0]):
        fitting = people
    counts = sorted(((len(p.mentions), p.key, p) for p in fitting), key=lambda c: (-c[0], c[1]))
    if not counts or len(counts) > 1 and (counts[0][0] < 2 or counts[1][0] == counts[0][0]):
        return None
    return counts[0][2]


def person_sex(doc: Doc, person: Entity, entities: Entities) -> str:
    """ "male" or "female" by the given name, else by the honorifics before the name ("Mrs"), the nouns
    set beside it ("Horton, a mother of 12") and the pronouns of the sentences that name this person and
    nobody else; "" when nothing says or the evidence is even."""
    if sex := given_name_sex(person.name):
        return sex  # surer than pronouns, which may be a namesake's
    sexes: Counter[str | None] = Counter()
    for mention in (m for m in person.mentions if not m.description):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        sexes[HONORIFIC_GENDER.get(doc[span.start - 1].lower_.rstrip(".")) if span.start else None] += 1
        sexes[DESCRIBING_NOUNS.get(apposed_noun(span))] += 1
        others = {entities.by_token.get(t.i) for t in span.sent} - {person.key, None}
        if not any(key is not None and (other := entities.get(key)) is not None and other.kind == Kind.PERSON
                   for key in others):
            sexes.update(PRONOUNS.get(t.lower_) for t in span.sent)
    if sexes["male"] == sexes["female"]:
        return ""
    return "male" if sexes["male"] > sexes["female"] else "female"


def apposed_noun(span: Span) -> str:
    """The first noun within three words after "Name,": "mother" in "Horton, a mother of 12"."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return ""
    return next((t.lower_ for t in doc[span.end + 1 : span.end + 4] if t.pos_ == "NOUN"), "")
