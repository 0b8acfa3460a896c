"""`kg resolve`: read the corpus, plan identity links, write them as a graph of their own."""
from __future__ import annotations

from kg.queries import Source
from kg.queries.cache import keep_answers
from kg.rdf import atomic_output, check_base, check_writable, choose_format, resolution_quads, serialize_batch
from kg.stores import open_store, replace_graphs

from .identity import ENTITIES, entities_from_rows, plan


def resolve_corpus(source: Source, *, output: str | None = None, base: str) -> list[str]:
    """Link short-name entities to full-name ones; returns report lines (merged, ambiguous). The links go
    to `output`, else into the source's embedded store, else to stdout as TriG."""
    check_base(base)
    fmt = choose_format(None, output) if output else "trig"
    check_writable(output)
    _, rows = source.open().rows(ENTITIES, name="resolve")
    links, ambiguous = plan(entities_from_rows(rows))
    quads = resolution_quads([(link.short.iri, link.full.iri) for link in links], base=base)
    if source.store and not output:
        store = open_store(source.store, write=True)
        replace_graphs(store, quads)
        keep_answers(store)  # the links change what the corpus-wide queries answer
    else:
        with atomic_output(output) as stream:
            serialize_batch(quads, fmt, stream)
    report = [f"merged {link.short.name!r} → {link.full.name!r}" for link in links]
    report += [f"ambiguous {a.short.name!r}: " + ", ".join(repr(c.name) for c in a.candidates) for a in ambiguous]
    return report + [f"{len(links)} links, {len(ambiguous)} left ambiguous"]
