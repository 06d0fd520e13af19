"""Analytics on a relation graph from ``kg.graph.project``: allies, rivals, balance, blocs, central
(paths are in :mod:`kg.paths`).

Each analysis takes the (undirected, unless said otherwise) ``networkx`` graph whose attributes
``kg.graph`` describes and returns small dataclasses; ``format_*`` turn them into text for the CLI.
Every answer carries evidence sentences.
"""

from __future__ import annotations

import difflib
import heapq
import itertools
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import networkx as nx

from kg.errors import NotFoundError, UsageError
from kg.graph.weights import MIN_BLOC_WEIGHT


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


def node_label(G: nx.Graph, n: str) -> str:
    return G.nodes[n].get("label", n)


def undirected(G: nx.Graph) -> None:
    if G.is_directed():
        raise UsageError(
            "this analysis needs the undirected projection; project with directed=False"
        )


def quote_evidence(ev: Mapping | None, indent: str = "    ", width: int = 240) -> str:
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


def format_counts(counts: Mapping[str, int], limit: int = 4) -> str:
    items = [f"{rel} ×{n}" for rel, n in itertools.islice(counts.items(), limit)]
    return ", ".join(items) + (", …" if len(counts) > limit else "")


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
    """Ties of ``a`` whose weight has ``sign``; each one's evidence of that polarity first."""
    undirected(G)
    u = find_node(G, a, resolve)
    want = "cooperative" if sign > 0 else "conflictual"
    ties = [
        Tie(
            v,
            node_label(G, v),
            G.nodes[v].get("type", ""),
            d["weight"],
            d["count"],
            d["counts"],
            d["polarity"],
            tuple(sorted(d["evidence"], key=lambda ev: ev["polarity"] != want)),
        )
        for v, d in G[u].items()
        if d["weight"] * sign > 0
    ]
    ties.sort(key=lambda t: (-t.weight * sign, -t.count, t.label))
    return u, ties[:top]


def allies(
    G: nx.Graph, a: str, *, top: int = 10, resolve: Callable[[str], str | None] | None = None
) -> list[Tie]:
    """Neighbours of ``a`` with a positive signed weight, strongest first.

    ``weight`` is alignment (``kg.graph.weights``): deeds count in full, other words half, and
    statements, appeals, requests, invitations and demands not at all, so a partner that was only
    asked for something is no ally."""
    return _ties(G, a, top, +1, resolve)[1]


def rivals(
    G: nx.Graph, a: str, *, top: int = 10, resolve: Callable[[str], str | None] | None = None
) -> list[Tie]:
    """Neighbours of ``a`` with a negative signed weight, most negative first (same weights
    as :func:`allies`: a demand alone makes no rival)."""
    return _ties(G, a, top, -1, resolve)[1]


WEIGHT_LEGEND = (
    "weight: Goldstein scores of the tie's events; deeds (material cooperation or conflict) count"
    " in full,\nother words half, statements, appeals, requests, invitations and demands not at all"
)


def format_ties(ties: list[Tie], title: str, unit: str = "events") -> str:
    """Allies or rivals as a ranked list, each with its strongest evidence sentence of the
    tie's sign; a tie whose polarity is mixed says so. ``unit``: what the projection counted
    ('events' or 'mentions')."""
    if not ties:
        return f"{title}: none in this store"
    lines = [f"{title}:"]
    one = unit.removesuffix("s")
    for i, t in enumerate(ties, 1):
        mark = f" [{t.polarity}]" if t.polarity in ("mixed", "neutral") else ""
        lines.append(
            f"{i:2}. {t.label}  {t.weight:+.1f}{mark} ({t.count} {one}{'s' * (t.count != 1)}: {format_counts(t.counts)})"
            + quote_evidence(t.evidence[0] if t.evidence else None)
        )
    return "\n".join(lines) + "\n\n" + WEIGHT_LEGEND


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
    undirected(G)
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
            (
                node_label(G, x),
                node_label(G, y),
                G[x][y]["weight"],
                (G[x][y]["evidence"] or [None])[0],
            )
            for x, y in ((u, v), (u, w), (v, w))
        )
        signs = "".join(sorted("+" if e[2] > 0 else "-" for e in edges))
        triangles.append(
            Triangle(
                (u, v, w),
                (node_label(G, u), node_label(G, v), node_label(G, w)),
                signs,
                edges,
                strength,
            )
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
            lines.append(f"    {a} — {b}: {w:+.1f}" + quote_evidence(ev, "      ", 160))
    return "\n".join(lines)


# ---------------------------------------------------------------- blocs and centrality


@dataclass(frozen=True)
class Bloc:
    members: tuple[str, ...]  # strongest internal ties first
    labels: tuple[str, ...]
    ties: int
    weight: float
    evidence: dict | None  # of the strongest internal tie


def blocs(
    G: nx.Graph, *, seed: int = 42, resolution: float = 1.0, min_weight: float = MIN_BLOC_WEIGHT
) -> list[Bloc]:
    """Louvain communities (fixed seed) of the firm cooperative ties; blocs of two or more,
    largest first.

    A tie is firm when it is cooperative with a weight of at least ``min_weight`` (3: one
    agreement or act of material cooperation, or repeated words; one praise weighs 1.7), so
    that one weak statement does not pull an actor into a bloc."""
    undirected(G)
    H = nx.Graph()
    H.add_edges_from(
        (u, v, {"weight": d["weight"]})
        for u, v, d in G.edges(data=True)
        if d["polarity"] == "cooperative" and d["weight"] >= min_weight and d["weight"] > 0
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
        members = tuple(sorted(community, key=lambda n: (-strength[n], node_label(G, n))))
        u, v, _ = max(sub.edges(data="weight"), key=lambda e: (e[2], node_label(G, e[0])))
        found.append(
            Bloc(
                members,
                tuple(node_label(G, n) for n in members),
                sub.number_of_edges(),
                round(sub.size(weight="weight"), 3),
                (G[u][v]["evidence"] or [None])[0],
            )
        )
    found.sort(key=lambda b: (-len(b.members), -b.weight, b.labels))
    return found


def format_blocs(found: list[Bloc], min_weight: float = MIN_BLOC_WEIGHT) -> str:
    """One block per bloc: members, ties, and the evidence of its strongest tie."""
    ties = f"cooperative ties of weight ≥ {min_weight:g}"
    if not found:
        return f"no blocs ({ties}) in this store"
    return f"Blocs: communities of {ties}\n" + "\n".join(
        f"Bloc {i} ({len(b.members)} actors, {b.ties} cooperative ties, weight {b.weight:+.1f}): {', '.join(b.labels)}"
        + quote_evidence(b.evidence)
        for i, b in enumerate(found, 1)
    )


@dataclass(frozen=True)
class Centrality:
    actor: str
    label: str
    type: str
    partners: int  # distinct actors with a relation (degree): the ranking
    events: int  # events (or relation mentions: count="mentions") on those edges
    cooperative: int  # partners with a cooperative edge
    conflictual: int  # partners with a conflictual edge


def central(G: nx.Graph, *, top: int = 10) -> list[Centrality]:
    """Actors ranked by degree (distinct partners), ties broken by the number of events.

    Degree, not eigenvector or betweenness: news graphs are small, sparse and split into
    components, where eigenvector scores collapse onto one component and betweenness is zero
    for most actors; "related to the most distinct actors" is also what an analyst can check.
    """
    undirected(G)
    rows = []
    for n in G:
        pol = Counter(d["polarity"] for d in G[n].values())
        rows.append(
            Centrality(
                n,
                node_label(G, n),
                G.nodes[n].get("type", ""),
                G.degree(n),
                int(G.degree(n, weight="count")),
                pol["cooperative"],
                pol["conflictual"],
            )
        )
    rows.sort(key=lambda c: (-c.partners, -c.events, c.label))
    return rows[:top]


CENTRAL_LEGEND = """\
partners: distinct actors it has relations with (the ranking)
events: reported events on those ties (one event reported by many articles counts once)
coop / confl: partners whose tie is cooperative / conflictual on balance of its weight;
  mixed ties and neutral ones (statements or requests only) are in neither column"""
_MENTIONS_LEGEND = "mentions: relation mentions on those ties (each mention in each article)"


def format_central(rows: list[Centrality], unit: str = "events") -> str:
    """A table: rank, actor, partners, events (or mentions), cooperative/conflictual partners;
    then a legend."""
    if not rows:
        return "no actors in this store"
    width = max(len(r.label) for r in rows)
    legend = CENTRAL_LEGEND
    if unit == "mentions":
        legend = "\n".join(
            _MENTIONS_LEGEND if x.startswith("events:") else x for x in legend.split("\n")
        )
    wide = max(6, len(unit))
    lines = [f"{'#':>3}  {'actor':<{width}}  partners  {unit:>{wide}}  coop  confl"]
    lines += [
        f"{i:>3}  {r.label:<{width}}  {r.partners:>8}  {r.events:>{wide}}  {r.cooperative:>4}  {r.conflictual:>5}"
        for i, r in enumerate(rows, 1)
    ]
    return "\n".join(lines) + "\n\n" + legend
