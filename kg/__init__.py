"""kg: knowledge graphs of international relations from news text.

>>> import kg
>>> with kg.open("memory") as store:                     # or a folder, or a SPARQL endpoint URL
...     report = kg.build(["examples/articles"], store)   # doctest: +SKIP
...     G = store.to_networkx(level="state")             # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import KgError

if TYPE_CHECKING:  # pragma: no cover
    from kg.store import Store

__version__ = "0.1.0"
__all__ = ["KgError", "__version__", "build", "open"]


def open(location: str | Path | None = None, **options) -> Store:  # noqa: A001 - mirrors builtins.open
    """Open (or create) a store: a folder (embedded Oxigraph), ``"memory"``, or a SPARQL endpoint URL."""
    from kg.store import Store

    return Store.open(location, **options)


def build(paths, store, **options):
    """Read, parse, extract and store articles; see :func:`kg.pipeline.build`."""
    from kg.pipeline import build as _build

    return _build(paths, store, **options)
