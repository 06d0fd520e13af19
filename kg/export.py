"""Exports of a kg store: RDF (streamed), graphs for Gephi/yEd, CSV, CAMEO event rows.

>>> with open("g.ttl", "wb") as fh:                                       # doctest: +SKIP
...     export(store, "turtle", fh)

* ``turtle`` / ``nt``: the union of all graphs as triples, each distinct triple once (so
  parsing the file with rdflib gives ``store.stats()["triples"]``); Turtle with kg's prefixes.
* ``nquads`` / ``trig`` / ``jsonld``: every graph with its name (provenance kept).
* ``graphml`` / ``gexf``: actors as nodes; one edge per (subject, object, relation,
  factuality) with ``count``, ``first``/``last`` date and ``polarity``.
* ``csv``: one row per relation instance (the ``factuality`` column says which).
* ``cameo``: Phoenix's tab-separated event columns, in Phoenix's order (``EventID Date Year
  Month Day SourceActorFull SourceActorEntity SourceActorRole SourceActorAttribute
  TargetActorFull TargetActorEntity TargetActorRole TargetActorAttribute EventCode
  EventRootCode QuadClass GoldsteinScore Issues Lat Lon LocationName StateName CountryCode
  SentenceID URLs NewsSources``; Date is ``YYYYMMDD``; kg leaves Issues and the location
  columns empty), then kg's own: ``Factuality Relation Source Target Article Sentence``, with a
  header line. A symmetric relation (talks, meetings, agreements, fights) gives two rows, one
  per direction, as PETRARCH codes it (the second's EventID ends in ``-r``). Actor codes: see
  :class:`kg.knowledge.actor_codes.ActorCodes` (a state's ISO3; a person in a government office on the event
  date: the state's ISO3 + ``GOV``, else the person's state; an organisation's CAMEO or Phoenix
  code). Left out: structural relations (member_of, leader_of, official_of: not events),
  negated instances (did not happen), and rows where an actor has no code.
* ``plover``: one JSON object per line per event, POLECAT/PLOVER style: ``id``,
  ``event_type`` (the PLOVER category of ``ir:ploverType``), ``mode`` (PLOVER's CONSULT mode
  ``visit`` for visits, else null), ``quad_code``, ``event_date``, then ``actor_name``,
  ``actor_country`` (ISO3 of the state it stands for on the date), ``actor_code``,
  ``actor_sector``, ``actor_wikidata``, ``actor_id`` and the same six for ``recipient_``,
  ``reciprocal`` (true for a symmetric relation: the event reads both ways), ``cameo_code``,
  ``goldstein``, ``factuality``, ``relation``, ``story_id`` (the article), ``url``, ``title``,
  ``language``, ``sentence_index``, ``text`` (the sentence) and ``coder``. Events without a
  PLOVER category (statements, briefings: PLOVER drops CAMEO 01) and negated ones are left out.

``factualities`` (default: asserted and reported, as ``kg triples`` and the analytics) select
events of every format: an RDF export leaves out the relation mentions of the other
factualities. ``since``/``until``/``actor`` select events (by event date and subject/object);
an RDF export then holds those events, their direct triples, their articles' descriptions and
their actors' descriptions. kg's bookkeeping graph is never exported, the ontology graph
(``ontologies/ir.ttl``, 770 lines of Turtle) only with ``ontology=True``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, BinaryIO

import pyoxigraph as ox

from kg.errors import UsageError
from kg.knowledge.ontology import ACTOR_GRAPH, EVENT_GRAPH, PREFIXES
from kg.records import DEFAULT_FACTUALITIES, FACTUALITIES
from kg.store import META_GRAPH, ONTOLOGY_GRAPH, Store
from kg.store.views import event_filter

__all__ = ["FORMATS", "export", "format_stats", "format_triples", "triples_rows"]

RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
}
FORMATS = (*RDF_FORMATS, "graphml", "gexf", "csv", "cameo", "plover")
TRIPLE_COLUMNS = ("subject", "relation", "object", "date", "factuality", "confidence")
TRIPLE_COLUMNS += ("article", "sentence", "url", "pattern", "speaker")
CSV_COLUMNS = (
    *("event", "subject", "subject_label", "subject_type", "relation", "object", "object_label"),
    *("object_type", "date", "factuality", "confidence", "pattern", "sentence", "sentence_index"),
    *("speaker", "article", "url", "title", "lang", "source"),
)


def export(
    store: Store,
    fmt: str,
    out: BinaryIO | str | Path,
    since: dt.date | None = None,
    until: dt.date | None = None,
    actor: str | None = None,
    *,
    actors: Any = None,
    factualities: Sequence[str] = DEFAULT_FACTUALITIES,
    ontology: bool = False,
) -> None:
    """Write ``store`` to ``out`` (a binary file or a path) in ``fmt`` (see the module docstring)."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if isinstance(out, (str, Path)):
        with open(out, "wb") as fh:
            return export(
                store, fmt, fh, since, until, actor,
                actors=actors, factualities=factualities, ontology=ontology,
            )  # fmt: skip
    if fmt in RDF_FORMATS:
        triples = fmt in ("turtle", "nt")
        items = _rdf(store, since, until, actor, factualities, ontology, triples=triples)
        prefixes = PREFIXES if fmt in ("turtle", "trig", "jsonld") else None
        ox.serialize(items, out, RDF_FORMATS[fmt], prefixes=prefixes)
        return None
    rows = store.relation_instances(since, until, factualities, actor)
    if fmt in ("graphml", "gexf"):
        import networkx as nx

        graph = to_multigraph(rows)
        writer = nx.write_graphml if fmt == "graphml" else nx.write_gexf
        writer(graph, out)
    elif fmt == "csv":
        _write_text(out, _csv(rows, CSV_COLUMNS))
    else:
        from kg.export_coded import cameo, plover

        _write_text(out, (plover if fmt == "plover" else cameo)(rows, actors))
    return None


def _write_text(out: BinaryIO, text: str) -> None:
    out.write(text.encode("utf-8"))


def _rdf(
    store: Store, since, until, actor, factualities, ontology: bool, *, triples: bool
) -> Iterator[ox.Triple | ox.Quad]:
    """The store's quads (or distinct triples) outside the bookkeeping graph, selected."""
    left_out = [f"<{META_GRAPH}>"] + ([] if ontology else [f"<{ONTOLOGY_GRAPH}>"])
    wheres = [f"GRAPH ?g {{ ?s ?p ?o }} FILTER(?g NOT IN ({', '.join(left_out)}))"]
    distinct = ""
    others = [f for f in FACTUALITIES if f not in factualities]
    if others:  # the relation mentions (and reported events) of the other factualities are left out
        facts = ", ".join(f"ir:{f}" for f in others)
        wheres = [  # the events graph apart: one filter per triple is what an export costs
            f"GRAPH ?g {{ ?s ?p ?o }} FILTER(?g NOT IN ({', '.join([*left_out, f'<{EVENT_GRAPH}>'])}))"
            f" FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ir:factuality ?f }} FILTER(?f IN ({facts})) }}",
            f"GRAPH <{EVENT_GRAPH}> {{ ?s ?p ?o MINUS {{ ?s ir:eventFactuality ?f "
            f"FILTER(?f IN ({facts})) }} }} BIND(<{EVENT_GRAPH}> AS ?g)",
        ]
    if since or until or actor:
        wheres, distinct = [_selection(store, since, until, actor, factualities)], "DISTINCT "
    for where in wheres:  # no triple is in both: event nodes are only in the events graph
        if triples:  # CONSTRUCT answers a set: each distinct triple once
            yield from store.solutions(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {where} }}", "graph")
            continue
        for sol in store.solutions(f"SELECT {distinct}?s ?p ?o ?g WHERE {{ {where} }}"):
            yield ox.Quad(sol["s"], sol["p"], sol["o"], sol["g"])


def _selection(store: Store, since, until, actor, factualities) -> str:
    """SPARQL binding ?g ?s ?p ?o to the quads about the selected events."""
    cond = event_filter(store, since, until, factualities, actor)
    events = (
        "{ SELECT DISTINCT ?a ?e WHERE { GRAPH ?a { ?e a ir:RelationMention ; ir:subject ?s ; "
        f"ir:object ?o ; ir:factuality ?f OPTIONAL {{ ?e dcterms:date ?date }} }} FILTER({cond}) }} }}"
    )
    branches = [
        "GRAPH ?a { ?e ?p ?o } BIND(?e AS ?s) BIND(?a AS ?g)",
        "GRAPH ?a { ?e ir:subject ?s ; ir:relation ?p ; ir:object ?o ; ir:factuality ?ff . ?s ?p ?o "
        "FILTER(?ff IN (ir:asserted, ir:reported)) } BIND(?a AS ?g)",
        "GRAPH ?a { ?a ?p ?o } BIND(?a AS ?s) BIND(?a AS ?g)",
        f"GRAPH ?a {{ ?e sem:hasActor|ir:speaker ?s }} GRAPH <{ACTOR_GRAPH}> {{ ?s ?p ?o }} "
        f"BIND(<{ACTOR_GRAPH}> AS ?g)",
    ]
    return events + " { " + " } UNION { ".join(branches) + " }"


def to_multigraph(rows: Iterable[Mapping[str, Any]]):
    """A networkx MultiDiGraph: actor nodes (label, type); an edge per subject, object,
    relation and factuality, with count, first and last date, and polarity."""
    import networkx as nx

    from kg.knowledge.ontology import load_relations

    relations = load_relations()
    graph = nx.MultiDiGraph()
    for r in rows:
        for role in ("subject", "object"):
            graph.add_node(r[role], label=r[f"{role}_label"], type=r[f"{role}_type"])
        key = f"{r['relation']}|{r['factuality']}"
        date = r["date"].isoformat() if r["date"] else ""
        if graph.has_edge(r["subject"], r["object"], key):
            e = graph.edges[r["subject"], r["object"], key]
            e["count"] += 1
            e["first"] = min(filter(None, (e["first"], date)), default="")
            e["last"] = max(e["last"], date)
        else:
            rel = relations.get(r["relation"])
            graph.add_edge(
                r["subject"],
                r["object"],
                key=key,
                relation=r["relation"],
                factuality=r["factuality"],
                polarity=rel.polarity if rel else "",
                count=1,
                first=date,
                last=date,
            )
    return graph


def _csv(rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for r in rows:
        writer.writerow([_cell(r.get(c)) for c in columns])
    return buf.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def triples_rows(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, str]]:
    """``kg triples`` rows: labels for subject and object, the contract's columns."""
    out = []
    for r in rows:
        row = {c: _cell(r.get(c)) for c in TRIPLE_COLUMNS}
        row["subject"], row["object"] = r["subject_label"], r["object_label"]
        out.append(row)
    return out


def format_triples(
    store: Store,
    fmt: str = "tsv",
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    actor: str | None = None,
    factualities: Sequence[str] = ("asserted", "reported"),
) -> str:
    """What ``kg triples`` prints: header ``subject relation object date factuality confidence
    article sentence url pattern speaker``, one row per relation instance (tsv, csv or json)."""
    rows = triples_rows(store.relation_instances(since, until, factualities, actor))
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        return _csv(rows, TRIPLE_COLUMNS)
    if fmt != "tsv":
        raise UsageError(f"unknown format {fmt!r}; use tsv, csv or json")
    lines = ["\t".join(TRIPLE_COLUMNS)]
    lines += ["\t".join(" ".join(r[c].split()) for c in TRIPLE_COLUMNS) for r in rows]
    return "\n".join(lines) + "\n"


def format_stats(stats: Mapping[str, Any]) -> str:
    """``kg stats`` output: one count per line, then the breakdowns."""
    lines = [
        ("articles", stats["articles"]),
        ("duplicates (linked, not counted)", stats["duplicates"]),
        ("sentences", stats["sentences"]),
        ("actors", stats["actors"]),
        ("relation instances", stats["relation_instances"]),
        ("events (instances of one event merged)", stats.get("events", 0)),
        ("triples (distinct, as exported)", stats["triples"]),
        ("quads (stored)", stats["quads"]),
    ]
    width = max(len(k) for k, _ in lines)
    out = [f"{k.ljust(width)}  {v:>8}" for k, v in lines]
    for key, title in (
        ("by_relation", "relation"),
        ("by_language", "language"),
        ("by_factuality", "factuality"),
    ):
        if stats.get(key):
            out.append(f"relation instances by {title}:")
            out += [f"  {name.ljust(width - 2)}  {n:>8}" for name, n in stats[key].items()]
    return "\n".join(out)
