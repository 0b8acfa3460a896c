"""`#if PARAM`, `#if PARAM is WORD ...`, `#else`, `#end`: a query's shape chosen by its parameters."""
from __future__ import annotations

import pytest
from pyoxigraph import Literal

from kg.queries.lookup import with_conditions

TEXT = """A
#if type is any Occurrence
B
#else
C
#end
#if speaker
D
#if page
E
#end
#end
Z
"""


@pytest.mark.parametrize(("given", "kept"), [
    ({}, "ACZ"),
    ({"type": "any"}, "ABZ"),
    ({"type": "Occurrence"}, "ABZ"),
    ({"type": "Disaster"}, "ACZ"),
    ({"type": "Dis"}, "ACZ"),  # a word, never a part of one
    ({"speaker": "Ward"}, "ACDZ"),
    ({"speaker": "Ward", "page": "yes"}, "ACDEZ"),
    ({"speaker": "", "page": "yes"}, "ACZ"),  # an empty value is no value
])
def test_blocks_are_kept_by_the_parameters_given(given, kept):
    text = with_conditions(TEXT, {name: Literal(value) for name, value in given.items()})
    assert "".join(text.split()) == kept
