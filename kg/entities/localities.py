"""Towns the model misses, named by their context: "Maria Lopez of Grand Prairie", "a Hounslow resident",
"Grand Prairie police". A run of capitalised words that no other name covers, after "of", "in", "from" or
"near", or before a word for the town's people or services, is a place where the gazetteer knows a town of
that name and some size (a small namesake is more often a word or a name than the town meant)."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .gazetteer import find_town
from .mentions import Candidate

BEFORE_TOWN = frozenset({"in", "of", "from", "near", "outside"})
AFTER_TOWN = frozenset({"resident", "residents", "native", "natives", "police", "officials", "council",
                        "councillors", "mayor", "schools", "area"})
MIN_POPULATION = 10_000
MAX_WORDS = 3  # "Grand Prairie", "Rock Hill", "Salt Lake City"


def context_towns(doc: Doc, covered: set[int]) -> list[Candidate]:
    """Places the model did not name, found by the words around them (see the module)."""
    found = []
    i = 0
    while i < len(doc):
        end = i
        while end < len(doc) and end - i < MAX_WORDS and end not in covered and name_word(doc, end):
            end += 1
        if end == i:
            i += 1
            continue
        span = doc[i:end]
        if placed(span) and (town := find_town(span.text)) is not None and town.population >= MIN_POPULATION:
            found.append(Candidate(span, "GPE"))
        i = end
    return found


def name_word(doc: Doc, i: int) -> bool:
    """A capitalised name's word inside a sentence, in none of the model's entities ("in March" is a date)."""
    token = doc[i]
    return token.is_alpha and token.is_title and token.pos_ == "PROPN" and not token.is_sent_start \
        and not token.ent_type_


def placed(span: Span) -> bool:
    """The words around the run say it is a town: "of/in/from X", "X residents"."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return before in BEFORE_TOWN or after in AFTER_TOWN
