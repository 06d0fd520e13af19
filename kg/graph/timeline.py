"""Timelines: the relations of one actor, or of a dyad (both directions), counted per month or
week by CAMEO quad class, with their Goldstein scores; the peaks annotated with their evidence.

``timeline(rows, ["United States", "China"], by="month", level="state")`` takes relation-instance
rows (``Store.relation_instances`` dicts) and returns a :class:`Timeline`: one :class:`Bin` per
period from the first to the last (``since``/``until`` when given), empty periods as zero bins
(a continuous time axis). ``GraphView.timeline`` runs it on a store; ``timeline_text`` prints it,
``timeline_draw`` draws it (PNG, SVG) and ``timeline_html`` makes its page.

Actors are found as every graph command finds them (``kg.graph.analysis.find_node``: id, label,
or a name the actor dictionary resolves); at ``level="state"`` a person's relations count for
the state it served at the event's date, as in ``kg.graph.project.aggregate``. Structural
relations (member_of, leader_of, official_of) are not counted.

**Counting.** ``count="events"`` (the default) counts events: rows that carry an event-cluster id
(key ``event_cluster``; the mentions of one event in several sentences or articles share it)
count once per cluster, and a row without one is an event of its own. When no row of the
selection carries a cluster id there is nothing to merge and events are mentions:
``Timeline.count`` then says ``"mentions"``. ``count="mentions"`` counts every row. An event
falls in the period of its earliest dated mention; its quad class and Goldstein score are those
of its most confident mention.

**Peaks.** A period is a peak when its count is at least 2 and more than the mean plus one
(population) standard deviation of the counts of all periods of the range, empty ones
included; the ``peaks`` (default 3) largest are kept, earlier first on ties. A bin's
``evidence`` is its mentions, most confident first (then earliest); a peak is annotated with
the first one: the sentence, its date and its article's title.
"""

from __future__ import annotations

import datetime as dt
import functools
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import networkx as nx

from kg.errors import NotFoundError, UsageError
from kg.graph.analysis import find_node
from kg.knowledge.ontology import load_relations
from kg.records import DEFAULT_FACTUALITIES, as_date

PERIODS = ("month", "week")
COUNTS = ("events", "mentions")
CLUSTER_KEY = "event_cluster"
MIN_PEAK = 2
QUAD_NAMES = MappingProxyType(
    {
        1: "verbal cooperation",
        2: "material cooperation",
        3: "verbal conflict",
        4: "material conflict",
    }
)
QUAD_SHORT = MappingProxyType({1: "v.coop", 2: "m.coop", 3: "v.conf", 4: "m.conf", 0: "other"})


@dataclass
class Bin:
    """One period: ``start`` (the 1st of the month, or a Monday) to ``end`` (its last day);
    ``counts`` quad class (1–4; 0 for relations without one) → events; ``total``;
    ``goldstein_sum`` and ``goldstein_mean`` over the events with a score (mean None when
    none); ``evidence`` the mentions (evidence dicts, most confident first); ``peak``."""

    start: dt.date
    end: dt.date
    counts: dict[int, int]
    total: int = 0
    goldstein_sum: float = 0.0
    goldstein_mean: float | None = None
    evidence: list[dict[str, Any]] = field(default_factory=list)
    peak: bool = False

    @property
    def top(self) -> dict[str, Any] | None:
        """The bin's best evidence: its most confident mention (None in an empty bin)."""
        return self.evidence[0] if self.evidence else None


@dataclass
class Timeline:
    """The bins of an actor's (``actors`` one id) or a dyad's (two ids) relations over time."""

    actors: tuple[str, ...]
    labels: tuple[str, ...]
    by: str
    level: str
    count: str  # what was counted: "events" (clusters) or "mentions"
    bins: list[Bin]
    factualities: tuple[str, ...] = DEFAULT_FACTUALITIES
    since: dt.date | None = None
    until: dt.date | None = None
    undated: int = 0  # events left out for want of a date

    @property
    def peaks(self) -> list[Bin]:
        """The peak bins, in time order."""
        return [b for b in self.bins if b.peak]

    @property
    def title(self) -> str:
        """ "United States — China" (a dyad) or "Russia" (an actor alone)."""
        return " — ".join(self.labels)

    def period(self, b: Bin) -> str:
        """A bin's name: "2021-12" (month) or its Monday, "2021-12-13" (week)."""
        return b.start.strftime("%Y-%m") if self.by == "month" else b.start.isoformat()


def period_start(d: dt.date, by: str) -> dt.date:
    """The first day of ``d``'s period: the 1st of its month, or the Monday of its week.

    >>> period_start(dt.date(2021, 12, 15), "week"), period_start(dt.date(2021, 12, 15), "month")
    (datetime.date(2021, 12, 13), datetime.date(2021, 12, 1))
    """
    if by == "week":
        return d - dt.timedelta(days=d.weekday())
    return d.replace(day=1)


def next_period(start: dt.date, by: str) -> dt.date:
    """The first day of the period after the one starting on ``start``."""
    if by == "week":
        return start + dt.timedelta(days=7)
    return dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)


Spec = tuple["int | None", "float | None", bool]  # quad class, goldstein, structural


def _specs(relations: Mapping[str, Any] | None) -> Callable[[str], Spec]:
    """relation name → (quad class, Goldstein, structural), from ``relations`` (objects or dicts),
    else ``ir.ttl``; unknown relations have neither quad class nor score."""
    ontology = load_relations()
    table = dict(relations) if relations is not None else ontology

    def spec(name: str) -> Spec:
        rel, own = table.get(name) or ontology.get(name), ontology.get(name)
        if rel is None:
            return None, None, False
        get = rel.get if isinstance(rel, Mapping) else lambda k, r=rel: getattr(r, k, None)
        quad = (
            get("quad_class") if get("quad_class") is not None else getattr(own, "quad_class", None)
        )
        gold = get("goldstein")
        structural = bool(get("structural") or getattr(own, "structural", False))
        return (
            None if quad is None else int(quad),
            None if gold is None else float(gold),
            structural,
        )

    return functools.cache(spec)


def _row_date(value: Any) -> dt.date | None:
    try:
        return as_date(value)
    except UsageError:
        return None


def _sides(rows, level, state_of, spec, facts, since, until) -> list[tuple]:
    """(row, date, (u, person), (v, person)) of the rows that count: the same selection and
    roll-up as ``kg.graph.project.aggregate`` (a person at state level → the state it served at
    the date, else the state its member_of/official_of relations name most; else itself)."""
    member_state: dict[str, Counter] = {}
    kept = []
    for row in rows:
        if spec(row.get("relation"))[2]:
            if row.get("subject_type") == "Person" and row.get("object_type") == "State":
                member_state.setdefault(row["subject"], Counter())[row["object"]] += 1
            continue
        if row.get("factuality", "asserted") not in facts:
            continue
        d = _row_date(row.get("date"))
        if (since or until) and (d is None or (since and d < since) or (until and d > until)):
            continue
        kept.append((row, d))

    def side(row: Mapping, role: str, d: dt.date | None) -> tuple[str, str | None]:
        actor = row[role]
        if level == "state" and row.get(f"{role}_type") == "Person":
            state = state_of(actor, d) if state_of else None
            if state is None and actor in member_state:
                state = member_state[actor].most_common(1)[0][0]
            if state is not None:
                return state, actor
        return actor, None

    found = [(row, d, side(row, "subject", d), side(row, "object", d)) for row, d in kept]
    return [f for f in found if f[2][0] != f[3][0]]


def _nodes(found, level: str, actor_info) -> nx.Graph:
    """A graph of the actors only (labels, rolled-up persons), for ``find_node``."""
    G = nx.Graph(level=level)
    for row, _d, *ends in found:
        for (n, person), role in zip(ends, ("subject", "object"), strict=True):
            label = row.get(f"{role}_label") or n
            if person is None:
                if n not in G or G.nodes[n].get("label") == n:
                    G.add_node(n, label=label)
                continue
            if n not in G:
                info = actor_info(n) if actor_info else None
                G.add_node(n, label=info[0] if info else n.replace("_", " ").title())
            G.nodes[n].setdefault("rolled_up", {})[person] = label
    return G


def evidence(row: Mapping[str, Any], quad: int | None, goldstein: float | None) -> dict[str, Any]:
    """A mention as evidence: who did what to whom, the sentence, its date and article."""
    return {
        "relation": row.get("relation"),
        "subject": row.get("subject_label") or row.get("subject"),
        "object": row.get("object_label") or row.get("object"),
        "sentence": row.get("sentence") or "",
        "date": _row_date(row.get("date")),
        "title": row.get("title"),
        "article": row.get("article"),
        "url": row.get("url"),
        "factuality": row.get("factuality"),
        "confidence": float(row.get("confidence") or 0.0),
        "quad": quad,
        "goldstein": goldstein,
    }


def _strength(item: tuple) -> tuple:
    """Most confident first, then earliest, then in reading order."""
    row, d = item[0], item[1]
    order = (d or dt.date.max).toordinal()
    return (
        -float(row.get("confidence") or 0.0),
        order,
        row.get("article") or "",
        row.get("sentence_index") or 0,
    )


def _events(mine: list[tuple], count: str) -> tuple[list[tuple], bool]:
    """(date, quad class, Goldstein, its mentions) per counted unit, and whether event clusters
    were counted: with ``count="events"`` and some row carrying a cluster id, one unit per
    cluster (dated by its earliest mention, classed and scored by its most confident one)."""
    clusters = count == "events" and any(row.get(CLUSTER_KEY) for row, *_ in mine)
    groups: dict[Any, list[tuple]] = {}
    for seq, item in enumerate(mine):
        cluster = item[0].get(CLUSTER_KEY) if clusters else None
        groups.setdefault(("c", cluster) if cluster else ("m", seq), []).append(item)
    units = []
    for group in groups.values():
        group.sort(key=_strength)
        _row, _d, (quad, gold, _s) = group[0]
        dates = [d for _, d, _ in group if d is not None]
        units.append((min(dates) if dates else None, quad, gold, group))
    return units, clusters


def timeline(
    rows: Iterable[Mapping[str, Any]],
    actors: Sequence[str],
    *,
    by: str = "month",
    level: str = "state",
    count: str = "events",
    relations: Mapping[str, Any] | None = None,
    state_of: Callable[[str, dt.date | None], str | None] | None = None,
    actor_info: Callable[[str], tuple[str, str] | None] | None = None,
    resolve: Callable[[str], str | None] | None = None,
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
    factualities: Iterable[str] = DEFAULT_FACTUALITIES,
    peaks: int = 3,
) -> Timeline:
    """The timeline of one actor (all its relations) or of two (the dyad, both directions).

    ``state_of``, ``actor_info`` and ``resolve`` are ``GraphView``'s (state-level roll-up,
    labels of states reached by roll-up, names the actor dictionary knows). Counting and peaks:
    see the module docstring. Raises ``NotFoundError`` for an unknown actor or no relations."""
    if by not in PERIODS:
        raise UsageError(f"invalid period {by!r}: use 'month' or 'week'")
    if level not in ("actor", "state"):
        raise UsageError(f"invalid level {level!r}: use 'actor' or 'state'")
    if count not in COUNTS:
        raise UsageError(f"invalid count {count!r}: use 'events' or 'mentions'")
    if len(actors) not in (1, 2):
        raise UsageError(f"give one actor or two (a dyad), not {len(actors)}")
    since, until = as_date(since, "--since"), as_date(until, "--until")
    facts = tuple(dict.fromkeys(factualities))
    spec = _specs(relations)
    found = _sides(rows, level, state_of, spec, frozenset(facts), since, until)
    G = _nodes(found, level, actor_info)
    if G.number_of_nodes() == 0:
        raise NotFoundError(
            "the store has no relations in this selection; run kg build first or widen --since/--until"
        )
    persons = {}  # id or label (any case) → a person counted for a state
    for _n, members in G.nodes(data="rolled_up"):
        for p, label in (members or {}).items():
            persons[p.casefold()] = persons[str(label).casefold()] = p

    def who(name: str) -> str | None:
        return persons.get(name.strip().casefold()) or (resolve(name) if resolve else None)

    ids = tuple(find_node(G, a, who) for a in actors)
    if len(ids) == 2 and ids[0] == ids[1]:
        raise UsageError(
            f"{actors[0]!r} and {actors[1]!r} are both {G.nodes[ids[0]]['label']} at {level} level; "
            "name two different actors" + (", or use --level actor" if level == "state" else "")
        )
    want = set(ids)
    mine = [
        (row, d, spec(row.get("relation")))
        for row, d, (u, _), (v, _) in found
        if (want == {u, v} if len(ids) == 2 else ids[0] in (u, v))
    ]
    labels = tuple(G.nodes[n].get("label", n) for n in ids)
    if not mine:
        raise NotFoundError(
            f"no relations between {labels[0]} and {labels[1]} in this selection ({level} level); "
            "widen --since/--until or --factuality, or see kg allies / kg rivals for their partners"
        )
    units, clusters = _events(mine, count)
    dated = [u for u in units if u[0] is not None]
    bins = _bins(dated, by, since, until)
    _mark_peaks(bins, peaks)
    return Timeline(
        actors=ids,
        labels=labels,
        by=by,
        level=level,
        count="events" if clusters else "mentions",
        bins=bins,
        factualities=facts,
        since=since,
        until=until,
        undated=len(units) - len(dated),
    )


def _bins(units: list[tuple], by: str, since: dt.date | None, until: dt.date | None) -> list[Bin]:
    if not units and not (since and until):
        return []
    first = period_start(since or min(u[0] for u in units), by)
    last = period_start(until or max(u[0] for u in units), by)
    bins: dict[dt.date, Bin] = {}
    start = first
    while start <= last:
        end = next_period(start, by)
        bins[start] = Bin(start, end - dt.timedelta(days=1), {q: 0 for q in QUAD_NAMES})
        start = end
    scored: Counter = Counter()
    for d, quad, gold, group in units:
        b = bins[period_start(d, by)]
        b.counts[quad or 0] = b.counts.get(quad or 0, 0) + 1
        b.total += 1
        if gold is not None:
            b.goldstein_sum += gold
            scored[b.start] += 1
        b.evidence.extend(group)
    for b in bins.values():
        b.goldstein_sum = round(b.goldstein_sum, 3)
        b.goldstein_mean = round(b.goldstein_sum / scored[b.start], 3) if scored[b.start] else None
        b.evidence = [
            evidence(row, q, g) for row, _d, (q, g, _s) in sorted(b.evidence, key=_strength)
        ]
    return list(bins.values())


def _mark_peaks(bins: list[Bin], k: int) -> None:
    """Mark the ``k`` largest bins above mean + 1 sd with a count of at least ``MIN_PEAK``."""
    if len(bins) < 2 or k < 1:
        return
    totals = [b.total for b in bins]
    bar = statistics.fmean(totals) + statistics.pstdev(totals)
    above = [b for b in bins if b.total >= MIN_PEAK and b.total > bar]
    for b in sorted(above, key=lambda b: (-b.total, b.start))[:k]:
        b.peak = True
