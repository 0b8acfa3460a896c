"""How often a statement of each kind is right, as measured: the value of `nkg:confidence`.

Calibrated on PolNeAR train (840 articles of US political news, gold by others) with
`bench/calibrate.py`: a statement is right when its content matches a gold attribution and its
speaker is that attribution's source. Kinds seen fewer than 30 times there take their
construction's overall figure. Re-measure after a rule change; the README shows the table.
"""
from __future__ import annotations

# (construction, speaker form) → share right. Constructions: direct (a quote with its attribution),
# split (a quote broken by its attribution), clause ("said that X"), object ("denied the report"),
# according ("according to X", "in a poll, X"), passive ("was denied by X"), nominal ("X's claim that"),
# belief ("X believes Y"), intention ("X plans to Y"), colon ("X: Y" in a headline).
# Speaker forms: named (an entity), unnamed ("a senior official"), pronoun ("she said").
MEASURED: dict[tuple[str, str], float] = {
    ("according", "named"): 0.90,  # 107
    ("according", "unnamed"): 0.80,  # 325
    ("belief", "named"): 0.82,  # 66
    ("belief", "pronoun"): 0.59,  # 86
    ("belief", "unnamed"): 0.69,  # 98
    ("clause", "named"): 0.94,  # 2323
    ("clause", "pronoun"): 0.93,  # 806
    ("clause", "unnamed"): 0.85,  # 1295
    ("colon", "named"): 0.77,  # 39
    ("direct", "named"): 0.97,  # 1775
    ("direct", "pronoun"): 0.99,  # 725
    ("direct", "unnamed"): 0.91,  # 210
    ("intention", "named"): 0.75,  # 107
    ("intention", "pronoun"): 0.64,  # 47
    ("intention", "unnamed"): 0.60,  # 62
    ("object", "named"): 0.87,  # 783
    ("object", "pronoun"): 0.89,  # 250
    ("object", "unnamed"): 0.77,  # 417
    ("split", "named"): 0.99,  # 350
    ("split", "pronoun"): 0.98,  # 122
    ("split", "unnamed"): 0.82,  # 38
}
BY_CONSTRUCTION: dict[str, float] = {
    "according": 0.82,  # 433
    "belief": 0.69,  # 250
    "clause": 0.91,  # 4424
    "colon": 0.77,  # 39
    "direct": 0.97,  # 2710
    "intention": 0.68,  # 216
    "nominal": 0.63,  # 43
    "object": 0.84,  # 1450
    "passive": 0.60,  # 42
    "split": 0.97,  # 510
}
UNKNOWN_SOURCE = 0.35  # no speaker found: the content may still be a statement, but whose?
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
