"""Find quoted passages in text: curly or straight marks, double or single (or two apostrophes), per paragraph.

An unbalanced mark never swallows the article: a quote left open runs to the end of its
paragraph (the convention for quotes that go on in the next paragraph) and no further.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

PARAGRAPH = re.compile(r"[^\n]+")
# opening mark → closing marks it accepts
PAIRS = {"“": "”\"", "\"": "\"”", "‘": "’'", "'": "'’", "«": "»", "„": "“”"}
SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–-]))['‘](?=[A-Z0-9])")
MARKS = re.compile(r"[“”«»„\"‘’']")  # every character that may open or close a quote
CLOSE_AFTER = re.compile(r"(?=[\s,.;:!?)\]—–-]|$)")


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # the opening mark
    end: int  # just after the closing mark (or the paragraph end if left open)
    closed: bool

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1 if self.closed else self.end


def find_quotes(text: str) -> list[Quote]:
    # Two apostrophes are one double mark in some house styles (''Yes,'' she said); read them as
    # a mark and a space, so offsets stay those of the text, and start a quote at its second one.
    marked = text.replace("''", '" ')
    quotes: list[Quote] = []
    for para in PARAGRAPH.finditer(marked):
        quotes += quotes_in(marked, para.start(), para.end())
    return [Quote(q.start + 1, q.end, q.closed) if text.startswith("''", q.start) else q for q in quotes]


def is_opening(text: str, i: int, start: int) -> bool:
    ch = text[i]
    if ch in "“«„":
        return True
    if ch == "\"":
        return True
    return bool(SINGLE_OPEN.match(text, i)) and (i == start or not text[i - 1].isalnum())


def closing_at(text: str, i: int, opener: str) -> bool:
    ch = text[i]
    if ch not in PAIRS[opener]:
        return False
    if opener in "‘'" or ch in "’'":  # an apostrophe inside a word does not close
        return bool(CLOSE_AFTER.match(text, i + 1)) and not text[i - 1].isspace()
    return True


def quotes_in(text: str, start: int, end: int) -> list[Quote]:
    found: list[Quote] = []
    i = start
    while (opening := MARKS.search(text, i, end)) is not None:
        i = opening.start()
        if not is_opening(text, i, start):
            i += 1
            continue
        opener = text[i]
        j = next((m.start() for m in MARKS.finditer(text, i + 1, end) if closing_at(text, m.start(), opener)), end)
        if j < end:
            found.append(Quote(i, j + 1, True))
            i = j + 1
        else:
            if opener in "“\"«„":
                found.append(Quote(i, end, False))
            break
    return [q for q in found if q.inner[1] - q.inner[0] > 1]
