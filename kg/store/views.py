"""Read-only views of a store: counts, relation instances as rows, actor lookups. They only
read, through the store's public :meth:`~kg.store.Store.select`; :class:`kg.store.Store`
offers each as a method.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from kg.errors import NotFoundError, QueryError
from kg.knowledge.ontology import ACT, ACTOR_GRAPH, EVENT_GRAPH, IR, META_GRAPH
from kg.protocols import Selectable
from kg.records import FACTUALITIES
from kg.store.rdf import iri, lit


def stats(store: Selectable) -> dict[str, Any]:
    """Counts: articles, duplicates, sentences, actors, relation instances (by relation,
    language, factuality), reported events (instances of one event merged,
    :mod:`kg.store.events`), distinct triples (exports hold exactly this many), quads."""
    arts = store.select(
        "SELECT (COUNT(?a) AS ?n) (COUNT(?d) AS ?dups) (SUM(?c) AS ?sents) WHERE { GRAPH ?a { ?a a ir:Article "
        "OPTIONAL { ?a ir:duplicateOf ?x BIND(?a AS ?d) } OPTIONAL { ?a ir:sentenceCount ?c } } }"
    )[0]
    rows = store.select(
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
    actors = store.select(
        f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ GRAPH <{ACTOR_GRAPH}> {{ ?a rdfs:label ?l }} }}"
    )
    events = store.select(
        f"SELECT (COUNT(?ev) AS ?n) WHERE {{ GRAPH <{EVENT_GRAPH}> {{ ?ev a ir:ReportedEvent }} }}"
    )
    total = int(arts["n"].value)
    dups = int(arts["dups"].value)
    return {
        "articles": total - dups,
        "duplicates": dups,
        "sentences": int(arts["sents"].value) if arts["sents"] else 0,
        "actors": int(actors[0]["n"].value),
        "relation_instances": sum(by["relation"].values()),
        "events": int(events[0]["n"].value),
        "by_relation": dict(by["relation"].most_common()),
        "by_language": dict(by["language"].most_common()),
        "by_factuality": dict(by["factuality"].most_common()),
        "triples": triple_count(store),
        "quads": len(store),
        "version": store.version(),
    }


def triple_count(store: Selectable) -> int:
    """Distinct triples over every graph but kg's bookkeeping graph (what exports hold)."""
    rows = store.select(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{META_GRAPH}>) }} }}"
    )
    return int(rows[0]["n"].value)


def instance_count(store: Selectable) -> int:
    """Relation instances in the store, every factuality (what builds report writing)."""
    rows = store.select("SELECT (COUNT(?e) AS ?n) WHERE { GRAPH ?a { ?e a ir:RelationMention } }")
    return int(rows[0]["n"].value)


def resolve_actor(store: Selectable, actor: str) -> list[str]:
    """Actor IRIs for an id (``russia``, ``act:russia``), an IRI or a label (any case)."""
    name = actor.strip()
    if name.startswith("<") and name.endswith(">"):
        name = name[1:-1]
    key = name.removeprefix(str(ACT)).removeprefix("act:")
    rows = store.select(
        f"SELECT DISTINCT ?a WHERE {{ GRAPH <{ACTOR_GRAPH}> {{ ?a rdfs:label ?l }} "
        f"FILTER(?a = {iri(ACT[re.sub(r'[^A-Za-z0-9_]', '_', key)])} || LCASE(STR(?l)) = LCASE({lit(name)})) }}"
    )
    if not rows:
        raise NotFoundError(
            f"no actor {actor!r} in the store {store.location}; check the spelling (ids and English labels work)"
        )
    return [r["a"].value for r in rows]


def relation_instances(
    store: Selectable,
    since: dt.date | None = None,
    until: dt.date | None = None,
    factualities: Sequence[str] = ("asserted", "reported"),
    actor: str | None = None,
) -> list[dict[str, Any]]:
    """One dict per relation instance (keys: event, subject, subject_label, subject_type,
    relation, object, object_label, object_type, date, factuality, confidence, pattern,
    event_code (the full CAMEO code, "" for stores written before kg coded one),
    subject_agent and object_agent (the state's agent: "COP" for its police, else ""),
    sentence, sentence_index, speaker, article, url, title, lang, source, event_cluster: the
    ``ir:ReportedEvent`` it belongs to, see :mod:`kg.store.events`), sorted by date,
    article and sentence index. Instances without a date are left out when since/until is given."""
    rows = store.select(instances_query(store, since, until, factualities, actor))
    return sorted((row(r) for r in rows), key=row_key)


def event_filter(
    store: Selectable,
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
        who = ", ".join(iri(a) for a in resolve_actor(store, actor))
        filters.append(f"(?s IN ({who}) || ?o IN ({who}))")
    return " && ".join(filters)


def instances_query(
    store: Selectable,
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
            ("ir:eventCode", "code"),
            ("ir:subjectAgent", "sag"),
            ("ir:objectAgent", "oag"),
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
    lab += f" OPTIONAL {{ GRAPH <{EVENT_GRAPH}> {{ ?rev ir:hasMention ?e }} }}"
    return (
        "SELECT ?e ?s ?r ?o ?f ?date ?conf ?pattern ?code ?sag ?oag ?sentence ?si ?speaker ?a ?url ?title ?lang ?source ?sl ?st ?ol ?ot ?rev "
        f"WHERE {{ GRAPH ?a {{ ?e a ir:RelationMention ; ir:subject ?s ; ir:relation ?r ; ir:object ?o ; ir:factuality ?f .{opt} }}"
        f"{lab} FILTER({where}) }}"
    )


def _local(term: Any) -> str:
    if term is None:
        return ""
    v = term.value
    return v.rsplit("#", 1)[-1] if "#" in v else v.rsplit("/", 1)[-1]


def _agent(term: Any) -> str:
    """The agent code of an agent's IRI (``act:nigeria__cop`` → ``COP``), else ""."""
    from kg.knowledge.actor_codes import split_agent_id

    found = split_agent_id(_local(term)) if term is not None else None
    return found[1] if found else ""


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
        "event_code": v.get("code", ""),
        "subject_agent": _agent(r.get("sag")),
        "object_agent": _agent(r.get("oag")),
        "sentence": v["sentence"],
        "sentence_index": int(v["si"]) if v["si"] else 0,
        "speaker": _local(r["speaker"]),
        "article": _local(r["a"]),
        "url": v["url"],
        "title": v["title"],
        "lang": v["lang"],
        "source": v["source"],
        "event_cluster": _local(r.get("rev")),
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
