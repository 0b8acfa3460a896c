"""A corpus of 300+ real-length articles of our own, extracted once, with `kg resolve` links."""
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.conftest import ARTICLES, EXAMPLES, FIXED_TIME

COPIES = 14  # each own article under 14 ids and dates: 23 × 14 = 322 article graphs


@dataclass(frozen=True)
class Corpus:
    graphs: Path
    links: Path

    @property
    def files(self) -> list[str]:
        return [str(self.graphs), str(self.links)]


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Corpus:
    from kg.queries import Source
    from kg.read import read_articles
    from kg.run import Settings, extract_files, resolve_corpus

    folder = tmp_path_factory.mktemp("corpus")
    texts = folder / "texts"
    texts.mkdir()
    originals = [a for a in read_articles([str(EXAMPLES), str(ARTICLES)]) if hasattr(a, "text")]
    for copy in range(COPIES):
        for article in originals:
            body = article.text[article.header_end:] if article.header_end else article.text
            day = (article.published or date(2024, 1, 1)) + timedelta(days=copy)
            (texts / f"{article.id}-{copy:02d}.txt").write_text(f"date {day.isoformat()}\n{body}", encoding="utf-8")
    graphs, links = folder / "corpus.nq", folder / "links.nq"
    extract_files([str(texts)], Settings(output=str(graphs), generated_at=FIXED_TIME, jobs=2))
    resolve_corpus(Source(files=(str(graphs),)), output=str(links), base="https://w3id.org/newskg/id/")
    return Corpus(graphs, links)
