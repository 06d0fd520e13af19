"""The events graph in the store: reading events back, the updates that merge an article's
relation mentions into them (:func:`plan`, inside the article's own transaction), and
:func:`repair`. The clustering rule is :mod:`kg.store.events`'."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from types import SimpleNamespace
from typing import Any

from kg.knowledge.ontology import ACT, ART, EV, EVENT_GRAPH, IR, REV, load_relations
from kg.protocols import Writable
from kg.store.events import (
    CONVERSE,
    SPAN_DAYS,
    Event,
    Mention,
    assign,
    day_key,
    event_lines,
    mentions_of,
    new_id,
    outlet,
)
from kg.store.rdf import iri, lit

__all__ = ["plan", "repair"]

_G = f"<{EVENT_GRAPH}>"


# --- reading events back ------------------------------------------------------------------


def _mentions_query(mentions: Iterable[str]) -> str:
    """SELECT of what the clustering reads of each mention and its article. (The ids come
    first, and each OPTIONAL stands outside the GRAPH of its subject: a sub-SELECT, or an
    OPTIONAL inside ``GRAPH ?a``, is evaluated over every graph first, and grows with it.)"""
    opt = "".join(
        f" OPTIONAL {{ GRAPH ?a {{ ?{s} {p} ?{v} }} }}"
        for s, p, v in (
            ("m", "dcterms:date", "d"), ("a", "schema:url", "url"), ("a", "ir:outlet", "out"),
            ("a", "ir:source", "source"), ("a", "dcterms:date", "ad"),
        )
    )  # fmt: skip
    return (
        "SELECT ?m ?s ?r ?o ?f ?c ?d ?a ?lang ?url ?out ?source ?ad "
        f"WHERE {{ VALUES ?m {{ {' '.join(iri(EV[m]) for m in mentions)} }} "
        "GRAPH ?a { ?m ir:subject ?s ; ir:relation ?r ; ir:object ?o ; ir:factuality ?f ; "
        f"ir:confidence ?c ; prov:wasDerivedFrom ?a . ?a dcterms:language ?lang }}{opt} }}"
    )


def _local(term: Any, base: Any) -> str:
    return term.value[len(str(base)) :]


def _day(term: Any) -> dt.date | None:
    return dt.date.fromisoformat(term.value) if term is not None else None


def _load(store: Writable, inner: str, into: dict[str, Event]) -> None:
    """The events ``inner`` (a SPARQL pattern binding ?ev) selects: their stored lines, and
    the mentions they hold that are still stored."""
    found = store.select(f"SELECT DISTINCT ?ev WHERE {{ {inner} }}")
    ids = sorted({_local(r["ev"], REV) for r in found} - set(into))
    if not ids:
        return
    rows = store.select(
        f"SELECT ?ev ?p ?o WHERE {{ VALUES ?ev {{ {' '.join(iri(REV[e]) for e in ids)} }} "
        f"GRAPH {_G} {{ ?ev ?p ?o }} }}"
    )
    props: dict[str, dict[str, list]] = {}
    owner: dict[str, Event] = {}
    for r in rows:
        eid, p = _local(r["ev"], REV), r["p"].value.rsplit("#", 1)[-1]
        props.setdefault(eid, {}).setdefault(p, []).append(r["o"])
        into.setdefault(eid, Event(eid, "", False, "", "")).lines.add(
            f"{r['ev']} {r['p']} {r['o']} ."
        )
    for eid, ps in props.items():
        ev = into[eid]
        if not {"clusterKey", "sourceActor", "targetActor", "mainRelation"} <= ps.keys():
            continue  # not written by kg: left as it is
        ev.key = ps["clusterKey"][0].value.rsplit("|", 1)[0]
        ev.directed = "directed" in ps  # written only when true
        ev.source, ev.target = (_local(ps[k][0], ACT) for k in ("sourceActor", "targetActor"))
        if _local(ps["mainRelation"][0], IR._NS) in CONVERSE:
            ev.source, ev.target = ev.target, ev.source  # written "A hosts B": B → A
        for m in ps.get("hasMention", []):
            owner[_local(m, EV)] = ev
    for r in store.select(_mentions_query(owner)) if owner else ():
        d, mid = _day(r["d"]), _local(r["m"], EV)
        owner[mid].mentions[mid] = Mention(
            mid, _local(r["a"], ART), _local(r["s"], ACT), _local(r["r"], IR._NS),
            _local(r["o"], ACT), _local(r["f"], IR._NS), float(r["c"].value), d,
            _day(r["ad"]) or d, r["lang"].value,
            outlet(*(r[k].value if r[k] else "" for k in ("url", "source", "out"))),
        )  # fmt: skip


def _candidates(store: Writable, new: list[tuple[Mention, str]], into: dict[str, Event]) -> None:
    """The events the mentions may join: their key on a date of the window (exact matches);
    and any stored under the id a new event of theirs would take, so it is not reused."""
    near = range(-SPAN_DAYS, SPAN_DAYS + 1)
    keys = {
        day_key(k, m.date + dt.timedelta(days=n) if m.date else None)
        for m, k in new
        for n in (near if m.date else [0])
    }
    values = " ".join(lit(k) for k in sorted(keys))
    ids = " ".join(sorted({iri(REV[new_id(k, m, set())]) for m, k in new}))
    _load(
        store,
        f"{{ VALUES ?key {{ {values} }} GRAPH {_G} {{ ?ev ir:clusterKey ?key }} }} UNION "
        f"{{ VALUES ?ev {{ {ids} }} GRAPH {_G} {{ ?ev a ir:ReportedEvent }} }}",
        into,
    )


def _fed_by(store: Writable, articles: Iterable[str], into: dict[str, Event]) -> None:
    values = " ".join(iri(ART[a]) for a in articles)
    _load(
        store,
        f"VALUES ?a0 {{ {values} }} GRAPH ?a0 {{ ?m0 prov:wasDerivedFrom ?a0 }} "
        f"GRAPH {_G} {{ ?ev ir:hasMention ?m0 }}",
        into,
    )


# --- writing ------------------------------------------------------------------------------


def plan(
    store: Writable, new: list[Mention], drops: Iterable[str] = ()
) -> tuple[list[str], set[str]]:
    """SPARQL update operations that take the mentions of the ``drops`` articles out of
    their events and put ``new`` (one article's mentions) into events, with the actor ids
    the events name (to describe in the actor graph). Reads the store; writes nothing."""
    drops = sorted(set(drops))
    keyed = [(m, k) for m in sorted(new, key=lambda m: m.id) if (k := m.key()) is not None]
    events: dict[str, Event] = {}
    if drops:
        _fed_by(store, drops, events)
    if keyed:
        _candidates(store, keyed, events)
    touched = set()
    for ev in events.values():
        gone = [k for k, m in ev.mentions.items() if m.article in drops]
        for k in gone:
            del ev.mentions[k]
        touched |= {ev.id} if gone else set()
    taken = {ev.id for ev in events.values() if ev.mentions}
    touched |= assign(keyed, events, taken)
    return _updates([events[i] for i in sorted(touched)])


def _updates(touched: list[Event]) -> tuple[list[str], set[str]]:
    """DELETE DATA of the stored lines that change, INSERT DATA of the new ones: an event a
    mention joins changes its counts and one link, not its whole description."""
    old, new, names = set(), set(), set()
    for ev in touched:
        lines: set[str] = set()
        if ev.mentions:
            more, used = event_lines(ev)
            lines, names = set(more), names | used
        old |= ev.lines - lines
        new |= lines - ev.lines
    parts = [
        f"{op} DATA {{ GRAPH {_G} {{\n" + "\n".join(sorted(lines)) + "\n} }"
        for op, lines in (("DELETE", old), ("INSERT", new))
        if lines
    ]
    return parts, names


# --- repair ----------------------------------------------------------------------------------


def _article_mentions(store: Writable, aid: str, actors: Any) -> list[Mention]:
    """The mentions of stored article ``aid`` that no event holds, rolled up to states."""
    node = iri(ART[aid])
    rows = store.select(
        f"SELECT ?m ?s ?r ?o ?f ?c ?d ?lang ?url ?out ?source ?ad ?free WHERE {{ GRAPH {node} {{ "
        "?m a ir:RelationMention ; ir:subject ?s ; ir:relation ?r ; ir:object ?o ; ir:factuality ?f "
        f"; ir:confidence ?c . {node} dcterms:language ?lang }} "
        f"OPTIONAL {{ GRAPH {node} {{ ?m dcterms:date ?d }} }} "
        f"OPTIONAL {{ GRAPH {node} {{ {node} schema:url ?url }} }} "
        f"OPTIONAL {{ GRAPH {node} {{ {node} ir:source ?source }} }} "
        f"OPTIONAL {{ GRAPH {node} {{ {node} ir:outlet ?out }} }} "
        f"OPTIONAL {{ GRAPH {node} {{ {node} dcterms:date ?ad }} }} "
        f"BIND(NOT EXISTS {{ GRAPH {_G} {{ ?ev ir:hasMention ?m }} }} AS ?free) }}"
    )
    if not rows:
        return []
    r0 = rows[0]
    text = {k: (r0[k].value if r0[k] is not None else "") for k in ("lang", "url", "source", "out")}
    article = SimpleNamespace(
        id=aid, date=_day(r0["ad"]), lang=text["lang"] or "und", url=text["url"],
        source=text["source"], outlet=text["out"],
    )  # fmt: skip
    best = {}
    for r in rows:
        t = SimpleNamespace(
            subject=_local(r["s"], ACT), relation=_local(r["r"], IR._NS),
            object=_local(r["o"], ACT), factuality=_local(r["f"], IR._NS),
            confidence=float(r["c"].value), date=_day(r["d"]),
            free=r["free"].value == "true",
        )  # fmt: skip
        best[_local(r["m"], EV)] = t
    free = {k for k, t in best.items() if t.free}
    return [m for m in mentions_of(article, best, actors) if m.id in free]


def repair(store: Writable, actors: Any = None) -> int:
    """Make the events graph agree with the mentions: links to mentions no longer stored are
    dropped (events left with none are deleted, the others recounted), and mentions no event
    holds join events as a new article's would, one article at a time (oldest first). Returns
    how many events were recounted or deleted plus how many mentions were given one."""
    dangling = store.select(
        f"SELECT DISTINCT ?ev WHERE {{ GRAPH {_G} {{ ?ev ir:hasMention ?m }} "
        "FILTER NOT EXISTS { GRAPH ?g { ?m a ir:RelationMention } } }"
    )
    changed = 0
    if dangling:
        ids = [_local(r["ev"], REV) for r in dangling]
        events: dict[str, Event] = {}
        _load(store, f"VALUES ?ev {{ {' '.join(iri(REV[i]) for i in ids)} }}", events)
        parts, _ = _updates(list(events.values()))
        store.write(" ;\n".join(parts))
        changed += len(ids)
    structural = ", ".join(iri(IR[n]) for n, r in load_relations().items() if r.structural)
    rows = store.select(
        "SELECT ?a (MIN(?ad) AS ?day) WHERE { GRAPH ?a { ?m a ir:RelationMention ; ir:relation ?r "
        f"OPTIONAL {{ ?a dcterms:date ?ad }} }} FILTER(?r NOT IN ({structural})) "
        f"FILTER NOT EXISTS {{ GRAPH {_G} {{ ?ev ir:hasMention ?m }} }} }} GROUP BY ?a"
    )
    order = sorted((r["day"].value if r["day"] else "", r["a"].value) for r in rows)
    for _day_text, node in order:
        mentions = _article_mentions(store, _local_art(node), actors)
        parts, _ = plan(store, mentions)
        if parts:
            store.write(" ;\n".join(parts))
            changed += len(mentions)
    return changed


def _local_art(value: str) -> str:
    return value[len(str(ART)) :]
