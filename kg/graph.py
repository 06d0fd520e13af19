"""Relation graphs: the store's relation instances projected onto networkx, and analytics on them.

``project(rows, ...)`` (or ``GraphView(store).to_networkx(...)``) returns a plain undirected
``networkx.Graph`` (``directed=True``: a ``DiGraph`` subject → object) described below. Analytics
(``paths``, ``allies``, ``rivals``, ``balance``, ``blocs``, ``central``) take that graph and return
small dataclasses; ``format_*`` turn them into text for the CLI. Every answer carries evidence.

Graph attributes: ``level`` ('actor'|'state'), ``since``, ``until`` (date|None), ``factualities``,
``newest`` (latest event date in the graph, the reference for recency), ``store_version``.

Node attributes (node id = actor id, e.g. ``russia``, ``vladimir_putin``):
    ``label`` English label; ``type`` 'State', 'Person', 'Organization', 'Alliance', ... ;
    ``events`` number of relation instances touching the node; ``rolled_up`` (state level) dict
    person id → label of the persons whose events were counted for this state.

Edge attributes (both directions aggregated unless ``directed=True``):
    ``counts`` dict relation → number of instances, most frequent first; ``count`` their sum;
    ``n_cooperative``, ``n_conflictual``, ``n_neutral`` instances per relation polarity;
    ``goldstein`` net sum of the Goldstein scores that are known;
    ``weight`` signed strength: each instance adds its Goldstein score, or +1/−1 (0 for neutral
    relations) where the relation has none; ``polarity`` 'cooperative'|'conflictual'|'neutral'|
    'mixed': from the positive mass P and negative mass N of ``weight`` — neutral when both are 0,
    cooperative when P ≥ 2N, conflictual when N ≥ 2P, else mixed; ``first_date``, ``last_date``;
    ``evidence`` up to 5 dicts (relation, polarity, subject, object, sentence, article, url, title,
    date, factuality, confidence, speaker), one per relation first, strongest and most recent
    first, one per sentence.

Structural relations (member_of, leader_of, official_of) are never edges; at state level they
roll a person up to a state when the actor dictionary does not know the person's office.
"""

from __future__ import annotations

import difflib
import heapq
import itertools
import math
import unicodedata
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import networkx as nx

from kg.errors import KgError, NotFoundError, UsageError

STRUCTURAL = frozenset({"member_of", "leader_of", "official_of"})
DEFAULT_FACTUALITIES = ("asserted", "reported")
LEVELS = ("actor", "state")
MAX_EVIDENCE = 5
StateOf = Callable[[str, "date | None"], "str | None"]
ActorInfo = Callable[[str], "tuple[str, str] | None"]


def as_date(value: date | str | None, what: str = "date") -> date | None:
    """A ``date`` from a date or an ISO string; ``UsageError`` when it is not one."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise UsageError(f"invalid {what} {value!r}: use YYYY-MM-DD") from None


def _row_date(value: Any) -> date | None:
    try:
        return as_date(value)
    except UsageError:
        return None


def _relation_table(
    relations: Mapping[str, Any] | None,
) -> dict[str, tuple[str, float | None, bool]]:
    """name → (polarity, goldstein, structural) from Relation objects or dicts."""
    table = {}
    for name, rel in (relations or {}).items():
        get = rel.get if isinstance(rel, Mapping) else lambda k, d=None, r=rel: getattr(r, k, d)
        gold = get("goldstein")
        table[name] = (
            str(get("polarity") or "neutral"),
            None if gold is None else float(gold),
            bool(get("structural", False)) or name in STRUCTURAL,
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
    )

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self.pos = self.neg = self.gold = 0.0
        self.n = self.ncoop = self.nconf = 0
        self.first: date | None = None
        self.last: date | None = None
        self.best: dict[str, tuple] = {}  # relation → (key, -seq, row, polarity)
        self.top: list[tuple] = []  # min-heap of (key, -seq, row, polarity)

    def add(self, row: Mapping, rel: str, pol: str, gold: float | None, d: date | None, seq: int):
        self.counts[rel] = self.counts.get(rel, 0) + 1
        self.n += 1
        sign = 0.0
        if pol == "cooperative":
            self.ncoop += 1
            sign = 1.0
        elif pol == "conflictual":
            self.nconf += 1
            sign = -1.0
        if gold is not None:
            self.gold += gold
            sign = gold
        if sign > 0:
            self.pos += sign
        else:
            self.neg -= sign
        if d is not None:
            self.first = d if self.first is None or d < self.first else self.first
            self.last = d if self.last is None or d > self.last else self.last
        key = (float(row.get("confidence") or 0.0), d.toordinal() if d else 0)
        item = (key, -seq, row, pol)
        if rel not in self.best or key > self.best[rel][0]:
            self.best[rel] = item
        if len(self.top) < 2 * MAX_EVIDENCE:
            heapq.heappush(self.top, item)
        elif key > self.top[0][0]:
            heapq.heapreplace(self.top, item)

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
) -> nx.Graph:
    """Aggregate relation-instance rows (``Store.relation_instances`` dicts) into a graph.

    ``relations``: relation name → object or dict with ``polarity``, ``goldstein``, ``structural``
    (``kg.ontology.load_relations()``); unknown relations count as neutral. ``state_of(actor_id,
    date)`` gives the state a person served at a date (state level). ``actor_info(id)`` gives
    (label, type) for a state reached only through roll-up. Rows without a date are dropped when
    ``since`` or ``until`` is given. Attributes: see the module docstring.
    """
    nodes, edges, meta = aggregate(
        rows,
        level=level,
        relations=relations,
        state_of=state_of,
        actor_info=actor_info,
        since=since,
        until=until,
        factualities=factualities,
        directed=directed,
    )
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
) -> tuple[dict[str, dict], dict[tuple[str, str], dict], dict[str, Any]]:
    """``project``'s work without networkx: (node attrs, (u, v) → edge attrs, graph attrs)."""
    if level not in LEVELS:
        raise UsageError(f"invalid level {level!r}: use 'actor' or 'state'")
    since, until = as_date(since, "--since"), as_date(until, "--until")
    facts = frozenset(factualities)
    table = _relation_table(relations)
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

    def add(row, rel, pol, gold, d, seq, a, b) -> None:
        (u, pu), (v, pv) = a, b
        if u == v:
            return
        for n, person, role in ((u, pu, "subject"), (v, pv, "object")):
            if person is None:
                node(n, row.get(f"{role}_label"), row.get(f"{role}_type"))
            else:
                if n not in nodes:
                    label, typ = (actor_info(n) if actor_info else None) or (_pretty(n), "State")
                    node(n, label, typ)
                nodes[n].setdefault("rolled_up", {})[person] = row.get(f"{role}_label") or person
            nodes[n]["events"] += 1
        key = (u, v) if directed or u < v else (v, u)
        edge = edges.get(key)
        if edge is None:
            edge = edges[key] = _Edge()
        edge.add(row, rel, pol, gold, d, seq)

    for seq, row in enumerate(rows):
        rel = row.get("relation")
        pol, gold, structural = table.get(rel) or ("neutral", None, rel in STRUCTURAL)
        if structural:
            if rollup and row.get("subject_type") == "Person" and row.get("object_type") == "State":
                member_state.setdefault(row["subject"], Counter())[row["object"]] += 1
                node(row["object"], row.get("object_label"), "State")
            continue
        if row.get("factuality", "asserted") not in facts:
            continue
        d = _row_date(row.get("date"))
        if (since or until) and (d is None or (since and d < since) or (until and d > until)):
            continue
        a, b = side(row, "subject", d), side(row, "object", d)
        if a is None or b is None:
            pending.append((row, rel, pol, gold, d, seq))
            continue
        add(row, rel, pol, gold, d, seq, a, b)

    def late(row: Mapping, role: str, d: date | None) -> tuple[str, str | None]:
        resolved = side(row, role, d)
        if resolved is not None:
            return resolved
        states = member_state.get(row[role])
        return (states.most_common(1)[0][0], row[role]) if states else (row[role], None)

    for row, rel, pol, gold, d, seq in pending:
        add(row, rel, pol, gold, d, seq, late(row, "subject", d), late(row, "object", d))

    used = {n for key in edges for n in key}
    attrs = {key: e.attrs() for key, e in edges.items()}
    lasts = [a["last_date"] for a in attrs.values() if a["last_date"] is not None]
    meta = {
        "level": level,
        "since": since,
        "until": until,
        "factualities": tuple(sorted(facts)),
        "newest": max(lasts) if lasts else None,
    }
    return {n: a for n, a in nodes.items() if n in used}, attrs, meta


def _pretty(actor_id: str) -> str:
    return actor_id.replace("_", " ").title()


class GraphView:
    """Projections of one store, cached per ``(store.version(), options)``; the analytics on them.

    ``actors`` (``kg.actors.ActorIndex``) and ``relations`` (``kg.ontology.load_relations()``)
    are loaded when not given. Graphs returned are frozen: copy them before changing them.
    """

    def __init__(
        self,
        store: Any,
        *,
        actors: Any = None,
        relations: Mapping | None = None,
        cache_size: int = 8,
    ):
        self.store = store
        self._actors = actors
        self._relations = relations
        self._cache: OrderedDict[tuple, nx.Graph] = OrderedDict()
        self._cache_size = cache_size

    @property
    def actors(self) -> Any:
        if self._actors is None:
            from kg.actors import load_actors

            self._actors = load_actors()
        return self._actors

    @property
    def relations(self) -> Mapping:
        if self._relations is None:
            from kg.ontology import load_relations

            self._relations = load_relations()
        return self._relations

    def actor_info(self, actor_id: str) -> tuple[str, str] | None:
        """(label, type) of a dictionary actor, None when the dictionary lacks it."""
        try:
            actor = self.actors.get(actor_id)
        except KgError:
            return None
        return None if actor is None else (actor.label, str(actor.type).rsplit("#", 1)[-1])

    def state_of(self, actor_id: str, when: date | None) -> str | None:
        """The state a person served (or belongs to) at ``when``; None when unknown."""
        try:
            return self.actors.state_of(actor_id, when)
        except KgError:
            return None

    def resolve(self, text: str) -> str | None:
        """Actor id for a user's name ("Rusia", "Putin"), or None."""
        found = self.actors.resolve(text)
        return found.actor.id if found is not None else None

    def to_networkx(
        self,
        *,
        level: str = "actor",
        since: date | str | None = None,
        until: date | str | None = None,
        factualities: Iterable[str] = DEFAULT_FACTUALITIES,
        directed: bool = False,
    ) -> nx.Graph:
        """The projection (see ``kg.graph``'s docstring for attributes), cached per store version."""
        since, until = as_date(since, "--since"), as_date(until, "--until")
        facts = tuple(sorted(set(factualities)))
        key = (self.store.version(), level, since, until, facts, directed)
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        rows = self.store.relation_instances(since=since, until=until, factualities=facts)
        G = project(
            rows,
            level=level,
            relations=self.relations,
            state_of=self.state_of,
            actor_info=self.actor_info,
            since=since,
            until=until,
            factualities=facts,
            directed=directed,
        )
        G.graph["store_version"] = key[0]
        self._cache[key] = nx.freeze(G)
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return G

    def graph(self, **opts: Any) -> nx.Graph:
        """The projection, refusing an empty one (nothing to analyse)."""
        G = self.to_networkx(**opts)
        if G.number_of_edges() == 0:
            raise NotFoundError(
                "the store has no relations in this selection; run kg build first or widen --since/--until"
            )
        return G

    def paths(
        self, a: str, b: str, *, polarity: str = "cooperative", k: int = 3, **opts: Any
    ) -> list:
        return paths(self.graph(**opts), a, b, polarity=polarity, k=k, resolve=self.resolve)

    def allies(self, a: str, *, top: int = 10, **opts: Any) -> list:
        return allies(self.graph(**opts), a, top=top, resolve=self.resolve)

    def rivals(self, a: str, *, top: int = 10, **opts: Any) -> list:
        return rivals(self.graph(**opts), a, top=top, resolve=self.resolve)

    def balance(self, *, top: int = 10, **opts: Any):
        return balance(self.graph(**opts), top=top)

    def blocs(self, **opts: Any) -> list:
        return blocs(self.graph(**opts))

    def central(self, *, top: int = 10, **opts: Any) -> list:
        return central(self.graph(**opts), top=top)

    def draw(
        self,
        out: Any,
        *,
        focus: str | None = None,
        depth: int = 1,
        title: str | None = None,
        **opts: Any,
    ):
        from kg.draw import draw

        return draw(
            self.to_networkx(**opts),
            out,
            title=title,
            focus=focus,
            depth=depth,
            resolve=self.resolve,
        )


def to_networkx(store: Any, **opts: Any) -> nx.Graph:
    """``GraphView(store).to_networkx(**opts)``: level, since, until, factualities, directed."""
    return GraphView(store).to_networkx(**opts)


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return "_".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def find_node(G: nx.Graph, name: str, resolve: Callable[[str], str | None] | None = None) -> str:
    """The node a user means by ``name`` (id, label, or anything ``resolve`` knows)."""
    if name in G:
        return name
    key = _norm(name)
    for n, label in G.nodes(data="label"):
        if key and key in (_norm(n), _norm(label or "")):
            return n
    actor = resolve(name) if resolve else None
    if actor is not None:
        if actor in G:
            return actor
        for n, members in G.nodes(data="rolled_up"):
            if members and actor in members:
                return n
        raise NotFoundError(
            f"{name!r} has no relations in this graph ({G.graph.get('level', 'actor')} level, "
            "this time window); try another --level, --since or --until"
        )
    labels = sorted({label or n for n, label in G.nodes(data="label")})
    close = difflib.get_close_matches(name, labels, n=3, cutoff=0.6)
    close += [lab for lab in labels if key and key in _norm(lab) and lab not in close][
        : 3 - len(close)
    ]
    hint = (
        f"; did you mean {', '.join(close)}?"
        if close
        else "; kg central lists the best-connected actors"
    )
    raise NotFoundError(f"unknown actor {name!r} in this store{hint}")


def _label(G: nx.Graph, n: str) -> str:
    return G.nodes[n].get("label", n)


def _undirected(G: nx.Graph) -> None:
    if G.is_directed():
        raise UsageError(
            "this analysis needs the undirected projection; project with directed=False"
        )


# ---------------------------------------------------------------- paths


@dataclass(frozen=True)
class Hop:
    source: str
    target: str
    source_label: str
    target_label: str
    counts: dict
    polarity: str
    weight: float
    last_date: date | None
    evidence: dict | None


@dataclass(frozen=True)
class Path:
    nodes: tuple[str, ...]
    labels: tuple[str, ...]
    cost: float
    hops: tuple[Hop, ...]


def edge_cost(attrs: Mapping[str, Any], newest: date | None, polarity: str = "any") -> float | None:
    """Length of an edge for path search (None hides it): strong and recent ties are short.

    ``(1 + age_in_years / 2) / (1 + log1p(n))`` with n the instances of the wanted polarity;
    an undated edge counts as two years old.
    """
    if polarity != "any" and attrs["polarity"] != polarity:
        return None
    n = attrs["count"] if polarity == "any" else attrs[f"n_{polarity}"] or attrs["count"]
    last = attrs.get("last_date")
    age = (newest - last).days if newest and last else 730
    return (1.0 + max(age, 0) / 730.0) / (1.0 + math.log1p(n))


def paths(
    G: nx.Graph,
    a: str,
    b: str,
    *,
    polarity: str = "cooperative",
    k: int = 3,
    resolve: Callable[[str], str | None] | None = None,
) -> list[Path]:
    """The ``k`` best simple paths from ``a`` to ``b`` over edges of ``polarity`` (or 'any')."""
    if polarity not in ("cooperative", "conflictual", "any"):
        raise UsageError(f"invalid polarity {polarity!r}: use cooperative, conflictual or any")
    if k < 1:
        raise UsageError(f"invalid -k {k}: give 1 or more")
    u, v = find_node(G, a, resolve), find_node(G, b, resolve)
    if u == v:
        raise UsageError(f"{a!r} and {b!r} are the same actor here; give two different actors")
    newest = G.graph.get("newest")

    def cost(x: str, y: str, d: Mapping) -> float | None:
        return edge_cost(d, newest, polarity)

    found = []
    try:
        for nodes in itertools.islice(nx.shortest_simple_paths(G, u, v, weight=cost), k):
            hops = tuple(_hop(G, x, y, polarity) for x, y in itertools.pairwise(nodes))
            total = sum(cost(x, y, G[x][y]) for x, y in itertools.pairwise(nodes))
            found.append(
                Path(tuple(nodes), tuple(_label(G, n) for n in nodes), round(total, 4), hops)
            )
    except nx.NetworkXNoPath:
        pass
    if not found:
        what = "" if polarity == "any" else f"{polarity} "
        hint = "; they are not connected at all" if polarity == "any" else "; try --polarity any"
        raise NotFoundError(
            f"no {what}path between {_label(G, u)} and {_label(G, v)} in this store{hint}"
        )
    return found


def _hop(G: nx.Graph, x: str, y: str, polarity: str) -> Hop:
    d = G[x][y]
    evidence = [e for e in d["evidence"] if polarity == "any" or e["polarity"] == polarity]
    counts = d["counts"]
    return Hop(
        x,
        y,
        _label(G, x),
        _label(G, y),
        counts,
        d["polarity"],
        d["weight"],
        d["last_date"],
        (evidence or d["evidence"] or [None])[0],
    )


def _quote(ev: Mapping | None, indent: str = "    ", width: int = 240) -> str:
    if not ev:
        return ""
    sentence = " ".join(str(ev.get("sentence") or "").split())
    if len(sentence) > width:
        sentence = sentence[: width - 1] + "…"
    src = ", ".join(
        str(x) for x in (ev.get("title"), ev.get("date"), ev.get("url") or ev.get("article")) if x
    )
    who = f"{ev.get('subject')} {ev.get('relation')} {ev.get('object')}"
    fact = f", {ev['factuality']}" if ev.get("factuality") not in (None, "asserted") else ""
    return f'\n{indent}"{sentence}"\n{indent}  ({who}{fact}) — {src}'


def _counts(counts: Mapping[str, int], limit: int = 4) -> str:
    items = [f"{rel} ×{n}" for rel, n in itertools.islice(counts.items(), limit)]
    return ", ".join(items) + (", …" if len(counts) > limit else "")


def format_paths(found: list[Path]) -> str:
    """Paths as text: one block per path, one line and one evidence sentence per hop."""
    out = []
    for i, p in enumerate(found, 1):
        out.append(
            f"{i}. {' → '.join(p.labels)}  ({len(p.hops)} hop{'s' * (len(p.hops) != 1)}, cost {p.cost:.2f})"
        )
        for h in p.hops:
            out.append(
                f"   {h.source_label} — {h.target_label}: {_counts(h.counts)}  [{h.polarity}, {h.weight:+.1f}]"
                + _quote(h.evidence, "      ")
            )
    return "\n".join(out)


# ---------------------------------------------------------------- allies and rivals


@dataclass(frozen=True)
class Tie:
    actor: str
    label: str
    type: str
    weight: float
    count: int
    counts: dict
    polarity: str
    evidence: tuple


def _ties(G: nx.Graph, a: str, top: int, sign: int, resolve) -> tuple[str, list[Tie]]:
    _undirected(G)
    u = find_node(G, a, resolve)
    ties = [
        Tie(
            v,
            _label(G, v),
            G.nodes[v].get("type", ""),
            d["weight"],
            d["count"],
            d["counts"],
            d["polarity"],
            tuple(d["evidence"]),
        )
        for v, d in G[u].items()
        if d["weight"] * sign > 0
    ]
    ties.sort(key=lambda t: (-t.weight * sign, -t.count, t.label))
    return u, ties[:top]


def allies(
    G: nx.Graph, a: str, *, top: int = 10, resolve: Callable[[str], str | None] | None = None
) -> list[Tie]:
    """Neighbours of ``a`` with a positive signed weight, strongest first."""
    return _ties(G, a, top, +1, resolve)[1]


def rivals(
    G: nx.Graph, a: str, *, top: int = 10, resolve: Callable[[str], str | None] | None = None
) -> list[Tie]:
    """Neighbours of ``a`` with a negative signed weight, most negative first."""
    return _ties(G, a, top, -1, resolve)[1]


def format_ties(ties: list[Tie], title: str) -> str:
    """Allies or rivals as a ranked list, each with its strongest evidence sentence."""
    if not ties:
        return f"{title}: none in this store"
    lines = [f"{title}:"]
    for i, t in enumerate(ties, 1):
        lines.append(
            f"{i:2}. {t.label}  {t.weight:+.1f} ({t.count} event{'s' * (t.count != 1)}: {_counts(t.counts)})"
            + _quote(t.evidence[0] if t.evidence else None)
        )
    return "\n".join(lines)


# ---------------------------------------------------------------- balance


@dataclass(frozen=True)
class Triangle:
    nodes: tuple[str, str, str]
    labels: tuple[str, str, str]
    signs: str  # '+++', '++-', '+--' or '---'
    edges: tuple[tuple[str, str, float, dict | None], ...]  # (label, label, weight, evidence)
    strength: float  # the weakest |weight| of the three edges


@dataclass(frozen=True)
class BalanceReport:
    triangles: int
    balanced: int
    unbalanced: int
    by_signs: dict
    most_unbalanced: tuple[Triangle, ...]

    @property
    def ratio(self) -> float:
        """Share of balanced triangles (1.0 when there is none)."""
        return self.balanced / self.triangles if self.triangles else 1.0


def balance(G: nx.Graph, *, top: int = 10) -> BalanceReport:
    """Signed triangles (edges with weight ≠ 0): balanced +++ and +−− vs unbalanced ++− and −−−."""
    _undirected(G)
    rank = {n: i for i, n in enumerate(G)}
    signed = {n: {v for v, w in G[n].items() if w["weight"] != 0 and rank[v] > rank[n]} for n in G}
    by_signs = Counter({"+++": 0, "++-": 0, "+--": 0, "---": 0})
    worst: list[tuple] = []
    for u in G:
        for v in signed[u]:
            for w in signed[u] & signed[v]:
                tri = (u, v, w)
                ws = (G[u][v]["weight"], G[u][w]["weight"], G[v][w]["weight"])
                signs = "".join(sorted("+" if x > 0 else "-" for x in ws))
                by_signs[signs] += 1
                if signs in ("++-", "---"):
                    item = (min(abs(x) for x in ws), sum(abs(x) for x in ws), tri)
                    if len(worst) < top:
                        heapq.heappush(worst, item)
                    elif item[:2] > worst[0][:2]:
                        heapq.heapreplace(worst, item)
    triangles = []
    for strength, _sum, (u, v, w) in sorted(worst, key=lambda it: it[:2], reverse=True):
        edges = tuple(
            (_label(G, x), _label(G, y), G[x][y]["weight"], (G[x][y]["evidence"] or [None])[0])
            for x, y in ((u, v), (u, w), (v, w))
        )
        signs = "".join(sorted("+" if e[2] > 0 else "-" for e in edges))
        triangles.append(
            Triangle((u, v, w), (_label(G, u), _label(G, v), _label(G, w)), signs, edges, strength)
        )
    balanced = by_signs["+++"] + by_signs["+--"]
    unbalanced = by_signs["++-"] + by_signs["---"]
    return BalanceReport(
        balanced + unbalanced, balanced, unbalanced, dict(by_signs), tuple(triangles)
    )


def format_balance(report: BalanceReport) -> str:
    """Counts per sign pattern, then the most unbalanced triangles with their edges."""
    s = report.by_signs
    lines = [
        f"{report.triangles} signed triangles: {report.balanced} balanced ({report.ratio:.0%}), {report.unbalanced} unbalanced",
        f"  +++ {s['+++']} (friends)   +-- {s['+--']} (common enemy)   ++- {s['++-']} (friend of a foe)   --- {s['---']} (all against all)",
    ]
    if report.most_unbalanced:
        lines.append("Most unbalanced:")
    for i, t in enumerate(report.most_unbalanced, 1):
        lines.append(f"{i:2}. {' / '.join(t.labels)}  [{t.signs}]")
        for a, b, w, ev in t.edges:
            lines.append(f"    {a} — {b}: {w:+.1f}" + _quote(ev, "      ", 160))
    return "\n".join(lines)


# ---------------------------------------------------------------- blocs and centrality


@dataclass(frozen=True)
class Bloc:
    members: tuple[str, ...]  # strongest internal ties first
    labels: tuple[str, ...]
    ties: int
    weight: float
    evidence: dict | None  # of the strongest internal tie


def blocs(G: nx.Graph, *, seed: int = 42, resolution: float = 1.0) -> list[Bloc]:
    """Louvain communities (fixed seed) of the cooperative subgraph; blocs of two or more, largest first."""
    _undirected(G)
    H = nx.Graph()
    H.add_edges_from(
        (u, v, {"weight": d["weight"]})
        for u, v, d in G.edges(data=True)
        if d["polarity"] == "cooperative" and d["weight"] > 0
    )
    if H.number_of_edges() == 0:
        return []
    found = []
    for community in nx.community.louvain_communities(
        H, weight="weight", seed=seed, resolution=resolution
    ):
        if len(community) < 2:
            continue
        sub = H.subgraph(community)
        strength = dict(sub.degree(weight="weight"))
        members = tuple(sorted(community, key=lambda n: (-strength[n], _label(G, n))))
        u, v, _ = max(sub.edges(data="weight"), key=lambda e: (e[2], _label(G, e[0])))
        found.append(
            Bloc(
                members,
                tuple(_label(G, n) for n in members),
                sub.number_of_edges(),
                round(sub.size(weight="weight"), 3),
                (G[u][v]["evidence"] or [None])[0],
            )
        )
    found.sort(key=lambda b: (-len(b.members), -b.weight, b.labels))
    return found


def format_blocs(found: list[Bloc]) -> str:
    """One block per bloc: members, ties, and the evidence of its strongest tie."""
    if not found:
        return "no cooperative blocs in this store"
    return "\n".join(
        f"Bloc {i} ({len(b.members)} actors, {b.ties} cooperative ties, weight {b.weight:+.1f}): {', '.join(b.labels)}"
        + _quote(b.evidence)
        for i, b in enumerate(found, 1)
    )


@dataclass(frozen=True)
class Centrality:
    actor: str
    label: str
    type: str
    partners: int  # distinct actors with a relation (degree): the ranking
    events: int  # relation instances on those edges
    cooperative: int  # partners with a cooperative edge
    conflictual: int  # partners with a conflictual edge


def central(G: nx.Graph, *, top: int = 10) -> list[Centrality]:
    """Actors ranked by degree (distinct partners), ties broken by the number of events.

    Degree, not eigenvector or betweenness: news graphs are small, sparse and split into
    components, where eigenvector scores collapse onto one component and betweenness is zero
    for most actors; "related to the most distinct actors" is also what an analyst can check.
    """
    _undirected(G)
    rows = []
    for n in G:
        pol = Counter(d["polarity"] for d in G[n].values())
        rows.append(
            Centrality(
                n,
                _label(G, n),
                G.nodes[n].get("type", ""),
                G.degree(n),
                int(G.degree(n, weight="count")),
                pol["cooperative"],
                pol["conflictual"],
            )
        )
    rows.sort(key=lambda c: (-c.partners, -c.events, c.label))
    return rows[:top]


def format_central(rows: list[Centrality]) -> str:
    """A table: rank, actor, partners, events, cooperative/conflictual partners."""
    if not rows:
        return "no actors in this store"
    width = max(len(r.label) for r in rows)
    lines = [f"{'#':>3}  {'actor':<{width}}  partners  events  coop  confl"]
    lines += [
        f"{i:>3}  {r.label:<{width}}  {r.partners:>8}  {r.events:>6}  {r.cooperative:>4}  {r.conflictual:>5}"
        for i, r in enumerate(rows, 1)
    ]
    return "\n".join(lines)
