"""Statements as data: (text, expected statements). Each expected statement is
(direct?, speaker name, a fragment of the content, cue lemma or None)."""
from datetime import date

import pytest

D, R = True, False

CASES = {
    "direct": [
        ("“We will not back down,” Foreign Minister Ana Ruiz said.", [(D, "Ana Ruiz", "We will not back down", "say")]),
        ("“The economy is growing,” said Finance Minister Carl Meyer.", [(D, "Carl Meyer", "economy is growing", "say")]),
        ("Coach Henrik Dahl said: “We gave it away in the last ten minutes.”",
         [(D, "Henrik Dahl", "gave it away", "say")]),
        ("'It is a careful piece of work,' Professor Lars Eriksen said.", [(D, "Lars Eriksen", "careful piece", "say")]),
        ("\"Prices will fall next year,\" central bank governor Maria Lopes told reporters.",
         [(D, "Maria Lopes", "Prices will fall", "tell")]),
    ],
    "split": [
        ("“There is no clarity,” Jens Stoltenberg told AFP in Riga, “but there is a build-up of forces.”",
         [(D, "Jens Stoltenberg", "but there is a build-up", "tell")]),
        ("“The numbers are good,” said analyst Priya Raman, “but the risk has not gone away.”",
         [(D, "Priya Raman", "numbers are good", "say")]),
    ],
    "continued": [
        ("“We will support Ukraine,” said Foreign Secretary Liz Truss.\n\n“Any other suggestion is false.”",
         [(D, "Liz Truss", "We will support Ukraine", "say"), (D, "Liz Truss", "Any other suggestion", None)]),
    ],
    "reported": [
        ("NATO Secretary-General Jens Stoltenberg said ahead of the talks that Russia's intentions were unclear.",
         [(R, "Jens Stoltenberg", "intentions were unclear", "say")]),
        ("Moscow said it does not threaten anyone.", [(R, "Moscow", "does not threaten anyone", "say")]),
        ("Judge Helen Marsh told the court that the defendant had lied.", [(R, "Helen Marsh", "defendant had lied", "tell")]),
    ],
    "object": [
        ("Belarus accused NATO of building up forces near its border.",
         [(R, "Belarus", "NATO of building up forces", "accuse")]),
        ("On Monday Belarus announced joint military drills with Russia.",
         [(R, "Belarus", "joint military drills", "announce")]),
        ("Moscow has dismissed as inflammatory the suggestions that it is planning an attack.",
         [(R, "Moscow", "as inflammatory the suggestions", "dismiss")]),
        ("Orvane Systems denied reports that it was in talks to buy a rival.",
         [(R, "Orvane Systems", "reports that it was in talks", "deny")]),
    ],
    "according-to": [
        ("According to NATO officials, the alliance is unsure of Moscow's intentions.",
         [(R, "NATO officials", "the alliance is unsure", "according to")]),
        ("The deal is worth $2 billion, according to two people familiar with the matter.",
         [(R, "two people familiar with the matter", "deal is worth", "according to")]),
    ],
    "passive": [
        ("The accusation is denied by President Alexander Lukashenko.",
         [(R, "Alexander Lukashenko", "The accusation", "deny")]),
    ],
    "mixed": [
        ("The United States warned on Tuesday of “serious consequences” for any renewed aggression.",
         [(R, "United States", "serious consequences", "warn")]),
        ("Judge Helen Marsh said Richard Bowen had shown “a total disregard for the people who trusted him.”",
         [(R, "Helen Marsh", "total disregard", "say")]),
    ],
    "pronoun": [
        ("Antony Blinken arrived in Riga.\n\n“Any escalation would be a great concern,” he said.",
         [(D, "Antony Blinken", "great concern", "say")]),
        ("Manager Sofia Bertelli praised her players. Striker Marcus Adeyemi scored twice.\n\n"
         "“This is for the fans who travelled,” he said.", [(D, "Marcus Adeyemi", "for the fans", "say")]),
        ("Health Minister Grace Wanjiru visited the clinic. She said the programme would reach 400,000 children.",
         [(R, "Grace Wanjiru", "programme would reach", "say")]),
    ],
    "apposition": [
        ("Hugh Hill, a doctor at the clinic, said the wards were full.", [(R, "Hugh Hill", "wards were full", "say")]),
        ("“I want to see how it goes,” said Mercy Achieng, a teacher in Kakamega.",
         [(D, "Mercy Achieng", "I want to see", "say")]),
    ],
    "title": [
        ("Prime Minister Kaja Linnamets visited Tallinn. The prime minister said the skies were not protected.",
         [(R, "Kaja Linnamets", "skies were not protected", "say")]),
    ],
    "org-anaphor": [
        ("Orvane Systems reported record revenue. The company said demand would keep rising.",
         [(R, "Orvane Systems", "demand would keep rising", "say")]),
    ],
    "unnamed": [
        ("“We want to leave no doubt,” a senior US official said.", [(D, "a senior US official", "leave no doubt", "say")]),
        ("In May, troops there numbered 100,000, Western officials say.",
         [(R, "Western officials", "troops there numbered", "say")]),
    ],
    "unknown": [
        ("“Nobody expected this result.”", [(D, "unknown source", "Nobody expected", None)]),
    ],
    "stray-marks": [
        ("He said “the talks will go on\n\nThe meeting ended late on Friday.",
         [(R, "unknown source", "the talks will go on", "say")]),
        ("‘Russia’s malign activity’\n\nThe ministers met in Riga.", []),
        ("The so-called “peace plan” was rejected.", []),
    ],
}

FLAT = [(family, text, expected) for family, cases in CASES.items() for text, expected in cases]


@pytest.mark.parametrize("family, text, expected", FLAT, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(FLAT)])
def test_statement_families(analysed, family, text, expected):
    statements = analysed(text).statements
    found = [(s.direct, s.speaker.name, s.text, s.cue) for s in statements]
    for direct, speaker, fragment, cue in expected:
        assert any(d == direct and sp == speaker and fragment in t and c == cue for d, sp, t, c in found), found
    if not expected:
        assert found == []


def test_content_span_and_offsets(analysed):
    text = "“We will act soon,” the minister said."
    (statement,) = analysed(text).statements
    assert [text[a:b] for a, b in statement.parts] == ["We will act soon"]
    assert text[slice(*statement.cue_span)] == "said"


def test_pronoun_speaker_mention_is_the_pronoun(analysed):
    text = "Antony Blinken arrived.\n\n“We are ready,” he said."
    statement = analysed(text).statements[-1]
    assert text[statement.speaker.start:statement.speaker.end] == "he"


@pytest.mark.parametrize("text, published, expected", [
    ("US President Joe Biden said on Friday that he would call Moscow.", date(2021, 11, 30), date(2021, 11, 26)),
    ("The minister said on Tuesday that talks would resume.", date(2021, 11, 30), date(2021, 11, 30)),
    ("The company said yesterday that profits rose.", date(2024, 3, 5), date(2024, 3, 4)),
    ("The company said on Friday that profits rose.", None, None),
])
def test_statement_dates(analysed, text, published, expected):
    (statement,) = analysed(text, published=published).statements
    assert statement.date == expected


def test_confidence_in_range_and_ordered(analysed):
    named = analysed("“We are ready,” said Foreign Minister Ana Ruiz.").statements[0]
    unknown = analysed("“Nobody expected this result.”").statements[0]
    assert 0 <= unknown.confidence < named.confidence <= 1


def test_boilerplate_yields_no_statement(analysed):
    text = "Talks ended.\n\nBy subscribing, you can help us get the story right, said the editor.\n"
    assert analysed(text).statements == ()
