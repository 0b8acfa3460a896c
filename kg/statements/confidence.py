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
# belief ("X believes Y", "X sees Y as Z"), intention ("X plans to Y"), stance ("X backs Y"), colon ("X: Y"
# in a headline), label ("Lynch: Y" where the label is not the model's entity, "FALLIN: Y" in a transcript),
# asked ("Asked whether Y, ..."; seen too rarely with a known asker to measure).
# Speaker forms: named (an entity), unnamed ("a senior official"), pronoun ("she said").
MEASURED: dict[tuple[str, str], float] = {
    ("according", "named"): 0.89,  # 111
    ("according", "unnamed"): 0.78,  # 348
    ("belief", "named"): 0.81,  # 83
    ("belief", "pronoun"): 0.66,  # 88
    ("belief", "unnamed"): 0.70,  # 114
    ("clause", "named"): 0.94,  # 2323
    ("clause", "pronoun"): 0.93,  # 808
    ("clause", "unnamed"): 0.86,  # 1293
    ("colon", "named"): 0.77,  # 39
    ("label", "named"): 0.78,  # 51
    ("direct", "named"): 0.97,  # 1776
    ("direct", "pronoun"): 0.98,  # 725
    ("direct", "unnamed"): 0.91,  # 213
    ("intention", "named"): 0.78,  # 87
    ("intention", "pronoun"): 0.63,  # 35
    ("intention", "unnamed"): 0.51,  # 47
    ("object", "named"): 0.87,  # 796
    ("object", "pronoun"): 0.90,  # 276
    ("object", "unnamed"): 0.77,  # 432
    ("split", "named"): 0.99,  # 350
    ("split", "pronoun"): 0.98,  # 122
    ("split", "unnamed"): 0.82,  # 38
    ("stance", "named"): 0.58,  # 184
    ("stance", "pronoun"): 0.68,  # 53
    ("stance", "unnamed"): 0.53,  # 106
}
BY_CONSTRUCTION: dict[str, float] = {
    "according": 0.81,  # 463
    "belief": 0.72,  # 285
    "clause": 0.91,  # 4424
    "colon": 0.77,  # 39
    "label": 0.82,  # 60
    "direct": 0.97,  # 2714
    "intention": 0.67,  # 169
    "nominal": 0.64,  # 42
    "object": 0.85,  # 1504
    "passive": 0.65,  # 37
    "split": 0.97,  # 510
    "stance": 0.58,  # 343
}
UNKNOWN_SOURCE = 0.39  # no speaker found: the content may still be a statement, but whose?
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
