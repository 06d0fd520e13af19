"""How relation graphs look, shared by the static drawing (:mod:`kg.graph.draw`) and the HTML
page (:mod:`kg.graph.html`): colours and marks per actor type and polarity, the layout, the
sizes of nodes and edges, and the placement of marks in screen units (:func:`separate` moves
nodes apart, :func:`place_labels` finds each label a free spot, :func:`free_on_segment` an edge
label's spot on its own edge).
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

# CAMEO quad classes (timelines): light and dark green for verbal and material cooperation,
# light and dark red for verbal and material conflict; grey for relations without one
QUAD_COLOURS = MappingProxyType(
    {1: "#98df8a", 2: "#2ca02c", 3: "#ff9896", 4: "#d62728", 0: "#bdbdbd"}
)


def type_group(node_type: str | None) -> str:
    """'state', 'person', 'organisation', 'event' or 'other' for an actor class name."""
    if node_type == "State":
        return "state"
    if node_type == "Person":
        return "person"
    if node_type == "PublicEvent":
        return "event"
    return "organisation" if node_type in ORG_TYPES else "other"


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


def node_strength(H: nx.Graph) -> dict:
    """Node size in [0, 1]: square root of its share of the strongest node's event count."""
    s = dict(H.degree(weight="count"))
    top = max(s.values(), default=1) or 1
    return {n: math.sqrt(v / top) for n, v in s.items()}


def edge_width(count: int) -> float:
    """Line width of an edge with ``count`` events."""
    return min(1.0 + 1.5 * math.log1p(count), 7.0)


# --------------------------------------------------- placement in screen units (px)
# A box is [cx, cy, w, h]; a segment (x1, y1, x2, y2); bounds (x0, y0, x1, y1).


def overlap(a: list[float], b: list[float], gap: float = 0.0) -> bool:
    """Whether boxes ``a`` and ``b`` come closer than ``gap``."""
    return abs(a[0] - b[0]) < (a[2] + b[2]) / 2 + gap and abs(a[1] - b[1]) < (a[3] + b[3]) / 2 + gap


def separate(
    xy: Any, half: Any, gap: float, bounds: tuple, offset: Any = None, rounds: int = 500
) -> Any:
    """Node centres ``xy`` (n×2) moved apart until no two of their boxes come closer than
    ``gap``, each box inside ``bounds``. A node's box has half-sizes ``half`` (n, or n×2) and
    its centre at ``xy + offset`` (n×2; a node with its label below it). Each overlapping pair
    is pushed apart along the axis of the smaller overlap, both ends."""
    import numpy as np

    X = np.array(xy, dtype=float).reshape(-1, 2)
    n = len(X)
    half = np.broadcast_to(np.asarray(half, dtype=float).reshape(n, -1), (n, 2))
    off = np.zeros((n, 2)) if offset is None else np.asarray(offset, dtype=float)
    lo = np.array(bounds[:2]) + half - off
    hi = np.maximum(np.array(bounds[2:]) - half - off, lo)
    X = np.clip(X, lo, hi)
    need = half[:, None, :] + half[None, :, :] + gap
    order = np.sign(np.arange(n)[None, :] - np.arange(n)[:, None])  # ties: the later one moves on
    for _ in range(rounds):
        C = X + off
        d = C[None, :, :] - C[:, None, :]  # d[i, j] = C[j] - C[i]
        over = need - np.abs(d)
        hit = (over > 0).all(-1)
        np.fill_diagonal(hit, False)
        if not hit.any():
            break
        axis = np.argmin(over, axis=-1)
        sign = np.where(d != 0, np.sign(d), order[..., None])
        amount = np.take_along_axis(over, axis[..., None], -1)[..., 0] * 0.55 + 0.25
        push = np.zeros_like(d)
        for k in (0, 1):
            push[..., k] = np.where(hit & (axis == k), sign[..., k] * amount, 0.0)
        X = np.clip(X + 0.5 * push.sum(axis=0) - 0.5 * push.sum(axis=1), lo, hi)
    return X


def crosses(seg: tuple, box: list[float]) -> bool:
    """Whether segment ``seg`` passes through ``box`` (Liang–Barsky clipping)."""
    x1, y1, x2, y2 = seg
    t0, t1 = 0.0, 1.0
    for p, q in (
        (x1 - x2, x1 - (box[0] - box[2] / 2)),
        (x2 - x1, box[0] + box[2] / 2 - x1),
        (y1 - y2, y1 - (box[1] - box[3] / 2)),
        (y2 - y1, box[1] + box[3] / 2 - y1),
    ):
        if p == 0:
            if q < 0:
                return False
        elif p < 0:
            t0 = max(t0, q / p)
        else:
            t1 = min(t1, q / p)
    return t0 < t1


def _inside(b: list[float], bounds: tuple) -> bool:
    return (
        b[0] - b[2] / 2 >= bounds[0]
        and b[0] + b[2] / 2 <= bounds[2]
        and b[1] - b[3] / 2 >= bounds[1]
        and b[1] + b[3] / 2 <= bounds[3]
    )


# directions tried around a node, best first: below, above, right, left, then the diagonals
_ANGLES = (-90, 90, 0, 180, -45, -135, 45, 135, -65, -115, 65, 115, -20, -160, 20, 160)


def place_labels(
    nodes: list[tuple[float, float, float, float]],
    sizes: list[tuple[float, float]],
    segments: list[tuple] = (),
    bounds: tuple = (-math.inf, -math.inf, math.inf, math.inf),
    *,
    down: float = 1.0,
    gap: float = 2.0,
    rings: int = 14,
) -> list[tuple[list[float], bool]]:
    """A free box for each node's label: ``nodes`` (cx, cy, half width, half height), label
    ``sizes`` (w, h). Each label goes next to its node, or farther out on rings around it (then
    with ``True``: draw a leader line), never over a node, another label or out of ``bounds``,
    preferring spots nearer its own node than any other, below it, crossing few ``segments``;
    largest nodes choose first. ``down`` is the
    sign of "below" on the y axis (−1 when y grows upwards)."""
    taken = [[x, y, 2 * hw, 2 * hh] for x, y, hw, hh in nodes]
    result: list = [None] * len(nodes)
    for i in sorted(range(len(nodes)), key=lambda i: (-nodes[i][2], i)):
        x, y, hw, hh = nodes[i]
        w, h = sizes[i]
        rx, ry = hw + w + rings * (0.8 * h + 4) + gap, hh + h + rings * (0.8 * h + 4) + gap
        near = [t for t in taken if abs(t[0] - x) < rx + t[2] / 2 and abs(t[1] - y) < ry + t[3] / 2]
        local = [
            seg
            for seg in segments
            if min(seg[0], seg[2]) < x + rx and max(seg[0], seg[2]) > x - rx
            and min(seg[1], seg[3]) < y + ry and max(seg[1], seg[3]) > y - ry
        ]  # fmt: skip
        others = [(a[0], a[1]) for j, a in enumerate(nodes) if j != i]
        others = [o for o in others if abs(o[0] - x) < rx and abs(o[1] - y) < ry]
        best = None
        for ring in range(rings):
            extra = gap + 1 + ring * (0.8 * h + 4)  # +1: clear of the gap test
            for k, angle in enumerate(_ANGLES if ring else _ANGLES[:8]):
                c, s = math.cos(math.radians(angle)), -down * math.sin(math.radians(angle))
                box = [x + c * (hw + extra + w / 2), y + s * (hh + extra + h / 2), w, h]
                if not _inside(box, bounds) or any(overlap(box, t, gap) for t in near):
                    continue
                # a label nearer another node reads as that node's: the costliest fault
                own = math.dist(box[:2], (x, y))
                closer = sum(math.dist(box[:2], o) < own for o in others)
                score = (
                    2 * ring + 1.5 * closer + 0.3 * sum(crosses(g, box) for g in local) + 0.1 * k
                )
                if best is None or score < best[0]:
                    best = (score, box, ring)
            if best is not None and best[0] <= 2 * (ring + 1):
                break
        if best is None:  # no free spot at all: under the node, as before
            best = (0, [x, y + down * (hh + gap + h / 2), w, h], 0)
        taken.append(best[1])
        result[i] = (best[1], best[2] >= 2)
    return result


def free_on_segment(
    seg: tuple,
    size: tuple[float, float],
    taken: list[list[float]],
    others: list[tuple],
    bounds: tuple,
    gap: float = 2.0,
) -> list[float] | None:
    """A box of ``size`` centred on segment ``seg`` (near its middle) that overlaps nothing
    ``taken`` and crosses none of the ``others`` segments, so it reads as that edge's; or None."""
    x1, y1, x2, y2 = seg
    for t in (0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73):
        box = [x1 + t * (x2 - x1), y1 + t * (y2 - y1), *size]
        if (
            _inside(box, bounds)
            and not any(overlap(box, b, gap) for b in taken)
            and not any(crosses(o, box) for o in others)
        ):
            return box
    return None
