"""Roles and memberships on parsed sentences, including the negated and hedged traps."""
import pytest


def roles(extraction):
    return {(r.person.name, r.title, r.org.name if r.org else None)
            for r in extraction.roles}


def memberships(extraction):
    return {(m.member.name, m.org.name) for m in extraction.memberships}


@pytest.mark.parametrize("text, expected", [
    ("US Secretary of State Helen Ward arrived.", ("Helen Ward", "Secretary of State", "United States")),
    ("NATO Secretary-General Mark Rutte spoke.", ("Mark Rutte", "Secretary-General", "NATO")),
    ("British Foreign Secretary David Lammy replied.", ("David Lammy", "Foreign Secretary", "United Kingdom")),
    ("French President Emmanuel Macron did not comment.", ("Emmanuel Macron", "President", "France")),
    ("President Cyril Ramaphosa denied it.", ("Cyril Ramaphosa", "President", None)),
    ("The talks were led by Emmanuel Macron, the French president.", ("Emmanuel Macron", "president", "France")),
    ("Professor Lars Eriksen of the University of Bergen agreed.",
     ("Lars Eriksen", "Professor", "University of Bergen")),
    ("“It is fine,” said Priya Raman, an analyst at Harrow Capital.", ("Priya Raman", "analyst", "Harrow Capital")),
    # the body left out: the one the article gave the same title before, or the one country of the sentence
    ("German Finance Minister Olaf Brandt spoke first. Later, Finance Minister Olaf Brandt told reporters the "
     "budget would pass.", ("Olaf Brandt", "Finance Minister", "Germany")),
    ("Finance Minister Jana Kowalski said Poland would not raise taxes this year.",
     ("Jana Kowalski", "Finance Minister", "Poland")),
    ("Foreign Minister Sergei Lavrov met officials from France and Germany in Geneva.",
     ("Sergei Lavrov", "Foreign Minister", None)),  # two countries: none is chosen
    ("Chief executive Tim Cook said sales in Japan rose.", ("Tim Cook", "Chief executive", None)),  # no state post
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
    ("EU member Ireland echoed the warning.", {("Ireland", "European Union")}),
    ("Refugees reached NATO members Norway, Denmark and Iceland.",
     {("Norway", "NATO"), ("Denmark", "NATO"), ("Iceland", "NATO")}),
    ("NATO allies Canada, Italy, and Spain face higher costs.",
     {("Canada", "NATO"), ("Italy", "NATO"), ("Spain", "NATO")}),
    ("Finland, which joined NATO last year, backed the plan.", {("Finland", "NATO")}),
    ("Germany is a member of the European Union.", {("Germany", "European Union")}),
    # "A, B and other X members": the list before "and other" belongs to X
    ("Canada and other NATO allies sent troops to Latvia.", {("Canada", "NATO")}),
    ("Portugal, Greece and other EU members backed the budget.",
     {("Portugal", "European Union"), ("Greece", "European Union")}),
    ("Spain and other EU member states signed the pact.", {("Spain", "European Union")}),
    ("The minister and other NATO officials met in Brussels.", set()),
    ("Kenya and other African countries voted against the motion.", set()),
    # negated or hedged: nothing is asserted
    ("Moldova, not a member itself, was briefed by NATO.", set()),
    ("EU candidate Albania will attend the summit.", set()),
    ("Bosnia hopes to join NATO within a decade.", set()),
    ("Georgia, which still is not a member of NATO, sent observers.", set()),
    ("Sweden, a former member of the European Union, objected.", set()),
])
def test_memberships(analysed, text, expected):
    assert memberships(analysed(text)) == expected
