"""One entity per real thing in an article: titles and descriptions off the name, surnames with
particles, clubs' short names, divisions apart from their company, nicknames, one type per name."""
import pytest
from spacy.tokens import Doc, Span

from kg.entities.headlines import headline_lines
from kg.entities.kinds import acronym_person, team_part
from kg.entities.mentions import Candidate, mention_span, split_names
from kg.entities.variants import merge_given_variants, merge_kind_variants


def entity_names(extraction) -> dict[str, tuple[str, set[str]]]:
    return {e.name: (e.kind, set(e.aliases)) for e in extraction.entities.entities}


@pytest.mark.parametrize("text, name, aliases", [
    # an honorific without its dot is no part of the name
    ("Dr Amara Patel examined the samples. Dr Patel said the results were clear.", "Amara Patel", {"Patel"}),
    # a surname that opens with a particle
    ("Marco Lo Bianco was arrested in Palermo. Lo Bianco denied the charges.", "Marco Lo Bianco", {"Lo Bianco"}),
    ("Ursula von der Leyen spoke first. Von der Leyen said the plan was sound.", "Ursula von der Leyen",
     {"Von der Leyen"}),
    # a club's own name after its town's, wherever the article names it first
    ("The Hawks won again. The Columbus Hawks beat Denver 3-1 on Sunday.", "Columbus Hawks", {"Hawks"}),
])
def test_short_forms_join_the_full_name(analysed, text, name, aliases):
    names = entity_names(analysed(text))
    assert name in names, names
    assert aliases <= names[name][1]
    assert not aliases & set(names) - {name}


@pytest.mark.parametrize("text, present, absent", [
    # what a company is, capitalised at a sentence start, is no part of its name
    ("Chipmaker Veltrix said on Monday it would buy a rival. Veltrix shares rose 4%.", "Veltrix", "Chipmaker Veltrix"),
    # a company named first, its division later: two organizations
    ("Dravix said on Monday it would buy the firm, which will join Dravix Services. Dravix shares rose.",
     "Dravix", "Dravix Services"),
])
def test_names_stand_apart(analysed, text, present, absent):
    names = entity_names(analysed(text))
    assert present in names, names
    assert absent not in names or not names[absent][1] & {present}


@pytest.mark.parametrize("words, expected", [
    # a possessive inside a name, after a name the article writes alone: the owner is a name of its own
    ("Orvane 's Tessra line is old . Orvane said so .", ["Orvane", "Tessra"]),
    # never alone: the possessive is part of the name
    ("People 's Bank of China cut rates .", ["People 's Bank of China"]),
])
def test_possessive_ends_a_name_written_alone(nlp, words, expected):
    doc = doc_of(nlp, words.split())
    end = 3 if "Tessra" in words else 5
    assert [s.text for s in split_names([Span(doc, 0, end, "ORG")])] == expected


@pytest.mark.parametrize("words, start, end, label, expected", [
    # what is held in a company, taken into its name at a sentence start
    ("Shares of Bexley Marine Co rose 4 %", 0, 5, "ORG", "Bexley Marine Co"),
    ("Stock in Harrow Foods fell", 0, 4, "ORG", "Harrow Foods"),
    # what an organization is, in lower case after its name
    ("The Tarlow news agency said so", 1, 4, "ORG", "Tarlow"),
    ("the Corvel union called a strike", 1, 3, "ORG", "Corvel"),
    # a particle inside a name stays; a name of lower-case words only is a description
    ("Ursula von der Leyen spoke", 0, 4, "PERSON", "Ursula von der Leyen"),
    ("Kim Song-ho scored", 0, 4, "PERSON", "Kim Song-ho"),
    ("the health ministry said", 1, 3, "ORG", None),
    # a held thing that is the name's own first word stays
    ("Stock Exchange of Hong Kong", 0, 5, "ORG", "Stock Exchange of Hong Kong"),
])
def test_the_name_inside_an_entity_span(nlp, words, start, end, label, expected):
    doc = nlp.make_doc(words)  # spaCy's own tokens, with the spaces between them
    span = mention_span(Span(doc, start, end, label))
    assert (span.text if span is not None else None) == expected


def test_a_division_named_first_still_claims_the_short_form(analysed):
    names = entity_names(analysed("Shares in Calder Bank fell. Calder said it would cut jobs."))
    assert "Calder" in names["Calder Bank"][1]


def doc_of(nlp, words: list[str]) -> Doc:
    return Doc(nlp.vocab, words=words)


def test_one_type_per_name(nlp):
    doc = doc_of(nlp, "Wladek Petrenko beat Tony Ash . Petrenko won . Wladek Petrenko left".split())
    person, place = Span(doc, 0, 2, "PERSON"), Span(doc, 8, 10, "GPE")
    groups = {("Person", "Wladek Petrenko"): [Candidate(person, "PERSON"), Candidate(doc[5:6], "PERSON")],
              ("Place", "Wladek Petrenko"): [Candidate(place, "GPE")]}
    info = {key: ("", None) for key in groups}
    merge_kind_variants(groups, info)
    assert list(groups) == [("Person", "Wladek Petrenko")] and len(groups[("Person", "Wladek Petrenko")]) == 3


@pytest.mark.parametrize("names, left", [
    # a nickname joins the full given name; a middle initial is the same person
    (["Kathryn Molloy", "Katie Molloy", "Karen Molloy"], {"Kathryn Molloy", "Karen Molloy"}),
    (["Frederick C. Laroux", "Frederick Laroux", "Fred Laroux"], {"Frederick C. Laroux"}),
    # two fuller names fit: a father and a son, nothing joins
    (["George W. Bush", "George H. W. Bush", "George Bush"], {"George W. Bush", "George H. W. Bush", "George Bush"}),
])
def test_given_name_variants_join(names, left):
    groups = {("Person", name): [] for name in names}
    merge_given_variants(groups)
    assert {name for _, name in groups} == left


@pytest.mark.parametrize("words, label, expected", [
    ("QRT MCS", "PERSON", True),
    ("JOHN SMITH", "PERSON", False),  # a given name in capitals is a person's
    ("QRT MCS", "ORG", False),
    ("Qrt Mcs", "PERSON", False),
])
def test_acronyms_read_as_people(nlp, words, label, expected):
    doc = doc_of(nlp, words.split())
    assert acronym_person(Candidate(doc[:], label)) is expected


@pytest.mark.parametrize("words, team", [
    ("Indianapolis Colts", "Colts"),
    ("Boston Red Sox", "Red Sox"),
    ("Kansas City Chiefs", "Chiefs"),
    ("Paris Jackson", None),  # a given name first
    ("Boston Globe", None),  # no plural: a newspaper, not a club
    ("Kansas City", None),  # the town itself
])
def test_club_names_after_their_town(nlp, words, team):
    part = team_part(doc_of(nlp, words.split())[:])
    assert (part.text if part is not None else None) == team


def test_a_headline_with_ordinals_reads_as_one(nlp):
    text = "Hawks Beat Rangers 20 - 13 , Clinch 5th Seed In AFC Playoffs\nThe Hawks won on Sunday ."
    doc = Doc(nlp.vocab, words=text.replace("\n", " \n ").split(" "))
    assert len(headline_lines(doc)) == 1


@pytest.mark.parametrize("text, name, absent", [
    # text handed out tokenized: a space around every hyphen, comma and full stop
    ("Shares of T - Mobile rose on Monday , a hit - and - run day for rivals . T - Mobile 's chief was pleased .",
     "T-Mobile", "Mobile"),
    ("Frederick C . Laroux , a high - ranking aide , died on Monday , his son said . Laroux was 75 .",
     "Frederick C. Laroux", "Frederick C"),
    # a single letter of a hyphenated name is no short form of it
    ("Shares of T - Mobile rose on Monday , a hit - and - run day for rivals . T - Mobile 's chief was pleased , "
     "and T stores sold out .", "T-Mobile", "T"),
])
def test_tokenized_text_keeps_names_whole(analysed, text, name, absent):
    names = entity_names(analysed(text))
    assert name in names and absent not in names, names


def test_a_dash_between_two_sides_joins_nothing(analysed):
    text = ("The Colts beat the Chiefs on Sunday , a hard - fought game . Colts - Chiefs was the "
            "late game , and the Colts 's coach was pleased .")
    assert "Colts-Chiefs" not in entity_names(analysed(text))


@pytest.mark.parametrize("text, people, whole", [
    # two people read as one name: split when each side names a person of the article
    ("Prosecutors said Lopez and Carrasquillo were targeting rivals. Andrew Lopez, 20, and Jonathan "
     "Carrasquillo, 24, were arrested.", {"Andrew Lopez", "Jonathan Carrasquillo"}, "Lopez and Carrasquillo"),
    # a company's name with "&" stays whole, though a person shares a word of it
    ("Johnson & Johnson reported results. John Johnson, its chief, spoke.", {"John Johnson"}, None),
])
def test_two_people_read_as_one_name(analysed, text, people, whole):
    names = entity_names(analysed(text))
    assert people <= set(names) and (whole is None or whole not in names), names


def test_an_adjective_before_a_description_names_nothing(nlp):
    doc = nlp("The Dutch transport ministry said on Monday that the line would close.")
    assert mention_span(Span(doc, 1, 4, "ORG")) is None
