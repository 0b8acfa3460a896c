"""Reading: articles (`Article`, or a `Problem` for one that cannot be read) from files, folders,
stdin and links, as text, JSON Lines, web pages, feeds, web archives or CSV/TSV exports.

Takes paths, folders, globs, links or stdin; gives `Article` records in input order. Knows nothing of
entities, statements or RDF.
"""
from __future__ import annotations

from .articles import Article, Problem, article_from_text, batched, batched_by_size, hashed_id, partitions
from .inputs import expand, read_articles, read_source
from .tables import Columns

__all__ = [
    "Columns",
    "Article",
    "Problem",
    "article_from_text",
    "batched",
    "batched_by_size",
    "hashed_id",
    "partitions",
    "read_articles",
    "read_source",
    "expand",
]
