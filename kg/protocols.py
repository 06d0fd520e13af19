"""The seams between kg's stages, as structural types: anything with these methods will do
(a test double, another parser, a store on another back end).

>>> class Nothing:
...     index = None
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
    """Turns a parsed document into triples (kg's :class:`kg.extract.Extractor`); ``index`` is
    the actor dictionary it resolves against (the store describes the actors from it)."""

    index: Any

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


@runtime_checkable
class ArticleStore(Protocol):
    """Where a build writes articles (kg's :class:`kg.store.Store`)."""

    def add_article(
        self, article: Any, triples: Sequence[Any], actors: Any = None, **options: Any
    ) -> str: ...

    def prune_actors(self) -> None: ...


@runtime_checkable
class RelationSource(Protocol):
    """What relation graphs are projected from (kg's :class:`kg.store.Store`)."""

    def relation_instances(
        self,
        since: dt.date | None = None,
        until: dt.date | None = None,
        factualities: Sequence[str] = ...,
        actor: str | None = None,
    ) -> list[dict[str, Any]]: ...

    def version(self) -> str: ...


__all__ = [
    "ArticleStore",
    "ExtractorLike",
    "ParserLike",
    "RelationSource",
    "Selectable",
    "Writable",
]
