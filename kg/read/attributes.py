"""spaCy's attribute ruler with a faster search for its patterns.

en_core_web_sm's `attribute_ruler` maps tags to parts of speech and morphology with 179 Matcher
patterns, nearly all of one token keyed on its tag or its lower-case form. The general Matcher
costs about a tenth of the whole pipeline on news. Here the same patterns are looked up through
per-document indexes of tag, form and dependency; the matches, sorted as the ruler sorts them, go to
the ruler's own `set_annotations`, so the tokens get exactly the attributes they would have got.
(`tests/read/test_attributes.py` compares both on varied text.)
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
Check = Callable[[list, Callable[[int], str]], bool]


def condition(attr: str, wanted, hashed: Callable[[str], int]) -> Check:
    """A test on one token's row of (tag, lower, dep, is_space) for one key of a Matcher token spec."""
    column = COLUMNS[attr]
    if attr == "IS_SPACE":
        return lambda row, text: bool(row[column]) == bool(wanted)
    if isinstance(wanted, str):
        value = hashed(wanted)
        return lambda row, text: row[column] == value
    (op, arg), = wanted.items()
    if op == "IN":
        values = frozenset(hashed(v) for v in arg)
        return lambda row, text: row[column] in values
    if op == "NOT_IN":
        values = frozenset(hashed(v) for v in arg)
        return lambda row, text: row[column] not in values
    if op == "REGEX":
        regex = re.compile(arg)
        return lambda row, text: row[column] != 0 and regex.search(text(row[column])) is not None
    raise ValueError(f"attribute ruler pattern operator {op!r} is not supported; use spaCy's attribute_ruler")


class Pattern:
    """One Matcher pattern of the ruler: its entry's number and a check per token."""

    def __init__(self, entry: int, tokens: list[dict], hashed: Callable[[str], int]):
        self.entry = entry
        self.checks = [[condition(attr, wanted, hashed) for attr, wanted in spec.items()] for spec in tokens]
        self.keys = lookup_keys(tokens[0], hashed)

    def starts(self, index: dict, n: int) -> list[int] | range:
        """Where its first token may be: the index entries of its most specific attribute, else anywhere."""
        if self.keys is None:
            return range(n)
        if len(self.keys) == 1:
            return index.get(self.keys[0], [])
        return [i for key in self.keys for i in index.get(key, [])]

    def matches_at(self, rows: list, start: int, text: Callable[[int], str]) -> bool:
        if start + len(self.checks) > len(rows):
            return False
        return all(check(rows[start + k], text) for k, checks in enumerate(self.checks) for check in checks)


def lookup_keys(spec: dict, hashed: Callable[[str], int]) -> list[tuple[int, int]] | None:
    """Index keys (column, value) under which a token meeting `spec` is filed: by tag, form, dependency
    or space, from an exact value or an IN list; None when no attribute narrows it down."""
    for attr in ("TAG", "LOWER", "DEP"):
        wanted = spec.get(attr)
        if isinstance(wanted, str):
            return [(COLUMNS[attr], hashed(wanted))]
        if isinstance(wanted, dict) and set(wanted) == {"IN"}:
            return [(COLUMNS[attr], hashed(v)) for v in wanted["IN"]]
    if spec.get("IS_SPACE") is True:
        return [(COLUMNS["IS_SPACE"], 1)]
    return None


def compiled(ruler: AttributeRuler) -> list[Pattern]:
    for entry in ruler.patterns:
        for spec in entry["patterns"]:
            if not spec or any(attr not in COLUMNS for token in spec for attr in token):
                raise ValueError("an attribute ruler pattern uses attributes beyond TAG, LOWER, DEP and IS_SPACE; "
                                 "use spaCy's attribute_ruler")
    # the ids the doc's arrays hold: symbols for built-in labels ("det" is 415), string hashes otherwise
    hashed = lambda value: 0 if value == "" else ruler.vocab.strings.add(value)
    return [Pattern(k, spec, hashed) for k, entry in enumerate(ruler.patterns) for spec in entry["patterns"]]


class FastAttributeRuler:
    """Pipeline component: an attribute ruler's attributes, found faster (see the module)."""

    def __init__(self, ruler: AttributeRuler):
        self.ruler, self.patterns, self.ids = ruler, [], []

    def load(self, patterns: list[dict]) -> None:
        """The patterns of the ruler this one stands in for (AttributeRuler.patterns)."""
        self.ruler.add_patterns(patterns)
        self.patterns = compiled(self.ruler)
        self.ids = [self.ruler.vocab.strings.add(str(k)) for k in range(len(self.ruler.attrs))]

    def __call__(self, doc: Doc) -> Doc:
        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist() if len(doc) else []
        index: dict = defaultdict(list)
        for i, (tag, lower, dep, space) in enumerate(rows):
            index[(0, tag)].append(i)
            index[(1, lower)].append(i)
            index[(2, dep)].append(i)
            if space:
                index[(3, 1)].append(i)
        strings = doc.vocab.strings
        text = lambda h: strings[h]
        found = {(p.entry, start, start + len(p.checks)) for p in self.patterns
                 for start in p.starts(index, len(rows)) if p.matches_at(rows, start, text)}
        self.ruler.set_annotations(doc, [(k, self.ids[k], s, e) for k, s, e in sorted(found)])
        return doc


@Language.factory("newskg_attribute_ruler")
def make_attribute_ruler(nlp: Language, name: str) -> FastAttributeRuler:
    return FastAttributeRuler(AttributeRuler(nlp.vocab, name))


def speed_up_attribute_ruler(nlp: Language) -> None:
    """Put the faster ruler in place of the pipeline's attribute_ruler, with the same patterns."""
    if "attribute_ruler" not in nlp.pipe_names or not isinstance(nlp.get_pipe("attribute_ruler"), AttributeRuler):
        return
    ruler = nlp.get_pipe("attribute_ruler")
    try:
        compiled(ruler)
    except ValueError:
        return  # patterns beyond what this reads: keep spaCy's own ruler
    nlp.replace_pipe("attribute_ruler", "newskg_attribute_ruler").load(ruler.patterns)

