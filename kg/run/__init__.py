"""Running over a corpus: a batch of input files to one output (`extract_files`), in one process,
in worker processes or on a Dask cluster, and `kg resolve` over a whole corpus.

Takes input paths and `Settings`; gives written files and stores, and a count of what was done.
"""
from __future__ import annotations

from .batch import Columns, Settings, extract_files
from .cluster import extract_dask
from .load import load_corpus
from .processes import extract_parallel
from .resolve import resolve_corpus

__all__ = ["Columns", "Settings", "extract_files", "extract_dask", "extract_parallel", "load_corpus",
           "resolve_corpus"]
