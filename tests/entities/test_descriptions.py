"""Descriptions that stand for a person the article names: "an Oklahoma man", "the Mafia boss"."""
import pytest

from kg.entities import Kind


def described(extraction) -> dict[str, str]:
    """Description text → the name of the person it was given to."""
    out = {}
    for entity in extraction.entities.entities:
        for mention in entity.mentions:
            if entity.kind == "Person" and mention.text != entity.name and mention.text not in entity.aliases:
                out[mention.text] = entity.name
    return out


@pytest.mark.parametrize("text, description, person", [
    # a headline's description, the person the article is about
    ("Tulsa man charged in hotel fire\nDaniel Reyes, 34, was charged on Monday with arson. Reyes told police "
     "he had been asleep. He will appear in court on Friday.", "Tulsa man", "Daniel Reyes"),
    # the person named beside it
    ("A Glasgow woman, Margaret Hale, won the lottery on Saturday. Her neighbour, Tom Birch, said she was "
     "delighted. Birch said he would help her.", "Glasgow woman", "Margaret Hale"),
    # of the sex the noun says, though someone else is named more often
    ("Ohio mother of three killed in crash\nThe driver, Paul Keane, was arrested. Keane was driving at twice "
     "the speed limit, police said. Keane's lawyer said he would plead not guilty. The victim, Laura Dunn, "
     "died at the scene. Dunn had three children.", "Ohio mother of three", "Laura Dunn"),
    # a group's leader
    ("Police in Palermo arrested a Mafia boss on Tuesday. The Mafia boss, Salvo Rinella, had been on the run "
     "for ten years. Rinella was taken to a prison in the city.", "Mafia boss", "Salvo Rinella"),
])
def test_descriptions_stand_for_a_person(analysed, text, description, person):
    assert described(analysed(text)).get(description) == person


@pytest.mark.parametrize("text, description", [
    # two people of the noun's sex named as often: no one is chosen
    ("Dallas man wins appeal\nJohn Hart and Peter Cole appeared in court. Hart smiled. Cole waved.", "Dallas man"),
    # nobody to give it to
    ("A Denver man was arrested on Friday after a chase, police said.", "Denver man"),
])
def test_descriptions_without_a_clear_person(analysed, text, description):
    assert description not in described(analysed(text))


def test_the_place_in_a_description_stays_a_place(analysed):
    entities = analysed("Tulsa man charged\nDaniel Reyes, 34, was charged on Monday. Reyes denied it.").entities
    places = [e for e in entities.entities if e.name == "Tulsa"]
    assert places and places[0].kind == "Place"


def test_descriptions_are_no_names(analysed):
    """A description is a mention of the person, never one of their names nor a title's holder."""
    text = ("Tulsa man charged in fire\nDaniel Reyes, 34, the firm's chief executive, was charged on Monday. "
            "A Tulsa man, chief executive Daniel Reyes, denied it. Reyes told police he had been asleep.")
    extraction = analysed(text)
    person = next(e for e in extraction.entities.entities if e.name == "Daniel Reyes")
    assert "Tulsa man" not in person.aliases and "Tulsa man" in [m.text for m in person.mentions]
    assert all(role.person.kind is Kind.PERSON for role in extraction.roles)
