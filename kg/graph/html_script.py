"""The script of the offline HTML page (:mod:`kg.graph.html`): draws the SVG from the page's
JSON data block, only ever as text nodes and attributes; hover, select (the rest dimmed),
find, filters (polarity, relation, a date range over the ties' event dates), pan and zoom, and
the ``#node=ID`` address fragment. The page's
Content-Security-Policy allows exactly this script, by its hash."""

SCRIPT = r"""
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
    n.g = s("g", {"class": D.members.indexOf(n.id) >= 0 || n.id === D.focus ? "node member" : "node", transform: "translate(" + n.x + "," + n.y + ")"}, gN);
    n.g.setAttribute("data-id", n.id);
    if (n.leader) s("line", {"class": "leader", x1: 0, y1: 0, x2: n.lx, y2: n.ly - 4}, n.g);
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
  function mark(item) {  // dim all but the selection's neighbourhood
    D.nodes.forEach(function (n) { n.g.classList.remove("near"); });
    D.edges.forEach(function (e) { e.line.classList.remove("near"); });
    svg.classList.toggle("dim", !!item);
    if (!item) return;
    // the focus comes with the persons acting for it (kg draw --focus at actor level)
    var group = !item.g ? [] : [item].concat(item.id === D.focus ? D.nodes.filter(function (n) { return D.members.indexOf(n.id) >= 0; }) : []);
    group.forEach(function (n) { n.g.classList.add("near"); });
    (item.g ? [].concat.apply([], group.map(function (n) { return n.edges; })).map(function (i) { return D.edges[i]; }) : [item]).forEach(function (e) {
      e.line.classList.add("near"); D.nodes[e.s].g.classList.add("near"); D.nodes[e.t].g.classList.add("near");
    });
  }
  function address(id) {
    var base = window.location.href.split("#")[0];
    try { window.history.replaceState(null, "", id === null ? base : base + "#node=" + encodeURIComponent(id)); } catch (err) { /* file: pages may refuse */ }
  }
  function pin(item, show) {
    if (pinned) (pinned.g || pinned.line).classList.remove("sel");
    pinned = item; (item.g || item.line).classList.add("sel"); mark(item); show();
    if (item.g) address(item.id);
  }
  function unpin() {
    if (pinned) (pinned.g || pinned.line).classList.remove("sel");
    if (pinned && pinned.g) address(null);
    pinned = null; mark(null);
  }
  var from = document.getElementById("from"), to = document.getElementById("to"), inrange = document.getElementById("inrange");
  var hint = inrange.textContent;
  function full() { return !D.dates || ((!from.value || from.value <= D.dates[0]) && (!to.value || to.value >= D.dates[1])); }
  function within(day) { return !!day && (!from.value || day >= from.value) && (!to.value || day <= to.value); }
  function dated(e) {  // the tie's events in the date range (all of them, undated too, with all dates)
    if (full()) return e.count;
    return e.dates.reduce(function (n, p) { return n + (within(p[0]) ? p[1] : 0); }, 0);
  }
  function evidence(list, parent, most) {  // the evidence in the date range, at most `most`
    list.filter(function (v) { return full() || within(v.date); }).slice(0, most || list.length).forEach(function (v) {
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
    h("p", e.polarity + ", weight " + e.weight + ", " + e.count + " events" + (full() ? "" : " (" + dated(e) + " in the date range)") + (e.last_date ? ", last " + e.last_date : ""), info, "muted");
    h("p", counts(e.counts), info);
    evidence(e.evidence, info);
  }
  function showNode(n) {
    clear(info);
    h("h3", n.label, info);
    h("p", (n.kind || n.type) + ", " + n.events + " events", info, "muted");
    if (n.rolled_up.length) h("p", "includes " + n.rolled_up.join(", "), info, "muted");
    var acting = n.id === D.focus ? D.nodes.filter(function (m) { return D.members.indexOf(m.id) >= 0; }) : [];
    if (acting.length) h("p", "Drawn with the persons acting for it (ringed; click one for its ties): " + acting.map(function (m) { return m.label; }).join(", "), info, "muted");
    var ul = h("ul", null, info);
    n.edges.map(function (i) { return D.edges[i]; }).filter(function (e) { return dated(e) > 0; }).sort(function (a, b) { return b.count - a.count; }).forEach(function (e) {
      var other = D.nodes[e.s === D.nodes.indexOf(n) ? e.t : e.s];
      var li = h("li", other.label + ": " + counts(e.counts) + " (" + e.polarity + (full() ? "" : "; " + dated(e) + " in the date range") + ")", ul);
      evidence(e.evidence, li, 1);
    });
  }
  function filter() {
    var all = full(), shown = 0, total = 0, ties = 0;
    D.edges.forEach(function (e) {
      var n = dated(e), on = n > 0 && polOn[e.polarity] && Object.keys(e.counts).some(function (r) { return relOn[r]; });
      e.on = on; e.line.classList.toggle("off", !on); e.hit.classList.toggle("off", !on);
      e.line.setAttribute("stroke-width", all ? e.width : Math.min(1 + 1.5 * Math.log1p(n), 7));  // edge_width
      total += e.count; if (n > 0) { shown += n; ties += 1; }
    });
    inrange.textContent = all ? hint : shown + " of " + total + " events, " + ties + " of " + D.edges.length + " ties in " + (from.value || "\u2026") + " to " + (to.value || "\u2026");
    D.nodes.forEach(function (n) { n.g.classList.toggle("faded", !n.edges.some(function (i) { return D.edges[i].on; })); });
    if (pinned) { if (pinned.g) showNode(pinned); else showEdge(pinned); }
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
  [from, to].forEach(function (input) { input.addEventListener("change", filter); input.addEventListener("input", filter); });
  document.getElementById("alldates").addEventListener("click", function () {
    if (D.dates) { from.value = D.dates[0]; to.value = D.dates[1]; }
    filter();
  });
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
  svg.addEventListener("click", unpin);
  function lookup(q) {
    q = String(q).trim().toLowerCase();
    if (!q) return null;
    var tests = [
      function (n) { return n.id.toLowerCase() === q || n.label.toLowerCase() === q; },
      function (n) { return n.label.toLowerCase().indexOf(q) === 0; },
      function (n) { return n.label.toLowerCase().indexOf(q) >= 0; }
    ];
    for (var i = 0; i < tests.length; i++) {
      var hit = D.nodes.filter(tests[i]);
      if (hit.length) return hit[0];
    }
    return null;
  }
  function select(n, centre) {
    pin(n, function () { showNode(n); });
    if (!centre) return;
    view.k = Math.max(view.k, 1.5); view.x = D.view[0] / 2 - n.x * view.k; view.y = D.view[1] / 2 - n.y * view.k; apply();
  }
  var find = document.getElementById("find"), found = document.getElementById("found");
  D.nodes.forEach(function (n) { var o = document.createElement("option"); o.value = n.label; document.getElementById("actors").appendChild(o); });
  function search() {
    var n = lookup(find.value);
    found.textContent = n || !find.value ? "" : "no actor matches";
    if (n) select(n, true);
  }
  find.addEventListener("change", search);
  find.addEventListener("keydown", function (ev) { if (ev.key === "Enter") search(); });
  function fromAddress() {
    var m = /^#node=(.+)$/.exec(window.location.hash), n = null;
    try { if (m) n = lookup(decodeURIComponent(m[1])); } catch (err) { n = null; }
    if (n) select(n, true);
    return n;
  }
  window.addEventListener("hashchange", fromAddress);
  filter();
  if (!fromAddress() && D.focus !== null) {
    D.nodes.forEach(function (n) { if (n.id === D.focus) select(n, false); });
  }
})();
"""
