"""The offline HTML page of a relation graph: inline SVG, CSS and script, no external resource.

``render_html(H, title, subtitle, focus)`` turns a graph chosen by ``kg.graph.draw.select`` into one
document. Data travels as escaped JSON (``script_json``) and is only ever put into the page as text
nodes; a Content-Security-Policy forbids any other script or request.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from typing import Any

import networkx as nx

from kg.graph.html_script import SCRIPT as _SCRIPT
from kg.graph.style import (
    EDGE_COLOURS,
    STYLES,
    edge_width,
    layout,
    node_strength,
    place_labels,
    separate,
    type_group,
)

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
    """Nodes with positions and label offsets, edges with counts, dates (``[day, instances]``)
    and evidence, relation totals, the first and last day (``dates``, for the date range).

    Positions are in the page's SVG units: nodes moved apart (``separate``), each label on a
    free spot (``place_labels``; ``leader``: drawn with a line to its node)."""
    order = list(H)
    pos = layout(H)
    size = node_strength(H)
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    dx, dy = max(max(xs) - min(xs), 1e-9), max(max(ys) - min(ys), 1e-9)
    width = _VIEW_W
    scale = min((width - 200) / dx, 230.0)
    height = min(max(dy * scale + 140, 500.0), 1100.0)
    scale = min(scale, (height - 140) / dy)
    ox = (width - dx * scale) / 2 - min(xs) * scale
    oy = (height - dy * scale) / 2 + max(ys) * scale - 10
    radius = [7 + 11 * size[n] for n in order]
    half = [1.15 * r + 1 for r in radius]  # a person's triangle reaches 1.15 r up
    bounds = (0.0, 0.0, width, float(height))
    start = [(ox + pos[n][0] * scale, oy - pos[n][1] * scale) for n in order]
    labels = [str(H.nodes[n].get("label", n)) for n in order]
    sizes = [(7.0 * len(label) + 6, 16.0) for label in labels]
    room = [(max(h, w / 2), h + 9) for h, (w, _) in zip(half, sizes, strict=True)]  # label below
    xy = separate(start, room, 4.0, bounds, offset=[(0.0, 9.0)] * len(order))
    xy = [(float(x), float(y)) for x, y in xy]
    index = {n: i for i, n in enumerate(order)}
    segments = [(*xy[index[u]], *xy[index[v]]) for u, v in H.edges()]
    placed = place_labels(
        [(x, y, h, h) for (x, y), h in zip(xy, half, strict=True)], sizes, segments, bounds
    )
    nodes = []
    for n, (x, y), r, label, (box, far) in zip(order, xy, radius, labels, placed, strict=True):
        attrs = H.nodes[n]
        nodes.append(
            {
                "id": str(n),
                "label": label,
                "type": type_group(attrs.get("type")),
                "kind": attrs.get("type"),
                "x": round(x, 1),
                "y": round(y, 1),
                "r": round(r, 1),
                "lx": round(box[0] - x, 1),
                "ly": round(box[1] - y + 4, 1),
                "leader": far,
                "events": attrs.get("events", 0),
                "rolled_up": sorted((attrs.get("rolled_up") or {}).values()),
            }
        )
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
                "width": round(edge_width(d["count"]), 2),
                "counts": d["counts"],
                "last_date": d.get("last_date"),
                "dates": [[str(day), n] for day, n in (d.get("dates") or {}).items()],
                "evidence": evidence,
            }
        )
    days = [e["dates"][k][0] for e in edges for k in (0, -1) if e["dates"]]
    return {
        "nodes": nodes,
        "edges": edges,
        "dates": [min(days), max(days)] if days else None,
        "relations": sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])),
        "view": [width, round(height)],
        "focus": None if focus is None else str(focus),
        "members": [str(n) for n in H.graph.get("members", ())],
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
    first, last = data["dates"] or ("", "")
    big = max(data["nodes"], key=lambda n: (n["id"] == focus, n["r"]), default=None)
    example, name = (big["id"], big["label"]) if big else ("russia", "Russia")
    return _PAGE.format(
        example=html.escape(str(example)),
        name=html.escape(str(name)),
        csp=csp,
        title=html.escape(title),
        subtitle=html.escape(subtitle),
        legend=legend,
        unit=html.escape(str(H.graph.get("count", "events"))),
        w=int(data["view"][0]),
        h=int(data["view"][1]),
        data=script_json(data),
        first=html.escape(first),
        last=html.escape(last),
        nodates="" if data["dates"] else " hidden",
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
.sel .shape,.member .shape{{stroke:#000;stroke-width:2.5}} .edge.sel{{opacity:1}} .leader{{stroke:#888;stroke-width:.8}}
#graph.dim .node:not(.near){{opacity:.12}} #graph.dim .edge:not(.near){{opacity:.06}} #graph.dim .edge.near{{opacity:1}}
#find{{width:100%;box-sizing:border-box;font-size:13px;padding:3px 5px}} code{{font-size:12px}}
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
<section id="find-box"><h2>Find an actor</h2><input id="find" type="search" list="actors" placeholder="name, e.g. {name}" aria-label="find an actor" autocomplete="off"><datalist id="actors"></datalist> <span id="found" class="muted"></span></section>
<section id="dates"{nodates}><h2>Dates</h2><label>from <input id="from" type="date" value="{first}" min="{first}" max="{last}"></label> <label>to <input id="to" type="date" value="{last}" min="{first}" max="{last}"></label> <button id="alldates" type="button">all dates</button><div id="inrange" class="muted">ties and evidence with events in this range; undated events only with all dates</div></section>
<section id="details"><h2>Details</h2><div id="info"><p class="muted">Hover or click an actor or a tie.</p></div></section>
<section><h2>Polarity</h2><div id="pols"></div></section>
<section><h2>Relations</h2><div id="rels"></div><button id="all" type="button">all</button><button id="none" type="button">none</button></section>
<section id="legend"><h2>Legend</h2><ul>{legend}</ul><p class="muted">Size of an actor and width of a tie: number of {unit}. Dashed: mixed, both cooperative and conflictual. A thin grey line joins a label set apart to its actor. Black outline: the selected actor or tie; with --focus, the focus and the persons acting for it, selected as one.</p></section>
<section id="help"><h2>Help</h2><p class="muted">Click an actor or a tie to select it: its neighbourhood stays, the rest is dimmed; click the background to clear. <i>Find an actor</i> selects and centres it. Wheel zooms, drag pans, double-click resets the view. Hover shows evidence; the boxes above filter ties by polarity and relation, the dates by when their events happened (a tie's width then counts the events in the range).</p>
<p class="muted">Links: <code>#node=ID</code> at the end of this page's address (an actor id such as <code>#node={example}</code>, or its label) opens the page with that actor selected and centred; selecting an actor writes it there, so the address can be shared. It is the page's only address fragment.</p></section>
</aside></div>
<div id="tip" hidden></div>
<script type="application/json" id="kg-data">{data}</script>
<script>{script}</script>
</body></html>
"""
_PAGE = _PAGE.replace(
    "{swatches}", "".join(f".sw.{g}{{{{background:{s[0]}}}}}" for g, s in STYLES.items())
)
