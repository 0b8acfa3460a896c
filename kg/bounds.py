"""What one input or one answer may cost, bounded: bytes per page, per archive record and per
decompressed archive, seconds per link and per page read, bytes and seconds of a SPARQL server's
answer. An input past a bound is skipped with a line naming it and the bound; the rest of the batch
goes on. Each bound is an environment variable, so a user with unusual pages can raise it (the README
lists them)."""
from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from kg.errors import SettingError

# name: (default, what it bounds). Real news pages are well under a megabyte of HTML.
LIMITS = {
    "KG_MAX_PAGE_MB": (16.0, "megabytes of one web page or feed, read from disk or fetched"),
    "KG_MAX_RECORD_MB": (16.0, "megabytes of one web-archive record, decompressed"),
    "KG_MAX_ARCHIVE_MB": (4096.0, "megabytes one web archive may decompress to in all"),
    "KG_LINK_SECONDS": (60.0, "seconds to fetch one link, from the request to its last byte"),
    "KG_PAGE_SECONDS": (30.0, "seconds to read one page's article out of its HTML"),
    "KG_MAX_RESULT_MB": (256.0, "megabytes of one answer from a SPARQL server"),
    "KG_TIMEOUT": (60.0, "seconds to wait for a SPARQL server's answer"),
}


def limit(name: str) -> float:
    """The bound `name` of LIMITS: the environment's value, else the default."""
    default, meaning = LIMITS[name]
    given = os.environ.get(name, "").strip()
    if not given:
        return default
    try:
        value = float(given)
    except ValueError:
        value = float("nan")
    if not value > 0:
        raise SettingError(f"{name}={given!r} is not a positive number ({meaning}); set it like {name}={default:g}")
    return value


def megabytes(name: str) -> int:
    """A bound in megabytes, as bytes."""
    return int(limit(name) * 1_000_000)


class OverTime(BaseException):
    """Raised inside a `time_budget` block that ran past its seconds. A BaseException, as
    KeyboardInterrupt is, so that a library's own `except Exception` cannot swallow it."""


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise `OverTime` in the block once `seconds` have passed. Python-level work is interrupted (the
    page reader's is); the budget holds on the main thread only, elsewhere the block runs unbounded."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum, frame):
        raise OverTime()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
