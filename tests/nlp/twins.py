"""The same spaCy pipeline twice, once with one of newskg's stand-in components, to compare them."""
from collections.abc import Callable
from pathlib import Path

import spacy
from spacy.language import Language

ROOT = Path(__file__).resolve().parents[2]
OWN_ARTICLES = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "articles").glob("*.txt"))]


def spacy_and_ours(nlp: Language, speed_up: Callable[[Language], None]) -> tuple[Language, Language]:
    """spaCy's own pipeline of `nlp`'s name, and the same with `speed_up` applied (nothing else of newskg's)."""
    name = nlp.meta["lang"] + "_" + nlp.meta["name"]
    ours = spacy.load(name)
    speed_up(ours)
    return spacy.load(name), ours
