"""The one way newskg folds names: for comparing them (`fold`) and for writing them into IRIs (`slug`).

Letters are transliterated by anyascii (a maintained table of every Unicode character), never dropped:
"Kłodzko" folds to "klodzko" and "Đoković" to "dokovic". Folding makes equal only what a reader takes
for one name written two ways (case, accents, spacing, curly apostrophes).
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from urllib.parse import quote

from anyascii import anyascii

NOT_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """One character of a casefolded name: ASCII as it is; a Latin letter as its ASCII letters; a letter of
    another script kept (its transliteration may be lossy); a combining mark or other sign as its ASCII
    decomposition, if any."""
    if char.isascii():
        return char
    if unicodedata.name(char, "").startswith("LATIN"):
        return anyascii(char).lower()
    if unicodedata.category(char).startswith("L"):
        return char
    return unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode()


def fold(name: str) -> str:
    """A name for comparison: casefolded, accents and spacing folded ("Kłodzko" = "klodzko")."""
    name = " ".join(name.replace("’", "'").split()).casefold()
    return "".join(map(fold_char, unicodedata.normalize("NFC", name)))


def slug(name: str) -> str:
    """A name as an IRI segment: "Helen Ward" → "helen-ward", "Søren Kierkegaard" → "soren-kierkegaard".

    A name in another script is transliterated ("Владимир Путин" → "vladimir-putin-…") and, since a
    transliteration can give two names one spelling ("王伟", "王蔚"), ends in a short hash of its folded
    letters: two names share a slug only when they fold to the same ASCII.
    """
    folded = fold(name)
    cleaned = NOT_SLUG.sub("-", anyascii(folded).lower()).strip("-")
    if folded.isascii():  # only signs ("!!!"): kept, percent-encoded
        return cleaned or quote("-".join(folded.split()), safe="-")
    digest = hashlib.sha1(folded.encode("utf-8")).hexdigest()[:8]
    return f"{cleaned}-{digest}" if cleaned else digest
