"""The layout's plan holds: each stage imports only the stages below it, and the light parts never load spaCy."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parent.parent / "kg"
TOP_MODULES = {"__init__", "cli", "pipeline", "extraction", "lexicon", "errors", "resources", "folding", "bounds"}

# Which part may import which at run time (imports under TYPE_CHECKING are types only and not counted).
ALLOWED = {
    "__init__": {"read", "errors", "pipeline"},
    "cli": {"run", "queries", "stores", "rdf", "report", "errors"},
    "run": {"pipeline", "extraction", "events", "read", "nlp", "entities", "rdf", "stores", "queries", "errors",
            "lexicon", "resources"},
    "report": {"queries", "stores", "rdf", "errors", "resources"},
    "pipeline": {"events", "statements", "entities", "nlp", "read", "rdf", "extraction", "errors"},
    "extraction": {"events", "entities", "statements", "read"},
    "events": {"statements", "entities", "nlp", "read", "lexicon", "errors"},
    "statements": {"entities", "nlp", "read", "lexicon", "errors"},
    "entities": {"nlp", "read", "lexicon", "errors", "folding"},
    "nlp": {"read", "lexicon", "errors"},
    "read": {"lexicon", "errors", "bounds"},
    "queries": {"stores", "rdf", "errors", "resources", "folding"},
    "stores": {"rdf", "errors", "bounds"},
    "rdf": {"errors", "resources", "folding"},
    "lexicon": set(), "errors": set(), "resources": {"errors"}, "folding": set(), "bounds": {"errors"},
}


def part_of(path: Path) -> str:
    relative = path.relative_to(KG)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def runtime_imports(tree: ast.Module) -> set[str]:
    """The kg parts a module imports, leaving out `if TYPE_CHECKING:` blocks."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            node.body = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("kg."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.ImportFrom) and node.module == "kg":
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name.split(".")[1] for a in node.names if a.name.startswith("kg."))
    return found


MODULES = sorted(KG.rglob("*.py"))


def test_only_the_face_and_shared_modules_sit_outside_a_package():
    loose = {p.stem for p in KG.glob("*.py")}
    assert loose <= TOP_MODULES, f"modules outside a package: {sorted(loose - TOP_MODULES)}"
    for package in (p for p in KG.iterdir() if p.is_dir() and any(p.glob("*.py"))):  # data folders aside
        init = package / "__init__.py"
        assert init.exists() and ast.get_docstring(ast.parse(init.read_text())), f"{package.name}/ needs a docstring"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(KG)))
def test_imports_flow_one_way(path):
    part = part_of(path)
    imported = runtime_imports(ast.parse(path.read_text())) - {part}
    assert imported <= ALLOWED[part], f"{part} must not import {sorted(imported - ALLOWED[part])}"


def test_rdf_stores_and_queries_never_load_spacy():
    code = ("import sys, kg, kg.rdf, kg.stores, kg.queries; "
            "heavy = sorted({'spacy', 'dask'} & set(sys.modules)); print(heavy); sys.exit(bool(heavy))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
