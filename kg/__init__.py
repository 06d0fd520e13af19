"""kg: knowledge graphs of international relations from news text.

>>> import kg
>>> with kg.open("memory") as store:                     # or a folder, or a SPARQL endpoint URL
...     report = kg.build(["examples/articles"], store)   # doctest: +SKIP
...     G = store.to_networkx(level="state")             # doctest: +SKIP

Where things are, in the order data flows: :mod:`kg.read` (article files, web pages, crawls, feeds) →
:mod:`kg.parse` (Stanza, the parse cache) → :mod:`kg.extract` (UD trees → triples) →
:mod:`kg.knowledge` (actors, lexicon, ontology: what resolves names and verbs) →
:mod:`kg.store` (RDF, SPARQL) → :mod:`kg.graph` (networkx analytics, drawings);
:mod:`kg.pipeline` runs a build, :mod:`kg.cli` is the ``kg`` command.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kg.errors import KgError
from kg.version import __version__

__all__ = ["KgError", "__version__", "build", "open", "rebuild"]


def open(location: str | Path | None = None, **options: Any):  # noqa: A001 - mirrors builtins.open
    """Open (or create) a store (:class:`kg.store.Store`): a folder (embedded Oxigraph),
    ``"memory"``, or a SPARQL endpoint URL."""
    from kg.store import Store

    return Store.open(location, **options)


def build(paths, store, **options: Any):
    """Read, parse, extract and store articles, in this process or in ``workers`` processes;
    returns a :class:`kg.stages.BuildReport`. See :func:`kg.pipeline.build`."""
    from kg.pipeline import build as _build

    return _build(paths, store, **options)


def rebuild(store, **options: Any):
    """Re-extract every cached parse of ``store``; see :func:`kg.pipeline.rebuild`."""
    from kg.pipeline import rebuild as _rebuild

    return _rebuild(store, **options)
