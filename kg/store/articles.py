"""Articles in the store: writing one article's graph in one transaction (with near-duplicate
detection and the ontology graph kept current), finding and removing articles.

:class:`kg.store.Store` calls these; what they remember between calls (MinHash signatures,
the actors already described, whether the ontology graph is current) is the store's
:class:`ArticleCache`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from kg.errors import NotFoundError
from kg.knowledge.ontology import ACT, ACTOR_GRAPH, ART, META_GRAPH, ontology_dir
from kg.protocols import Writable
from kg.records import Article, Triple
from kg.store import event_graph
from kg.store.dedup import Signatures, minhash, sig_parse, sig_text
from kg.store.events import mentions_of
from kg.store.rdf import actor_lines, article_lines, best_mentions, event_lines, iri, lit

ONTOLOGY_GRAPH = "https://w3id.org/kg/graph/ontology"
_OUTPUT = f"<{META_GRAPH}#output>"  # SHA-256 of the article graph kg derived
_MINHASH = (
    f"<{META_GRAPH}#minhash2>"  # v2: CRC-32 + multiply-shift (v1 signatures are not comparable)
)
_ONTO = f"<{META_GRAPH}#ontology>"
PRUNE = (  # actors no article graph mentions any more
    f"DELETE {{ GRAPH <{ACTOR_GRAPH}> {{ ?a ?p ?o }} }} WHERE {{ GRAPH <{ACTOR_GRAPH}> {{ ?a ?p ?o }} "
    f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?x ?q ?a }} FILTER(?g NOT IN (<{ACTOR_GRAPH}>, <{META_GRAPH}>)) }} }}"
)


@dataclass
class ArticleCache:
    """What a store remembers between article writes (reset after any other update)."""

    sigs: Signatures | None = None  # MinHash signatures of the stored articles
    actors: set[str] | None = None  # ids of the actors described in the actor graph
    ontology_done: bool = False  # the ontology graph holds the current ir.ttl
    #: (id, text SHA-256, stored rows, placement) of the article :func:`near_copy_of` placed
    #: last, for the :func:`add_article` that follows it (the store unchanged in between)
    placed: tuple[str, str, list, tuple] | None = None

    def reset(self) -> None:
        self.sigs = self.actors = self.placed = None


def _signatures(store: Writable) -> Signatures:
    if store.cache.sigs is None:
        store.cache.sigs = Signatures()
        rows = store.select(f"SELECT ?a ?s WHERE {{ GRAPH <{META_GRAPH}> {{ ?a {_MINHASH} ?s }} }}")
        for r in rows:
            store.cache.sigs.add(r["a"].value[len(str(ART)) :], sig_parse(r["s"].value))
    return store.cache.sigs


def _graphs_where(store: Writable, prop: str, value: str) -> list[str]:
    rows = store.select(f"SELECT DISTINCT ?a WHERE {{ GRAPH ?a {{ ?a {prop} {value} }} }}")
    return [r["a"].value[len(str(ART)) :] for r in rows if r["a"].value.startswith(str(ART))]


def _stored(store: Writable, node: str) -> list[dict]:
    """The stored text hash, output hash and near-copy link of the article ``node``."""
    return store.select(
        f"SELECT ?s ?out ?dup WHERE {{ GRAPH {node} {{ {node} ir:sha256 ?s "
        f"OPTIONAL {{ {node} ir:duplicateOf ?dup }} }} "
        f"OPTIONAL {{ GRAPH <{META_GRAPH}> {{ {node} {_OUTPUT} ?out }} }} }}"
    )


def _placement(store: Writable, article: Article, stored: list[dict]) -> tuple:
    """Where ``article`` goes: the stored graphs it replaces (same URL or source), the
    signatures, its own signature and the stored article it is a near copy of (or None)."""
    aid = article.id
    same_text = bool(stored) and stored[0]["s"].value == article.sha256
    old = []
    if article.url:
        old = _graphs_where(store, "schema:url", lit(article.url, "anyURI"))
    elif article.source:
        old = _graphs_where(store, "ir:source", lit(article.source))
    old = [g for g in old if g != aid]
    sigs = _signatures(store)
    sig = (sigs.get(aid) if same_text else None) or minhash(article.text)
    dup = stored[0].get("dup") if same_text else None
    was = dup.value[len(str(ART)) :] if dup is not None else None
    return old, sigs, sig, sigs.near(sig, exclude={aid, *old}, prefer=was)


def near_copy_of(store: Writable, article: Article) -> str | None:
    """The id of the stored article that :func:`add_article` would keep ``article`` as a near
    copy of (its graph then holds no events, so its triples need not be extracted), or None.
    An :func:`add_article` of the same article right after reuses what this looked up."""
    stored = _stored(store, iri(ART[article.id]))
    placement = _placement(store, article, stored)
    store.cache.placed = (article.id, article.sha256, stored, placement)
    return placement[3]


def add_article(
    store: Writable,
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
    from kg.version import __version__

    aid = article.id
    node = iri(ART[aid])
    placed, store.cache.placed = store.cache.placed, None
    placed = placed if placed is not None and placed[:2] == (aid, article.sha256) else None
    stored = placed[2] if placed else _stored(store, node)
    same_text = bool(stored) and stored[0]["s"].value == article.sha256
    if same_text and not force:
        return "unchanged"
    old, sigs, sig, original = placed[3] if placed else _placement(store, article, stored)
    if sentences is None and article.conllu:
        sentences = sum(1 for block in article.conllu.split("\n\n") if block.strip())
    lines = article_lines(article, sentences, __version__, duplicate_of=original)
    used: set[str] = set()
    best: dict[str, Triple] = {}
    if original is None:
        best = best_mentions(article, triples)
        events, used = event_lines(article, best, __version__)
        lines += events
    output = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
    out = stored[0].get("out") if stored else None
    if same_text and not old and out is not None and out.value == output:
        return "unchanged"  # re-derived, and the same graph came out
    actor_nt: list[str] = []
    meta = f"GRAPH <{META_GRAPH}> {{ {node} {_OUTPUT} {lit(output)} }}"
    drops = [aid, *old] if (stored or old) else []
    # the article's mentions join reported events (kg.store.events), in this same transaction
    merge, states = event_graph.plan(store, mentions_of(article, best, actors), drops)
    if original is None:
        used |= states
        known = _known_actors(store)
        for actor_id in sorted(used - known):
            actor_nt += actor_lines(actor_id, actors, new_actors)
        meta = (
            f"GRAPH <{META_GRAPH}> {{ {node} {_OUTPUT} {lit(output)} . "
            f"{node} {_MINHASH} {lit(sig_text(sig))} }}"
        )
    parts = [f"DROP SILENT GRAPH {iri(ART[g])}" for g in drops]
    parts += [f"DELETE WHERE {{ GRAPH <{META_GRAPH}> {{ {iri(ART[g])} ?p ?o }} }}" for g in drops]
    data = f"GRAPH {node} {{\n" + "\n".join(lines) + "\n}\n"
    if actor_nt:
        data += f"GRAPH <{ACTOR_GRAPH}> {{\n" + "\n".join(actor_nt) + "\n}\n"
    parts.append("INSERT DATA {\n" + data + meta + "\n}")
    parts += merge
    if (old or stored) and prune:
        parts.append(PRUNE)
        store.cache.actors = None
    onto = _ontology_update(store)
    store.write(" ;\n".join(parts + onto))
    store.cache.ontology_done = True
    for g in drops:
        sigs.discard(g)
    if original is None:
        sigs.add(aid, sig)
        if store.cache.actors is not None:
            store.cache.actors |= set(used)
        return "replaced" if (old or stored) else "added"
    return "duplicate"


def prune_actors(store: Writable) -> None:
    """Remove the descriptions of actors that no article graph mentions any more."""
    store.write(PRUNE)
    store.cache.actors = None


def _ontology_update(store: Writable) -> list[str]:
    """Operations (re)loading ``ir.ttl`` into the ontology graph when it changed, else none.

    With the relations' polarity, CAMEO code, quad class and Goldstein score in the
    store, queries can group events by them (examples/queries/)."""
    if store.cache.ontology_done:
        return []
    data = (ontology_dir() / "ir.ttl").read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    rows = store.select(
        f"SELECT ?h WHERE {{ GRAPH <{META_GRAPH}> {{ <{META_GRAPH}> {_ONTO} ?h }} }}"
    )
    if rows and rows[0]["h"].value == sha:
        store.cache.ontology_done = True
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


def _known_actors(store: Writable) -> set[str]:
    if store.cache.actors is None:
        rows = store.select(
            f"SELECT DISTINCT ?a WHERE {{ GRAPH <{ACTOR_GRAPH}> {{ ?a rdfs:label ?l }} }}"
        )
        store.cache.actors = {r["a"].value[len(str(ACT)) :] for r in rows}
    return store.cache.actors


def find_articles(store: Writable, ref: str) -> list[str]:
    """Ids of the stored articles ``ref`` names: an id (``art:``/IRI/16 hex), URL or source path."""
    key = ref.strip().removeprefix(str(ART)).removeprefix("art:")
    if re.fullmatch(r"[0-9a-f]{16}", key):
        rows = store.select(f"SELECT ?s WHERE {{ GRAPH {iri(ART[key])} {{ ?s ?p ?o }} }} LIMIT 1")
        if rows:
            return [key]
    found = _graphs_where(store, "schema:url", lit(ref.strip(), "anyURI"))
    return found or _graphs_where(store, "ir:source", lit(ref.strip()))


def remove_article(store: Writable, ref: str) -> list[str]:
    """Remove the article(s) ``ref`` names and everything extracted from them; their ids."""
    ids = find_articles(store, ref)
    if not ids:
        raise NotFoundError(
            f"no article {ref!r} in the store {store.location}; give its id, URL or source path (list them: kg sparql -f examples/queries/articles.rq)"
        )
    parts = [f"DROP SILENT GRAPH {iri(ART[a])}" for a in ids]
    parts += [f"DELETE WHERE {{ GRAPH <{META_GRAPH}> {{ {iri(ART[a])} ?p ?o }} }}" for a in ids]
    parts += event_graph.plan(store, [], ids)[0]
    parts.append(PRUNE)
    store.write(" ;\n".join(parts))
    for a in ids:
        _signatures(store).discard(a)
    store.cache.actors = None
    return ids
