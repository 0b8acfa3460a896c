"""Who reports, in the parse: the word naming a verb's speaker, and whether a word names someone who can
hold a view."""
from __future__ import annotations

from spacy.tokens import Token

from kg.lexicon import CUE_CARRIERS, STANCE_HOLDERS

from .content import subject_of

HOLDER_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
HOLDER_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "who"})


def speaker_word(verb: Token) -> Token | None:
    """The word naming who speaks: the verb's subject; for a participle, its head verb's subject
    (", saying") or the noun it qualifies ("a statement announcing"); for "which"/"who", the noun
    the relative clause qualifies."""
    if verb.tag_ == "VBG" and not any(c.dep_ == "aux" for c in verb.children):
        if verb.dep_ == "acl":
            return verb.head
        if verb.dep_ == "pcomp":  # "Obama responded by saying X": the subject of the verb the phrase is on
            acting = verb.head.head
            passive = next((c for c in acting.children if c.dep_ == "nsubjpass"), None)
            return (subject_of(acting) or passive) if acting.pos_ in ("VERB", "AUX") else None
        return subject_of(verb.head) if verb.head.pos_ in ("VERB", "AUX") else None
    if carried(verb):
        return subject_of(verb.head)
    subject = subject_of(verb) or name_before(verb)
    if subject is not None and verb.dep_ == "relcl" and (subject.tag_ in ("WDT", "WP") or subject.lower_ == "that"):
        return verb.head
    return subject


def name_before(verb: Token) -> Token | None:
    """"... the editorial board of the Post Trump said that X": the parser, reading one long name,
    left the verb without a subject; the name right before it is who speaks."""
    before = verb.doc[verb.i - 1] if verb.i else None
    if before is not None and before.pos_ == "PROPN" and before.dep_ in ("compound", "pobj", "appos", "npadvmod"):
        return before
    return None


def carried(verb: Token) -> bool:
    """The infinitive of a carrier verb: "continues to insist", "went on to explain"."""
    return (verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in CUE_CARRIERS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def holds_views(token: Token) -> bool:
    """A person, a group or a named body; "a third of voters" through its "of"."""
    if token.pos_ == "PROPN" or token.ent_type_ in HOLDER_TYPES or token.lower_ in HOLDER_PRONOUNS:
        return True
    if token.lemma_.lower() in STANCE_HOLDERS or token.lower_ in STANCE_HOLDERS:
        return True
    whole = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    part = next((c for c in whole.children if c.dep_ == "pobj"), None) if whole is not None else None
    return part is not None and holds_views(part)
