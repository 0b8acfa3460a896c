"""The faster attribute ruler gives every token what spaCy's own ruler gives it."""
import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from kg.nlp.attributes import FastAttributeRuler, speed_up_attribute_ruler

from .twins import OWN_ARTICLES, spacy_and_ours

TEXTS = OWN_ARTICLES + [
    "I'm gonna wait, y'all, and we ain't leaving. Let's go! C'mon, it's nothin'.",
    "There's no deal. There are two options. He did it; she has had enough; do they?",
    "That is what I told you. Which one? The bank that failed. Those who voted.",
    "\n\n  Spaces  \t and\nnew lines \n",
]


@pytest.fixture(scope="module")
def pipelines(nlp):
    return spacy_and_ours(nlp, speed_up_attribute_ruler)


def test_the_pipeline_uses_the_faster_ruler(nlp):
    assert isinstance(nlp.get_pipe("attribute_ruler"), FastAttributeRuler)


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_same_tags_parts_of_speech_morphology_and_lemmas(pipelines, k):
    spacy_own, ours = pipelines
    a, b = spacy_own(TEXTS[k]), ours(TEXTS[k])
    for column in (TAG, POS, MORPH, LEMMA, DEP, HEAD):
        assert (a.to_array([column]) == b.to_array([column])).all()


def test_unknown_pattern_operators_keep_spacys_ruler():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"SHAPE": "Xxxx"}]], {"POS": "PROPN"})
    speed_up_attribute_ruler(nlp)
    assert not isinstance(nlp.get_pipe("attribute_ruler"), FastAttributeRuler)
