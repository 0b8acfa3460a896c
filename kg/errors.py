"""The one exception root. Every message names the bad value and says what to do."""
from __future__ import annotations


class KgError(Exception):
    """Base of every error newskg raises on purpose; the CLI turns it into exit code 2."""


class InputError(KgError):
    """An article, file or record that cannot be read."""


class ModelError(KgError):
    """A spaCy pipeline that cannot be loaded."""


class QueryError(KgError):
    """A query that cannot be found, bound or run."""


class OutputError(KgError):
    """An output that cannot be written."""


class StoreError(KgError):
    """A store or endpoint that cannot be read or written."""


class SettingError(KgError):
    """A setting (an environment variable) that is no usable value."""
