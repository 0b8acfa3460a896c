"""Events in an article: triggers, types, participants, place, date, polarity and modality, one event per
happening. Cases are news of several desks (disasters, crime and courts, politics, business, sport)."""
from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 3, 14)  # a Thursday

QUAKE = ("A magnitude 6.1 earthquake struck central Chile on Tuesday, killing four people. "
         "The quake destroyed homes in Talca.")
FLOOD = ("Flooding forced thousands of people to leave their homes in Bavaria on Saturday. "
         "The floods killed two people.")
ARREST = ("Police arrested Daniel Reyes in Phoenix on Monday. Reyes was charged with robbery after a heist at "
          "a jewelry store.")
ELECTION = "Luís Montenegro won the election in Portugal on Sunday. He will be sworn in as prime minister next month."
TAKEOVER = "Boeing will acquire Spirit AeroSystems, the companies said on Monday."
PLAYOFF = "The Boston Celtics beat the Miami Heat 110-98 in the playoff game on Friday."
FINAL = "Serena Williams defeated Maria Sharapova in the Wimbledon final in London on Saturday."

CASES = [  # (text, a word of the event's triggers, what the event must be)
    (QUAKE, "earthquake", {"type": "Disaster", "date": date(2024, 3, 12), "triggers": ["earthquake", "quake"]}),
    (QUAKE, "struck", {"type": "Disaster", "place": "Chile", "date": date(2024, 3, 12)}),
    (QUAKE, "killing", {"type": "Life", "group": "kill"}),
    (FLOOD, "Flooding", {"type": "Disaster", "triggers": ["Flooding", "floods"]}),
    (FLOOD, "leave", {"type": "Movement", "place": "Bavaria", "date": date(2024, 3, 9)}),
    (ARREST, "arrested", {"type": "Justice", "patients": ["Daniel Reyes"], "place": "Phoenix",
                          "date": date(2024, 3, 11)}),
    (ARREST, "charged", {"type": "Justice", "patients": ["Daniel Reyes"]}),
    (ARREST, "robbery", {"type": "Crime", "triggers": ["robbery", "heist"]}),
    (ELECTION, "election", {"type": "Politics", "place": "Portugal", "date": date(2024, 3, 10)}),
    (ELECTION, "won", {"agents": ["Luís Montenegro"], "date": date(2024, 3, 10)}),
    (ELECTION, "sworn", {"patients": ["Luís Montenegro"], "modality": "future"}),  # "He" resolved
    (TAKEOVER, "acquire", {"type": "Business", "agents": ["Boeing"], "patients": ["Spirit AeroSystems"],
                           "modality": "future"}),
    ("Microsoft plans to buy a stake in OpenAI.", "buy", {"type": "Transaction", "agents": ["Microsoft"],
                                                          "modality": "possible"}),
    (PLAYOFF, "beat", {"type": "Sport", "agents": ["Boston Celtics"], "patients": ["Miami Heat"],
                       "date": date(2024, 3, 8)}),
    (FINAL, "defeated", {"agents": ["Serena Williams"], "patients": ["Maria Sharapova"], "place": "London",
                         "date": date(2024, 3, 9)}),
    ("Police did not arrest anyone after the protest.", "arrest", {"type": "Justice", "polarity": "negative"}),
    ("The union could strike next week.", "strike", {"modality": "possible", "polarity": "positive"}),
    ("Rebels opened fire on a convoy near the border.", "opened fire", {"group": "shoot", "type": "Conflict"}),
]


def event_with(extraction, word: str):
    text = extraction.article.text
    found = [e for e in extraction.events if any(text[t.start:t.end] == word for t in e.triggers)]
    assert len(found) == 1, [[text[t.start:t.end] for t in e.triggers] for e in extraction.events]
    return found[0]


def described(event, text: str) -> dict:
    return {"type": event.type, "group": event.group, "polarity": event.polarity, "modality": event.modality,
            "date": event.date, "place": event.place.key.name if event.place else None,
            "agents": [p.key.name for p in event.agents], "patients": [p.key.name for p in event.patients],
            "triggers": [text[t.start:t.end] for t in event.triggers],
            "span": text[event.span[0]:event.span[1]]}


@pytest.mark.parametrize("text, word, expected", CASES, ids=[f"{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_event(analysed, text, word, expected):
    extraction = analysed(text, published=PUBLISHED)
    got = described(event_with(extraction, word), text)
    assert {key: got[key] for key in expected} == expected


@pytest.mark.parametrize("text, word", [
    ("“We will rebuild,” the mayor said.", "said"),  # a statement's cue is the statement's
    ("The shipping company lost money.", "shipping"),  # a noun made from a verb, modifying another
    ("She is a member of the board.", "is"),
    ("The Fire Department responded.", "Fire"),  # inside a name
])
def test_not_an_event(analysed, text, word):
    extraction = analysed(text, published=PUBLISHED)
    assert not any(text[t.start:t.end] == word for e in extraction.events for t in e.triggers)


def test_the_quake_it_and_the_disaster_are_one_event(analysed):
    text = ("A magnitude 6.1 earthquake struck central Chile on Tuesday. It killed four people in Talca. "
            "The disaster destroyed hundreds of homes.")
    extraction = analysed(text, published=PUBLISHED)
    quake = event_with(extraction, "earthquake")
    assert [text[t.start:t.end] for t in quake.triggers] == ["earthquake", "It", "disaster"]
    assert quake.type == "Disaster"


def test_an_anaphor_with_nothing_to_refer_to_is_no_event(analysed):
    text = "It rained all week. The incident was not reported."
    extraction = analysed(text, published=PUBLISHED)
    assert not any(text[t.start:t.end] in ("It", "incident") for e in extraction.events for t in e.triggers)


def test_participant_mentions_point_at_the_text(analysed):
    extraction = analysed(ARREST, published=PUBLISHED)
    charged = event_with(extraction, "charged")
    assert [ARREST[p.start:p.end] for p in charged.patients] == ["Reyes"]
    arrested = event_with(extraction, "arrested")
    assert ARREST[arrested.place.start:arrested.place.end] == "Phoenix"


def test_two_quakes_far_apart_are_two_events(analysed):
    text = ("An earthquake struck Santiago on Monday. Another earthquake struck Tokyo on Monday. "
            "The earthquake in Santiago damaged a bridge.")
    extraction = analysed(text, published=PUBLISHED)
    quakes = [e for e in extraction.events if e.group == "earthquake"]
    assert len(quakes) == 2


def test_events_in_text_order_with_confidence(analysed):
    extraction = analysed(QUAKE, published=PUBLISHED)
    starts = [e.span[0] for e in extraction.events]
    assert starts == sorted(starts)
    assert all(0 < e.confidence <= 0.95 for e in extraction.events)
