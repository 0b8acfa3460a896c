"""How often a statement of each kind is right, as measured: the value of `nkg:confidence`.

Calibrated on PolNeAR train (840 articles of US political news, gold by others) with
`bench/calibrate.py`: a statement is right when its content matches a gold attribution and its
speaker is that attribution's source. Kinds seen fewer than 30 times there take their
construction's overall figure. Re-measure after a rule change; the README shows the table.
"""
from __future__ import annotations

# (construction, speaker form) → share right. Constructions: direct (a quote with its attribution),
# split (a quote broken by its attribution), clause ("said that X"), object ("denied the report"),
# according ("according to X"), passive ("was denied by X"), nominal ("X's claim that").
# Speaker forms: named (an entity), unnamed ("a senior official"), pronoun ("she said").
MEASURED: dict[tuple[str, str], float] = {
    ("according", "named"): 0.90,  # 106 statements
    ("according", "unnamed"): 0.89,  # 271
    ("clause", "named"): 0.94,  # 2341
    ("clause", "pronoun"): 0.94,  # 811
    ("clause", "unnamed"): 0.84,  # 1274
    ("direct", "named"): 0.97,  # 1776
    ("direct", "pronoun"): 0.99,  # 753
    ("direct", "unnamed"): 0.93,  # 207
    ("object", "named"): 0.87,  # 740
    ("object", "pronoun"): 0.89,  # 252
    ("object", "unnamed"): 0.77,  # 351
    ("split", "named"): 0.99,  # 350
    ("split", "pronoun"): 0.98,  # 125
    ("split", "unnamed"): 0.82,  # 38
}
BY_CONSTRUCTION: dict[str, float] = {
    "according": 0.89, "clause": 0.91, "direct": 0.97, "nominal": 0.61, "object": 0.85, "passive": 0.69,
    "split": 0.97,
}
UNKNOWN_SOURCE = 0.29  # no speaker found: the content may still be a statement, but whose?
DEFAULT = 0.7  # a construction not measured yet


def speaker_form(kind: str, pronoun: bool) -> str:
    if kind == "unknown":
        return "unknown"
    return "pronoun" if pronoun else kind if kind == "unnamed" else "named"


def calibrated(how: str, kind: str, pronoun: bool) -> float:
    form = speaker_form(kind, pronoun)
    if form == "unknown":
        return UNKNOWN_SOURCE
    return MEASURED.get((how, form), BY_CONSTRUCTION.get(how, DEFAULT))
