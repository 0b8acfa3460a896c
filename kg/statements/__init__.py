"""Statements: direct quotes, reported and mixed speech, with resolved speakers and dates.

Takes a spaCy `Doc` and its `Entities` and roles; gives `Statement` records, each with its
content span, cue, `Speaker` (an entity, an unnamed source or unknown), date and confidence.
"""
from __future__ import annotations

from .attribution import Statement, extract_statements
from .dates import resolve_date
from .speakers import Speaker

__all__ = ["Statement", "extract_statements", "Speaker", "resolve_date"]
