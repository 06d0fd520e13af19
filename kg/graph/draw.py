"""Drawings of relation graphs: PNG/SVG (matplotlib) here, the offline HTML page in ``kg.page``.

``draw(G, "g.png" | "g.svg" | "g.html", focus="Russia", depth=1)`` takes a graph from
``kg.graph.project``/``GraphView.to_networkx``. Nodes are coloured and shaped by type, edges
coloured by polarity (green cooperative, red conflictual, grey neutral, dashed grey mixed) and
sized by count. Layout, label placement and styles are shared with ``kg.page``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import NotFoundError, UsageError
from kg.graph.analysis import find_node
from kg.graph.style import (
    EDGE_COLOURS,
    STYLES,
    declutter,
    edge_width,
    layout,
    node_strength,
    type_group,
)

FORMATS = (".png", ".svg", ".html")


# type group → (colour, matplotlib marker, legend name)
def draw(
    G: nx.Graph,
    out: str | Path,
    *,
    title: str | None = None,
    focus: str | None = None,
    depth: int = 1,
    max_nodes: int | None = None,
    resolve: Callable[[str], str | None] | None = None,
) -> Path:
    """Write ``G`` (or the ego graph of ``focus`` within ``depth`` hops) to PNG, SVG or HTML.

    Larger graphs keep their ``max_nodes`` best-connected actors (40 for pictures, 300 for HTML);
    the subtitle says so. Returns the path written.
    """
    out = Path(out)
    fmt = out.suffix.lower()
    if fmt not in FORMATS:
        raise UsageError(f"cannot draw to {out.name!r}: use a .png, .svg or .html file name")
    if G.number_of_edges() == 0:
        raise NotFoundError("the store has no relations to draw; run kg build first")
    if depth < 1:
        raise UsageError(f"invalid --depth {depth}: give 1 or more")
    H, centre = select(G, focus, depth, max_nodes or (300 if fmt == ".html" else 40), resolve)
    heading = title or default_title(G, H, centre)
    subtitle = _subtitle(G, H)
    if not out.parent.exists():
        raise UsageError(f"cannot write {out}: folder {out.parent} does not exist")
    if fmt == ".html":
        from kg.graph.html import render_html

        out.write_text(render_html(H, heading, subtitle, centre), encoding="utf-8")
    else:
        _draw_static(H, out, heading, subtitle, centre)
    return out


def select(
    G: nx.Graph, focus: str | None, depth: int, max_nodes: int, resolve=None
) -> tuple[nx.Graph, str | None]:
    """The subgraph to draw: the ego graph of ``focus``, cut to the ``max_nodes`` strongest actors."""
    centre = find_node(G, focus, resolve) if focus else None
    H = nx.ego_graph(G, centre, radius=depth, undirected=True) if centre else G
    total = len(H)
    strength = dict(H.degree(weight="count"))
    keep = sorted(H, key=lambda n: (n != centre, -strength[n], str(n)))[:max_nodes]
    H = H.subgraph(keep).copy()
    H.remove_nodes_from([n for n in list(H) if H.degree(n) == 0 and n != centre])
    H.graph["shown_of"] = total
    return H, centre


def default_title(G: nx.Graph, H: nx.Graph, centre: str | None) -> str:
    """ "Relations of Russia (depth 1) — state level, 2021-01-01 to 2021-12-31"."""
    since, until = G.graph.get("since"), G.graph.get("until")
    dates = [d for *_, d in H.edges(data="first_date") if d] + [
        d for *_, d in H.edges(data="last_date") if d
    ]
    if since or until:
        window = f"{since or '…'} to {until or '…'}"
    elif dates:
        window = str(min(dates)) if min(dates) == max(dates) else f"{min(dates)} to {max(dates)}"
    else:
        window = "undated"
    what = f"Relations of {H.nodes[centre].get('label', centre)}" if centre else "Relation graph"
    return f"{what} — {G.graph.get('level', 'actor')} level, {window}"


def _subtitle(G: nx.Graph, H: nx.Graph) -> str:
    shown = f"{len(H)} actors, {H.number_of_edges()} ties"
    total = H.graph.get("shown_of", len(G))
    if total > len(H):
        shown += f" (the {len(H)} best connected of {total})"
    facts = ", ".join(G.graph.get("factualities", ()))
    return shown + (f"; {facts} events" if facts else "")


# ---------------------------------------------------------------- layout


def _draw_static(
    H: nx.Graph, out: Path, title: str, subtitle: str, centre: str | None = None
) -> None:
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    pos = layout(H)
    size = node_strength(H)
    with matplotlib.rc_context({"svg.fonttype": "none", "font.size": 9}):
        fig = Figure(figsize=(13, 9), dpi=150)
        canvas = FigureCanvasAgg(fig)
        ax = fig.add_axes((0.01, 0.01, 0.98, 0.9))
        ax.set_axis_off()
        xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
        ax.set_xlim(min(xs) - 0.8, max(xs) + 0.8)
        ax.set_ylim(min(ys) - 0.8, max(ys) + 0.6)
        for u, v, d in sorted(H.edges(data=True), key=lambda e: e[2]["count"]):
            (x1, y1), (x2, y2) = pos[u], pos[v]
            ax.plot(
                [x1, x2],
                [y1, y2],
                color=EDGE_COLOURS[d["polarity"]],
                lw=edge_width(d["count"]),
                alpha=0.7,
                solid_capstyle="round",
                linestyle="--" if d["polarity"] == "mixed" else "-",
                zorder=1,
            )
        radius_pt = {}
        for group, (colour, marker, _name) in STYLES.items():
            nodes = [n for n in H if type_group(H.nodes[n].get("type")) == group]
            if not nodes:
                continue
            areas = [180 + 900 * size[n] for n in nodes]
            radius_pt.update({n: math.sqrt(a) / 2 for n, a in zip(nodes, areas, strict=True)})
            ax.scatter(
                [pos[n][0] for n in nodes],
                [pos[n][1] for n in nodes],
                s=areas,
                c=colour,
                marker=marker,
                edgecolors=["#111111" if n == centre else "white" for n in nodes],
                linewidths=[2.5 if n == centre else 1.2 for n in nodes],
                zorder=3,
            )
        fig.suptitle(
            title, fontsize=14, fontweight="bold", x=0.01, ha="left", y=0.975, parse_math=False
        )
        fig.text(0.01, 0.925, subtitle, fontsize=10, color="#555555", parse_math=False)
        _place_labels(ax, canvas, H, pos, radius_pt)
        handles = [
            Line2D([], [], marker=m, color="w", markerfacecolor=c, markersize=10, label=name)
            for group, (c, m, name) in STYLES.items()
            if any(type_group(H.nodes[n].get("type")) == group for n in H)
        ]
        handles += [
            Line2D(
                [],
                [],
                color=EDGE_COLOURS[p],
                lw=3,
                linestyle="--" if p == "mixed" else "-",
                label=p,
            )
            for p in EDGE_COLOURS
            if any(d == p for *_, d in H.edges(data="polarity"))
        ]
        handles.append(Line2D([], [], color="#9a9a9a", lw=6, label="width: number of events"))
        ax.legend(handles=handles, loc="lower right", fontsize=9, framealpha=0.9)
        fig.savefig(out, format=out.suffix[1:].lower(), facecolor="white")


def _place_labels(ax: Any, canvas: Any, H: nx.Graph, pos: dict, radius_pt: dict) -> None:
    """Node labels under their nodes, moved apart until none overlaps a node or another label;
    then the main relation at the middle of each edge, kept only where there is room for it."""
    style = {"ha": "center", "va": "center", "parse_math": False}
    box = {"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8}
    renderer = canvas.get_renderer()
    px = canvas.figure.dpi / 72.0
    to_px = ax.transData.transform
    nodes = list(H)
    boxes = []
    for n in nodes:  # obstacles: the nodes themselves
        cx, cy = to_px(pos[n])
        boxes.append([cx, cy, 2 * radius_pt[n] * px, 2 * radius_pt[n] * px])
    anchors = [(b[0], b[1]) for b in boxes]
    texts = []
    for n in nodes:
        t = ax.text(
            *pos[n], H.nodes[n].get("label", str(n)), fontsize=9, zorder=5, bbox=box, **style
        )
        ext = t.get_window_extent(renderer)
        cx, cy = to_px(pos[n])
        anchors.append((cx, cy - radius_pt[n] * px - ext.height / 2 - 2))
        boxes.append([*anchors[-1], ext.width + 4, ext.height + 2])
        texts.append(t)
    declutter(boxes, fixed=len(nodes), anchors=anchors)
    fixed = len(boxes)
    for u, v, counts in H.edges(data="counts"):
        label = next(iter(counts)) + (f" +{len(counts) - 1}" if len(counts) > 1 else "")
        mid = ((pos[u][0] + pos[v][0]) / 2, (pos[u][1] + pos[v][1]) / 2)
        t = ax.text(
            *mid,
            label,
            fontsize=7,
            color="#555555",
            style="italic",
            zorder=4,
            bbox=box | {"alpha": 0.65},
            **style,
        )
        ext = t.get_window_extent(renderer)
        anchors.append(tuple(to_px(mid)))
        boxes.append([*anchors[-1], ext.width + 2, ext.height + 1])
        texts.append(t)
    declutter(boxes, fixed=fixed, anchors=anchors, rounds=60)
    inverse = ax.transData.inverted()
    kept = boxes[:fixed]
    for i, (t, b) in enumerate(zip(texts, boxes[len(nodes) :], strict=True), start=len(nodes)):
        t.set_position(inverse.transform((b[0], b[1])))
        if i >= fixed:  # an edge label stays only near its edge and clear of everything else
            if math.dist(b[:2], anchors[i]) > 0.75 * b[3] or any(_overlap(b, k) for k in kept):
                t.set_visible(False)
            else:
                kept.append(b)


def _overlap(a: list[float], b: list[float]) -> bool:
    return abs(a[0] - b[0]) < (a[2] + b[2]) / 2 and abs(a[1] - b[1]) < (a[3] + b[3]) / 2
