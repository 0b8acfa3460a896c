"""The look-up keys of a name: what a query matches exactly to find an entity by name (`nkg:nameKey`)
or by surname (`nkg:nameEndKey`), folded as `kg.folding.fold` folds (docs/design.md, "Look-ups, pages
and kept answers")."""
from __future__ import annotations

from collections.abc import Iterable

from kg.folding import fold

END_WORDS = 4  # the longest ending kept: "of the united kingdom"; a name of thousands of words gives four


def name_keys(names: Iterable[str]) -> tuple[list[str], list[str]]:
    """The folded names, and each run of up to `END_WORDS` last words of a name of two or more words
    ("Donald J. Trump": "donald j. trump"; "j. trump", "trump"); each sorted, without repeats."""
    keys = {fold(name) for name in names} - {""}
    ends = {" ".join(words[i:]) for key in keys if len(words := key.split(" ")) > 1
            for i in range(max(1, len(words) - END_WORDS), len(words))}
    return sorted(keys), sorted(ends)
