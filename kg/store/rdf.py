"""The RDF kg writes (see the README's RDF model): N-Triples text for an article's node, its
relation mentions (events) and direct triples, and actor descriptions: :func:`article_lines`,
:func:`event_lines`, :func:`actor_lines` (terms written by pyoxigraph: :func:`iri`, :func:`lit`).

>>> iri("https://w3id.org/kg/actor/russia")
'<https://w3id.org/kg/actor/russia>'
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

import pyoxigraph as ox

from kg.errors import InputError
from kg.knowledge.actor_codes import agent_id, agent_label, split_agent_id
from kg.knowledge.ontology import ACT, ART, DCTERMS, EV, IR, PROV, SCHEMA, SEM
from kg.records import FACTUALITIES, Article, Triple

__all__ = ["actor_lines", "article_lines", "best_mentions", "event_lines", "iri", "lit"]

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_XSD = "http://www.w3.org/2001/XMLSchema#"


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
    if a.outlet:
        props.append((IR.outlet, lit(a.outlet)))
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
_P_EVENT_CODE = iri(IR.eventCode)
_P_SUBJECT_AGENT, _P_OBJECT_AGENT = iri(IR.subjectAgent), iri(IR.objectAgent)
_P_DATE, _P_TIMESTAMP = iri(DCTERMS.date), iri(SEM.hasTimeStamp)


def _relation(name: str) -> str:
    try:
        return IR[name]
    except (AttributeError, KeyError, ValueError):
        raise InputError(f"unknown relation {name!r}; see ontologies/ir.ttl for the list") from None


def best_mentions(a: Article, triples: Iterable[Triple]) -> dict[str, Triple]:
    """The relation mentions of an article by id (``ev:<id>``): of triples with the same
    id (sentence, subject, relation, object, factuality) the most confident one."""
    best: dict[str, Triple] = {}
    for t in triples:
        if t.factuality not in FACTUALITIES:
            raise InputError(f"unknown factuality {t.factuality!r}; use one of {FACTUALITIES}")
        key = _event_id(a.id, t)
        if key not in best or t.confidence > best[key].confidence:
            best[key] = t
    return best


def event_lines(
    a: Article, triples: Iterable[Triple] | dict[str, Triple], version: str
) -> tuple[list[str], set[str]]:
    """Event nodes and direct triples of an article (``triples``, or the mentions
    :func:`best_mentions` gave); the actor ids they use."""
    best = triples if isinstance(triples, dict) else best_mentions(a, triples)
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
        if t.cameo:
            props.append((_P_EVENT_CODE, lit(t.cameo)))
        for prop, who, agent in (
            (_P_SUBJECT_AGENT, t.subject, t.subject_agent),
            (_P_OBJECT_AGENT, t.object, t.object_agent),
        ):
            if agent:
                props.append((prop, iri(ACT[agent_id(who, agent)])))
                actors.add(agent_id(who, agent))
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
    agent = split_agent_id(actor_id)
    if agent is not None:
        owner, code = agent
        known = actors is not None and owner in actors
        name = agent_label(actors.get(owner).label if known else owner.replace("_", " "), code)
        return actor_lines(owner, actors, new_actors) + [
            f"{node} <{_RDF_TYPE}> {iri(IR.Agent)} .",
            f"{node} <{_LABEL}> {lit(name, lang='en')} .",
            f"{node} {iri(IR.agentOf)} {iri(ACT[owner])} .",
            f"{node} {iri(IR.agentCode)} {lit(code)} .",
        ]
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
