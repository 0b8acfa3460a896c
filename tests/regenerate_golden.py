"""Rewrite tests/golden/*.trig from tests/articles/golden-*.txt. Review the diff before committing."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kg.run import Settings, extract_files
from tests.conftest import FIXED_TIME  # noqa: E402

HERE = Path(__file__).resolve().parent

for article in sorted((HERE / "articles").glob("golden-*.txt")):
    target = HERE / "golden" / f"{article.stem}.trig"
    extract_files([str(article)], Settings(output=str(target), generated_at=FIXED_TIME))
    print(f"wrote {target.relative_to(HERE.parent)}")
