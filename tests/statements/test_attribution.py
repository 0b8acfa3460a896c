"""Statements as data: (text, expected statements). Each expected statement is
(direct?, speaker name, a fragment of the content, cue lemma or None)."""
from datetime import date

import pytest

from .cases.statements_a import CONTINUED, DIRECT, OBJECT, REPORTED, SPLIT
from .cases.statements_b import ACCORDING_TO, APPOSITION, MIXED, PASSIVE, PRONOUN, TITLE
from .cases.statements_c import STRAY_MARKS, UNKNOWN, UNNAMED
from .cases.statements_d import (
    APOSTROPHES,
    CARRIED,
    COMPLEMENT,
    DIRECTIVE,
    DOCUMENT,
    NEGATED,
    NOMINAL,
    PARENTHETICAL,
    PARTICIPLE,
    QUESTION,
    RELATIVE,
    WHAT_SAYS,
)
from .cases.statements_e import BELIEF, COLON, DOCUMENTS, IN_DOCUMENT, INTENTION, NAMING
from .cases.statements_f import ASKED, FRAMES, SHOWN, STANCE, TOPICS, VIEWS
from .cases.statements_g import (
    BY_SAYING,
    CALL_FOR,
    CALL_ON,
    CLITICS,
    NOT_STATEMENTS,
    PRONOUN_CONTEXT,
    REFUSAL,
    SHORT_QUOTE,
    TITLES,
    WILLING,
)
from .cases.statements_h import CALLING, LABELS

CASES = {
    "direct": DIRECT, "split": SPLIT, "continued": CONTINUED, "reported": REPORTED, "object": OBJECT,
    "according-to": ACCORDING_TO, "passive": PASSIVE, "mixed": MIXED, "pronoun": PRONOUN,
    "apposition": APPOSITION, "title": TITLE, "unnamed": UNNAMED, "unknown": UNKNOWN, "stray-marks": STRAY_MARKS,
    "participle": PARTICIPLE, "relative": RELATIVE, "negated": NEGATED, "parenthetical": PARENTHETICAL,
    "question": QUESTION, "apostrophes": APOSTROPHES, "carried": CARRIED, "nominal": NOMINAL,
    "complement": COMPLEMENT, "document": DOCUMENT, "directive": DIRECTIVE, "what-says": WHAT_SAYS,
    "belief": BELIEF, "intention": INTENTION, "documents": DOCUMENTS, "naming": NAMING, "in-document": IN_DOCUMENT,
    "colon": COLON, "stance": STANCE, "asked": ASKED, "frames": FRAMES, "shown": SHOWN,
    "views": VIEWS, "topics": TOPICS, "refusal": REFUSAL, "call-for": CALL_FOR, "call-on": CALL_ON,
    "by-saying": BY_SAYING, "willing": WILLING,
    "short-quote": SHORT_QUOTE, "not-statements": NOT_STATEMENTS, "titles": TITLES, "clitics": CLITICS,
    "pronoun-context": PRONOUN_CONTEXT, "labels": LABELS, "calling": CALLING,
}

FLAT = [(family, text, expected) for family, cases in CASES.items() for text, expected in cases]


@pytest.mark.parametrize("family, text, expected", FLAT, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(FLAT)])
def test_statement_families(analysed, family, text, expected):
    statements = analysed(text).statements
    found = [(s.direct, s.speaker.name, s.text, s.cue) for s in statements]
    for direct, speaker, fragment, cue in expected:
        assert any(d == direct and speaker.casefold() in sp.casefold() and fragment in t and c == cue
                   for d, sp, t, c in found), found
    if not expected:
        assert found == []


def test_content_span_and_offsets(analysed):
    text = "“We will act soon,” the minister said."
    (statement,) = analysed(text).statements
    assert [text[a:b] for a, b in statement.parts] == ["We will act soon"]
    assert text[slice(*statement.cue_span)] == "said"


def test_pronoun_speaker_mention_is_the_pronoun(analysed):
    text = "Helen Ward arrived.\n\n“We are ready,” he said."
    statement = analysed(text).statements[-1]
    assert text[statement.speaker.start:statement.speaker.end] == "he"


@pytest.mark.parametrize(
    "text, published, expected",
    [
        (
            "Canadian Prime Minister Mark Carney said on Friday that talks with Beijing would resume.",
            date(2021, 11, 30),
            date(2021, 11, 26),
        ),
        ("The minister said on Tuesday that talks would resume.", date(2021, 11, 30), date(2021, 11, 30)),
        ("The company said yesterday that profits rose.", date(2024, 3, 5), date(2024, 3, 4)),
        ("The company said on Friday that profits rose.", None, None),
    ],
)
def test_statement_dates(analysed, text, published, expected):
    (statement,) = analysed(text, published=published).statements
    assert statement.date == expected


def test_confidence_in_range_and_ordered(analysed):
    named = analysed("“We are ready,” said Foreign Minister Ana Ruiz.").statements[0]
    unknown = analysed("“Nobody expected this result.”").statements[0]
    assert 0 <= unknown.confidence < named.confidence <= 1


def test_boilerplate_yields_no_statement(analysed):
    text = "Talks ended.\n\nSubscribe today to support independent reporting, said the editor.\n"
    assert analysed(text).statements == ()


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Dana Kerr thanked Robin Vale, and Robin Vale thanked the crowd. She said the vote was close.",
            "unknown source",
        ),
        ("Ms. Dana Kerr thanked the crowd. She said the vote was close.", "Dana Kerr"),
        ("Mr. Omar Haddad met Ms. Lena Ott, and Lena Ott left early. He said the talks had failed.", "Omar Haddad"),
    ],
)
def test_a_pronoun_between_two_people_is_resolved_by_evidence_or_not_at_all(analysed, text, speaker):
    (statement,) = analysed(text).statements
    assert statement.speaker.name == speaker
