"""newskg: English news articles → a knowledge graph of entities and attributed statements."""
from __future__ import annotations

from kg.errors import KgError
from kg.read import Article

__version__ = "0.1.0"
__all__ = ["extract", "Article", "KgError", "__version__"]


def __getattr__(name: str):
    if name == "extract":  # spaCy loads only when extraction is asked for
        from kg.pipeline import extract
        return extract
    raise AttributeError(name)
