"""NLP: the spaCy pipeline newskg parses with (`load_model`), with its faster stand-ins for spaCy's
attribute_ruler and lemmatizer, the paragraph splitter and the text it analyses (`analysis_text`).

Takes a model name and articles; gives spaCy `Doc`s. Knows nothing of entities, statements or RDF.
"""
from __future__ import annotations

from .model import analysis_text, load_model, positions, sentence_starts, verb_lemmas

__all__ = ["analysis_text", "load_model", "positions", "sentence_starts", "verb_lemmas"]
