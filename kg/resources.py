"""Where the bundled queries, ontology and example articles are, installed or in a checkout."""
from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """`queries`, `ontology` or `examples`: beside the package in a checkout, inside it in a wheel."""
    for candidate in (PACKAGE.parent / name, PACKAGE / "_bundled" / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"newskg's {name}/ folder is missing; reinstall newskg")
