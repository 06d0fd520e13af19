"""The seams between kg's stages, as structural types: anything with these methods will do
(a test double, another parser, a store on another back end).

>>> class Nothing:
...     def extract(self, doc, lang, date):
...         return [], None
>>> isinstance(Nothing(), ExtractorLike)
True
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, Protocol, runtime_checkable


@runtime_checkable
class ParserLike(Protocol):
    """Turns texts into parsed documents (kg's :class:`kg.parse.stanza.Parser`)."""

    def parse(self, texts: Sequence[str], lang: str) -> list[Any]: ...

    def available(self) -> list[str]: ...


@runtime_checkable
class ExtractorLike(Protocol):
    """Turns a parsed document into triples (kg's :class:`kg.extract.Extractor`)."""

    def extract(self, doc: Any, lang: str, date: dt.date | None) -> tuple[list[Any], Any]: ...


@runtime_checkable
class Selectable(Protocol):
    """Something SPARQL SELECTs run against: a store (read-only views need no more)."""

    location: str

    def select(self, sparql: str) -> list[dict[str, Any]]: ...


@runtime_checkable
class Writable(Selectable, Protocol):
    """A store that writes SPARQL updates and keeps the article caches (:mod:`kg.store.articles`)."""

    cache: Any

    def write(self, update: str) -> None: ...


__all__ = ["ExtractorLike", "ParserLike", "Selectable", "Writable"]
