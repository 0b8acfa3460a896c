"""Who is speaking: a named entity, a pronoun's antecedent, a title's holder or an unnamed source."""
from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from kg.entities import Entities, EntityKey, Kind, Role, affiliation_of, given_name_sex, of_kind
from kg.lexicon import HONORIFIC_GENDER, ORG_ANAPHORS, PRONOUNS, SOURCE_PREPOSITIONS, TITLE_WORDS

SUBJECT_DEPS = ("nsubj", "nsubjpass")
LOOKBACK_SENTENCES = 4


@dataclass(frozen=True, slots=True)
class Speaker:
    kind: str  # "entity", "unnamed" (a described source) or "unknown"
    key: EntityKey | str  # the entity's key, or the source's description
    name: str
    affiliation: EntityKey | None = None  # the entity an unnamed source belongs to
    start: int | None = None  # the span naming the speaker, a pronoun included
    end: int | None = None


UNKNOWN = Speaker("unknown", "unknown", "unknown source")


def noun_phrase(token: Token) -> Span:
    """The token's noun phrase with its modifiers ("Lawyers for the company"), no clauses or appositions."""
    doc = token.doc
    left = min((c.left_edge.i for c in token.lefts if c.dep_ not in ("punct", "cc", "prep")), default=token.i)
    right = token.i
    for child in token.rights:
        keep = child.dep_ in ("compound", "flat", "conj", "cc", "amod") or (
            child.dep_ == "prep" and child.lower_ in SOURCE_PREPOSITIONS) or (
            child.dep_ == "punct" and child.text == "," and any(c.dep_ == "conj" for c in token.rights))
        if not keep:
            break
        right = max(right, child.right_edge.i)
    return doc[left:right + 1]


def entity_speaker(token: Token, entities: Entities) -> Speaker | None:
    bounds, entity = entities.mention_at(token.i), entities.at(token.i)
    if bounds is None or entity is None:
        return None
    span = token.doc[bounds[0]:bounds[1]]
    return Speaker("entity", entity.key, entity.name, None, span.start_char, span.end_char)


def definite(phrase: Span) -> bool:
    return any(t.lower_ in ("the", "this", "that") for t in phrase)


def referent_org(token: Token, entities: Entities) -> EntityKey | None:
    """"the company", "the bank": the most recent organization named before it."""
    for i in range(token.i - 1, -1, -1):
        key = entities.by_token.get(i)
        if of_kind(key, Kind.ORGANIZATION):
            return key
    return None


def described_speaker(token: Token, entities: Entities, roles: list[Role]) -> Speaker:
    """"the minister" → the article's minister; "a senior US official" → an unnamed source."""
    phrase = noun_phrase(token)
    if token.lower_ in ORG_ANAPHORS and definite(phrase) and len(phrase) <= 3:
        if (org := referent_org(token, entities)) is not None:
            return Speaker("entity", org, entities.by_key[org].name, None, phrase.start_char, phrase.end_char)
    if token.lower_ in TITLE_WORDS and definite(phrase):
        holder = next((r.person for r in reversed(roles)
                       if token.lower_ in r.title.lower() and r.start < token.idx), None)
        if holder is not None:
            return Speaker("entity", holder, entities.by_key[holder].name, None, phrase.start_char, phrase.end_char)
    affiliation = next((a for t in phrase if t.i != token.i for a in [affiliation_of(t, entities)] if a), None)
    name = phrase.text.strip()
    return Speaker("unnamed", name, name, affiliation, phrase.start_char, phrase.end_char)


@dataclass(frozen=True, slots=True)
class Scene:
    """What speaker resolution knows of the article."""

    entities: Entities
    roles: list[Role]
    genders: dict[EntityKey, str]
    sentences: list[int]  # first token of each sentence


def resolve(token: Token | None, scene: Scene, history: list[Speaker]) -> Speaker:
    """The speaker a subject token names; pronouns are resolved against what came before."""
    if token is None:
        return UNKNOWN
    found = entity_speaker(token, scene.entities)
    if found is not None:
        return found
    if token.pos_ == "PRON":
        return antecedent(token, scene, history)
    for child in token.children:  # "Hugh Hill, a doctor": the named part of an apposition
        if child.dep_ == "appos" and (found := entity_speaker(child, scene.entities)):
            return found
    if token.pos_ in ("NOUN", "PROPN"):
        return described_speaker(token, scene.entities, scene.roles)
    return UNKNOWN


def antecedent(pronoun: Token, scene: Scene, history: list[Speaker]) -> Speaker:
    """The most recent fitting subject (or speaker) before the pronoun, within a few sentences."""
    kind = PRONOUNS.get(pronoun.lower_)
    start, end = pronoun.idx, pronoun.idx + len(pronoun)  # the speaker mention is the pronoun itself
    if kind is None or kind == "self":
        return replace(UNKNOWN, start=start, end=end)
    doc = pronoun.doc
    sentence = bisect.bisect_right(scene.sentences, pronoun.i) - 1
    first = scene.sentences[max(0, sentence - LOOKBACK_SENTENCES + 1)]
    fitting: list[Speaker] = []
    for i in range(pronoun.i - 1, first - 1, -1):
        token = doc[i]
        if token.dep_ not in SUBJECT_DEPS or token.pos_ == "PRON":
            continue
        candidate = resolve(token, scene, history)
        if fits(candidate, token, kind, scene) and all(c.key != candidate.key for c in fitting):
            fitting.append(candidate)
            if len(fitting) == 2:  # the nearest and its rival are all a tie needs
                break
    if fitting:
        said_before = history[-1] if history else None  # the speaker of the statement just before, if it fits
        if said_before is not None and any(c.key == said_before.key for c in fitting[1:]) \
                and same_paragraph(doc, said_before, pronoun):
            return replace(said_before, start=start, end=end)
        if tied(fitting, kind, scene):
            return replace(UNKNOWN, start=start, end=end)  # two people fit and nothing tells them apart
        return replace(fitting[0], start=start, end=end)
    for candidate in reversed(history):
        if candidate.kind != "unknown" and fits_key(candidate, kind, scene):
            return replace(candidate, start=start, end=end)
    return replace(UNKNOWN, start=start, end=end)


def same_paragraph(doc: Doc, speaker: Speaker, pronoun: Token) -> bool:
    """Whether the speaker was named in the pronoun's paragraph (no blank line between)."""
    between = doc.char_span(speaker.start, pronoun.idx, alignment_mode="expand") if speaker.start is not None else None
    return between is not None and "\n" not in between.text


def tied(fitting: list[Speaker], kind: str, scene: Scene) -> bool:
    """"Ruiz spoke after Okafor. 'Ready,' she said.": a gendered pronoun, two people in reach, and no
    gender known for the nearer one: a guess, not an answer."""
    if kind not in ("male", "female") or len(fitting) < 2:
        return False
    nearest, other = fitting[0], fitting[1]
    return (of_kind(nearest.key, Kind.PERSON) and of_kind(other.key, Kind.PERSON)
            and nearest.key not in scene.genders and other.key not in scene.genders)


def genders(doc: Doc, entities: Entities, sentences: list[int]) -> dict[EntityKey, str]:
    """Each person's gender as the article shows it: "Mr"/"Ms", or the pronoun that follows a mention."""
    titled: dict[EntityKey, str] = {}
    votes: dict[EntityKey, list[str]] = {}
    people = sorted(i for i, key in entities.by_token.items() if key.kind is Kind.PERSON)
    for i in people:
        key = entities.by_token[i]
        start, last = entities.mention_at(i) or (i, i + 1)
        if i != last - 1:
            continue  # vote once per mention, at its last token
        honorific = doc[start - 1].lower_.rstrip(".") if start else ""
        if honorific in HONORIFIC_GENDER:
            titled.setdefault(key, HONORIFIC_GENDER[honorific])
        k = bisect.bisect_right(sentences, i)
        end = sentences[k] if k < len(sentences) else len(doc)
        for j in range(i + 1, end):
            other = entities.by_token.get(j)
            if of_kind(other, Kind.PERSON) and other != key:
                break
            if PRONOUNS.get(doc[j].lower_) in ("male", "female"):
                votes.setdefault(key, []).append(PRONOUNS[doc[j].lower_])
                break
    decided = {key: gender for key, v in votes.items() if (gender := majority(v))}
    named = {e.key: sex for e in entities.entities if e.kind is Kind.PERSON and (sex := given_name_sex(e.name))}
    # a given name ("Helen", "Mark") outweighs pronouns that may belong to someone else; a title outweighs both
    return decided | named | titled


def majority(votes: list[str]) -> str | None:
    """The gender most votes give, or None on a tie: no guess (never a set's order) decides."""
    counts = Counter(votes).most_common()
    if len(counts) > 1 and counts[0][1] == counts[1][1]:
        return None
    return counts[0][0]


def fits(candidate: Speaker, token: Token, kind: str, scene: Scene) -> bool:
    if candidate.kind == "unknown":
        return False
    conjoined = any(c.dep_ == "conj" for c in token.children)
    # a name's grammatical number says nothing ("Orvane Systems ... it said"); a description's does
    plural = conjoined or candidate.kind != "entity" and token.tag_ in ("NNS", "NNPS")
    if kind == "plural":
        return plural
    return not plural and fits_key(candidate, kind, scene)


def fits_key(candidate: Speaker, kind: str, scene: Scene) -> bool:
    if kind in ("male", "female"):
        return of_kind(candidate.key, Kind.PERSON) and scene.genders.get(candidate.key, kind) == kind
    if kind == "neuter":
        return of_kind(candidate.key, Kind.ORGANIZATION, Kind.PLACE)
    return candidate.kind == "unnamed"
