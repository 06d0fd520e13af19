"""One exception tree for kg. Only ``kg.cli`` turns these into exit codes.

Every message says what went wrong *and* what to do next, in one line.
"""

from __future__ import annotations


class KgError(Exception):
    """Base of every error kg raises on purpose. ``exit_code`` is used by the CLI."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(str(message).split()))


class InputError(KgError):
    """An input file or value cannot be used (empty, binary, missing, malformed)."""

    exit_code = 2


class UsageError(InputError):
    """A command-line value is invalid (bad date, unknown format, unknown actor)."""


class LanguageError(InputError):
    """A language is unknown, undetectable or has no models."""


class ModelNotFoundError(KgError):
    """A Stanza model for a language/processor is not installed."""

    exit_code = 3


class StoreError(KgError):
    """The store cannot be opened, is not a store, or failed to write."""

    exit_code = 4


class StoreLockedError(StoreError):
    """Another process is writing to the embedded store."""

    exit_code = 5


class QueryError(KgError):
    """A SPARQL query is malformed, refused or timed out."""

    exit_code = 6


class NotFoundError(KgError):
    """An actor, article or path was not found."""

    exit_code = 7


class PartialSuccess(KgError):
    """Some inputs were skipped (reported one per line); the rest were processed."""

    exit_code = 10
