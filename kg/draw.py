"""Drawings of relation graphs: PNG/SVG (matplotlib) and one self-contained offline HTML page.

``draw(G, "g.png" | "g.svg" | "g.html", focus="Russia", depth=1)`` takes a graph from
``kg.graph.project``/``GraphView.to_networkx``. Nodes are coloured and shaped by type, edges
coloured by polarity (green cooperative, red conflictual, grey neutral, dashed grey mixed) and
sized by count. The HTML page needs no network: data travels as escaped JSON and is only ever
put into the page as text nodes; a Content-Security-Policy forbids any other script or request.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
from collections.abc import Callable
from pathlib import Path
from types import MappingProxyType
from typing import Any

import networkx as nx

from kg.errors import NotFoundError, UsageError
from kg.graph import find_node

FORMATS = (".png", ".svg", ".html")
# type group → (colour, matplotlib marker, legend name)
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
ORGANISATIONS = frozenset(
    {"Organization", "IntergovernmentalOrganization", "Alliance", "Group", "ArmedGroup"}
)


def type_group(node_type: str | None) -> str:
    """'state', 'person', 'organisation', 'event' or 'other' for an actor class name."""
    if node_type == "State":
        return "state"
    if node_type == "Person":
        return "person"
    if node_type == "PublicEvent":
        return "event"
    return "organisation" if node_type in ORGANISATIONS else "other"


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


def _strength(H: nx.Graph) -> dict:
    s = dict(H.degree(weight="count"))
    top = max(s.values(), default=1) or 1
    return {n: math.sqrt(v / top) for n, v in s.items()}


def _edge_width(count: int) -> float:
    return min(1.0 + 1.5 * math.log1p(count), 7.0)


# ---------------------------------------------------------------- PNG / SVG


def _draw_static(
    H: nx.Graph, out: Path, title: str, subtitle: str, centre: str | None = None
) -> None:
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    pos = layout(H)
    size = _strength(H)
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
                lw=_edge_width(d["count"]),
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


# ---------------------------------------------------------------- HTML

_VIEW_W = 1200.0


def script_json(data: Any) -> str:
    """JSON safe inside ``<script type="application/json">``: <, >, &, U+2028/2029 escaped."""
    text = json.dumps(data, ensure_ascii=False, default=str, separators=(",", ":"))
    for char, escape in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


def page_data(H: nx.Graph, focus: str | None = None) -> dict[str, Any]:
    """Nodes with positions and label offsets, edges with counts and evidence, relation totals."""
    pos = layout(H)
    size = _strength(H)
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    dx, dy = max(max(xs) - min(xs), 1e-9), max(max(ys) - min(ys), 1e-9)
    width = _VIEW_W
    scale = min((width - 200) / dx, 160.0)
    height = min(max(dy * scale + 140, 500.0), 1100.0)
    scale = min(scale, (height - 140) / dy)
    ox = (width - dx * scale) / 2 - min(xs) * scale
    oy = (height - dy * scale) / 2 + max(ys) * scale - 10
    index = {n: i for i, n in enumerate(H)}
    nodes, boxes = [], []
    for n in H:
        x, y, r = ox + pos[n][0] * scale, oy - pos[n][1] * scale, 7 + 11 * size[n]
        attrs = H.nodes[n]
        nodes.append(
            {
                "id": str(n),
                "label": str(attrs.get("label", n)),
                "type": type_group(attrs.get("type")),
                "kind": attrs.get("type"),
                "x": round(x, 1),
                "y": round(y, 1),
                "r": round(r, 1),
                "events": attrs.get("events", 0),
                "rolled_up": sorted((attrs.get("rolled_up") or {}).values()),
            }
        )
        boxes.append([x, y, 2 * r, 2 * r])
    anchors = [(b[0], b[1]) for b in boxes]
    for node in nodes:
        anchors.append((node["x"], node["y"] + node["r"] + 10))
        boxes.append([*anchors[-1], 7.5 * len(node["label"]) + 6, 16.0])
    declutter(boxes, fixed=len(nodes), anchors=anchors)
    for node, box in zip(nodes, boxes[len(nodes) :], strict=True):
        node["lx"], node["ly"] = round(box[0] - node["x"], 1), round(box[1] - node["y"] + 4, 1)
    edges, totals = [], {}
    for u, v, d in H.edges(data=True):
        for rel, c in d["counts"].items():
            totals[rel] = totals.get(rel, 0) + c
        evidence = [
            {k: e.get(k) for k in _EVIDENCE_KEYS} | {"url": _safe_url(e.get("url"))}
            for e in d["evidence"]
        ]
        edges.append(
            {
                "s": index[u],
                "t": index[v],
                "polarity": d["polarity"],
                "count": d["count"],
                "weight": d["weight"],
                "width": round(_edge_width(d["count"]), 2),
                "counts": d["counts"],
                "last_date": d.get("last_date"),
                "evidence": evidence,
            }
        )
    return {
        "nodes": nodes,
        "edges": edges,
        "relations": sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])),
        "view": [width, round(height)],
        "focus": None if focus is None else str(focus),
        "colours": {g: s[0] for g, s in STYLES.items()},
        "edge_colours": dict(EDGE_COLOURS),
    }


_EVIDENCE_KEYS = (
    "relation",
    "subject",
    "object",
    "sentence",
    "title",
    "date",
    "factuality",
    "speaker",
)


def _safe_url(url: Any) -> str | None:
    return url if isinstance(url, str) and url.lower().startswith(("http://", "https://")) else None


def render_html(H: nx.Graph, title: str, subtitle: str, focus: str | None = None) -> str:
    """One HTML document: inline SVG, CSS and script, no external resource."""
    digest = base64.b64encode(hashlib.sha256(_SCRIPT.encode("utf-8")).digest()).decode()
    csp = f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; img-src data:"
    legend = "".join(
        f'<li><span class="sw {g}"></span>{s[2]}</li>' for g, s in STYLES.items() if g != "other"
    )
    legend += "".join(
        f'<li><span class="ln {p}"></span>{p}</li>'
        for p in ("cooperative", "conflictual", "neutral", "mixed")
    )
    data = page_data(H, focus)
    return _PAGE.format(
        csp=csp,
        title=html.escape(title),
        subtitle=html.escape(subtitle),
        legend=legend,
        w=int(data["view"][0]),
        h=int(data["view"][1]),
        data=script_json(data),
        script=_SCRIPT,
    )


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body{{margin:0;font:14px system-ui,sans-serif;color:#222;background:#fff;display:flex;flex-direction:column;height:100vh}}
header{{padding:8px 14px;border-bottom:1px solid #ddd}} h1{{font-size:18px;margin:0}} #sub{{margin:2px 0 0;color:#666;font-size:13px}}
#main{{flex:1;display:flex;min-height:0}} #graph{{flex:1;min-width:0;cursor:grab;background:#fcfcfc}} #graph.drag{{cursor:grabbing}}
aside{{width:360px;overflow:auto;border-left:1px solid #ddd;padding:8px 12px;font-size:13px}} h2{{font-size:14px;margin:10px 0 4px}}
#rels label{{display:block;white-space:nowrap}} button{{font-size:12px;margin:4px 4px 0 0}}
.edge{{stroke-linecap:round;opacity:.75}} .hit{{stroke:transparent;stroke-width:12;cursor:pointer}} .edge.off,.hit.off{{display:none}}
.node{{cursor:pointer}} .node.faded{{opacity:.15}} .node .shape{{stroke:#fff;stroke-width:1.5}}
#nodes{{font-size:13px}} .node text{{paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round;fill:#222;pointer-events:none}}
.sel .shape{{stroke:#000;stroke-width:2.5}} .edge.sel{{opacity:1}}
#tip{{position:fixed;pointer-events:none;background:#fff;border:1px solid #999;border-radius:4px;padding:4px 8px;max-width:420px;font-size:12px;box-shadow:0 1px 4px #0003}}
.ev{{margin:4px 0 8px;padding-left:8px;border-left:3px solid #ccc}} .src{{color:#666;font-size:12px}} .muted{{color:#777}}
#legend ul{{list-style:none;padding:0;margin:0}} #legend li{{margin:2px 0}} .sw{{display:inline-block;width:11px;height:11px;margin-right:6px;border-radius:50%}}
.sw.person{{border-radius:0;clip-path:polygon(50% 0,100% 100%,0 100%)}} .sw.organisation{{border-radius:0}} .sw.event{{border-radius:0;transform:rotate(45deg) scale(.8)}}
{swatches}
.ln{{display:inline-block;width:22px;height:0;border-top:3px solid;margin:0 6px 3px 0}} .ln.cooperative{{border-color:#2ca02c}} .ln.conflictual{{border-color:#d62728}} .ln.neutral{{border-color:#9a9a9a}} .ln.mixed{{border-color:#9a9a9a;border-top-style:dashed}}
</style></head>
<body>
<header><h1>{title}</h1><p id="sub">{subtitle}</p></header>
<div id="main">
<svg id="graph" viewBox="0 0 {w} {h}" role="img" aria-label="relation graph"><g id="viewport"><g id="edges"></g><g id="nodes"></g></g></svg>
<aside>
<section id="details"><h2>Details</h2><div id="info"><p class="muted">Hover or click an actor or a tie. Wheel zooms, drag pans, double-click resets.</p></div></section>
<section><h2>Polarity</h2><div id="pols"></div></section>
<section><h2>Relations</h2><div id="rels"></div><button id="all" type="button">all</button><button id="none" type="button">none</button></section>
<section id="legend"><h2>Legend</h2><ul>{legend}</ul><p class="muted">Edge width: number of events.</p></section>
</aside></div>
<div id="tip" hidden></div>
<script type="application/json" id="kg-data">{data}</script>
<script>{script}</script>
</body></html>
"""
_PAGE = _PAGE.replace(
    "{swatches}", "".join(f".sw.{g}{{{{background:{s[0]}}}}}" for g, s in STYLES.items())
)

_SCRIPT = r"""
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("kg-data").textContent);
  var NS = "http://www.w3.org/2000/svg";
  var svg = document.getElementById("graph"), vp = document.getElementById("viewport");
  var gE = document.getElementById("edges"), gN = document.getElementById("nodes");
  var info = document.getElementById("info"), tip = document.getElementById("tip");
  var view = {k: 1, x: 0, y: 0}, pinned = null, relOn = {}, polOn = {};
  function s(tag, attrs, parent) {
    var e = document.createElementNS(NS, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    if (parent) parent.appendChild(e);
    return e;
  }
  function h(tag, text, parent, cls) {
    var e = document.createElement(tag);
    if (text !== null && text !== undefined) e.appendChild(document.createTextNode(String(text)));
    if (cls) e.className = cls;
    if (parent) parent.appendChild(e);
    return e;
  }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); }
  function counts(c) { return Object.keys(c).map(function (r) { return r + " \u00d7" + c[r]; }).join(", "); }
  function shape(n, g) {
    var r = n.r, c = D.colours[n.type] || "#7f7f7f", a = {fill: c, "class": "shape"};
    if (n.type === "person") { a.points = [0, -r * 1.15, r, r * 0.75, -r, r * 0.75].join(" "); return s("polygon", a, g); }
    if (n.type === "organisation") { a.x = -r * 0.9; a.y = -r * 0.9; a.width = a.height = r * 1.8; return s("rect", a, g); }
    if (n.type === "event") { a.points = [0, -r, r, 0, 0, r, -r, 0].join(" "); return s("polygon", a, g); }
    a.r = r; return s("circle", a, g);
  }
  D.nodes.forEach(function (n) { n.edges = []; });
  D.edges.forEach(function (e, i) {
    var a = D.nodes[e.s], b = D.nodes[e.t], xy = {x1: a.x, y1: a.y, x2: b.x, y2: b.y};
    e.line = s("line", Object.assign({"class": "edge", stroke: D.edge_colours[e.polarity], "stroke-width": e.width}, xy), gE);
    if (e.polarity === "mixed") e.line.setAttribute("stroke-dasharray", "7 5");
    e.hit = s("line", Object.assign({"class": "hit"}, xy), gE);
    e.hit.addEventListener("mouseenter", function (ev) { hover(ev, edgeTip(e), function () { showEdge(e); }); });
    e.hit.addEventListener("mousemove", moveTip);
    e.hit.addEventListener("mouseleave", hideTip);
    e.hit.addEventListener("click", function (ev) { ev.stopPropagation(); pin(e, function () { showEdge(e); }); });
    a.edges.push(i); b.edges.push(i);
  });
  D.nodes.forEach(function (n) {
    n.g = s("g", {"class": "node", transform: "translate(" + n.x + "," + n.y + ")"}, gN);
    n.g.setAttribute("data-id", n.id);
    shape(n, n.g);
    s("text", {x: n.lx, y: n.ly, "text-anchor": "middle"}, n.g).appendChild(document.createTextNode(n.label));
    n.g.addEventListener("mouseenter", function (ev) { hover(ev, [n.label + " (" + (n.kind || n.type) + ")", n.edges.length + " ties, " + n.events + " events"], function () { showNode(n); }); });
    n.g.addEventListener("mousemove", moveTip);
    n.g.addEventListener("mouseleave", hideTip);
    n.g.addEventListener("click", function (ev) { ev.stopPropagation(); pin(n, function () { showNode(n); }); });
  });
  function edgeTip(e) { return [D.nodes[e.s].label + " \u2014 " + D.nodes[e.t].label + " (" + e.polarity + ")", counts(e.counts)]; }
  function hover(ev, lines, show) {
    clear(tip); lines.forEach(function (l) { h("div", l, tip); }); tip.hidden = false; moveTip(ev);
    if (!pinned) show();
  }
  function moveTip(ev) { tip.style.left = (ev.clientX + 14) + "px"; tip.style.top = (ev.clientY + 10) + "px"; }
  function hideTip() { tip.hidden = true; }
  function pin(item, show) {
    if (pinned) (pinned.g || pinned.line).classList.remove("sel");
    pinned = item; (item.g || item.line).classList.add("sel"); show();
  }
  function evidence(list, parent) {
    list.forEach(function (v) {
      var box = h("div", null, parent, "ev");
      h("div", "\u201c" + (v.sentence || "") + "\u201d", box);
      var who = v.subject + " " + v.relation + " " + v.object + (v.factuality && v.factuality !== "asserted" ? " (" + v.factuality + ")" : "");
      var src = h("div", who + " \u2014 " + [v.title, v.date].filter(Boolean).join(", ") + " ", box, "src");
      if (v.url && /^https?:\/\//i.test(v.url)) {
        var a = h("a", "source", src); a.href = v.url; a.rel = "noopener noreferrer"; a.target = "_blank";
      }
    });
  }
  function showEdge(e) {
    clear(info);
    h("h3", D.nodes[e.s].label + " \u2014 " + D.nodes[e.t].label, info);
    h("p", e.polarity + ", weight " + e.weight + ", " + e.count + " events" + (e.last_date ? ", last " + e.last_date : ""), info, "muted");
    h("p", counts(e.counts), info);
    evidence(e.evidence, info);
  }
  function showNode(n) {
    clear(info);
    h("h3", n.label, info);
    h("p", (n.kind || n.type) + ", " + n.events + " events", info, "muted");
    if (n.rolled_up.length) h("p", "includes " + n.rolled_up.join(", "), info, "muted");
    var ul = h("ul", null, info);
    n.edges.map(function (i) { return D.edges[i]; }).sort(function (a, b) { return b.count - a.count; }).forEach(function (e) {
      var other = D.nodes[e.s === D.nodes.indexOf(n) ? e.t : e.s];
      var li = h("li", other.label + ": " + counts(e.counts) + " (" + e.polarity + ")", ul);
      if (e.evidence.length) evidence(e.evidence.slice(0, 1), li);
    });
  }
  function filter() {
    D.edges.forEach(function (e) {
      var on = polOn[e.polarity] && Object.keys(e.counts).some(function (r) { return relOn[r]; });
      e.on = on; e.line.classList.toggle("off", !on); e.hit.classList.toggle("off", !on);
    });
    D.nodes.forEach(function (n) { n.g.classList.toggle("faded", !n.edges.some(function (i) { return D.edges[i].on; })); });
  }
  function box(parent, name, label, state) {
    var l = h("label", null, parent), c = h("input", null, l);
    c.type = "checkbox"; c.checked = true; state[name] = true;
    c.addEventListener("change", function () { state[name] = c.checked; filter(); });
    l.appendChild(document.createTextNode(" " + label));
    return c;
  }
  var rels = document.getElementById("rels"), pols = document.getElementById("pols"), relBoxes = [];
  ["cooperative", "conflictual", "neutral", "mixed"].forEach(function (p) { box(pols, p, p, polOn); });
  D.relations.forEach(function (r) { relBoxes.push([box(rels, r[0], r[0] + " (" + r[1] + ")", relOn), r[0]]); });
  function all(on) { relBoxes.forEach(function (b) { b[0].checked = on; relOn[b[1]] = on; }); filter(); }
  document.getElementById("all").addEventListener("click", function () { all(true); });
  document.getElementById("none").addEventListener("click", function () { all(false); });
  function apply() {
    vp.setAttribute("transform", "translate(" + view.x + "," + view.y + ") scale(" + view.k + ")");
    gN.style.fontSize = (13 / Math.sqrt(view.k)) + "px";
  }
  function point(ev) {
    var p = svg.createSVGPoint(); p.x = ev.clientX; p.y = ev.clientY;
    return p.matrixTransform(svg.getScreenCTM().inverse());
  }
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var p = point(ev), k = Math.min(20, Math.max(0.2, view.k * Math.exp(-ev.deltaY * 0.0015)));
    view.x = p.x - (p.x - view.x) * k / view.k; view.y = p.y - (p.y - view.y) * k / view.k; view.k = k; apply();
  }, {passive: false});
  var drag = null;
  svg.addEventListener("pointerdown", function (ev) { drag = {p: point(ev), x: view.x, y: view.y}; svg.classList.add("drag"); });
  svg.addEventListener("pointermove", function (ev) {
    if (!drag) return;
    var p = point(ev); view.x = drag.x + p.x - drag.p.x; view.y = drag.y + p.y - drag.p.y; apply();
    drag.p = point(ev); drag.x = view.x; drag.y = view.y;
  });
  window.addEventListener("pointerup", function () { drag = null; svg.classList.remove("drag"); });
  svg.addEventListener("dblclick", function () { view = {k: 1, x: 0, y: 0}; apply(); });
  svg.addEventListener("click", function () { if (pinned) (pinned.g || pinned.line).classList.remove("sel"); pinned = null; });
  filter();
  var m = /^#node=(.+)$/.exec(window.location.hash), id = D.focus;
  try { if (m) id = decodeURIComponent(m[1]); } catch (err) { id = null; }
  if (id !== null) {
    D.nodes.forEach(function (n) { if (n.id === id) pin(n, function () { showNode(n); }); });
  }
})();
"""
