"""Sides taken and views held: "the union backs the plan", "voters see him as honest"."""
from __future__ import annotations

from spacy.tokens import Token

from .sources import holds_views, speaker_word

STANCE_DEPS = frozenset({"ROOT", "conj", "ccomp", "relcl", "acl", "advcl"})


def stance_cue(verb: Token) -> bool:
    """"The union backs the plan", "a PAC backing Kasich", "the Greens, who endorsed Ortiz": a verb of
    being for or against with an object, held by someone who can hold a view (pillars support roofs)."""
    if verb.dep_ not in STANCE_DEPS or any(c.dep_ == "prt" for c in verb.children):  # "backed down"
        return False
    if verb.tag_ == "VBG" and verb.dep_ not in ("acl", "advcl") and not any(c.dep_ == "aux" for c in verb.children):
        return False  # "supporting roles": a modifier, not an act
    if not any(c.dep_ == "dobj" or c.dep_ == "xcomp" and c.tag_ == "VBG" for c in verb.children):
        return False
    if verb.sent[-1].text == "?" or verb.doc[verb.sent.end - 2].text == "?":
        return False  # "Do you support Cruz?" asks, takes no side
    holder = speaker_word(verb)
    return holder is not None and holds_views(holder)


def seen_as(verb: Token) -> bool:
    """"Voters see him as the likelier winner", "developers view golf courses as wasted space": an object,
    what it is seen as, and a holder who can hold a view ("she saw the ship as it sank" holds none)."""
    if verb.dep_ not in STANCE_DEPS or not (seen_as_clause(verb) or seen_as_object(verb)):
        return False
    holder = speaker_word(verb)
    return holder is not None and holds_views(holder)


def seen_as_object(verb: Token) -> bool:
    """An object and an "as" phrase, which the parser hangs on the verb or on the object."""
    seen = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    if len(seen) == 1:
        return False
    as_phrase = next((c for t in seen for c in t.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i),
                     None)  # "as it sank" is a time, not a view
    return as_phrase is not None and any(c.dep_ in ("pobj", "pcomp", "amod", "acomp") for c in as_phrase.children)


def seen_as_clause(verb: Token) -> bool:
    """"see the reform as rushed" read as a clause: "as" marks it and the object became its subject."""
    return any(c.dep_ == "ccomp" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
               and any(m.dep_ in ("nsubj", "nsubjpass") for m in c.children) for c in verb.children)
