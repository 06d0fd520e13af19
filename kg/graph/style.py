"""How relation graphs look, shared by the static drawing (:mod:`kg.graph.draw`) and the HTML
page (:mod:`kg.graph.html`): colours and marks per actor type and polarity, the layout, and
the sizes of nodes and edges.
"""

from __future__ import annotations

import math
from types import MappingProxyType
from typing import Any

import networkx as nx

from kg.knowledge.actor_files import ORG_TYPES

STYLES = MappingProxyType(
    {
        "state": ("#4c78a8", "o", "state"),
        "person": ("#f58518", "^", "person"),
        "organisation": ("#8e6bb8", "s", "organisation"),
        "event": ("#d4a017", "D", "event"),
        "other": ("#7f7f7f", "h", "other"),
    }
)
EDGE_COLOURS = MappingProxyType(
    {
        "cooperative": "#2ca02c",
        "conflictual": "#d62728",
        "neutral": "#9a9a9a",
        "mixed": "#9a9a9a",
    }
)
ORGANISATIONS = ORG_TYPES


def type_group(node_type: str | None) -> str:
    """'state', 'person', 'organisation', 'event' or 'other' for an actor class name."""
    if node_type == "State":
        return "state"
    if node_type == "Person":
        return "person"
    if node_type == "PublicEvent":
        return "event"
    return "organisation" if node_type in ORGANISATIONS else "other"


def layout(H: nx.Graph, seed: int = 7) -> dict[Any, tuple[float, float]]:
    """Positions with ties about one unit long: stress majorization per component (even spacing,
    few crossings, deterministic), each turned to lie wide, components packed in rows."""
    comps = sorted(
        (sorted(c, key=str) for c in nx.connected_components(H.to_undirected(as_view=True))),
        key=lambda c: (-len(c), str(c[0])),
    )
    placed = [_stress_layout(H.subgraph(comp), comp, seed) for comp in comps]
    sizes = [(max(p[0] for p in pos.values()), max(p[1] for p in pos.values())) for pos in placed]
    area = sum((w + 1.2) * (h + 1.2) for w, h in sizes)
    width = max(sizes[0][0] + 1.2, 1.6 * math.sqrt(area)) if sizes else 1.0
    result: dict = {}
    x = y = row_h = 0.0
    for pos, (w, h) in zip(placed, sizes, strict=True):
        if x > 0 and x + w + 1.2 > width:
            x, y, row_h = 0.0, y - row_h, 0.0
        for n, (px, py) in pos.items():
            result[n] = (x + px, y - h + py)
        x += w + 1.2
        row_h = max(row_h, h + 1.2)
    return result


def _stress_layout(sub: nx.Graph, nodes: list, seed: int) -> dict[Any, tuple[float, float]]:
    """Stress majorization (SMACOF) from a classical-MDS start; coordinates from (0, 0), wide."""
    import numpy as np

    n = len(nodes)
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {v: i for i, v in enumerate(nodes)}
    D = np.zeros((n, n))
    for v, lengths in nx.all_pairs_shortest_path_length(sub):
        for u, length in lengths.items():
            D[index[v], index[u]] = length
    J = np.eye(n) - 1.0 / n
    vals, vecs = np.linalg.eigh(-0.5 * J @ (D**2) @ J)
    X = vecs[:, -2:] * np.sqrt(np.maximum(vals[-2:], 1e-9))
    X += np.random.default_rng(seed).normal(scale=1e-3, size=X.shape)
    W = np.divide(1.0, D**2, out=np.zeros_like(D), where=D > 0)
    L = -W
    np.fill_diagonal(L, W.sum(axis=1))
    L_pinv = np.linalg.pinv(L)
    for _ in range(300):
        dist = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(-1))
        B = -np.divide(W * D, dist, out=np.zeros_like(D), where=dist > 1e-9)
        np.fill_diagonal(B, -B.sum(axis=1))
        new = L_pinv @ (B @ X)
        done = np.abs(new - X).max() < 1e-5
        X = new
        if done:
            break
    X -= X.mean(axis=0)
    _, _, vt = np.linalg.svd(X, full_matrices=False)  # main axis horizontal
    X = X @ vt.T
    X -= X.min(axis=0)
    return {v: (float(X[i, 0]), float(X[i, 1])) for v, i in index.items()}


def declutter(
    boxes: list[list[float]],
    fixed: int = 0,
    anchors: list[tuple[float, float]] | None = None,
    rounds: int = 300,
) -> list[list[float]]:
    """Move boxes ``[cx, cy, w, h]`` (index ≥ ``fixed``) until none overlaps; the first ``fixed`` never move."""
    anchors = anchors or [(b[0], b[1]) for b in boxes]
    n = len(boxes)
    for step in range(rounds):
        moved = False
        for i in range(n):
            for j in range(max(i + 1, fixed), n):
                a, b = boxes[i], boxes[j]
                dx, dy = b[0] - a[0], b[1] - a[1]
                ox, oy = (a[2] + b[2]) / 2 - abs(dx), (a[3] + b[3]) / 2 - abs(dy)
                if ox <= 0 or oy <= 0:
                    continue
                moved = True
                axis, over, d = (1, oy, dy) if oy <= ox * 1.5 else (0, ox, dx)
                sign = 1.0 if d > 0 or (d == 0 and i < j) else -1.0
                if i < fixed:
                    b[axis] += sign * (over + 1.0)
                else:  # a little more than half the overlap each: converges faster
                    a[axis] -= sign * (over * 0.6 + 0.5)
                    b[axis] += sign * (over * 0.6 + 0.5)
        if not moved:
            break
        pull = 0.05 * max(0.0, 1.0 - 2.0 * step / rounds)  # back towards the label's node, fading
        for k in range(fixed, n):
            boxes[k][0] += pull * (anchors[k][0] - boxes[k][0])
            boxes[k][1] += pull * (anchors[k][1] - boxes[k][1])
    return boxes


def node_strength(H: nx.Graph) -> dict:
    """Node size in [0, 1]: square root of its share of the strongest node's event count."""
    s = dict(H.degree(weight="count"))
    top = max(s.values(), default=1) or 1
    return {n: math.sqrt(v / top) for n, v in s.items()}


def edge_width(count: int) -> float:
    """Line width of an edge with ``count`` events."""
    return min(1.0 + 1.5 * math.log1p(count), 7.0)


# ---------------------------------------------------------------- PNG / SVG
