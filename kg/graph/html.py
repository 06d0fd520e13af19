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

from kg.graph.style import (
    EDGE_COLOURS,
    STYLES,
    declutter,
    edge_width,
    layout,
    node_strength,
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
    """Nodes with positions and label offsets, edges with counts and evidence, relation totals."""
    pos = layout(H)
    size = node_strength(H)
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
                "width": round(edge_width(d["count"]), 2),
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
