"""k best paths between two actors: strong and recent ties are short.

A bidirectional Dijkstra over costs precomputed on every edge, and Yen's method
with Lawler's rule (bounded by the k-th best cost found) for k > 1.
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import networkx as nx

from kg.errors import NotFoundError, UsageError
from kg.graph.analysis import find_node, format_counts, node_label, quote_evidence

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
    an undated edge counts as two years old. ``kg.graph`` stores it on every edge (``cost``,
    ``polarity_cost``) so that searches do not recompute it.
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
    """The ``k`` best simple paths from ``a`` to ``b`` over edges of ``polarity`` (or 'any').

    Yen's k shortest simple paths (with Lawler's deviation rule, spur searches cut off at the
    cost of the candidates already in hand) over a bidirectional Dijkstra on ``edge_cost``.
    """
    if polarity not in ("cooperative", "conflictual", "any"):
        raise UsageError(f"invalid polarity {polarity!r}: use cooperative, conflictual or any")
    if k < 1:
        raise UsageError(f"invalid -k {k}: give 1 or more")
    u, v = find_node(G, a, resolve), find_node(G, b, resolve)
    if u == v:
        raise UsageError(f"{a!r} and {b!r} are the same actor here; give two different actors")
    found = []
    for nodes in _k_best(G, u, v, polarity, k):
        hops = tuple(_hop(G, x, y, polarity) for x, y in itertools.pairwise(nodes))
        found.append(
            Path(
                nodes,
                tuple(node_label(G, n) for n in nodes),
                round(_cost(G, nodes, polarity), 4),
                hops,
            )
        )
    if not found:
        what = "" if polarity == "any" else f"{polarity} "
        hint = "; they are not connected at all" if polarity == "any" else "; try --polarity any"
        raise NotFoundError(
            f"no {what}path between {node_label(G, u)} and {node_label(G, v)} in this store{hint}"
        )
    return found


def _cost(G: nx.Graph, nodes: tuple, polarity: str) -> float:
    """A path's length: the stored edge costs (``kg.graph``), else ``edge_cost``."""
    key, total = "cost" if polarity == "any" else "polarity_cost", 0.0
    for x, y in itertools.pairwise(nodes):
        d = G[x][y]
        total += d[key] if key in d else edge_cost(d, G.graph.get("newest"), polarity)
    return total


def _k_best(G: nx.Graph, s: str, t: str, polarity: str, k: int) -> list[tuple]:
    """Up to ``k`` cheapest simple s→t paths, cheapest first (Yen, Lawler, bounded spurs)."""
    first = _search(G, s, t, polarity)
    if first is None:
        return []
    found, candidates, seen = [first], [], {first}
    counter = itertools.count()
    start = 0  # Lawler: spurs of a path start where it left its parent
    while len(found) < k:
        last = found[-1]
        for i in range(start, len(last) - 1):
            root = last[: i + 1]
            root_cost = _cost(G, root, polarity)
            skip = {p[i + 1] for p in found if p[: i + 1] == root}
            need = k - len(found)
            # the next `need` paths cost at most the need-th candidate: no spur beyond it matters
            bound = (
                heapq.nsmallest(need, candidates)[-1][0] if len(candidates) >= need else math.inf
            )
            hit = _search(G, last[i], t, polarity, set(root[:-1]), skip, bound - root_cost)
            if hit is not None and root[:-1] + hit not in seen:
                path = root[:-1] + hit
                seen.add(path)
                heapq.heappush(candidates, (_cost(G, path, polarity), next(counter), path, i))
        if not candidates:
            break
        _c, _n, path, start = heapq.heappop(candidates)
        found.append(path)
    return found


def _search(
    G: nx.Graph,
    s: str,
    t: str,
    polarity: str,
    blocked: set | None = None,
    skip: set | None = None,
    bound: float = math.inf,
) -> tuple | None:
    """Cheapest s→t path costing less than ``bound`` (bidirectional Dijkstra), or None.

    It avoids the ``blocked`` nodes and the edges from ``s`` to the nodes in ``skip``.
    """
    newest, pol = G.graph.get("newest"), None if polarity == "any" else polarity
    key = "cost" if pol is None else "polarity_cost"
    blocked, skip = blocked or set(), skip or set()
    nbrs = (G._succ, G._pred) if G.is_directed() else (G._adj, G._adj)
    dist: tuple[dict, dict] = ({s: 0.0}, {t: 0.0})
    pred: tuple[dict, dict] = ({s: None}, {t: None})
    done: tuple[set, set] = (set(), set())
    heaps: tuple[list, list] = ([(0.0, 0, s)], [(0.0, 0, t)])
    counter = itertools.count(1)
    best, meet, work = bound, None, [0, 0]
    inf, push, pop = math.inf, heapq.heappush, heapq.heappop
    while heaps[0] and heaps[1] and heaps[0][0][0] + heaps[1][0][0] < best:
        i = 0 if work[0] <= work[1] else 1  # grow the side that has cost less so far
        d, _n, v = pop(heaps[i])
        if v in done[i]:
            continue
        done[i].add(v)
        work[i] += len(nbrs[i][v])
        here, there, back, heap = dist[i], dist[1 - i], pred[i], heaps[i]
        radius = heaps[1 - i][0][0]  # the other side has settled every node closer than this
        ban = blocked
        if i == 0 and v == s:
            ban = blocked | skip
        elif i == 1 and v in skip:
            ban = blocked | {s}
        for w, a in nbrs[i][v].items():
            if w in ban or (pol is not None and a["polarity"] != pol):
                continue
            c = a.get(key)
            nd = d + (edge_cost(a, newest, polarity) if c is None else c)
            if nd >= here.get(w, inf):
                continue
            if w in there and nd + there[w] < best:
                best, meet = nd + there[w], w
                here[w], back[w] = nd, v
            if nd + radius < best:  # else no cheaper path goes through w
                here[w], back[w] = nd, v
                push(heap, (nd, next(counter), w))
    if meet is None:
        return None
    nodes, x = [], meet
    while x is not None:
        nodes.append(x)
        x = pred[0][x]
    nodes.reverse()
    x = pred[1][meet]
    while x is not None:
        nodes.append(x)
        x = pred[1][x]
    return tuple(nodes)


def _hop(G: nx.Graph, x: str, y: str, polarity: str) -> Hop:
    d = G[x][y]
    evidence = [e for e in d["evidence"] if polarity == "any" or e["polarity"] == polarity]
    counts = d["counts"]
    return Hop(
        x,
        y,
        node_label(G, x),
        node_label(G, y),
        counts,
        d["polarity"],
        d["weight"],
        d["last_date"],
        (evidence or d["evidence"] or [None])[0],
    )


def format_paths(found: list[Path]) -> str:
    """Paths as text: one block per path, one line and one evidence sentence per hop."""
    out = []
    for i, p in enumerate(found, 1):
        out.append(
            f"{i}. {' → '.join(p.labels)}  ({len(p.hops)} hop{'s' * (len(p.hops) != 1)}, cost {p.cost:.2f})"
        )
        for h in p.hops:
            out.append(
                f"   {h.source_label} — {h.target_label}: {format_counts(h.counts)}  [{h.polarity}, {h.weight:+.1f}]"
                + quote_evidence(h.evidence, "      ")
            )
    return "\n".join(out)
