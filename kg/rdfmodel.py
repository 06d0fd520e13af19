"""The RDF model kg writes and reads back (see the README's RDF model).

* N-Triples text for an article's node, its relation mentions (events) and direct triples,
  and actor descriptions: :func:`article_lines`, :func:`event_lines`, :func:`actor_lines`
  (terms written by pyoxigraph: :func:`iri`, :func:`lit`);
* near-duplicate signatures: :func:`minhash` and the LSH index :class:`Signatures`;
* relation instances read back: :func:`event_filter`, :func:`instances_query`, :func:`row`,
  :func:`row_key` (used by :meth:`kg.store.Store.relation_instances` and :mod:`kg.export`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import struct
import zlib
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from kg.errors import InputError, QueryError
from kg.model import FACTUALITIES, Article, Triple
from kg.ontology import ACT, ACTOR_GRAPH, ART, DCTERMS, EV, IR, PROV, SCHEMA, SEM

if TYPE_CHECKING:
    from kg.store import Store

__all__ = [
    "DUPLICATE_JACCARD",
    "Signatures",
    "actor_lines",
    "article_lines",
    "event_filter",
    "event_lines",
    "instances_query",
    "iri",
    "lit",
    "minhash",
    "row",
    "row_key",
    "sig_parse",
    "sig_text",
]

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_XSD = "http://www.w3.org/2001/XMLSchema#"
DUPLICATE_JACCARD = 0.9
_BANDS, _ROWS = 16, 4  # 64 MinHash values, LSH in 16 bands of 4
# 64 (odd multiplier, addend) pairs of 64 bits for minhash(), fixed so signatures stay
# comparable across runs and machines (bytes: immutable)
_MULTIPLIERS = b"".join(
    (int.from_bytes(hashlib.sha256(b"kg-minhash-a%d" % i).digest()[:8], "big") | 1).to_bytes(
        8, "big"
    )
    for i in range(_BANDS * _ROWS)
)
_ADDENDS = b"".join(
    hashlib.sha256(b"kg-minhash-b%d" % i).digest()[:8] for i in range(_BANDS * _ROWS)
)


# --- near-duplicate signatures ----------------------------------------------------------


def minhash(text: str, n: int = 5) -> tuple[int, ...]:
    """64 MinHash values (32-bit) over the word ``n``-grams of ``text`` (case folded).

    Each n-gram is hashed once (CRC-32); 64 multiply-add-shift hashes of that value (a
    strongly universal family on 32-bit keys, fixed odd multipliers) give the 64 values,
    vectorised with numpy; the signature is their element-wise minimum. Equal positions / 64
    estimates the Jaccard similarity of two texts' n-gram sets."""
    import numpy as np

    words = re.findall(r"\w+", text.casefold())
    grams = {" ".join(words[i : i + n]) for i in range(max(1, len(words) - n + 1))}
    keys = np.fromiter((zlib.crc32(g.encode()) for g in grams), np.uint64, len(grams))
    mul = np.frombuffer(_MULTIPLIERS, ">u8").astype(np.uint64)
    add = np.frombuffer(_ADDENDS, ">u8").astype(np.uint64)
    with np.errstate(over="ignore"):  # arithmetic modulo 2**64 is the point
        values = (keys[:, None] * mul[None, :] + add[None, :]) >> np.uint64(32)
    return tuple(int(v) for v in values.min(axis=0))


def sig_text(sig: Sequence[int]) -> str:
    """A signature as hex text (8 hex digits per value), as kept in the bookkeeping graph."""
    return b"".join(v.to_bytes(4, "big") for v in sig).hex()


def sig_parse(text: str) -> tuple[int, ...]:
    """The signature :func:`sig_text` wrote."""
    raw = bytes.fromhex(text)
    return tuple(int.from_bytes(raw[i : i + 4], "big") for i in range(0, len(raw), 4))


class Signatures:
    """In-memory LSH index of the stored articles' signatures (loaded once per Store).

    Kept compact, since it grows with the store: each signature as 256 bytes, each of its
    16 band keys as 17 bytes mapping to the one article (or the set of articles) with that
    band; about 3 KB per article."""

    def __init__(self) -> None:
        self.sigs: dict[str, bytes] = {}
        self.bands: dict[bytes, str | set[str]] = {}

    @staticmethod
    def _keys(packed: bytes) -> list[bytes]:
        width = 4 * _ROWS
        return [bytes((b,)) + packed[b * width : (b + 1) * width] for b in range(_BANDS)]

    def add(self, article: str, sig: Sequence[int]) -> None:
        packed = struct.pack(f">{len(sig)}I", *sig)
        self.sigs[article] = packed
        for key in self._keys(packed):
            have = self.bands.get(key)
            if have is None or have == article:
                self.bands[key] = article
            elif isinstance(have, set):
                have.add(article)
            else:
                self.bands[key] = {have, article}

    def get(self, article: str) -> tuple[int, ...] | None:
        """The signature stored for ``article``, if any."""
        packed = self.sigs.get(article)
        return struct.unpack(f">{len(packed) // 4}I", packed) if packed else None

    def discard(self, article: str) -> None:
        packed = self.sigs.pop(article, None)
        for key in self._keys(packed) if packed else []:
            have = self.bands.get(key)
            if have == article:
                del self.bands[key]
            elif isinstance(have, set):
                have.discard(article)

    def near(self, sig: Sequence[int], exclude: set[str], prefer: str | None = None) -> str | None:
        """The stored article most similar to ``sig`` with estimated Jaccard ≥ 0.9, if any;
        ``prefer`` (the original a copy was linked to) wins while it is still that near, so
        re-deriving a copy does not move its link to an original stored after it."""
        found: set[str] = set()
        for key in self._keys(struct.pack(f">{len(sig)}I", *sig)):
            have = self.bands.get(key)
            if isinstance(have, set):
                found |= have
            elif have is not None:
                found.add(have)
        scored = []
        for a in sorted(found - exclude):
            other = struct.unpack(f">{len(sig)}I", self.sigs[a])
            scored.append((sum(x == y for x, y in zip(sig, other, strict=True)), a))
        near = [(score, a) for score, a in scored if score >= DUPLICATE_JACCARD * len(sig)]
        if any(a == prefer for _, a in near):
            return prefer
        return max(near, default=(0, None))[1]


# --- RDF terms as N-Triples text ------------------------------------------------------------


def iri(value: str) -> str:
    """``<value>`` in N-Triples; InputError when ``value`` is not a valid IRI."""
    try:
        return str(ox.NamedNode(str(value)))
    except ValueError:
        raise InputError(f"{value!r} is not a valid IRI; actor ids are lower-case slugs") from None


def lit(value: Any, datatype: str | None = None, lang: str | None = None) -> str:
    """A literal in N-Triples: plain, ``@lang`` or typed ``xsd:<datatype>``."""
    if datatype:
        return str(ox.Literal(str(value), datatype=ox.NamedNode(_XSD + datatype)))
    return str(ox.Literal(str(value), language=lang) if lang else ox.Literal(str(value)))


def _conf(value: float) -> str:
    return f"{min(max(float(value), 0.0), 1.0):.4f}".rstrip("0").rstrip(".") or "0"


def _event_id(article_id: str, t: Triple) -> str:
    key = f"{article_id}|{t.sentence_index}|{t.subject}|{t.relation}|{t.object}|{t.factuality}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def article_lines(
    a: Article, sentences: int | None, version: str, duplicate_of: str | None = None
) -> list[str]:
    """N-Triples lines describing the article node ``art:<id>``."""
    node = iri(ART[a.id])
    props = [
        (_RDF_TYPE, iri(IR.Article)),
        (_RDF_TYPE, iri(PROV.Entity)),
        (IR.sha256, lit(a.sha256)),
        (DCTERMS.language, lit(a.lang or "und")),
        (IR.extractor, lit(f"kg {version}")),
    ]
    if a.title:
        props.append((DCTERMS.title, lit(a.title)))
    if a.url:
        props.append((SCHEMA.url, lit(a.url, "anyURI")))
    if a.date:
        props.append((DCTERMS.date, lit(a.date.isoformat(), "date")))
    if a.source:
        props.append((IR.source, lit(a.source)))
    if sentences is not None:
        props.append((IR.sentenceCount, lit(int(sentences), "integer")))
    if duplicate_of:
        props.append((IR.duplicateOf, iri(ART[duplicate_of])))
    return [f"{node} {iri(p)} {o} ." for p, o in props]


# predicates and classes of event_lines(), rendered once (N-Triples text: immutable)
_P_TYPE = f"<{_RDF_TYPE}>"
_O_MENTION, _O_EVENT = iri(IR.RelationMention), iri(SEM.Event)
_P_SUBJECT, _P_RELATION, _P_OBJECT = iri(IR.subject), iri(IR.relation), iri(IR.object)
_P_HAS_ACTOR, _P_FACTUALITY, _P_CONFIDENCE = (
    iri(SEM.hasActor),
    iri(IR.factuality),
    iri(IR.confidence),
)
_P_SENTENCE, _P_SENTENCE_INDEX = iri(IR.sentence), iri(IR.sentenceIndex)
_P_CHAR_START, _P_CHAR_END = iri(IR.charStart), iri(IR.charEnd)
_P_DERIVED, _P_GENERATED = iri(PROV.wasDerivedFrom), iri(PROV.wasGeneratedBy)
_P_PATTERN, _P_SPEAKER = iri(IR.pattern), iri(IR.speaker)
_P_DATE, _P_TIMESTAMP = iri(DCTERMS.date), iri(SEM.hasTimeStamp)


def _relation(name: str) -> str:
    try:
        return IR[name]
    except (AttributeError, KeyError, ValueError):
        raise InputError(f"unknown relation {name!r}; see ontologies/ir.ttl for the list") from None


def event_lines(a: Article, triples: Iterable[Triple], version: str) -> tuple[list[str], set[str]]:
    """Event nodes and direct triples of an article; the actor ids they use."""
    best: dict[str, Triple] = {}
    for t in triples:
        if t.factuality not in FACTUALITIES:
            raise InputError(f"unknown factuality {t.factuality!r}; use one of {FACTUALITIES}")
        key = _event_id(a.id, t)
        if key not in best or t.confidence > best[key].confidence:
            best[key] = t
    lines, actors, art = [], set(), iri(ART[a.id])
    generated = lit(f"kg {version}")
    for key, t in best.items():
        ev, s, o = iri(EV[key]), iri(ACT[t.subject]), iri(ACT[t.object])
        rel = iri(_relation(t.relation))
        actors |= {t.subject, t.object}
        props = [
            (_P_TYPE, _O_MENTION),
            (_P_TYPE, _O_EVENT),
            (_P_SUBJECT, s),
            (_P_RELATION, rel),
            (_P_OBJECT, o),
            (_P_HAS_ACTOR, s),
            (_P_HAS_ACTOR, o),
            (_P_FACTUALITY, iri(IR[t.factuality])),
            (_P_CONFIDENCE, lit(_conf(t.confidence), "decimal")),
            (_P_SENTENCE, lit(t.sentence)),
            (_P_SENTENCE_INDEX, lit(int(t.sentence_index), "integer")),
            (_P_CHAR_START, lit(int(t.char_start), "integer")),
            (_P_CHAR_END, lit(int(t.char_end), "integer")),
            (_P_DERIVED, art),
            (_P_GENERATED, generated),
        ]
        if t.pattern:
            props.append((_P_PATTERN, lit(t.pattern)))
        when = t.date or a.date
        if when:
            day = lit(when.isoformat(), "date")
            props += [(_P_DATE, day), (_P_TIMESTAMP, day)]
        if t.source:
            props.append((_P_SPEAKER, iri(ACT[t.source])))
            actors.add(t.source)
        for name in ("quantity", "percent"):
            if t.quantities.get(name):
                props.append((iri(IR[name]), lit(t.quantities[name])))
        lines += [f"{ev} {p} {obj} ." for p, obj in props]
        if t.factuality in ("asserted", "reported"):
            lines.append(f"{s} {rel} {o} .")
    return lines, actors


def actor_lines(actor_id: str, actors: Any, new_actors: Mapping[str, Any] | None) -> list[str]:
    """N-Triples lines describing an actor (from ``actors`` or ``new_actors``, else a stub)."""
    node = iri(ACT[actor_id])
    found = None
    if actors is not None and actor_id in actors:
        found = actors.get(actor_id)
    elif new_actors and actor_id in new_actors:
        found = new_actors[actor_id]
    if found is None:
        return [
            f"{node} <{_RDF_TYPE}> {iri(IR.Actor)} .",
            f"{node} <{_LABEL}> {lit(actor_id.replace('_', ' '), lang='en')} .",
        ]
    kind = getattr(IR, str(found.type), IR.Actor) if found.type else IR.Actor
    props = [(_RDF_TYPE, iri(kind)), (_LABEL, lit(found.label, lang="en"))]
    if getattr(found, "cameo", None):
        props.append((IR.cameoCode, lit(found.cameo)))
    if getattr(found, "iso3", None):
        props.append((IR.iso3, lit(found.iso3)))
    if getattr(found, "qid", None):
        props.append((IR.wikidata, iri("http://www.wikidata.org/entity/" + found.qid)))
    if getattr(found, "nationality", None):
        props.append((IR.nationality, iri(ACT[found.nationality])))
    return [f"{node} {iri(p)} {o} ." for p, o in props]


# --- reading relation instances back -------------------------------------------------


def event_filter(
    store: Store,
    since: dt.date | None,
    until: dt.date | None,
    factualities: Sequence[str],
    actor: str | None,
) -> str:
    """A SPARQL FILTER expression over ?f (factuality), ?date, ?s and ?o (subject, object)."""
    bad = [f for f in factualities if f not in FACTUALITIES]
    if bad:
        raise QueryError(f"unknown factuality {bad[0]!r}; use {', '.join(FACTUALITIES)}")
    filters = (
        [f"?f IN ({', '.join(iri(IR[f]) for f in factualities)})"] if factualities else ["false"]
    )
    if since:
        filters.append(f"?date >= {lit(since.isoformat(), 'date')}")
    if until:
        filters.append(f"?date <= {lit(until.isoformat(), 'date')}")
    if actor:
        who = ", ".join(iri(a) for a in store.resolve_actor(actor))
        filters.append(f"(?s IN ({who}) || ?o IN ({who}))")
    return " && ".join(filters)


def instances_query(
    store: Store,
    since: dt.date | None,
    until: dt.date | None,
    factualities: Sequence[str],
    actor: str | None,
) -> str:
    """SPARQL SELECT of the relation instances :func:`event_filter` selects (see :func:`row`)."""
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


def row(r: Mapping[str, Any]) -> dict[str, Any]:
    """A solution of :func:`instances_query` as a relation-instance dict."""
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


def row_key(row: Mapping[str, Any]) -> tuple:
    """Sort key of a relation instance: date, article, sentence index, triple, factuality."""
    return (
        row["date"] or dt.date.min,
        row["article"],
        row["sentence_index"],
        row["subject"],
        row["relation"],
        row["object"],
        row["factuality"],
    )
