"""Sources named in a phrase rather than by a verb: "according to X", "in a CNN poll", "in X's view".
The phrase's sentence, less the phrase, is what the source says."""
from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from kg.lexicon import DOCUMENT_NOUNS, OPINION_NOUNS, POLL_NOUNS
from kg.nlp import positions

from .content import Draft, char_span

FRAME_WORDS = frozenset({"according", "in"})
CLAUSE_HEADS = frozenset({"VERB", "AUX"})
FIGURES = frozenset({"PERCENT", "CARDINAL", "QUANTITY"})


def frame_cues(doc: Doc) -> list[int]:
    """Tokens that may open a source phrase: every "according" and "in"."""
    return positions(doc, LOWER, FRAME_WORDS)


def framed(token: Token) -> Draft | None:
    """The statement a source phrase at `token` frames, if it is one."""
    if token.lower_ == "according":
        return according_to(token)
    noun = next((c for c in token.children if c.dep_ == "pobj"), None)
    if noun is None:
        return None
    if noun.lemma_.lower() in OPINION_NOUNS:
        return in_view(token, noun)
    if opens_sentence(token):
        return in_document(token, noun)
    if token.head.pos_ in CLAUSE_HEADS and is_poll(noun):
        return in_poll(token, noun)
    return None


def opens_sentence(token: Token) -> bool:
    return bool(token.is_sent_start or token.i > 0 and token.doc[token.i - 1].is_sent_start
                and not token.doc[token.i - 1].is_alpha)


def is_poll(noun: Token) -> bool:
    """"polls", "a Fox survey", "the average of recent polls"."""
    if noun.lemma_.lower() in POLL_NOUNS:
        return True
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return of is not None and any(c.dep_ == "pobj" and c.lemma_.lower() in POLL_NOUNS for c in of.children)


def around(doc: Doc, start: int, end: int, first: int, last: int) -> tuple[tuple[int, int], ...]:
    """Characters of tokens start..end-1 before and after tokens first..last, each part trimmed."""
    parts = (char_span(doc, start, first - 1), char_span(doc, last + 1, end - 1))
    return tuple(p for p in parts if p is not None)


def in_view(token: Token, noun: Token) -> Draft | None:
    """"In Bolton's view, the policy failed", "the policy, in her opinion, failed", "in the view of
    several scholars": whose view it is."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    holder = next((c for c in noun.children if c.dep_ == "poss"), None) or (
        next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None)
    if holder is None:  # "in the long view": nobody's
        return None
    parts = around(token.doc, token.sent.start, token.sent.end, token.i, token.right_edge.i)
    if not parts:
        return None
    cue_span = (token.idx, noun.idx + len(noun))
    return Draft(parts, False, noun.lemma_.lower(), cue_span, holder.i, "according", token.head.i)


def in_document(token: Token, noun: Token) -> Draft | None:
    """"In a CNN poll released Monday, 50 percent chose Clinton": a document or a count opens the
    sentence and says the rest of it (who is asked, a poll or a study, is the source)."""
    doc = token.doc
    if noun.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    comma = next((t.i for t in doc[noun.right_edge.i:token.sent.end] if t.text == ","), None)
    # "In a Des Moines Register poll last month, X": a date may stand between the phrase and its comma
    if comma is None or any(t.ent_type_ not in ("DATE", "TIME") for t in doc[noun.right_edge.i + 1:comma]):
        return None
    content = char_span(doc, comma + 1, token.sent.end - 1)
    if content is None:
        return None
    return Draft((content,), False, "in", (token.idx, token.idx + len(token)), noun.i, "according", token.head.i)


def in_poll(token: Token, noun: Token) -> Draft | None:
    """"Kasich was at 25 percent in the latest Fox poll", "she trails him in polls by 9 points": what a
    poll says is the clause it hangs on, less the phrase, when it gives a figure ("rose in the polls"
    and "leads in polls" tell the poll's drift in the writer's words)."""
    clause = token.head
    if not any(t.ent_type_ in FIGURES for t in clause.subtree if not token.i <= t.i <= token.right_edge.i):
        return None
    parts = around(token.doc, clause.left_edge.i, clause.right_edge.i + 1, token.i, token.right_edge.i)
    if not parts:
        return None
    return Draft(parts, False, "in", (token.idx, token.idx + len(token)), noun.i, "according", clause.i)


def according_to(token: Token) -> Draft | None:
    """"According to EU diplomats, the bloc is divided ..." in either order."""
    doc = token.doc
    to = next((c for c in token.children if c.lower_ == "to"), None)
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if to is None or pobj is None:
        return None
    sent = token.sent
    phrase_start, phrase_end = token.i, pobj.right_edge.i
    comma = next((t.i for t in doc[to.i:phrase_end + 1] if t.text == ","), None)
    if comma is not None and phrase_start - sent.start <= 1:
        phrase_end = comma  # "According to X, the move ...": the parser may hang the clause on X
    if phrase_start - sent.start <= 1:
        content = char_span(doc, phrase_end + 1, sent.end - 1)
    else:
        content = char_span(doc, sent.start, phrase_start - 1)
    if content is None:
        return None
    cue_span = (token.idx, to.idx + len(to))
    return Draft((content,), False, "according to", cue_span, pobj.i, "according", token.head.i)
