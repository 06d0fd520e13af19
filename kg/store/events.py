"""Reported events: the relation mentions of different articles that report one real-world
event, merged into one ``ir:ReportedEvent`` node of the events graph (``EVENT_GRAPH``) with
its mentions (``ir:hasMention``), how many mentions, articles and outlets report it, their
languages, its date and when it was first and last reported. The analytics count these
events by default; ``--count mentions`` counts every mention in every article instead.

**The clustering rule.** A relation mention joins an event when

1. *key*: both have the same state-level dyad, unordered (a person counts as the state they
   served on the mention's date, else as the state the article says they lead or serve;
   organisations as themselves), the same CAMEO root, and the same factuality class:
   asserted and reported mentions merge, negated and future ones only among themselves (an
   article that denies a call never merges into the call);
2. *direction*: symmetric relations (talks, meetings, agreements, fighting) have none; the
   others go subject → object (``hosts`` as its guest's visit, guest → host). An event takes
   the direction of its first directed mention and then accepts only mentions of that
   direction or of none (A criticising B and B criticising A the same day are two events);
3. *dates*: the mention dates of one event all lie within ``SPAN_DAYS`` (2) days of each other,
   the event's day ± 1, as reports come the day before (time zones), the day of and the day
   after; events of one dyad and root three days or more apart stay apart. Undated mentions
   join only undated events.

Where several events qualify, the mention joins the one that already has its relation, then
the one whose dates stay narrowest, then the one with most mentions, then the smallest id.
Wording is not compared, so reports in two languages merge. Mentions of one article that
qualify join the same event. Structural relations (member_of, leader_of, official_of) are not
events and join none.

An event's date is its mentions' most common date (the earliest on a tie); its relation the
most common relation; its factuality asserted when any mention asserts it, else the class's
own; its confidence 1 − ∏ over outlets (1 − that outlet's best confidence). An outlet is the
article's outlet (``ir:outlet``, its URL's domain by default), else its source (:func:`outlet`).

**Incremental.** :func:`kg.store.event_graph.plan` runs inside
:func:`kg.store.articles.add_article`: it finds the events a new article's mentions may join
by exact index lookups (``ir:clusterKey``, one per mention date, asked for each day of the
window), takes the mentions of the articles the write drops out of their events, and returns
the DELETE/INSERT DATA of what changes in the touched events, written in the article's own
transaction: the store never holds a mention without its event. Nothing is re-clustered.
:func:`kg.store.event_graph.repair` gives events to mentions that have none (a store written
before events existed) and drops links to mentions gone; ``kg rebuild`` runs it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from kg.errors import KgError
from kg.knowledge.ontology import ACT, DCTERMS, EV, IR, REV, load_relations
from kg.records import FACTUALITIES, outlet_of
from kg.store.rdf import iri, lit

__all__ = [
    "SPAN_DAYS",
    "Event",
    "Mention",
    "assign",
    "event_lines",
    "mentions_of",
    "new_id",
    "outlet",
]

SPAN_DAYS = 2  # the most days between two mention dates of one event
CONVERSE = frozenset({"hosts"})  # A hosts B: the direction of B visits A
_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


def outlet(url: str = "", source: str = "", given: str = "") -> str:
    """Who published an article: its outlet (``ir:outlet``, ``given``), else its URL's
    domain (:func:`kg.records.outlet_of`), else its source (path).

    >>> outlet("https://www.antaranews.com/berita/1"), outlet("", "a/b.txt")
    ('antaranews.com', 'a/b.txt')
    """
    return given or (outlet_of(url) if url else "") or source


@dataclass
class Mention:
    """One relation mention as the clustering sees it (``state_s``/``state_o``: rolled up)."""

    id: str
    article: str
    subject: str
    relation: str
    object: str
    factuality: str
    confidence: float
    date: dt.date | None
    reported: dt.date | None  # the article's date, else the mention's
    lang: str
    outlet: str
    state_s: str = ""
    state_o: str = ""

    def key(self) -> str | None:
        """CAMEO root, factuality class and sorted dyad; None for structural relations."""
        rel = load_relations().get(self.relation)
        if rel is None or rel.structural or not rel.cameo_root:
            return None
        fclass = "asserted" if self.factuality in ("asserted", "reported") else self.factuality
        x, y = sorted((self.state_s, self.state_o))
        return f"{rel.cameo_root}|{fclass}|{x}|{y}"

    def directed(self) -> bool:
        rel = load_relations().get(self.relation)
        return rel is not None and not rel.symmetric

    def direction(self) -> tuple[str, str] | None:
        """State-level (from, to) of a directed relation (``hosts``: guest → host), else None."""
        if not self.directed():
            return None
        if self.relation in CONVERSE:
            return self.state_o, self.state_s
        return self.state_s, self.state_o


@dataclass
class Event:
    id: str
    key: str
    directed: bool
    source: str
    target: str
    mentions: dict[str, Mention] = field(default_factory=dict)
    lines: set[str] = field(default_factory=set)  # its N-Triples in the store before this write

    def dates(self) -> list[dt.date]:
        return sorted(m.date for m in self.mentions.values() if m.date)

    def accepts(self, m: Mention, key: str) -> bool:
        if key != self.key or not self.mentions:
            return False
        dates = self.dates()
        if m.date is None or not dates:
            return m.date is None and not dates
        if (max(dates[-1], m.date) - min(dates[0], m.date)).days > SPAN_DAYS:
            return False
        d = m.direction()
        return d is None or not self.directed or d == (self.source, self.target)

    def rank(self, m: Mention) -> tuple:
        dates = self.dates() + ([m.date] if m.date else [])
        span = (max(dates) - min(dates)).days if dates else 0
        same = any(x.relation == m.relation for x in self.mentions.values())
        return (not same, span, -len(self.mentions), self.id)


def _roller(actors: Any, local: Mapping[str, str]):
    if actors is None or not hasattr(actors, "state_of"):
        from kg.knowledge.actors import load_actors

        actors = load_actors()

    def roll(actor: str, when: dt.date | None) -> str:
        state = None
        if actor in actors:  # (an unknown id's error message searches the dictionary: slow)
            try:
                state = actors.state_of(actor, when)
            except (KgError, KeyError, ValueError):
                state = None
        return state or local.get(actor) or actor

    return roll


def mentions_of(article: Any, best: Mapping[str, Any], actors: Any = None) -> list[Mention]:
    """The clustering's view of an article's relation mentions (``best``: mention id →
    Triple, as :func:`kg.store.rdf.best_mentions` gives), persons rolled up to states."""
    local = {
        t.subject: t.object for t in best.values() if t.relation in ("leader_of", "official_of")
    }
    roll = _roller(actors, local)
    where = outlet(article.url, article.source, getattr(article, "outlet", "") or "")
    out = []
    for key, t in best.items():
        when = t.date or article.date
        out.append(
            Mention(
                id=key, article=article.id, subject=t.subject, relation=t.relation,
                object=t.object, factuality=t.factuality, confidence=float(t.confidence),
                date=when, reported=article.date or when, lang=article.lang or "und",
                outlet=where, state_s=roll(t.subject, when), state_o=roll(t.object, when),
            )
        )  # fmt: skip
    return out


# --- merging ------------------------------------------------------------------------------


def new_id(key: str, m: Mention, taken: set[str]) -> str:
    n = 0
    while True:
        seed = f"{key}|{m.date}|{m.id}" + (f"|{n}" if n else "")
        eid = hashlib.sha256(seed.encode("utf-8")).hexdigest()[:24]
        if eid not in taken:
            return eid
        n += 1


def day_key(key: str, day: dt.date | None) -> str:
    """The key an event is found by on one of its mention dates (``ir:clusterKey``, one per
    date): a lookup asks for the dates of the window, an exact match each, so its cost does
    not grow with the events the dyad had on other days.

    >>> day_key("04|asserted|china|russia", dt.date(2021, 12, 15))
    '04|asserted|china|russia|2021-12-15'
    """
    return f"{key}|{day.isoformat() if day else ''}"


def _mode(values: list) -> Any:
    """The most common value, the first seen on a tie."""
    counts, first = Counter(values), {}
    for i, v in enumerate(values):
        first.setdefault(v, i)
    return max(counts, key=lambda v: (counts[v], -first[v]))


_P = {n: iri(IR[n]) for n in (
    "ReportedEvent", "clusterKey", "mainRelation", "sourceActor", "targetActor",
    "directed", "eventFactuality", "eventConfidence", "mentionCount", "articleCount",
    "outletCount", "firstReported", "lastReported", "hasMention", *FACTUALITIES,
)} | {"type": _TYPE, "date": iri(DCTERMS.date), "language": iri(DCTERMS.language)}  # fmt: skip
_TRUE = lit("true", "boolean")


def event_lines(ev: Event) -> tuple[list[str], set[str]]:
    """N-Triples of one event (its node, counts and mention links); the actor ids it names."""
    ms = sorted(ev.mentions.values(), key=lambda m: (m.date or dt.date.min, m.article, m.id))
    if not any(m.directed() for m in ms):
        ev.directed, (ev.source, ev.target) = False, sorted(ev.key.split("|")[2:4])
    main = _mode([m.relation for m in ms])
    fclass = ev.key.split("|")[1]
    fact = fclass
    if fclass == "asserted" and all(m.factuality == "reported" for m in ms):
        fact = "reported"
    best: dict[str, float] = {}
    for m in ms:
        best[m.outlet] = max(best.get(m.outlet, 0.0), m.confidence)
    doubt = 1.0
    for c in best.values():
        doubt *= 1.0 - min(max(c, 0.0), 1.0)
    src, tgt = (ev.target, ev.source) if main in CONVERSE else (ev.source, ev.target)
    act, p = f"<{ACT}{{}}>", _P  # the ids were checked when the mentions were written
    props = [
        (p["type"], p["ReportedEvent"]),
        (p["mainRelation"], f"<{IR._NS}{main}>"),
        (p["sourceActor"], act.format(src)),
        (p["targetActor"], act.format(tgt)),
        (p["eventFactuality"], p[fact]),
        (p["eventConfidence"], lit(f"{1.0 - doubt:.4f}".rstrip("0").rstrip("."), "decimal")),
        (p["mentionCount"], lit(len(ms), "integer")),
        (p["articleCount"], lit(len({m.article for m in ms}), "integer")),
        (p["outletCount"], lit(len(best), "integer")),
    ]
    days = [d for _a, d in dict.fromkeys((m.article, m.date) for m in ms if m.date)]
    props += [(p["clusterKey"], lit(day_key(ev.key, d))) for d in sorted(set(days)) or [None]]
    if days:
        props.append((p["date"], lit(_mode(days).isoformat(), "date")))
    reported = sorted(m.reported for m in ms if m.reported)
    if reported:
        props.append((p["firstReported"], lit(reported[0].isoformat(), "date")))
        props.append((p["lastReported"], lit(reported[-1].isoformat(), "date")))
    props += [(p["language"], lit(x)) for x in sorted({m.lang for m in ms})]
    props += [(p["directed"], _TRUE)] if ev.directed else []
    props += [(p["hasMention"], f"<{EV}{m.id}>") for m in ms]
    node = f"<{REV}{ev.id}>"
    return [f"{node} {q} {o} ." for q, o in props], {src, tgt}


def assign(new: list[tuple[Mention, str]], events: dict[str, Event], taken: set[str]) -> set[str]:
    """Put each new mention into the best event that accepts it, or a new one; touched ids."""
    by_key: dict[str, list[Event]] = {}
    for ev in events.values():
        by_key.setdefault(ev.key, []).append(ev)
    touched = set()
    for m, key in new:
        fits = [ev for ev in by_key.get(key, []) if ev.accepts(m, key)]
        if fits:
            ev = min(fits, key=lambda e: e.rank(m))
        else:
            d = m.direction()
            x, y = d or tuple(sorted((m.state_s, m.state_o)))
            eid = new_id(key, m, taken)  # the id of an event this write empties is reused
            ev = Event(
                eid, key, d is not None, x, y, lines=events[eid].lines if eid in events else set()
            )
            taken.add(ev.id)
            events[ev.id] = ev
            by_key.setdefault(key, []).append(ev)
        d = m.direction()
        if d and not ev.directed:
            ev.directed, (ev.source, ev.target) = True, d
        ev.mentions[m.id] = m
        touched.add(ev.id)
    return touched
