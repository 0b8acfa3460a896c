"""bench/RESULTS.md is written by several benchmarks: each one replaces its own `## ` section."""
from __future__ import annotations

import re
from pathlib import Path

HEADER = "# Benchmark results"
DOC = re.compile(r"(https://w3id\.org/newskg/id/(?:doc|graph)/)([^>#/]+)")
IDENTIFIER = re.compile(r'(<http://purl\.org/dc/terms/identifier> ")([^"]*)(")')


def copied(line: str, suffix: str) -> str:
    """An N-Quads line of a kg graph as a copy of its article under a new id (`suffix` added to the
    article's, its graph's and its identifier): the benchmarks' corpora grow this way, entities shared."""
    line = DOC.sub(lambda m: m.group(1) + m.group(2) + suffix, line)
    return IDENTIFIER.sub(lambda m: m.group(1) + m.group(2) + suffix + m.group(3), line)


def write_section(path: Path, heading: str, lines: list[str]) -> None:
    """Replace (or append) the section `## heading` of the results file, keeping the others."""
    text = path.read_text(encoding="utf-8") if path.exists() else HEADER + "\n"
    sections, current = {}, None
    head: list[str] = []
    for line in text.splitlines():
        if line.startswith("## "):
            current = line[3:].strip()
            sections[current] = []
        elif current is None:
            head.append(line)
        else:
            sections[current].append(line)
    sections[heading] = ["", *lines, ""]
    out = [*(head or [HEADER]), *(line for name, body in sections.items() for line in (f"## {name}", *body))]
    path.write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")
