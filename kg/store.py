"""The RDF store: one named graph per article, written atomically; actors; provenance.

>>> from kg.store import Store
>>> with Store.open("memory") as store:                                  # doctest: +SKIP
...     store.add_article(article, triples, load_actors())
...     store.relation_instances()

Locations: a folder (embedded Oxigraph on disk, default ``./kg-store``), ``"memory"``, or
``http(s)://...`` (a SPARQL 1.1 endpoint, see :class:`kg.endpoint.RemoteEndpoint`).

What is written (see the README's RDF model): the article's graph ``art:<id>`` (article
node, one ``ir:RelationMention`` per relation instance, and the direct triple
``actor —relation→ actor`` for asserted and reported instances); the actor graph
(descriptions of the actors used); and kg's bookkeeping graph ``META_GRAPH`` (a write
counter for :meth:`Store.version`, a MinHash signature per article for near-duplicate
detection). The bookkeeping graph is left out of exports and of ``stats()["triples"]``,
the number of distinct triples over all other graphs; this is the count a Turtle export
holds. The ontology graph ``ONTOLOGY_GRAPH`` holds ``ontologies/ir.ttl`` (reloaded when it
changes), so queries can use a relation's polarity, CAMEO code, quad class and Goldstein
score. kg writes no triple into the default graph.

One writer at a time on a folder: the writer holds ``kg.lock`` (flock) in the folder, and a
second writer gets :class:`StoreLockedError` at once. Readers open read-only and see the
store as it was when they opened it (whole articles only).
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.endpoint import LocalEndpoint, RemoteEndpoint, flush_without_readers, open_folder
from kg.errors import InputError, NotFoundError, QueryError, StoreError
from kg.model import Article, Triple
from kg.ontology import ACT, ACTOR_GRAPH, ART, DCTERMS, IR, META_GRAPH, SCHEMA, SEM
from kg.query import QueryResult, execute
from kg.rdfmodel import (
    Signatures,
    actor_lines,
    article_lines,
    event_lines,
    iri,
    lit,
    minhash,
    sig_parse,
    sig_text,
)
from kg.store_views import StoreViews

__all__ = ["META_GRAPH", "ONTOLOGY_GRAPH", "Store", "minhash"]

FLUSH_EVERY = 500  # writes between flushes of an embedded store's write buffers
ONTOLOGY_GRAPH = "https://w3id.org/kg/graph/ontology"
_VERSION = f"<{META_GRAPH}#version>"
_OUTPUT = f"<{META_GRAPH}#output>"  # SHA-256 of the article graph kg derived
_MINHASH = (
    f"<{META_GRAPH}#minhash2>"  # v2: CRC-32 + multiply-shift (v1 signatures are not comparable)
)
_ONTO = f"<{META_GRAPH}#ontology>"
_BUMP = (
    f"DELETE {{ GRAPH <{META_GRAPH}> {{ <{META_GRAPH}> {_VERSION} ?v }} }} "
    f"INSERT {{ GRAPH <{META_GRAPH}> {{ <{META_GRAPH}> {_VERSION} ?n }} }} "
    f"WHERE {{ OPTIONAL {{ GRAPH <{META_GRAPH}> {{ <{META_GRAPH}> {_VERSION} ?v }} }} "
    "BIND(COALESCE(?v + 1, 1) AS ?n) }"
)
_PRUNE = (  # actors no article graph mentions any more
    f"DELETE {{ GRAPH <{ACTOR_GRAPH}> {{ ?a ?p ?o }} }} WHERE {{ GRAPH <{ACTOR_GRAPH}> {{ ?a ?p ?o }} "
    f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?x ?q ?a }} FILTER(?g NOT IN (<{ACTOR_GRAPH}>, <{META_GRAPH}>)) }} }}"
)
_Q = f"""PREFIX ir: <{IR._NS}> PREFIX dcterms: <{DCTERMS}> PREFIX schema: <{SCHEMA}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX sem: <{SEM}>
"""


# --- the store ---------------------------------------------------------------------------


class Store(StoreViews):
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
        self._sigs: Signatures | None = None
        self._actors_written: set[str] | None = None
        self._ontology_done = False
        self._version: int | None = None  # the write counter, once read (local writers)
        self._writes = 0  # writes through this Store object (flush every FLUSH_EVERY)
        self._flusher: threading.Thread | None = None

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def open(
        cls, location: str | Path | None = None, *, read_only: bool = False, create: bool = True
    ) -> Store:
        """Open (or create) a store: a folder (default ``./kg-store``), ``"memory"`` or a URL."""
        loc = "kg-store" if location is None else str(location)
        if loc == "memory":
            return cls(LocalEndpoint(ox.Store()), "memory")
        if re.match(r"https?://", loc, re.I):
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
        self._sigs = None
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
                from kg.endpoint import open_read_only

                if self._lock is not None:
                    self._lock.close()
                self.endpoint, self._lock, self._writer = open_read_only(self.path)
        raise AssertionError("unreachable")

    def _select(self, sparql: str) -> list[dict[str, Any]]:
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

    def _write(self, update: str) -> None:
        if self.read_only:
            raise StoreError(
                f"the store {self.location} is open read-only; open it without read_only to write"
            )
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
                else:  # never under an open reader (see kg.endpoint.flush_without_readers)
                    flush_without_readers(path, endpoint.flush)

        self._flusher = threading.Thread(target=flush, name="kg-flush", daemon=True)
        self._flusher.start()

    # -- articles --------------------------------------------------------------------------

    def _signatures(self) -> Signatures:
        if self._sigs is None:
            self._sigs = Signatures()
            rows = self._select(
                f"SELECT ?a ?s WHERE {{ GRAPH <{META_GRAPH}> {{ ?a {_MINHASH} ?s }} }}"
            )
            for r in rows:
                self._sigs.add(r["a"].value[len(str(ART)) :], sig_parse(r["s"].value))
        return self._sigs

    def _graphs_where(self, prop: str, value: str) -> list[str]:
        rows = self._select(f"SELECT DISTINCT ?a WHERE {{ GRAPH ?a {{ ?a {prop} {value} }} }}")
        return [r["a"].value[len(str(ART)) :] for r in rows if r["a"].value.startswith(str(ART))]

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
        """Write one article's graph in one transaction: ``added``, ``unchanged``, ``replaced``
        (a changed article with the same URL, or source path without URL) or ``duplicate``
        (a near copy of a stored article: kept as ``ir:duplicateOf`` with no events).
        ``force`` re-derives an unchanged article (after an extractor change): it is rewritten
        only when what would be written differs, else it stays ``unchanged``. ``prune=False``
        leaves actors no article mentions any more for one :meth:`prune_actors` at the end of
        a long run of replacements (``kg rebuild``)."""
        from kg import __version__

        aid = article.id
        node = iri(ART[aid])
        stored = self._select(
            f"SELECT ?s ?out ?dup WHERE {{ GRAPH {node} {{ {node} ir:sha256 ?s "
            f"OPTIONAL {{ {node} ir:duplicateOf ?dup }} }} "
            f"OPTIONAL {{ GRAPH <{META_GRAPH}> {{ {node} {_OUTPUT} ?out }} }} }}"
        )
        same_text = bool(stored) and stored[0]["s"].value == article.sha256
        if same_text and not force:
            return "unchanged"
        old = []
        if article.url:
            old = self._graphs_where("schema:url", lit(article.url, "anyURI"))
        elif article.source:
            old = self._graphs_where("ir:source", lit(article.source))
        old = [g for g in old if g != aid]
        sigs = self._signatures()
        sig = (sigs.get(aid) if same_text else None) or minhash(article.text)
        dup = stored[0].get("dup") if same_text else None
        was = dup.value[len(str(ART)) :] if dup is not None else None
        original = sigs.near(sig, exclude={aid, *old}, prefer=was)
        if sentences is None and article.conllu:
            sentences = sum(1 for block in article.conllu.split("\n\n") if block.strip())
        lines = article_lines(article, sentences, __version__, duplicate_of=original)
        used: set[str] = set()
        if original is None:
            events, used = event_lines(article, triples, __version__)
            lines += events
        output = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
        out = stored[0].get("out") if stored else None
        if same_text and not old and out is not None and out.value == output:
            return "unchanged"  # re-derived, and the same graph came out
        actor_nt: list[str] = []
        meta = f"GRAPH <{META_GRAPH}> {{ {node} {_OUTPUT} {lit(output)} }}"
        if original is None:
            known = self._known_actors()
            for actor_id in sorted(used - known):
                actor_nt += actor_lines(actor_id, actors, new_actors)
            meta = (
                f"GRAPH <{META_GRAPH}> {{ {node} {_OUTPUT} {lit(output)} . "
                f"{node} {_MINHASH} {lit(sig_text(sig))} }}"
            )
        drops = [aid, *old] if (stored or old) else []
        parts = [f"DROP SILENT GRAPH {iri(ART[g])}" for g in drops]
        parts += [
            f"DELETE WHERE {{ GRAPH <{META_GRAPH}> {{ {iri(ART[g])} ?p ?o }} }}" for g in drops
        ]
        data = f"GRAPH {node} {{\n" + "\n".join(lines) + "\n}\n"
        if actor_nt:
            data += f"GRAPH <{ACTOR_GRAPH}> {{\n" + "\n".join(actor_nt) + "\n}\n"
        parts.append("INSERT DATA {\n" + data + meta + "\n}")
        if (old or stored) and prune:
            parts.append(_PRUNE)
            self._actors_written = None
        onto = self._ontology_update()
        self._write(" ;\n".join(parts + onto))
        self._ontology_done = True
        for g in drops:
            sigs.discard(g)
        if original is None:
            sigs.add(aid, sig)
            if self._actors_written is not None:
                self._actors_written |= set(used)
            return "replaced" if (old or stored) else "added"
        return "duplicate"

    def prune_actors(self) -> None:
        """Remove the descriptions of actors that no article graph mentions any more."""
        self._write(_PRUNE)
        self._actors_written = None

    def _ontology_update(self) -> list[str]:
        """Operations (re)loading ``ir.ttl`` into the ontology graph when it changed, else none.

        With the relations' polarity, CAMEO code, quad class and Goldstein score in the
        store, queries can group events by them (examples/queries/)."""
        from kg.ontology import ontology_dir

        if self._ontology_done:
            return []
        data = (ontology_dir() / "ir.ttl").read_bytes()
        sha = hashlib.sha256(data).hexdigest()
        rows = self._select(
            f"SELECT ?h WHERE {{ GRAPH <{META_GRAPH}> {{ <{META_GRAPH}> {_ONTO} ?h }} }}"
        )
        if rows and rows[0]["h"].value == sha:
            self._ontology_done = True
            return []
        body = "\n".join(
            f"{q.subject} {q.predicate} {q.object} ." for q in ox.parse(data, ox.RdfFormat.TURTLE)
        )
        return [
            f"DROP SILENT GRAPH <{ONTOLOGY_GRAPH}>",
            f"DELETE WHERE {{ GRAPH <{META_GRAPH}> {{ <{META_GRAPH}> {_ONTO} ?h }} }}",
            f"INSERT DATA {{ GRAPH <{ONTOLOGY_GRAPH}> {{\n{body}\n}} "
            f"GRAPH <{META_GRAPH}> {{ <{META_GRAPH}> {_ONTO} {lit(sha)} }} }}",
        ]

    def add_articles(
        self, batch: Iterable[tuple[Article, Sequence[Triple]]], actors: Any = None, **options: Any
    ) -> Counter:
        """``add_article`` for each pair, one transaction each; counts of each status."""
        counts: Counter = Counter()
        for article, triples in batch:
            counts[self.add_article(article, triples, actors, **options)] += 1
        return counts

    def _known_actors(self) -> set[str]:
        if self._actors_written is None:
            rows = self._select(
                f"SELECT DISTINCT ?a WHERE {{ GRAPH <{ACTOR_GRAPH}> {{ ?a rdfs:label ?l }} }}"
            )
            self._actors_written = {r["a"].value[len(str(ACT)) :] for r in rows}
        return self._actors_written

    def find_articles(self, ref: str) -> list[str]:
        """Ids of the stored articles ``ref`` names: an id (``art:``/IRI/16 hex), URL or source path."""
        key = ref.strip().removeprefix(str(ART)).removeprefix("art:")
        if re.fullmatch(r"[0-9a-f]{16}", key):
            rows = self._select(
                f"SELECT ?s WHERE {{ GRAPH {iri(ART[key])} {{ ?s ?p ?o }} }} LIMIT 1"
            )
            if rows:
                return [key]
        found = self._graphs_where("schema:url", lit(ref.strip(), "anyURI"))
        return found or self._graphs_where("ir:source", lit(ref.strip()))

    def remove_article(self, ref: str) -> list[str]:
        """Remove the article(s) ``ref`` names and everything extracted from them; their ids."""
        ids = self.find_articles(ref)
        if not ids:
            raise NotFoundError(
                f"no article {ref!r} in the store {self.location}; give its id, URL or source path (list them: kg sparql -f examples/queries/articles.rq)"
            )
        parts = [f"DROP SILENT GRAPH {iri(ART[a])}" for a in ids]
        parts += [f"DELETE WHERE {{ GRAPH <{META_GRAPH}> {{ {iri(ART[a])} ?p ?o }} }}" for a in ids]
        parts.append(_PRUNE)
        self._write(" ;\n".join(parts))
        for a in ids:
            self._signatures().discard(a)
        self._actors_written = None
        return ids

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
            self._sigs = self._actors_written = self._version = None
        return result

    def to_networkx(self, **options: Any):
        """The relation graph of this store as networkx (see :func:`kg.graph.to_networkx`)."""
        from kg.graph import to_networkx

        return to_networkx(self, **options)

    def version(self) -> str:
        """Changes on every write (a counter kept in the bookkeeping graph)."""
        rows = self._select(
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
        self._write("")
        self._sigs = self._actors_written = None
