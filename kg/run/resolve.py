"""`kg resolve`: read the corpus, plan identity links, write them as a graph of their own."""
from __future__ import annotations

from kg.queries import Source
from kg.queries.cache import keep_answers
from kg.rdf import atomic_output, check_base, check_writable, choose_format, resolution_quads, serialize_batch
from kg.stores import open_store, replace_graphs

from .happenings import ARTICLE_ENTITIES, EVENTS, entities_by_article, happenings_from_rows, same_events
from .identity import ENTITIES, entities_from_rows, plan


def resolve_corpus(source: Source, *, output: str | None = None, base: str) -> list[str]:
    """Link short-name entities to full-name ones, and events of other articles that report one happening;
    returns report lines (merged, ambiguous, events joined). The links go to `output`, else into the source's
    embedded store, else to stdout as TriG."""
    check_base(base)
    fmt = choose_format(None, output) if output else "trig"
    check_writable(output)
    reader = source.open()
    _, rows = reader.rows(ENTITIES, name="resolve")
    links, ambiguous = plan(entities_from_rows(rows))
    same = {link.short.iri: link.full.iri for link in links}  # for telling stories apart: one link a name is enough
    _, event_rows = reader.rows(EVENTS, name="resolve events")
    _, article_rows = reader.rows(ARTICLE_ENTITIES, name="resolve articles")
    events = same_events(happenings_from_rows(event_rows), entities_by_article(article_rows, same))
    quads = resolution_quads([(link.short.iri, link.full.iri) for link in links] + events, base=base)
    if source.store and not output:
        store = open_store(source.store, write=True)
        replace_graphs(store, quads)
        keep_answers(store)  # the links change what the corpus-wide queries answer
    else:
        with atomic_output(output) as stream:
            serialize_batch(quads, fmt, stream)
    report = [f"merged {link.short.name!r} → {link.full.name!r}" for link in links]
    report += [f"ambiguous {a.short.name!r}: " + ", ".join(repr(c.name) for c in a.candidates) for a in ambiguous]
    return report + [f"{len(links)} links, {len(ambiguous)} left ambiguous",
                     f"{len(events)} events joined to the same happening in other articles"]
