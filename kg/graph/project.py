"""Relation graphs: the store's relation instances projected onto networkx.

``project(rows, ...)`` (or ``GraphView(store).to_networkx(...)``) returns a plain undirected
``networkx.Graph`` (``directed=True``: a ``DiGraph`` subject → object) described below. The
analytics on it (``paths``, ``allies``, ``rivals``, ``balance``, ``blocs``, ``central`` and their
``format_*``) live in ``kg.analysis``; drawings in ``kg.draw``. ``GraphView`` runs both on a store.

Graph attributes: ``level`` ('actor'|'state'), ``since``, ``until`` (date|None), ``factualities``,
``count`` ('events': a reported event, ``kg.store.events``, counts once per edge however many
articles report it; 'mentions': every relation instance counts), ``newest`` (latest event
date in the graph, the reference for recency), ``store_version``.

Node attributes (node id = actor id, e.g. ``russia``, ``vladimir_putin``):
    ``label`` English label; ``type`` 'State', 'Person', 'Organization', 'Alliance', ... ;
    ``events`` number of events (instances with ``count='mentions'``) touching the node;
    ``rolled_up`` (state level) dict person id → label of the persons whose events were counted
    for this state; ``state`` (actor level, persons only, when known) the state the person
    stood for at their latest event.

Edge attributes (both directions aggregated unless ``directed=True``):
    ``counts`` dict relation → number of events (or instances), most frequent first; ``count``
    their sum; ``n_cooperative``, ``n_conflictual``, ``n_neutral`` per relation polarity;
    ``goldstein`` net sum of the Goldstein scores that are known (every instance, its tone);
    ``weight`` signed alignment (``kg.graph.weights``): each instance adds its Goldstein score
    (+1/−1 by polarity where the relation has none, 0 for neutral ones) times its class factor:
    deeds (CAMEO quad classes 2 and 4) 1, other words (quad classes 1 and 3) 0.5, statements,
    appeals, requests, invitations and demands (CAMEO roots 01, 02, 10) 0; negated and future
    instances add 0; ``polarity`` 'cooperative'|'conflictual'|'neutral'|'mixed': from the
    positive mass P and negative mass N of ``weight`` — neutral when both are 0 (a tie of
    requests only), cooperative when P ≥ 2N, conflictual when N ≥ 2P, else mixed (an
    instance's own polarity, in ``evidence`` and ``n_*``, is its relation's);
    ``first_date``, ``last_date``; ``dates`` dict date → events (instances) on that day, oldest
    first (undated ones are in ``count`` only);
    ``evidence`` up to 5 dicts (relation, polarity, subject, object, sentence, article, url, title,
    date, factuality, confidence, speaker), one per relation first, those that weigh first, then
    strongest and most recent first, one per sentence; ``cost`` the edge's length for path
    search over all edges and ``polarity_cost`` over the edges of its own polarity
    (``kg.graph.analysis.edge_cost``: strong and recent ties are short).

Structural relations (member_of, leader_of, official_of) are never edges; at state level they
roll a person up to a state when the actor dictionary does not know the person's office.
"""

from __future__ import annotations

import heapq
import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any

import networkx as nx

from kg.errors import UsageError
from kg.graph.weights import instance_weight, relation_factor
from kg.knowledge.ontology import load_relations
from kg.records import DEFAULT_FACTUALITIES, as_date

LEVELS = ("actor", "state")
COUNTS = ("events", "mentions")
MAX_EVIDENCE = 5
StateOf = Callable[[str, "date | None"], "str | None"]
ActorInfo = Callable[[str], "tuple[str, str] | None"]


def _row_date(value: Any) -> date | None:
    try:
        return as_date(value)
    except UsageError:
        return None


def structural(name: str, ontology: Mapping[str, Any]) -> bool:
    """Whether relation ``name`` is structural (member_of, leader_of, official_of): never an edge.

    >>> structural("leader_of", load_relations()), structural("meets", load_relations())
    (True, False)
    """
    rel = ontology.get(name)
    return bool(rel is not None and rel.structural)


Spec = tuple[str, "float | None", bool, float]  # polarity, goldstein, structural, factor


def _relation_table(relations: Mapping[str, Any] | None) -> dict[str, Spec]:
    """name → (polarity, goldstein, structural, weight factor) from Relation objects or dicts;
    whether a relation is structural, and its CAMEO root and quad class where the mapping has
    neither, are also the ontology's word."""
    ontology = load_relations()
    table = {}
    for name, rel in (relations or {}).items():
        get = rel.get if isinstance(rel, Mapping) else lambda k, d=None, r=rel: getattr(r, k, d)
        gold = get("goldstein")
        root, quad = get("cameo_root"), get("quad_class")
        if root is None and quad is None and name in ontology:
            root, quad = ontology[name].cameo_root, ontology[name].quad_class
        table[name] = (
            str(get("polarity") or "neutral"),
            None if gold is None else float(gold),
            bool(get("structural", False)) or structural(name, ontology),
            relation_factor(root, quad),
        )
    return table


class _Edge:
    __slots__ = (
        "counts",
        "pos",
        "neg",
        "gold",
        "n",
        "ncoop",
        "nconf",
        "first",
        "last",
        "best",
        "top",
        "dates",
    )

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self.pos = self.neg = self.gold = 0.0
        self.n = self.ncoop = self.nconf = 0
        self.first: date | None = None
        self.last: date | None = None
        self.best: dict[str, tuple] = {}  # relation → (key, -seq, row, polarity)
        self.top: list[tuple] = []  # min-heap of (key, -seq, row, polarity)
        self.dates: dict[date, int] = {}

    def add(self, row: Mapping, rel: str, spec: Spec, d: date | None, seq: int, counted=True):
        """Count ``row`` (unless another row of its event was counted: ``counted=False``,
        then it is only evidence and dates)."""
        pol, gold, _structural, factor = spec
        w = instance_weight(pol, gold, factor, row.get("factuality") or "asserted")
        if counted:
            self.counts[rel] = self.counts.get(rel, 0) + 1
            self.n += 1
            self.ncoop += pol == "cooperative"
            self.nconf += pol == "conflictual"
            self.gold += 0.0 if gold is None else gold
            self.pos, self.neg = (self.pos + w, self.neg) if w > 0 else (self.pos, self.neg - w)
            if d is not None:
                self.dates[d] = self.dates.get(d, 0) + 1
        if d is not None:
            self.first = d if self.first is None or d < self.first else self.first
            self.last = d if self.last is None or d > self.last else self.last
        key = (w != 0, float(row.get("confidence") or 0.0), d.toordinal() if d else 0)
        item = (key, -seq, row, pol)
        if rel not in self.best or item[:2] > self.best[rel][:2]:
            self.best[rel] = item
        if len(self.top) < 2 * MAX_EVIDENCE:
            heapq.heappush(self.top, item)
        elif key > self.top[0][0]:
            heapq.heapreplace(self.top, item)

    def _dates(self) -> dict[date, int]:
        """The day counts oldest first: as added when the rows came by date (the store's order)."""
        days = self.dates
        if any(a > b for a, b in zip(days, itertools.islice(days, 1, None))):
            return dict(sorted(days.items()))
        return days

    def attrs(self) -> dict[str, Any]:
        pos, neg = self.pos, self.neg
        if pos == 0 and neg == 0:
            polarity = "neutral"
        elif pos >= 2 * neg:
            polarity = "cooperative"
        elif neg >= 2 * pos:
            polarity = "conflictual"
        else:
            polarity = "mixed"
        if self.n == 1:
            counts, chosen = self.counts, self.top
        else:
            counts = dict(sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0])))
            chosen, seen = [], set()
            for item in itertools.chain(
                (self.best[r] for r in counts), sorted(self.top, reverse=True)
            ):
                ident = (item[2].get("article"), item[2].get("sentence"))
                if ident not in seen and len(chosen) < MAX_EVIDENCE:
                    seen.add(ident)
                    chosen.append(item)
            chosen.sort(key=lambda it: (it[0], it[1]), reverse=True)
        return {
            "counts": counts,
            "count": self.n,
            "n_cooperative": self.ncoop,
            "n_conflictual": self.nconf,
            "n_neutral": self.n - self.ncoop - self.nconf,
            "goldstein": round(self.gold, 3),
            "weight": round(pos - neg, 3),
            "polarity": polarity,
            "first_date": self.first,
            "last_date": self.last,
            "dates": self._dates(),
            "evidence": [_evidence(row, pol) for _k, _s, row, pol in chosen],
        }


def _evidence(row: Mapping, polarity: str) -> dict[str, Any]:
    return {
        "relation": row.get("relation"),
        "polarity": polarity,
        "subject": row.get("subject_label") or row.get("subject"),
        "object": row.get("object_label") or row.get("object"),
        "sentence": row.get("sentence") or "",
        "article": row.get("article"),
        "url": row.get("url"),
        "title": row.get("title"),
        "date": _row_date(row.get("date")),
        "factuality": row.get("factuality"),
        "confidence": row.get("confidence"),
        "speaker": row.get("speaker"),
    }


def project(
    rows: Iterable[Mapping[str, Any]], *, directed: bool = False, **options: Any
) -> nx.Graph:
    """Aggregate relation-instance rows (``Store.relation_instances`` dicts) into a graph.

    ``options`` are :func:`aggregate`'s: ``level``, ``relations`` (relation name → object or
    dict with ``polarity``, ``goldstein``, ``structural``, ``cameo_root``, ``quad_class``), ``state_of``,
    ``actor_info``, ``since``, ``until``, ``factualities``. Attributes: see the module docstring.
    """
    nodes, edges, meta = aggregate(rows, directed=directed, **options)
    G: nx.Graph = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(nodes.items())
    G.add_edges_from((u, v, attrs) for (u, v), attrs in edges.items())
    G.graph.update(meta)
    return G


def aggregate(
    rows: Iterable[Mapping[str, Any]],
    *,
    level: str = "actor",
    relations: Mapping[str, Any] | None = None,
    state_of: StateOf | None = None,
    actor_info: ActorInfo | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    factualities: Iterable[str] = DEFAULT_FACTUALITIES,
    directed: bool = False,
    count: str = "events",
) -> tuple[dict[str, dict], dict[tuple[str, str], dict], dict[str, Any]]:
    """``project``'s work without networkx: (node attrs, (u, v) → edge attrs, graph attrs).

    ``relations``: relation name → object or dict with ``polarity``, ``goldstein``,
    ``structural``, ``cameo_root``, ``quad_class`` (the last two, which set the relation's
    weight factor, from ``ir.ttl`` by name where the mapping has neither); unknown relations
    count as neutral.
    ``state_of(actor_id, date)`` gives the state a person served at a date (state level).
    ``actor_info(id)`` gives (label, type) for a state reached only through roll-up. Rows
    without a date are dropped when ``since`` or ``until`` is given.
    ``count``: ``events`` counts once per edge the rows with the same ``event_cluster`` (the
    mentions of one reported event, as the relation most of them state there; a row without
    one is its own event), ``mentions`` every row."""
    if level not in LEVELS:
        raise UsageError(f"invalid level {level!r}: use 'actor' or 'state'")
    if count not in COUNTS:
        raise UsageError(f"invalid count {count!r}: use 'events' or 'mentions'")
    by_event = count == "events"
    grouped: dict[tuple, list[tuple]] = {}  # (edge, event) → rows waiting to be counted once
    touching: dict[str, set] = {}  # node → the events (or row numbers) that touch it
    since, until = as_date(since, "--since"), as_date(until, "--until")
    facts = frozenset(factualities)
    table = _relation_table(relations)
    ontology = load_relations()
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str], _Edge] = {}
    member_state: dict[str, Counter] = {}
    pending: list[tuple] = []
    rollup = level == "state"

    def node(actor: str, label: str | None, typ: str | None) -> None:
        info = nodes.get(actor)
        if info is None:
            nodes[actor] = {"label": label or actor, "type": typ or "Actor", "events": 0}
        elif label and info["label"] == actor:
            info["label"] = label

    def side(row: Mapping, role: str, d: date | None) -> tuple[str, str | None] | None:
        actor = row[role]
        if rollup and row.get(f"{role}_type") == "Person":
            state = state_of(actor, d) if state_of else None
            if state is None:
                return None
            return state, actor
        return actor, None

    def add(row, rel, spec, d, seq, a, b) -> None:
        (u, pu), (v, pv) = a, b
        if u == v:
            return
        event = row.get("event_cluster") if by_event else None
        for n, person, role in ((u, pu, "subject"), (v, pv, "object")):
            if person is None:
                node(n, row.get(f"{role}_label"), row.get(f"{role}_type"))
            else:
                if n not in nodes:
                    label, typ = (actor_info(n) if actor_info else None) or (_pretty(n), "State")
                    node(n, label, typ)
                nodes[n].setdefault("rolled_up", {})[person] = row.get(f"{role}_label") or person
            touching.setdefault(n, set()).add(event or seq)
        key = (u, v) if directed or u < v else (v, u)
        edge = edges.get(key)
        if edge is None:
            edge = edges[key] = _Edge()
        if event:
            grouped.setdefault((key, event), []).append((row, rel, spec, d, seq))
        else:
            edge.add(row, rel, spec, d, seq)

    for seq, row in enumerate(rows):
        rel = row.get("relation")
        spec = table.get(rel) or ("neutral", None, structural(rel, ontology), 1.0)
        if spec[2]:
            if row.get("subject_type") == "Person" and row.get("object_type") == "State":
                member_state.setdefault(row["subject"], Counter())[row["object"]] += 1
                if rollup:
                    node(row["object"], row.get("object_label"), "State")
            continue
        if row.get("factuality", "asserted") not in facts:
            continue
        d = _row_date(row.get("date"))
        if (since or until) and (d is None or (since and d < since) or (until and d > until)):
            continue
        a, b = side(row, "subject", d), side(row, "object", d)
        if a is None or b is None:
            pending.append((row, rel, spec, d, seq))
            continue
        add(row, rel, spec, d, seq, a, b)

    def late(row: Mapping, role: str, d: date | None) -> tuple[str, str | None]:
        resolved = side(row, role, d)
        if resolved is not None:
            return resolved
        states = member_state.get(row[role])
        return (states.most_common(1)[0][0], row[role]) if states else (row[role], None)

    for row, rel, spec, d, seq in pending:
        add(row, rel, spec, d, seq, late(row, "subject", d), late(row, "object", d))

    for (key, _event), items in grouped.items():  # one event counts once per edge
        rels = [item[1] for item in items]  # as its most frequent relation there, first seen
        pick = rels.index(max(rels, key=lambda r: (rels.count(r), -rels.index(r))))
        for i, item in enumerate(items):
            edges[key].add(*item, counted=i == pick)
    for n, seen in touching.items():
        nodes[n]["events"] = len(seen)

    used = {n for key in edges for n in key}
    attrs = {key: e.attrs() for key, e in edges.items()}
    lasts = [a["last_date"] for a in attrs.values() if a["last_date"] is not None]
    newest = max(lasts) if lasts else None
    _add_costs(attrs.values(), newest)
    if not rollup:  # at actor level a person keeps the state it acts for, as node "state"
        last: dict[str, date] = {}
        for key, a in attrs.items():
            for n in key:
                if a["last_date"] and (n not in last or a["last_date"] > last[n]):
                    last[n] = a["last_date"]
        for n in used:
            if nodes[n]["type"] == "Person":
                state = state_of(n, last.get(n)) if state_of else None
                states = member_state.get(n)
                state = state or (states.most_common(1)[0][0] if states else None)
                if state and state != n:
                    nodes[n]["state"] = state
    meta = {
        "count": count,
        "level": level,
        "since": since,
        "until": until,
        "factualities": tuple(sorted(facts)),
        "newest": newest,
    }
    return {n: a for n, a in nodes.items() if n in used}, attrs, meta


def _add_costs(edges: Iterable[dict[str, Any]], newest: date | None) -> None:
    """Store each edge's path-search length (``kg.graph.analysis.edge_cost``) once per projection."""
    from kg.graph.routes import edge_cost

    for a in edges:
        a["cost"] = edge_cost(a, newest)
        own = a["polarity"]
        polar = own in ("cooperative", "conflictual")
        a["polarity_cost"] = edge_cost(a, newest, own) if polar else a["cost"]


def _pretty(actor_id: str) -> str:
    return actor_id.replace("_", " ").title()
