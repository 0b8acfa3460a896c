"""Roles and memberships on parsed sentences, including the negated and hedged traps."""
import pytest


def roles(extraction):
    return {(r.person.split("/", 1)[1], r.title, r.org.split("/", 1)[1] if r.org else None)
            for r in extraction.roles}


def memberships(extraction):
    return {(m.member.split("/", 1)[1], m.org.split("/", 1)[1]) for m in extraction.memberships}


@pytest.mark.parametrize("text, expected", [
    ("U.S. Secretary of State Antony Blinken arrived.", ("Antony Blinken", "Secretary of State", "United States")),
    ("NATO Secretary-General Jens Stoltenberg spoke.", ("Jens Stoltenberg", "Secretary-General", "NATO")),
    ("British Foreign Secretary Liz Truss replied.", ("Liz Truss", "Foreign Secretary", "United Kingdom")),
    ("Russian President Vladimir Putin did not comment.", ("Vladimir Putin", "President", "Russia")),
    ("President Alexander Lukashenko denied it.", ("Alexander Lukashenko", "President", None)),
    ("The talks were led by Emmanuel Macron, the French president.", ("Emmanuel Macron", "president", "France")),
    ("Professor Lars Eriksen of the University of Bergen agreed.",
     ("Lars Eriksen", "Professor", "University of Bergen")),
    ("“It is fine,” said Priya Raman, an analyst at Harrow Capital.", ("Priya Raman", "analyst", "Harrow Capital")),
])
def test_roles(analysed, text, expected):
    assert expected in roles(analysed(text))


@pytest.mark.parametrize("text", [
    "Former President Barack Obama spoke at the event.",
    "Dr. Amara Nwosu led the study.",
])
def test_no_role(analysed, text):
    assert roles(analysed(text)) == set()


@pytest.mark.parametrize("text, expected", [
    ("NATO member Britain echoed the warning.", {("United Kingdom", "NATO")}),
    ("Migrants were sent to NATO members Poland, Latvia and Lithuania.",
     {("Poland", "NATO"), ("Latvia", "NATO"), ("Lithuania", "NATO")}),
    ("NATO allies Poland, Lithuania, and Latvia face a new threat.",
     {("Poland", "NATO"), ("Lithuania", "NATO"), ("Latvia", "NATO")}),
    ("Finland, which joined NATO last year, backed the plan.", {("Finland", "NATO")}),
    ("Germany is a member of the European Union.", {("Germany", "European Union")}),
    # negated or hedged: nothing is asserted
    ("Ukraine, which is not a member, was briefed by NATO.", set()),
    ("NATO candidate Ukraine will attend the summit.", set()),
    ("Ukraine hopes to join NATO within a decade.", set()),
    ("Georgia, which is not a member of NATO, sent observers.", set()),
    ("Sweden, a former member of the European Union, objected.", set()),
])
def test_memberships(analysed, text, expected):
    assert memberships(analysed(text)) == expected
