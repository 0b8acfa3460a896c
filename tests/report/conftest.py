"""A report graph: the test articles extracted once, in several fields of news."""
from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

ARTICLES = Path(__file__).resolve().parent.parent / "articles"
FIXED_TIME = datetime(2024, 1, 1, tzinfo=UTC)


@pytest.fixture(scope="session")
def report_graph(tmp_path_factory) -> Path:
    from kg.run import Settings, extract_files

    out = tmp_path_factory.mktemp("report") / "articles.trig"
    extract_files(sorted(str(p) for p in ARTICLES.glob("*.txt")), Settings(output=str(out), generated_at=FIXED_TIME))
    return out


@pytest.fixture(scope="session")
def report_of(report_graph):
    """The report's data for the test articles (files read once per call)."""
    from kg.queries import Source
    from kg.report import report_data

    return report_data(Source(files=(str(report_graph),)).open())
