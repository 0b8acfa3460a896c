"""`kg resolve`: read the corpus, plan identity links, write them as a graph of their own."""
from __future__ import annotations

from typing import Sequence

from kg.entities import ENTITIES, entities_from_rows, plan
from kg.queries import rows_of, select
from kg.rdf import atomic_output, check_base, check_writable, choose_format, resolution_quads, serialize_batch
from kg.stores import open_store, replace_graphs


def resolve_corpus(*, data: Sequence[str] = (), store: str | None = None, endpoint: str | None = None,
                   server: str | None = None,
                   output: str | None = None, base: str) -> list[str]:
    """Link short-name entities to full-name ones; returns report lines (merged, ambiguous)."""
    check_base(base)
    fmt = choose_format(None, output) if output else "trig"
    check_writable(output)
    _, rows = rows_of(select(ENTITIES, data=data, store=store, endpoint=endpoint, server=server))
    links, ambiguous = plan(entities_from_rows(rows))
    quads = resolution_quads([(link.short.iri, link.full.iri) for link in links], base=base)
    if store and not output:
        replace_graphs(open_store(store, write=True), quads)
    else:
        with atomic_output(output) as stream:
            serialize_batch(quads, fmt, stream)
    report = [f"merged {link.short.name!r} → {link.full.name!r}" for link in links]
    report += [f"ambiguous {a.short.name!r}: " + ", ".join(repr(c.name) for c in a.candidates) for a in ambiguous]
    return report + [f"{len(links)} links, {len(ambiguous)} left ambiguous"]
