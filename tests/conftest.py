"""Shared fixtures: the spaCy pipeline is loaded once per test session."""
from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from kg.nlp import analysis_text, load_model, verb_lemmas
from kg.pipeline import analyse
from kg.read import Article, article_from_text

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
ARTICLES = Path(__file__).resolve().parent / "articles"
FIXED_TIME = datetime(2024, 1, 1, tzinfo=UTC)


@pytest.fixture(scope="session")
def nlp():
    return load_model()


@pytest.fixture(scope="session")
def analysed(nlp):
    """Analyse a text (or an Article) into an Extraction; results cached per text."""
    cache = {}

    def run(text: str | Article, published=None):
        article = text if isinstance(text, Article) else article_from_text(text, id="t", published=published)
        key = (article.text, article.published)
        if key not in cache:
            cache[key] = analyse(nlp(analysis_text(article)), article, verbs=verb_lemmas(nlp))
        return cache[key]

    return run


@pytest.fixture(scope="session")
def example_graph(tmp_path_factory) -> Path:
    """The bundled examples extracted once, as TriG."""
    from kg.run import Settings, extract_files

    out = tmp_path_factory.mktemp("examples") / "examples.trig"
    extract_files([str(EXAMPLES)], Settings(output=str(out), generated_at=FIXED_TIME))
    return out
