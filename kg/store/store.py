""":class:`Store`: opening and closing a store, reading and writing it in transactions, and
the article operations (:mod:`kg.store.articles`) and read-only views (:mod:`kg.store.views`)
it offers as methods. What a store holds is described in :mod:`kg.store`.

>>> with Store.open("memory") as store:
...     store.query("ASK { ?s ?p ?o }").boolean
False
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import InputError, QueryError, StoreError
from kg.knowledge.ontology import DCTERMS, IR, META_GRAPH, SCHEMA, SEM
from kg.records import Article, Triple
from kg.store import articles, views
from kg.store.endpoint import LocalEndpoint, RemoteEndpoint
from kg.store.lock import flush_without_readers, open_folder, open_read_only
from kg.store.query import QueryResult, execute
from kg.store.rdf import lit

__all__ = ["Store"]

FLUSH_EVERY = 500  # writes between flushes of an embedded store's write buffers
_VERSION = f"<{META_GRAPH}#version>"
_BUMP = (
    f"DELETE {{ GRAPH <{META_GRAPH}> {{ <{META_GRAPH}> {_VERSION} ?v }} }} "
    f"INSERT {{ GRAPH <{META_GRAPH}> {{ <{META_GRAPH}> {_VERSION} ?n }} }} "
    f"WHERE {{ OPTIONAL {{ GRAPH <{META_GRAPH}> {{ <{META_GRAPH}> {_VERSION} ?v }} }} "
    "BIND(COALESCE(?v + 1, 1) AS ?n) }"
)
_Q = f"""PREFIX ir: <{IR._NS}> PREFIX dcterms: <{DCTERMS}> PREFIX schema: <{SCHEMA}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX sem: <{SEM}>
"""


# --- the store ---------------------------------------------------------------------------


class Store:
    """A kg store; open it with :meth:`Store.open` (a context manager)."""

    def __init__(
        self,
        endpoint: Any,
        location: str,
        *,
        path: Path | None = None,
        read_only: bool = False,
        lock: Any = None,
        writer: str = "",
    ) -> None:
        self.endpoint = endpoint
        self.location = location
        self.path = path  # the folder of an embedded store (None for memory and remote)
        self.read_only = read_only
        self._lock = lock
        self._writer = writer  # "process N (cmd)" writing while this reader is open
        self.cache = articles.ArticleCache()  # what article writes remember between calls
        self._version: int | None = None  # the write counter, once read (local writers)
        self._writes = 0  # writes through this Store object (flush every FLUSH_EVERY)
        self._flusher: threading.Thread | None = None

    # -- opening and closing -------------------------------------------------------------

    @staticmethod
    def is_folder(location: str | Path | None) -> bool:
        """Whether ``location`` names an embedded store in a folder (not memory, not a URL)."""
        loc = "kg-store" if location is None else str(location)
        return loc != "memory" and not re.match(r"https?://", loc, re.I)

    @classmethod
    def open(
        cls, location: str | Path | None = None, *, read_only: bool = False, create: bool = True
    ) -> Store:
        """Open (or create) a store: a folder (default ``./kg-store``), ``"memory"`` or a URL."""
        loc = "kg-store" if location is None else str(location)
        if loc == "memory":
            return cls(LocalEndpoint(ox.Store()), "memory")
        if not cls.is_folder(loc):
            endpoint = RemoteEndpoint(loc)  # its .shown has no credentials: safe in messages
            return cls(endpoint, endpoint.shown, read_only=read_only)
        path = Path(loc)
        endpoint, lock, writer = open_folder(path, read_only=read_only, create=create)
        return cls(endpoint, str(path), path=path, read_only=read_only, lock=lock, writer=writer)

    def close(self) -> None:
        """Release the store (and the writer lock)."""
        if self._flusher is not None:
            self._flusher.join()
            self._flusher = None
        self.endpoint = None
        self.cache.sigs = None
        if self._lock is not None:
            self._lock.close()  # closing the file releases the flock
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.location!r})"

    @property
    def dataset(self):
        """An ``rdflib.Dataset`` view of the same data (oxrdflib, or SPARQLUpdateStore for URLs)."""
        from rdflib import Dataset

        ep = self._ep()
        if ep.remote:
            from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore

            return Dataset(store=SPARQLUpdateStore(ep.query_url, ep.update_url))
        from oxrdflib import OxigraphStore

        return Dataset(store=OxigraphStore(store=ep.store))

    def _ep(self) -> Any:
        if self.endpoint is None:
            raise StoreError(f"the store {self.location} is closed; open it again")
        return self.endpoint

    # -- low-level reads and writes --------------------------------------------------------

    def solutions(self, sparql: str, kind: str = "select") -> Iterable[Any]:
        """Stream the solutions of a SELECT (or the triples of a CONSTRUCT: ``kind="graph"``)
        over the named graphs, kg's prefixes declared."""
        try:
            yield from self._ep().query(_Q + sparql, kind)
        except OSError as exc:
            busy = f" while {self._writer} writes it; try again later" if self._writer else ""
            raise StoreError(f"reading the store {self.location} failed{busy} ({exc})") from None

    def _reading(self, run: Callable[[], Any], tries: int = 5) -> Any:
        """``run()``; a read-only view of an embedded store opened while its writer flushed
        can miss a file or string the writer has just moved (RocksDB, pyoxigraph raise
        RuntimeError): the view is reopened on the newer state and ``run`` retried."""
        for attempt in range(tries):
            try:
                return run()
            except RuntimeError as exc:
                transient = any(m in str(exc) for m in ("string store", "No such file"))
                if not (transient and self.read_only and self.path) or attempt + 1 == tries:
                    busy = f" while {self._writer} writes it; try again" if self._writer else ""
                    raise StoreError(
                        f"reading the store {self.location} failed{busy} ({exc})"
                    ) from None
                if self._lock is not None:
                    self._lock.close()
                self.endpoint, self._lock, self._writer = open_read_only(self.path)
        raise AssertionError("unreachable")

    def select(self, sparql: str) -> list[dict[str, Any]]:
        """The solutions of a SELECT over the named graphs (kg's prefixes declared), as dicts
        of pyoxigraph terms."""

        def run() -> list[dict[str, Any]]:
            sols = self._ep().query(_Q + sparql)
            names = [v.value for v in sols.variables]
            return [{n: s[n] for n in names} for s in sols]

        try:
            return self._reading(run)
        except OSError as exc:
            busy = (
                f" while {self._writer} writes it; try again when it finishes"
                if self._writer
                else ""
            )
            raise StoreError(f"reading the store {self.location} failed{busy} ({exc})") from None

    def write(self, update: str) -> None:
        """Run a SPARQL update in one transaction, counting it in :meth:`version`."""
        if self.read_only:
            raise StoreError(
                f"the store {self.location} is open read-only; open it without read_only to write"
            )
        self.cache.placed = None  # a near copy placed before any write is placed again
        bump, version = _BUMP, None
        if not self._ep().remote:  # the writer lock makes our count the store's count
            version = int(self.version()) if self._version is None else self._version
            old, new = (
                f"<{META_GRAPH}> {_VERSION} {lit(v, 'integer')}" for v in (version, version + 1)
            )
            bump = f"DELETE DATA {{ GRAPH <{META_GRAPH}> {{ {old} }} }} ;\n"
            bump += f"INSERT DATA {{ GRAPH <{META_GRAPH}> {{ {new} }} }}"
        try:
            self._ep().update(_Q + (update + " ;\n" if update else "") + bump)
            self._version = None if version is None else version + 1
            self._writes += 1
            if self._writes % FLUSH_EVERY == 0 and not self._ep().remote:
                self._flush_behind()
        except OSError as exc:
            raise StoreError(
                f"writing to the store {self.location} failed: {exc}; nothing of this article was written"
            ) from None

    def _flush_behind(self) -> None:
        """Flush RocksDB's write buffers in a background thread (pyoxigraph releases the GIL).

        They otherwise grow to ~64 MB per index before their first flush (~700 MB over the
        11 column families): flushing every FLUSH_EVERY writes keeps memory flat. A flush
        still running is not doubled; a failed one is harmless (RocksDB flushes later)."""
        if self._flusher is not None and self._flusher.is_alive():
            return
        endpoint, path = self._ep(), self.path

        def flush() -> None:
            with contextlib.suppress(OSError):
                if path is None:
                    endpoint.flush()
                else:  # never under an open reader (see kg.store.lock.flush_without_readers)
                    flush_without_readers(path, endpoint.flush)

        self._flusher = threading.Thread(target=flush, name="kg-flush", daemon=True)
        self._flusher.start()

    # -- articles (kg.store.articles) and read-only views (kg.store.views) --------------------

    def add_article(
        self,
        article: Article,
        triples: Sequence[Triple],
        actors: Any = None,
        *,
        new_actors: Mapping[str, Any] | None = None,
        force: bool = False,
        sentences: int | None = None,
        prune: bool = True,
    ) -> str:
        """Write one article's graph in one transaction; see :func:`kg.store.articles.add_article`."""
        return articles.add_article(
            self, article, triples, actors,
            new_actors=new_actors, force=force, sentences=sentences, prune=prune,
        )  # fmt: skip

    def near_copy_of(self, article: Article) -> str | None:
        """The stored article ``article`` would be kept as a near copy of; see
        :func:`kg.store.articles.near_copy_of`."""
        return articles.near_copy_of(self, article)

    def add_articles(
        self, batch: Iterable[tuple[Article, Sequence[Triple]]], actors: Any = None, **options: Any
    ) -> Counter:
        """``add_article`` for each pair, one transaction each; counts of each status."""
        return Counter(self.add_article(a, t, actors, **options) for a, t in batch)

    def prune_actors(self) -> None:
        """Remove the descriptions of actors that no article graph mentions any more."""
        articles.prune_actors(self)

    def repair_events(self, actors: Any = None) -> int:
        """Give reported events to mentions that have none; see :func:`kg.store.event_graph.repair`."""
        from kg.store.event_graph import repair

        return repair(self, actors)

    def find_articles(self, ref: str) -> list[str]:
        """Ids of the stored articles ``ref`` names: an id (``art:``/IRI/16 hex), URL or source path."""
        return articles.find_articles(self, ref)

    def remove_article(self, ref: str) -> list[str]:
        """Remove the article(s) ``ref`` names and everything extracted from them; their ids."""
        return articles.remove_article(self, ref)

    def stats(self) -> dict[str, Any]:
        """Counts of the store; see :func:`kg.store.views.stats`."""
        return views.stats(self)

    def triple_count(self) -> int:
        """Distinct triples over every graph but kg's bookkeeping graph (what exports hold)."""
        return views.triple_count(self)

    def instance_count(self) -> int:
        """Relation instances in the store, every factuality."""
        return views.instance_count(self)

    def resolve_actor(self, actor: str) -> list[str]:
        """Actor IRIs for an id (``russia``, ``act:russia``), an IRI or a label (any case)."""
        return views.resolve_actor(self, actor)

    def relation_instances(
        self,
        since: dt.date | None = None,
        until: dt.date | None = None,
        factualities: Sequence[str] = ("asserted", "reported"),
        actor: str | None = None,
    ) -> list[dict[str, Any]]:
        """One dict per relation instance; see :func:`kg.store.views.relation_instances`."""
        return views.relation_instances(self, since, until, factualities, actor)

    # -- queries -----------------------------------------------------------------------------

    def query(
        self,
        sparql: str,
        params: Mapping[str, str | Sequence[str]] | None = None,
        *,
        update: bool = False,
        allow_service: bool = False,
        timeout: float | None = None,
    ) -> QueryResult:
        """Run SPARQL (see :mod:`kg.query` for the rules: read-only, SERVICE, parameters)."""
        if update and self.read_only:
            raise StoreError(
                f"the store {self.location} is open read-only; open it for writing to run an update"
            )
        result = self._reading(
            lambda: execute(
                self._ep(),
                sparql,
                params,
                update=update,
                allow_service=allow_service,
                timeout=timeout,
                after_update=_BUMP,
            )
        )
        if result.kind == "update":
            self.cache.reset()
            self._version = None
        return result

    def to_networkx(self, **options: Any):
        """The relation graph of this store as networkx (see :func:`kg.graph.to_networkx`)."""
        from kg.graph.view import to_networkx

        return to_networkx(self, **options)

    def version(self) -> str:
        """Changes on every write (a counter kept in the bookkeeping graph)."""
        rows = self.select(
            f"SELECT ?v WHERE {{ GRAPH <{META_GRAPH}> {{ <{META_GRAPH}> {_VERSION} ?v }} }}"
        )
        return rows[0]["v"].value if rows else "0"

    def __len__(self) -> int:
        """Number of quads in the store (every graph, bookkeeping included)."""
        return len(self._ep())

    def load(self, data: bytes | str | Path, fmt: str = "nquads") -> None:
        """Bulk-load RDF (e.g. an ``nquads`` export) — Graph Store Protocol on remote stores."""
        formats = {
            "nquads": ox.RdfFormat.N_QUADS,
            "trig": ox.RdfFormat.TRIG,
            "turtle": ox.RdfFormat.TURTLE,
            "nt": ox.RdfFormat.N_TRIPLES,
        }
        if fmt not in formats:
            raise QueryError(f"cannot load {fmt!r}; use one of {', '.join(formats)}")
        raw = (
            data
            if isinstance(data, bytes)
            else Path(data).read_bytes()
            if isinstance(data, Path)
            else data.encode()
        )
        try:
            self._ep().load(raw, formats[fmt])
        except SyntaxError as exc:
            raise InputError(f"cannot load the {fmt} data: {exc}") from None
        self.write("")
        self.cache.reset()
