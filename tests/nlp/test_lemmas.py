"""The remembering lemmatizer gives every token the lemma spaCy's own lemmatizer gives it."""
import pytest
import spacy
from spacy.attrs import LEMMA

from kg.nlp.lemmas import RememberingLemmatizer, speed_up_lemmatizer

from .twins import OWN_ARTICLES, spacy_and_ours

TEXTS = OWN_ARTICLES + [
    # proper nouns, punctuation and base forms (which spaCy does not remember), twice over
    "Ms. Ortiz said the councils were meeting. Ortiz's aides, meeting reporters, said: 'We met.'",
    "The mice ran; the geese flew; children's toys were better, best, worse. He'd gone, they're going.",
    "I'm gonna wait, y'all, and we ain't leaving. Let's go! C'mon, it's nothin'.",
    "\n\n  Spaces  \t and\nnew lines \n",
    "",
]


@pytest.fixture(scope="module")
def pipelines(nlp):
    return spacy_and_ours(nlp, speed_up_lemmatizer)


def test_the_pipeline_uses_the_remembering_lemmatizer(nlp):
    assert isinstance(nlp.get_pipe("lemmatizer"), RememberingLemmatizer)


def test_same_lemmas_on_every_token(pipelines):
    spacy_own, ours = pipelines
    for _ in range(2):  # the second time from what it remembers
        for a, b in zip(spacy_own.pipe(TEXTS), ours.pipe(TEXTS)):
            assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
            assert (a.to_array([LEMMA]) == b.to_array([LEMMA])).all()


def test_other_lemmatizers_are_kept():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer", name="lemmatizer")  # a component of that name that is no Lemmatizer
    speed_up_lemmatizer(nlp)
    assert not any(isinstance(pipe, RememberingLemmatizer) for _, pipe in nlp.pipeline)
