"""`kg load` over a corpus: the files into a store, then the store's kept answers worked out again."""
from __future__ import annotations

from collections.abc import Sequence

from kg.stores import load_into, open_store
from kg.stores.embedded import default_store


def load_corpus(files: Sequence[str], *, store: str | None = None, endpoint: str | None = None,
                server: str | None = None) -> str:
    """Load RDF files into the embedded store (then keep the answers of the corpus-wide queries there,
    kg.queries.cache) or into a server (whose queries are answered as they come); returns what was done."""
    from kg.queries.cache import keep_answers  # not at import: extraction's workers never need it

    message = load_into(files, store=store, endpoint=endpoint, server=server)
    if endpoint:
        return message
    kept = keep_answers(open_store(store or default_store(), write=True))
    return f"{message}; {kept} answers kept"
