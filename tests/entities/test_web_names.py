"""Names as real web pages write them: platforms, products, words glued to a name, one-off misspellings."""
import pytest

from kg.entities import Kind

# (text, name, kind): platforms and companies the model reads as people are organizations
PLATFORMS = [
    ("Follow the deals team on Twitter for the latest offers.", "Twitter"),
    ("She posted the video on Instagram and it was shared on TikTok within an hour.", "Instagram"),
    ("SpaceX launched 60 satellites on Monday, the company said.", "SpaceX"),
    ("Netflix raised its prices in the United States on Tuesday.", "Netflix"),
    ("Drivers for Uber and Lyft went on strike in Los Angeles, organizers said.", "Uber"),
    ("The vote was streamed live on YouTube, where thousands watched.", "YouTube"),
]
# products are no entity at all
PRODUCTS = [
    ("The new MacBook Pro has a better keyboard, reviewers said.", "MacBook Pro"),
    ("Sales of the Nintendo Switch rose 20 percent in the quarter.", "Nintendo Switch"),
    ("The iPhone 11 costs $699 in the United States.", "iPhone 11"),
    ("Buyers of the AirPods Pro complained about the battery, the report said.", "AirPods Pro"),
    ("Analysts said the PlayStation 5 would be delayed by chip shortages.", "PlayStation 5"),
]
# (text, the person's name): words glued before a name by the model are not part of it
GLUED = [
    ("Police said the suspect rang Taylor twice on the night of the fire.", "Taylor"),
    ("Early retiree and self-made millionaire Grant Sabatier said saving half his pay was the key.",
     "Grant Sabatier"),
    ("Browns DL Sheldon Richardson said the fight had gone too far.", "Sheldon Richardson"),
]


@pytest.mark.parametrize("text, name", PLATFORMS)
def test_platforms_are_organizations(analysed, text, name):
    entities = analysed(text).entities.entities
    assert any(e.name == name and e.kind is Kind.ORGANIZATION for e in entities)
    assert not any(e.kind is Kind.PERSON and name in e.name for e in entities)


@pytest.mark.parametrize("text, product", PRODUCTS)
def test_products_are_no_entity(analysed, text, product):
    names = [e.name for e in analysed(text).entities.entities if e.kind is not Kind.PLACE]
    assert not any(product in name or name in product.split()[1:] for name in names), names


@pytest.mark.parametrize("text, name", GLUED)
def test_words_glued_before_a_name_are_left_out(analysed, text, name):
    people = [e.name for e in analysed(text).entities.entities if e.kind is Kind.PERSON]
    assert people == [name]


def test_display_name_is_the_spelling_most_mentions_use(analysed):
    text = ("Hillary Clinton spoke in Ohio on Monday. Later HIllary Clinton said she would return. "
            "Hillary Clinton then left for Iowa, where Hillary Clinton met voters.")
    people = [e for e in analysed(text).entities.entities if e.kind is Kind.PERSON]
    assert [p.name for p in people] == ["Hillary Clinton"]


# a subheading or a related story's title further down is no source of names; a list of names is
SUBHEADINGS = [
    ("The council met on Monday to discuss the budget, officials said.\n\nThe plan was approved.\n\n"
     "Complete and Total Endorsement Ahead\n\nThe mayor said the vote was close.", "Complete and Total Endorsement"),
    ("Ticket sales rose 20 percent, the promoter said on Friday.\n\nMore shows were added.\n\n"
     "Doobie Brothers Tour Dates Announced\n\nTickets go on sale next week.", "Doobie Brothers Tour Dates"),
]


@pytest.mark.parametrize("text, headline", SUBHEADINGS)
def test_subheadings_are_not_names(analysed, text, headline):
    names = [e.name for e in analysed(text).entities.entities]
    assert not any(name in headline and len(name.split()) >= 3 for name in names), names


def test_a_list_of_names_further_down_still_names_people(analysed):
    text = ("The jury heard from three witnesses on Tuesday, the court said.\n\nThe trial resumes on Monday.\n\n"
            "Witnesses: Ana Ruiz, Tom Berg and Li Wei\n\nThe judge thanked them.")
    people = {e.name for e in analysed(text).entities.entities if e.kind is Kind.PERSON}
    assert {"Tom Berg", "Li Wei"} <= people


NOT_PLACES = [
    ("NASA said the probe would reach Jupiter in 2031 after a flyby of Venus.", "Jupiter"),
    ("Families in Leicester gathered for Diwali on Sunday, organizers said.", "Diwali"),
    ("Shops reported record sales in the week before Christmas, the retail group said.", "Christmas"),
    ("The rover found signs of ancient water on Mars, scientists said on Tuesday.", "Mars"),
]


@pytest.mark.parametrize("text, word", NOT_PLACES)
def test_planets_and_holidays_are_no_places(analysed, text, word):
    places = [e.name for e in analysed(text).entities.entities if e.kind is Kind.PLACE]
    assert word not in places
