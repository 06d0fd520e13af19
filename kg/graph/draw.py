"""Drawings of relation graphs: PNG/SVG (matplotlib) here, the offline HTML page in
:mod:`kg.graph.html`.

``draw(G, "g.png" | "g.svg" | "g.html", focus="Russia", depth=1)`` takes a graph from
``kg.graph.project``/``GraphView.to_networkx``. Nodes are coloured and shaped by type, edges
coloured by polarity (green cooperative, red conflictual, grey neutral, dashed grey mixed) and
sized by count. No two nodes overlap and no label covers a node or another label; a tie's
label is drawn only where it fits on that tie alone, and the legend explains every mark.
Layout, placement and styles (:mod:`kg.graph.style`) are shared with the HTML page.
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
    edge_width,
    free_on_segment,
    layout,
    node_strength,
    place_labels,
    separate,
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
        import matplotlib

        with matplotlib.rc_context(_RC):
            figure(H, heading, subtitle, centre).savefig(out, format=fmt[1:], facecolor="white")
    return out


def select(
    G: nx.Graph, focus: str | None, depth: int, max_nodes: int, resolve=None
) -> tuple[nx.Graph, str | None]:
    """The subgraph to draw: the ego graph of ``focus``, cut to the ``max_nodes`` strongest actors.

    At actor level the persons acting for a focus state (its leaders and officials: node
    ``state``, the same persons ``--level state`` counts as the state) count as the focus too:
    their ties are drawn, and ``H.graph["members"]`` names them."""
    centre = find_node(G, focus, resolve) if focus else None
    sources = [centre] if centre else []
    if centre and G.graph.get("level", "actor") == "actor":
        sources += sorted(n for n, s in G.nodes(data="state") if s == centre and n != centre)
    H = G
    if centre:
        near = set().union(*(nx.ego_graph(G, s, radius=depth, undirected=True) for s in sources))
        H = G.subgraph(near)
    total = len(H)
    strength = dict(H.degree(weight="count"))
    keep = sorted(H, key=lambda n: (n not in sources, -strength[n], str(n)))[:max_nodes]
    H = H.subgraph(keep).copy()
    H.remove_nodes_from([n for n in list(H) if H.degree(n) == 0 and n not in sources])
    H.graph["shown_of"] = total
    H.graph["members"] = [n for n in sources[1:] if n in H]
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
    if centre and H.graph.get("members"):
        what += " and the persons acting for it"
    return f"{what} — {G.graph.get('level', 'actor')} level, {window}"


def _subtitle(G: nx.Graph, H: nx.Graph) -> str:
    shown = f"{len(H)} actors, {H.number_of_edges()} ties"
    total = H.graph.get("shown_of", len(G))
    if total > len(H):
        shown += f" (the {len(H)} best connected of {total})"
    facts = ", ".join(G.graph.get("factualities", ()))
    unit = G.graph.get("count", "events")  # 'mentions': every article's, not reported events
    shown += f"; {facts} {unit}" if facts else ""
    members = [H.nodes[n].get("label", n) for n in H.graph.get("members", ())]
    if members:
        names = ", ".join(members[:4]) + (
            f" and {len(members) - 4} more" if len(members) > 4 else ""
        )
        shown += f"; with the ties of the persons acting for it ({names}), ringed"
    return shown


# ---------------------------------------------------------------- PNG / SVG

_RC = {"svg.fonttype": "none", "font.size": 9}
_AXES = (0.01, 0.01, 0.78, 0.895)  # the graph; the legend has the column on the right
_EXTENT = {"o": 0.5, "^": 0.5, "s": 0.5, "D": 0.71, "h": 0.5}  # half-size per unit of marker size
_LABEL = {"ha": "center", "va": "center", "parse_math": False, "zorder": 5}
_BOX = {"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85}


def figure(H: nx.Graph, title: str, subtitle: str, centre: str | None = None) -> Any:
    """The matplotlib ``Figure`` of ``H``, laid out: nodes apart, every label on a free spot.

    Axes data units are pixels of the 150 dpi canvas, so positions, marks and measured text
    share one unit."""
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    with matplotlib.rc_context(_RC):
        fig = Figure(figsize=(13, 9), dpi=150)
        canvas = FigureCanvasAgg(fig)
        ax = fig.add_axes(_AXES)
        ax.set_axis_off()
        W, Ht = fig.bbox.width * _AXES[2], fig.bbox.height * _AXES[3]
        ax.set_xlim(0, W)
        ax.set_ylim(0, Ht)
        px = fig.dpi / 72.0
        ringed = {centre, *H.graph.get("members", ())} - {None}
        nodes = list(H)
        size = node_strength(H)
        area = {n: 180 + 900 * size[n] for n in nodes}
        style = {n: STYLES[type_group(H.nodes[n].get("type"))] for n in nodes}
        lw = {n: 2.5 if n in ringed else 1.2 for n in nodes}
        half = [(math.sqrt(area[n]) * _EXTENT[style[n][1]] + lw[n] / 2) * px for n in nodes]
        renderer = canvas.get_renderer()
        texts = [ax.text(0, 0, H.nodes[n].get("label", str(n)), bbox=_BOX, **_LABEL) for n in nodes]
        sizes = [_measure(t, renderer) for t in texts]
        # each node moved apart with room for its label below it (the label may go elsewhere)
        room = [(max(h, w / 2), h + (lh + 2) / 2) for h, (w, lh) in zip(half, sizes, strict=True)]
        shift = [(0.0, -(lh + 2) / 2) for _, lh in sizes]
        start = _fit(layout(H), nodes, W, Ht)
        xy = separate(start, room, 6.0, (0, 0, W, Ht), offset=shift)
        at = {n: (float(x), float(y)) for n, (x, y) in zip(nodes, xy, strict=True)}
        segments = {(u, v): (*at[u], *at[v]) for u, v in H.edges()}
        for u, v, d in sorted(H.edges(data=True), key=lambda e: e[2]["count"]):
            ax.plot(
                [at[u][0], at[v][0]],
                [at[u][1], at[v][1]],
                color=EDGE_COLOURS[d["polarity"]],
                lw=edge_width(d["count"]),
                alpha=0.7,
                solid_capstyle="round",
                linestyle="--" if d["polarity"] == "mixed" else "-",
                zorder=1,
                gid=f"tie:{u}|{v}",
            )
        for colour, marker, _name in STYLES.values():
            group = [n for n in nodes if style[n][1] == marker]
            if group:
                ax.scatter(
                    [at[n][0] for n in group],
                    [at[n][1] for n in group],
                    s=[area[n] for n in group],
                    c=colour,
                    marker=marker,
                    edgecolors=["#111111" if n in ringed else "white" for n in group],
                    linewidths=[lw[n] for n in group],
                    zorder=3,
                )
        fig.suptitle(
            title, fontsize=14, fontweight="bold", x=0.01, ha="left", y=0.975, parse_math=False
        )
        fig.text(0.01, 0.925, subtitle, fontsize=10, color="#555555", parse_math=False)
        boxes = [[*at[n], 2 * h, 2 * h] for n, h in zip(nodes, half, strict=True)]
        leaders = _node_labels(ax, texts, sizes, nodes, at, half, list(segments.values()))
        boxes += [b for b, _ in leaders]
        shown = _edge_labels(ax, renderer, H, segments, boxes, (0, 0, W, Ht))
        _legend(fig, H, ringed, shown, any(far for _, far in leaders))
    return fig


def _fit(pos: dict, nodes: list, W: float, Ht: float) -> list[tuple[float, float]]:
    """Layout units → pixels: the layout centred in W×Ht, margins left for labels."""
    xs, ys = [pos[n][0] for n in nodes], [pos[n][1] for n in nodes]
    dx, dy = max(xs) - min(xs), max(ys) - min(ys)
    mx, my = 110.0, 45.0
    scale = min((W - 2 * mx) / max(dx, 1e-9), (Ht - 2 * my) / max(dy, 1e-9), 400.0)
    ox = (W - dx * scale) / 2 - min(xs) * scale
    oy = (Ht - dy * scale) / 2 - min(ys) * scale
    return [(ox + pos[n][0] * scale, oy + pos[n][1] * scale) for n in nodes]


def _measure(text: Any, renderer: Any, pad: float = 7.0) -> tuple[float, float]:
    ext = text.get_window_extent(renderer)
    return ext.width + pad, ext.height + pad


def _node_labels(ax, texts, sizes, nodes, at, half, segments) -> list[tuple[list[float], bool]]:
    """Each node's label on a free spot next to it (a thin leader line when set apart)."""
    W, Ht = ax.get_xlim()[1], ax.get_ylim()[1]
    anchors = [(*at[n], h, h) for n, h in zip(nodes, half, strict=True)]
    placed = place_labels(anchors, sizes, segments, (0, 0, W, Ht), down=-1.0)
    for n, t, (box, far) in zip(nodes, texts, placed, strict=True):
        t.set_position((box[0], box[1]))
        if far:
            ax.plot([at[n][0], box[0]], [at[n][1], box[1]], color="#777777", lw=0.6, zorder=2)
    return placed


def _edge_labels(ax, renderer, H, segments, taken, bounds) -> tuple[int, int]:
    """The main relation of a tie (+N: N more relations) on the tie itself, only where it overlaps
    no node or label and crosses no other tie; (shown, ties)."""
    shown = 0
    for u, v, d in sorted(H.edges(data=True), key=lambda e: (-e[2]["count"], str(e[:2]))):
        counts = d["counts"]
        label = next(iter(counts)) + (f" +{len(counts) - 1}" if len(counts) > 1 else "")
        t = ax.text(0, 0, label, fontsize=7, color="#444444", style="italic", bbox=_BOX, **_LABEL)
        seg = segments[(u, v)]
        others = [s for k, s in segments.items() if k != (u, v)]
        box = free_on_segment(seg, _measure(t, renderer, 5.0), taken, others, bounds)
        if box is None:
            t.remove()
            continue
        t.set_position((box[0], box[1]))
        t.set_gid(f"tie-label:{u}|{v}")
        taken.append(box)
        shown += 1
    return shown, H.number_of_edges()


def _legend(fig, H, ringed, shown, leaders) -> None:
    """Every mark explained, in the column right of the graph."""
    from matplotlib.lines import Line2D

    def entry(label, **kw):
        return Line2D([], [], label=label, **({"color": "none"} | kw))

    unit = H.graph.get("count", "events")
    groups = {type_group(t) for _, t in H.nodes(data="type")}
    items = [
        entry(name, marker=m, markerfacecolor=c, markeredgecolor="white", markersize=10)
        for group, (c, m, name) in STYLES.items()
        if group in groups
    ]
    items.append(
        entry(f"size: number of {unit}", marker="o", markerfacecolor="#bbbbbb", markersize=14)
    )
    if ringed:
        items.append(
            entry(
                "black ring: the focus" + (",\npersons acting for it" if len(ringed) > 1 else ""),
                marker="o",
                markerfacecolor="#dddddd",
                markeredgecolor="#111111",
                markeredgewidth=2,
                markersize=10,
            )
        )
    meaning = {
        "cooperative": "cooperative tie",
        "conflictual": "conflictual tie",
        "neutral": "neutral tie (statements)",
        "mixed": "dashed: mixed, both\ncooperative and conflictual",
    }
    pols = {p for *_, p in H.edges(data="polarity")}
    items += [
        entry(meaning[p], color=EDGE_COLOURS[p], lw=3, linestyle="--" if p == "mixed" else "-")
        for p in EDGE_COLOURS
        if p in pols
    ]
    items.append(entry(f"line width: number of {unit}", color="#9a9a9a", lw=6))
    if leaders:
        items.append(entry("thin grey line: a label\nset apart from its actor", color="#777777"))
    items.append(
        entry(
            "italic on a tie: its main relation;\n'+2': two more relations on it\n"
            f"({shown[0]} of {shown[1]} ties labelled where\nthere is room; all in the .html page)"
        )
    )
    fig.legend(
        handles=items,
        loc="upper left",
        bbox_to_anchor=(0.795, 0.905),
        fontsize=8.5,
        frameon=False,
        labelspacing=0.9,
        handlelength=2.6,
        borderaxespad=0.0,
    )
