"""The report's events: each happening (the events `kg resolve` joined) gathered from the report's rows
and packed for the page."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from sys import intern

from kg.rdf.iris import spanned


def gather_events(rows: Iterable[list], marks: Iterable[list], same: Callable[[str], str]) -> list[list[tuple]]:
    """Each happening's rows (events `kg resolve` joined are one), by happening: (article, type, first
    trigger's span, negated, modality, day, role, participant) for each row of its events, what `pack_event`
    reads (tuples rather than a set a field: a corpus has hundreds of thousands of events). An event whose IRI
    names no article and span is left out. `marks` are (event, field, value) rows: its polarity, modality
    (unmarked: actual) and day; the least where an event has several."""
    marked: dict[str, dict[str, str]] = {"polarity": {}, "modality": {}, "date": {}}  # a field's values by event
    for event, name, value in marks:
        values = marked[name]
        values[event] = min(values.get(event, value), value)
    happenings: dict[str, list[tuple]] = {}
    for event, kind, role, entity in rows:
        if (named := spanned(event, "event")) is None:
            continue
        doc, begin, end = named
        taking = bool(role and entity)
        happenings.setdefault(same(event), []).append((  # the repeated words once each in memory (intern)
            intern(doc), intern(kind), (begin, end),
            marked["polarity"].get(event) == "negative", intern(marked["modality"].get(event, "actual")),
            marked["date"].get(event, "")[:10], intern(role) if taking else "", same(entity) if taking else ""))
    return [happenings[key] for key in sorted(happenings)]


def pack_event(rows: list[tuple], index: dict[str, int], article_index: dict[str, int],
               texts: dict[str, str], published: dict[str, str]) -> list | None:
    """A happening for the page (EVENT_FIELDS) from its rows (see gather_events): its words those of its
    events' first triggers in their articles' texts ("not " before a negated one); None where no article
    of the graph holds them."""
    words = {("not " if negated else "") + texts[doc][b:e]
             for doc, _, (b, e), negated, *_ in rows if doc in texts and 0 <= b < e <= len(texts[doc])}
    if not words:
        return None
    docs = {row[0] for row in rows}
    dates = {row[5] for row in rows if row[5]} or {published[d] for d in docs if published.get(d)}
    modes = {row[4] for row in rows}

    def taking(role: str) -> list[int]:
        return sorted({index[row[7]] for row in rows if row[6] == role and row[7] in index})

    return [
        min(dates) if dates else "",
        min(row[1] for row in rows),
        min(words, key=lambda w: (w.casefold(), w)),
        taking("agent"),
        taking("patient"),
        taking("place"),
        sorted({article_index[d] for d in docs if d in article_index}),
        "actual" if "actual" in modes else min(modes),
    ]
