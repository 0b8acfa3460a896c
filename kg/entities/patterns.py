"""Token patterns for names the NER missed, kept as spaCy `Matcher` and `PhraseMatcher` data the way
spaCy's own rulers keep theirs. The finders in `mentions` take each pattern's matches and decide on them
(a word already covered by another name ends a match; see there)."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.lexicon import HONORIFICS, ORG_SUFFIXES, TITLE_MODIFIERS, TITLE_WORDS

from .gazetteer import known_word_sequences

NON_HEAD_TITLES = TITLE_MODIFIERS - {"general", "chief"}  # "Foreign" alone introduces no name
# A title or honorific, with or without its dot ("Striker", "Dr.").
TITLE_TRIGGERS = frozenset(w + dot for w in (TITLE_WORDS - NON_HEAD_TITLES) | HONORIFICS for dot in ("", "."))
PROPER_WORDS: dict[str, Any] = {"POS": "PROPN", "IS_ALPHA": True, "OP": "{1,3}"}  # the words of a name, up to three

PATTERNS: dict[str, list[list[dict[str, Any]]]] = {
    # "Striker Marcus Adeyemi", "Dr. Ines Gorrochategui": a title, then the name it introduces
    "TITLED_NAME": [[{"LOWER": {"IN": sorted(TITLE_TRIGGERS)}}, PROPER_WORDS]],
    # "Riverside Athletic", "Harrow Capital": an organization known by its last word
    "SUFFIXED_NAME": [[PROPER_WORDS, {"LOWER": {"IN": sorted(ORG_SUFFIXES)}}]],
}


@lru_cache(maxsize=4)
def name_matcher(vocab: Vocab) -> Matcher:
    """Every match of `PATTERNS`, each start and end (no greedy filter: the finders choose)."""
    matcher = Matcher(vocab)
    for name, patterns in PATTERNS.items():
        matcher.add(name, patterns)
    return matcher


@lru_cache(maxsize=4)
def known_name_matcher(vocab: Vocab) -> PhraseMatcher:
    """The well-known organizations' names and aliases, word for word as written ("Goldman Sachs")."""
    matcher = PhraseMatcher(vocab, attr="ORTH")
    for _, sequences in sorted(known_word_sequences().items()):
        matcher.add("KNOWN_NAME", [Doc(vocab, words=words) for words in sequences])
    return matcher


def matches(doc: Doc) -> dict[str, list[tuple[int, int]]]:
    """For each pattern of `PATTERNS`, the (start, end) token spans where it matches, in order (one pass)."""
    found: dict[str, list[tuple[int, int]]] = {name: [] for name in PATTERNS}
    for match_id, start, end in name_matcher(doc.vocab)(doc):
        found[doc.vocab.strings[match_id]].append((start, end))
    return {name: sorted(spans) for name, spans in found.items()}


def known_names(doc: Doc) -> list[tuple[int, int]]:
    return sorted((start, end) for _, start, end in known_name_matcher(doc.vocab)(doc))
