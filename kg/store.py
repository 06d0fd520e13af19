"""The RDF store: one named graph per article, written atomically; actors; provenance.

>>> from kg.store import Store
>>> with Store.open("memory") as store:                                  # doctest: +SKIP
...     store.add_article(article, triples, load_actors())
...     store.relation_instances()

Locations: a folder (embedded Oxigraph on disk, default ``./kg-store``), ``"memory"``, or
``http(s)://...`` (a SPARQL 1.1 endpoint, see :class:`kg.query.RemoteEndpoint`).

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

import datetime as dt
import fcntl
import hashlib
import os
import re
import struct
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import InputError, NotFoundError, QueryError, StoreError, StoreLockedError
from kg.model import FACTUALITIES, Article, Triple
from kg.ontology import ACT, ACTOR_GRAPH, ART, DCTERMS, EV, IR, PROV, SCHEMA, SEM
from kg.query import LocalEndpoint, QueryResult, RemoteEndpoint, execute

__all__ = ["META_GRAPH", "ONTOLOGY_GRAPH", "Store", "minhash"]

META_GRAPH = "https://w3id.org/kg/graph/meta"
ONTOLOGY_GRAPH = "https://w3id.org/kg/graph/ontology"
_VERSION = f"<{META_GRAPH}#version>"
_MINHASH = f"<{META_GRAPH}#minhash>"
_ONTO = f"<{META_GRAPH}#ontology>"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_XSD = "http://www.w3.org/2001/XMLSchema#"
LOCK_FILE = "kg.lock"
DUPLICATE_JACCARD = 0.9
_BANDS, _ROWS = 16, 4  # 64 MinHash values, LSH in 16 bands of 4
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


# --- near-duplicate signatures ----------------------------------------------------------


def minhash(text: str, n: int = 5) -> tuple[int, ...]:
    """64 MinHash values (32-bit) over the word ``n``-grams of ``text`` (case folded).

    Each n-gram gets 64 independent 32-bit hashes from one SHAKE-128 digest; the signature
    is their element-wise minimum. Equal positions / 64 estimates the Jaccard similarity."""
    words = re.findall(r"\w+", text.casefold())
    grams = {" ".join(words[i : i + n]) for i in range(max(1, len(words) - n + 1))}
    k = _BANDS * _ROWS
    rows = [struct.unpack(f">{k}I", hashlib.shake_128(g.encode()).digest(4 * k)) for g in grams]
    return tuple(map(min, zip(*rows, strict=True)))


def _sig_text(sig: Sequence[int]) -> str:
    return b"".join(v.to_bytes(4, "big") for v in sig).hex()


def _sig_parse(text: str) -> tuple[int, ...]:
    raw = bytes.fromhex(text)
    return tuple(int.from_bytes(raw[i : i + 4], "big") for i in range(0, len(raw), 4))


class _Signatures:
    """In-memory LSH index of the stored articles' signatures (loaded once per Store)."""

    def __init__(self) -> None:
        self.sigs: dict[str, tuple[int, ...]] = {}
        self.bands: dict[tuple, set[str]] = {}

    def _keys(self, sig: Sequence[int]) -> list[tuple]:
        return [(b, *sig[b * _ROWS : (b + 1) * _ROWS]) for b in range(_BANDS)]

    def add(self, article: str, sig: tuple[int, ...]) -> None:
        self.sigs[article] = sig
        for key in self._keys(sig):
            self.bands.setdefault(key, set()).add(article)

    def discard(self, article: str) -> None:
        sig = self.sigs.pop(article, None)
        for key in self._keys(sig) if sig else []:
            self.bands.get(key, set()).discard(article)

    def near(self, sig: tuple[int, ...], exclude: set[str]) -> str | None:
        """The stored article most similar to ``sig`` with estimated Jaccard ≥ 0.9, if any."""
        found = set().union(*(self.bands.get(k, set()) for k in self._keys(sig))) - exclude
        scored = [(sum(x == y for x, y in zip(sig, self.sigs[a], strict=True)), a) for a in found]
        best = max(scored, default=(0, ""))
        return best[1] if best[0] >= DUPLICATE_JACCARD * len(sig) else None


# --- RDF terms as N-Triples text ------------------------------------------------------------


def _iri(value: str) -> str:
    try:
        return str(ox.NamedNode(str(value)))
    except ValueError:
        raise InputError(f"{value!r} is not a valid IRI; actor ids are lower-case slugs") from None


def _lit(value: Any, datatype: str | None = None, lang: str | None = None) -> str:
    if datatype:
        return str(ox.Literal(str(value), datatype=ox.NamedNode(_XSD + datatype)))
    return str(ox.Literal(str(value), language=lang) if lang else ox.Literal(str(value)))


def _conf(value: float) -> str:
    return f"{min(max(float(value), 0.0), 1.0):.4f}".rstrip("0").rstrip(".") or "0"


def _event_id(article_id: str, t: Triple) -> str:
    key = f"{article_id}|{t.sentence_index}|{t.subject}|{t.relation}|{t.object}|{t.factuality}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def _article_lines(
    a: Article, sentences: int | None, version: str, duplicate_of: str | None = None
) -> list[str]:
    node = _iri(ART[a.id])
    props = [
        (_RDF_TYPE, _iri(IR.Article)),
        (_RDF_TYPE, _iri(PROV.Entity)),
        (IR.sha256, _lit(a.sha256)),
        (DCTERMS.language, _lit(a.lang or "und")),
        (IR.extractor, _lit(f"kg {version}")),
    ]
    if a.title:
        props.append((DCTERMS.title, _lit(a.title)))
    if a.url:
        props.append((SCHEMA.url, _lit(a.url, "anyURI")))
    if a.date:
        props.append((DCTERMS.date, _lit(a.date.isoformat(), "date")))
    if a.source:
        props.append((IR.source, _lit(a.source)))
    if sentences is not None:
        props.append((IR.sentenceCount, _lit(int(sentences), "integer")))
    if duplicate_of:
        props.append((IR.duplicateOf, _iri(ART[duplicate_of])))
    return [f"{node} {_iri(p)} {o} ." for p, o in props]


def _relation(name: str) -> str:
    try:
        return IR[name]
    except (AttributeError, KeyError, ValueError):
        raise InputError(f"unknown relation {name!r}; see ontologies/ir.ttl for the list") from None


def _event_lines(a: Article, triples: Iterable[Triple], version: str) -> tuple[list[str], set[str]]:
    """Event nodes and direct triples of an article; the actor ids they use."""
    best: dict[str, Triple] = {}
    for t in triples:
        if t.factuality not in FACTUALITIES:
            raise InputError(f"unknown factuality {t.factuality!r}; use one of {FACTUALITIES}")
        key = _event_id(a.id, t)
        if key not in best or t.confidence > best[key].confidence:
            best[key] = t
    lines, actors, art = [], set(), _iri(ART[a.id])
    for key, t in best.items():
        ev, s, o = _iri(EV[key]), _iri(ACT[t.subject]), _iri(ACT[t.object])
        rel = _iri(_relation(t.relation))
        actors |= {t.subject, t.object}
        props = [
            (_RDF_TYPE, _iri(IR.RelationMention)),
            (_RDF_TYPE, _iri(SEM.Event)),
            (IR.subject, s),
            (IR.relation, rel),
            (IR.object, o),
            (SEM.hasActor, s),
            (SEM.hasActor, o),
            (IR.factuality, _iri(IR[t.factuality])),
            (IR.confidence, _lit(_conf(t.confidence), "decimal")),
            (IR.sentence, _lit(t.sentence)),
            (IR.sentenceIndex, _lit(int(t.sentence_index), "integer")),
            (IR.charStart, _lit(int(t.char_start), "integer")),
            (IR.charEnd, _lit(int(t.char_end), "integer")),
            (PROV.wasDerivedFrom, art),
            (PROV.wasGeneratedBy, _lit(f"kg {version}")),
        ]
        if t.pattern:
            props.append((IR.pattern, _lit(t.pattern)))
        when = t.date or a.date
        if when:
            props += [(DCTERMS.date, _lit(when.isoformat(), "date"))]
            props += [(SEM.hasTimeStamp, _lit(when.isoformat(), "date"))]
        if t.source:
            props.append((IR.speaker, _iri(ACT[t.source])))
            actors.add(t.source)
        for name in ("quantity", "percent"):
            if t.quantities.get(name):
                props.append((IR[name], _lit(t.quantities[name])))
        lines += [f"{ev} {_iri(p)} {obj} ." for p, obj in props]
        if t.factuality in ("asserted", "reported"):
            lines.append(f"{s} {rel} {o} .")
    return lines, actors


def _actor_lines(actor_id: str, actors: Any, new_actors: Mapping[str, Any] | None) -> list[str]:
    node = _iri(ACT[actor_id])
    found = None
    if actors is not None and actor_id in actors:
        found = actors.get(actor_id)
    elif new_actors and actor_id in new_actors:
        found = new_actors[actor_id]
    if found is None:
        return [
            f"{node} <{_RDF_TYPE}> {_iri(IR.Actor)} .",
            f"{node} <{_LABEL}> {_lit(actor_id.replace('_', ' '), lang='en')} .",
        ]
    kind = getattr(IR, str(found.type), IR.Actor) if found.type else IR.Actor
    props = [(_RDF_TYPE, _iri(kind)), (_LABEL, _lit(found.label, lang="en"))]
    if getattr(found, "cameo", None):
        props.append((IR.cameoCode, _lit(found.cameo)))
    if getattr(found, "iso3", None):
        props.append((IR.iso3, _lit(found.iso3)))
    if getattr(found, "qid", None):
        props.append((IR.wikidata, _iri("http://www.wikidata.org/entity/" + found.qid)))
    if getattr(found, "nationality", None):
        props.append((IR.nationality, _iri(ACT[found.nationality])))
    return [f"{node} {_iri(p)} {o} ." for p, o in props]


# --- the store ---------------------------------------------------------------------------


def _who() -> str:
    prog = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "python"
    words = [prog] + [w for w in sys.argv[1:2] if re.fullmatch(r"[a-z][a-z-]*", w)]
    return " ".join(words)


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
        self._sigs: _Signatures | None = None
        self._actors_written: set[str] | None = None
        self._ontology_done = False
        self._version: int | None = None  # the write counter, once read (local writers)

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
        return cls._open_folder(Path(loc), read_only=read_only, create=create)

    @classmethod
    def _open_folder(cls, path: Path, *, read_only: bool, create: bool) -> Store:
        if path.exists() and not path.is_dir():
            raise StoreError(f"{path} is a file, not a store folder; give a folder with --store")
        is_store = (path / "CURRENT").is_file()
        if not is_store:
            others = [p for p in path.iterdir() if p.name != LOCK_FILE] if path.is_dir() else []
            if others:
                raise StoreError(
                    f"{path} is not a kg store (it holds other files); give an empty or new folder with --store"
                )
            if read_only or not create:
                raise StoreError(
                    f"no store at {path}; build one with `kg build --store {path} ARTICLES`"
                )
            try:
                path.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(
                    f"cannot create the store folder {path}: {exc.strerror}; choose another --store"
                ) from None
        if read_only:
            writer = _writer_of(path)
            try:
                return cls(
                    LocalEndpoint(ox.Store.read_only(str(path))),
                    str(path),
                    path=path,
                    read_only=True,
                    writer=writer,
                )
            except OSError as exc:
                busy = f" while {writer} writes it; try again when it finishes" if writer else ""
                raise StoreError(f"cannot read the store at {path}{busy} ({exc})") from None
        if not os.access(path, os.W_OK | os.X_OK):
            raise StoreError(
                f"the store folder {path} is not writable; fix its permissions or use another --store"
            )
        lock = _acquire(path)
        try:
            endpoint = LocalEndpoint(ox.Store(str(path)))
        except OSError as exc:
            lock.close()
            if "lock" in str(exc).lower():
                raise StoreLockedError(
                    f"store {path} is in use by another program; stop it or use another --store"
                ) from None
            raise StoreError(f"cannot open the store at {path}: {exc}") from None
        return cls(endpoint, str(path), path=path, lock=lock)

    def close(self) -> None:
        """Release the store (and the writer lock)."""
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

    def _select(self, sparql: str) -> list[dict[str, Any]]:
        try:
            sols = self._ep().query(_Q + sparql)
            names = [v.value for v in sols.variables]
            return [{n: s[n] for n in names} for s in sols]
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
                f"<{META_GRAPH}> {_VERSION} {_lit(v, 'integer')}" for v in (version, version + 1)
            )
            bump = f"DELETE DATA {{ GRAPH <{META_GRAPH}> {{ {old} }} }} ;\n"
            bump += f"INSERT DATA {{ GRAPH <{META_GRAPH}> {{ {new} }} }}"
        try:
            self._ep().update(_Q + (update + " ;\n" if update else "") + bump)
            self._version = None if version is None else version + 1
        except OSError as exc:
            raise StoreError(
                f"writing to the store {self.location} failed: {exc}; nothing of this article was written"
            ) from None

    # -- articles --------------------------------------------------------------------------

    def _signatures(self) -> _Signatures:
        if self._sigs is None:
            self._sigs = _Signatures()
            rows = self._select(
                f"SELECT ?a ?s WHERE {{ GRAPH <{META_GRAPH}> {{ ?a {_MINHASH} ?s }} }}"
            )
            for r in rows:
                self._sigs.add(r["a"].value[len(str(ART)) :], _sig_parse(r["s"].value))
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
    ) -> str:
        """Write one article's graph in one transaction: ``added``, ``unchanged``, ``replaced``
        (a changed article with the same URL, or source path without URL) or ``duplicate``
        (a near copy of a stored article: kept as ``ir:duplicateOf`` with no events).
        ``force`` rewrites an unchanged article (after an extractor change)."""
        from kg import __version__

        aid = article.id
        stored = self._select(
            f"SELECT ?s WHERE {{ GRAPH {_iri(ART[aid])} {{ {_iri(ART[aid])} ir:sha256 ?s }} }}"
        )
        if stored and stored[0]["s"].value == article.sha256 and not force:
            return "unchanged"
        old = []
        if article.url:
            old = self._graphs_where("schema:url", _lit(article.url, "anyURI"))
        elif article.source:
            old = self._graphs_where("ir:source", _lit(article.source))
        old = [g for g in old if g != aid]
        sigs = self._signatures()
        sig = minhash(article.text)
        original = sigs.near(sig, exclude={aid, *old})
        if sentences is None and article.conllu:
            sentences = sum(1 for block in article.conllu.split("\n\n") if block.strip())
        lines = _article_lines(article, sentences, __version__, duplicate_of=original)
        actor_lines: list[str] = []
        meta = ""
        if original is None:
            events, used = _event_lines(article, triples, __version__)
            lines += events
            known = self._known_actors()
            for actor_id in sorted(used - known):
                actor_lines += _actor_lines(actor_id, actors, new_actors)
            meta = f"GRAPH <{META_GRAPH}> {{ {_iri(ART[aid])} {_MINHASH} {_lit(_sig_text(sig))} }}"
        drops = [aid, *old] if (stored or old) else []
        parts = [f"DROP SILENT GRAPH {_iri(ART[g])}" for g in drops]
        parts += [
            f"DELETE WHERE {{ GRAPH <{META_GRAPH}> {{ {_iri(ART[g])} ?p ?o }} }}" for g in drops
        ]
        data = f"GRAPH {_iri(ART[aid])} {{\n" + "\n".join(lines) + "\n}\n"
        if actor_lines:
            data += f"GRAPH <{ACTOR_GRAPH}> {{\n" + "\n".join(actor_lines) + "\n}\n"
        parts.append("INSERT DATA {\n" + data + meta + "\n}")
        if old or stored:
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
            f"GRAPH <{META_GRAPH}> {{ <{META_GRAPH}> {_ONTO} {_lit(sha)} }} }}",
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
                f"SELECT ?s WHERE {{ GRAPH {_iri(ART[key])} {{ ?s ?p ?o }} }} LIMIT 1"
            )
            if rows:
                return [key]
        found = self._graphs_where("schema:url", _lit(ref.strip(), "anyURI"))
        return found or self._graphs_where("ir:source", _lit(ref.strip()))

    def remove_article(self, ref: str) -> list[str]:
        """Remove the article(s) ``ref`` names and everything extracted from them; their ids."""
        ids = self.find_articles(ref)
        if not ids:
            raise NotFoundError(
                f"no article {ref!r} in the store {self.location}; give its id, URL or source path (list them: kg sparql -f examples/queries/articles.rq)"
            )
        parts = [f"DROP SILENT GRAPH {_iri(ART[a])}" for a in ids]
        parts += [
            f"DELETE WHERE {{ GRAPH <{META_GRAPH}> {{ {_iri(ART[a])} ?p ?o }} }}" for a in ids
        ]
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
        result = execute(
            self._ep(),
            sparql,
            params,
            update=update,
            allow_service=allow_service,
            timeout=timeout,
            after_update=_BUMP,
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

    def stats(self) -> dict[str, Any]:
        """Counts: articles, duplicates, sentences, actors, relation instances (by relation,
        language, factuality), distinct triples (exports hold exactly this many), quads."""
        arts = self._select(
            "SELECT (COUNT(?a) AS ?n) (COUNT(?d) AS ?dups) (SUM(?c) AS ?sents) WHERE { GRAPH ?a { ?a a ir:Article "
            "OPTIONAL { ?a ir:duplicateOf ?x BIND(?a AS ?d) } OPTIONAL { ?a ir:sentenceCount ?c } } }"
        )[0]
        rows = self._select(
            "SELECT ?r ?f ?lang (COUNT(?e) AS ?n) WHERE { GRAPH ?a { ?e a ir:RelationMention ; ir:relation ?r ; "
            "ir:factuality ?f OPTIONAL { ?a dcterms:language ?lang } } } GROUP BY ?r ?f ?lang"
        )
        by: dict[str, Counter] = {
            "relation": Counter(),
            "language": Counter(),
            "factuality": Counter(),
        }
        for r in rows:
            n = int(r["n"].value)
            by["relation"][r["r"].value.rsplit("#", 1)[-1]] += n
            by["factuality"][r["f"].value.rsplit("#", 1)[-1]] += n
            by["language"][r["lang"].value if r["lang"] else "und"] += n
        actors = self._select(
            f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ GRAPH <{ACTOR_GRAPH}> {{ ?a rdfs:label ?l }} }}"
        )
        total = int(arts["n"].value)
        dups = int(arts["dups"].value)
        return {
            "articles": total - dups,
            "duplicates": dups,
            "sentences": int(arts["sents"].value) if arts["sents"] else 0,
            "actors": int(actors[0]["n"].value),
            "relation_instances": sum(by["relation"].values()),
            "by_relation": dict(by["relation"].most_common()),
            "by_language": dict(by["language"].most_common()),
            "by_factuality": dict(by["factuality"].most_common()),
            "triples": self.triple_count(),
            "quads": len(self),
            "version": self.version(),
        }

    def triple_count(self) -> int:
        """Distinct triples over every graph but kg's bookkeeping graph (what exports hold)."""
        rows = self._select(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{META_GRAPH}>) }} }}"
        )
        return int(rows[0]["n"].value)

    def resolve_actor(self, actor: str) -> list[str]:
        """Actor IRIs for an id (``russia``, ``act:russia``), an IRI or a label (any case)."""
        name = actor.strip()
        if name.startswith("<") and name.endswith(">"):
            name = name[1:-1]
        key = name.removeprefix(str(ACT)).removeprefix("act:")
        rows = self._select(
            f"SELECT DISTINCT ?a WHERE {{ GRAPH <{ACTOR_GRAPH}> {{ ?a rdfs:label ?l }} "
            f"FILTER(?a = {_iri(ACT[re.sub(r'[^A-Za-z0-9_]', '_', key)])} || LCASE(STR(?l)) = LCASE({_lit(name)})) }}"
        )
        if not rows:
            raise NotFoundError(
                f"no actor {actor!r} in the store {self.location}; check the spelling (ids and English labels work)"
            )
        return [r["a"].value for r in rows]

    def relation_instances(
        self,
        since: dt.date | None = None,
        until: dt.date | None = None,
        factualities: Sequence[str] = ("asserted", "reported"),
        actor: str | None = None,
    ) -> list[dict[str, Any]]:
        """One dict per relation instance (keys: event, subject, subject_label, subject_type,
        relation, object, object_label, object_type, date, factuality, confidence, pattern,
        sentence, sentence_index, speaker, article, url, title, lang, source), sorted by date,
        article and sentence index. Instances without a date are left out when since/until is given."""
        rows = self._select(_instances_query(self, since, until, factualities, actor))
        return sorted((_row(r) for r in rows), key=_row_key)


def event_filter(store: Store, since, until, factualities, actor) -> str:
    """A SPARQL FILTER expression over ?f (factuality), ?date, ?s and ?o (subject, object)."""
    bad = [f for f in factualities if f not in FACTUALITIES]
    if bad:
        raise QueryError(f"unknown factuality {bad[0]!r}; use {', '.join(FACTUALITIES)}")
    filters = (
        [f"?f IN ({', '.join(_iri(IR[f]) for f in factualities)})"] if factualities else ["false"]
    )
    if since:
        filters.append(f"?date >= {_lit(since.isoformat(), 'date')}")
    if until:
        filters.append(f"?date <= {_lit(until.isoformat(), 'date')}")
    if actor:
        who = ", ".join(_iri(a) for a in store.resolve_actor(actor))
        filters.append(f"(?s IN ({who}) || ?o IN ({who}))")
    return " && ".join(filters)


def _instances_query(store: Store, since, until, factualities, actor) -> str:
    where = event_filter(store, since, until, factualities, actor)
    opt = "".join(
        f" OPTIONAL {{ ?e {p} ?{v} }}"
        for p, v in (
            ("dcterms:date", "date"),
            ("ir:confidence", "conf"),
            ("ir:pattern", "pattern"),
            ("ir:sentence", "sentence"),
            ("ir:sentenceIndex", "si"),
            ("ir:speaker", "speaker"),
        )
    )
    opt += "".join(
        f" OPTIONAL {{ ?a {p} ?{v} }}"
        for p, v in (
            ("schema:url", "url"),
            ("dcterms:title", "title"),
            ("dcterms:language", "lang"),
            ("ir:source", "source"),
        )
    )
    lab = "".join(
        f" OPTIONAL {{ GRAPH <{ACTOR_GRAPH}> {{ ?{x} rdfs:label ?{x}l FILTER(LANG(?{x}l) = 'en' || LANG(?{x}l) = '') }} }}"
        f" OPTIONAL {{ GRAPH <{ACTOR_GRAPH}> {{ ?{x} a ?{x}t }} }}"
        for x in ("s", "o")
    )
    return (
        "SELECT ?e ?s ?r ?o ?f ?date ?conf ?pattern ?sentence ?si ?speaker ?a ?url ?title ?lang ?source ?sl ?st ?ol ?ot "
        f"WHERE {{ GRAPH ?a {{ ?e a ir:RelationMention ; ir:subject ?s ; ir:relation ?r ; ir:object ?o ; ir:factuality ?f .{opt} }}"
        f"{lab} FILTER({where}) }}"
    )


def _local(term: Any) -> str:
    if term is None:
        return ""
    v = term.value
    return v.rsplit("#", 1)[-1] if "#" in v else v.rsplit("/", 1)[-1]


def _row(r: Mapping[str, Any]) -> dict[str, Any]:
    v = {k: (t.value if t is not None else "") for k, t in r.items()}
    return {
        "event": _local(r["e"]),
        "subject": _local(r["s"]),
        "subject_label": v["sl"] or _local(r["s"]),
        "subject_type": _local(r["st"]) or "Actor",
        "relation": _local(r["r"]),
        "object": _local(r["o"]),
        "object_label": v["ol"] or _local(r["o"]),
        "object_type": _local(r["ot"]) or "Actor",
        "date": dt.date.fromisoformat(v["date"]) if v["date"] else None,
        "factuality": _local(r["f"]),
        "confidence": float(v["conf"]) if v["conf"] else 0.0,
        "pattern": v["pattern"],
        "sentence": v["sentence"],
        "sentence_index": int(v["si"]) if v["si"] else 0,
        "speaker": _local(r["speaker"]),
        "article": _local(r["a"]),
        "url": v["url"],
        "title": v["title"],
        "lang": v["lang"],
        "source": v["source"],
    }


def _row_key(row: Mapping[str, Any]) -> tuple:
    return (
        row["date"] or dt.date.min,
        row["article"],
        row["sentence_index"],
        row["subject"],
        row["relation"],
        row["object"],
        row["factuality"],
    )


def _writer_of(path: Path) -> str:
    """``"process N (cmd)"`` when a writer holds the store's lock, else ``""``."""
    lock = path / LOCK_FILE
    if not lock.exists():
        return ""
    try:
        with open(lock) as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_SH | fcntl.LOCK_NB)
                return ""
            except BlockingIOError:
                pid, _, cmd = fh.read().strip().partition(" ")
                return f"process {pid} ({cmd})" if pid else "another process"
    except OSError:
        return ""


def _acquire(path: Path):
    """Take the writer lock (flock on ``kg.lock``, holding our PID) or raise StoreLockedError."""
    try:
        fh = open(path / LOCK_FILE, "a+")  # noqa: SIM115 (held open: the lock lives with it)
    except OSError as exc:
        raise StoreError(
            f"cannot write in the store folder {path}: {exc.strerror}; fix its permissions or use another --store"
        ) from None
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        fh.seek(0)
        pid, _, cmd = fh.read().strip().partition(" ")
        fh.close()
        raise StoreLockedError(
            f"store {path} is in use by process {pid or '?'} ({cmd or 'kg'}); wait for it to finish or use another --store"
        ) from None
    fh.seek(0)
    fh.truncate()
    fh.write(f"{os.getpid()} {_who()}\n")
    fh.flush()
    return fh
