"""What a source will or will not say or do, as PARC and PolNeAR attribute it: refusals ("declined to
comment", "refused to say whether ...", "would not say whether ..."), directives ("called for the
mayor to resign", "asked voters to ..."), and stances put as adjectives ("was reticent to discuss",
"is eager to point out"). The patterns are spaCy DependencyMatcher data; the code decides the spans.
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from spacy.attrs import LEMMA
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from kg.nlp import positions

from .content import Draft, char_span

REFUSING = ["decline", "refuse"]
SAYING = ["say", "comment", "confirm", "discuss", "disclose", "elaborate", "reveal", "specify", "answer", "deny"]
CALLING = ["call"]
WILLING = ["reticent", "reluctant", "eager", "keen", "adamant", "unwilling", "willing", "hesitant", "loath"]
UNSAID_LEMMAS = frozenset([*REFUSING, *CALLING, *WILLING])
SAYING_LEMMAS = frozenset(SAYING)
NOT_SAYING_AUX = frozenset({"would", "will", "wo", "do", "be"})  # "would not", "won't", "did not", "isn't saying"

Pattern = list[dict[str, Any]]
PATTERNS: dict[str, list[Pattern]] = {
    # "The senator declined to comment on the inquiry": the infinitive is what the source will not do
    "REFUSAL": [[
        {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": REFUSING}, "POS": "VERB"}},
        {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "act", "RIGHT_ATTRS": {"DEP": "xcomp", "POS": "VERB"}},
    ]],
    # "The minister would not say whether the tax would rise": what was not said, a question
    "NOT_SAYING": [[
        {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": SAYING}, "POS": "VERB"}},
        {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "neg", "RIGHT_ATTRS": {"DEP": "neg"}},
        {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "what", "RIGHT_ATTRS": {"DEP": {"IN": ["ccomp", "dobj"]}}},
    ]],
    # "Activists called for the mayor to resign", "called for a moratorium on charter schools"
    "CALL_FOR": [[
        {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": CALLING}, "POS": "VERB"}},
        {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "for", "RIGHT_ATTRS": {"LOWER": "for", "DEP": "prep"}},
        {"LEFT_ID": "for", "REL_OP": ">", "RIGHT_ID": "what", "RIGHT_ATTRS": {"DEP": "pobj"}},
    ], [  # the parser's other reading: "for" marking a clause ("for the mayor to resign")
        {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": CALLING}, "POS": "VERB"}},
        {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "what", "RIGHT_ATTRS": {"DEP": {"IN": ["advcl", "xcomp"]}}},
        {"LEFT_ID": "what", "REL_OP": ">", "RIGHT_ID": "for", "RIGHT_ATTRS": {"LOWER": "for", "DEP": "mark"}},
    ]],
    # "She was reticent to discuss her plans": a stance put as an adjective with an infinitive
    "WILLING": [[
        {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": WILLING}, "DEP": "acomp"}},
        {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "act", "RIGHT_ATTRS": {"DEP": "xcomp", "POS": "VERB"}},
    ], [  # the infinitive hung on the copula beside the adjective
        {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": WILLING}, "DEP": "acomp"}},
        {"LEFT_ID": "cue", "REL_OP": "$++", "RIGHT_ID": "act", "RIGHT_ATTRS": {"DEP": "xcomp", "POS": "VERB"}},
    ]],
}


@lru_cache(maxsize=4)
def matcher(vocab: Vocab) -> DependencyMatcher:
    found = DependencyMatcher(vocab)
    for name, patterns in PATTERNS.items():
        found.add(name, patterns)
    return found


def willing_drafts(doc: Doc, taken: set[int]) -> Iterator[Draft]:
    """A draft for each refusal, directive or stance adjective whose cue no other statement has taken."""
    strings = doc.vocab.strings
    for match_id, (cue_i, *rest) in sorted(candidate_matches(doc), key=lambda m: m[1]):
        if cue_i in taken:
            continue
        kind, cue = strings[match_id], doc[cue_i]
        draft = (refusal(cue, doc[rest[0]]) if kind == "REFUSAL" else not_saying(cue, doc[rest[1]])
                 if kind == "NOT_SAYING" else call_for(cue, doc[max(rest, key=lambda i: doc[i].dep_ != "mark")])
                 if kind == "CALL_FOR" else stance_adjective(cue, doc[rest[0]]))
        if draft is not None:
            yield draft


def candidate_matches(doc: Doc) -> list[tuple[int, list[int]]]:
    """The patterns' matches (doc token indices), looked for only in the sentences that may hold one: a
    refusing, calling or willing word, or a saying word with a negation (most news sentences hold none)."""
    found = []
    sentences = {doc[i].sent for i in positions(doc, LEMMA, UNSAID_LEMMAS)}
    sentences |= {doc[i].sent for i in positions(doc, LEMMA, SAYING_LEMMAS)
                  if any(c.dep_ == "neg" for c in doc[i].children)}
    for sentence in sorted(sentences, key=lambda s: s.start):
        found += [(key, [sentence.start + i for i in ids]) for key, ids in matcher(doc.vocab)(sentence)]
    return found


def subject_of_clause(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def phrase(token: Token) -> tuple[int, int] | None:
    return char_span(token.doc, token.left_edge.i, token.right_edge.i)


def refusal(cue: Token, act: Token) -> Draft | None:
    subject = subject_of_clause(cue)
    content = phrase(act)  # "to comment on the inquiry" ("to" is trimmed; PARC's spans put it back)
    if subject is None or content is None:
        return None
    return Draft((with_to(act, content),), False, cue.lemma_.lower(), (cue.idx, cue.idx + len(cue)),
                 subject.i, "refusal", cue.i)


def not_saying(cue: Token, what: Token) -> Draft | None:
    helpers = {word for c in cue.children if c.dep_ == "aux" for word in (c.lemma_.lower(), c.lower_)}
    if not helpers & NOT_SAYING_AUX:
        return None  # "would not say", "did not say": a refusal; "could not confirm", "may not say": no act
    subject = subject_of_clause(cue)
    content = phrase(what)
    if subject is None or content is None:
        return None
    # the cue says what was refused: "not say", never "say" (no query may take it for a claim)
    return Draft((content,), False, f"not {cue.lemma_.lower()}", (cue.idx, cue.idx + len(cue)), subject.i, "refusal",
                 cue.i)


def call_for(cue: Token, what: Token) -> Draft | None:
    """"called for a moratorium", "called for the mayor to resign" (the clause read either way)."""
    subject = subject_of_clause(cue)
    doc = cue.doc
    then = next((c for c in cue.children if c.dep_ in ("advcl", "xcomp") and c.i > what.i), None)
    end = then.right_edge.i if then is not None else what.right_edge.i  # "the mayor to resign"
    start = what.left_edge.i + (what.left_edge.lower_ == "for")  # the clause's own "for" belongs to the cue
    content = char_span(doc, start, end)
    if subject is None or content is None:
        return None
    cue_end = next((c for c in (*cue.children, *what.children) if c.lower_ == "for" and c.i > cue.i), cue)
    return Draft((content,), False, cue.lemma_.lower(), (cue.idx, cue_end.idx + len(cue_end)), subject.i, "directive",
                 cue.i)


def stance_adjective(cue: Token, act: Token) -> Draft | None:
    subject = subject_of_clause(cue.head)
    content = phrase(act)
    if subject is None or content is None or cue.head.lemma_ != "be":
        return None
    return Draft((with_to(act, content),), False, cue.lemma_.lower(), (cue.idx, cue.idx + len(cue)), subject.i,
                 "intention", cue.head.i)


def with_to(act: Token, content: tuple[int, int]) -> tuple[int, int]:
    """The infinitive's own "to" is part of what the source will or will not do."""
    to = next((c for c in act.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    return (to.idx, content[1]) if to is not None and to.idx < content[0] else content
