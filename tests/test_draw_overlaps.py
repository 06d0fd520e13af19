"""Static drawings of the examples' graph, measured on the rendered figure: no two nodes
overlap, no label covers a node, another label or the legend; --focus at actor level keeps
the ties of the persons acting for the focus state.

The graph is the examples' own: their gold triples (examples/gold/*/*.tsv, what an analyst
extracts from examples/articles) projected through the shipped actor dictionary and relation
ontology, as ``kg draw`` projects a built store — no model needed."""

from __future__ import annotations

import csv
import itertools
import math
from datetime import date
from pathlib import Path

import pytest

from kg.graph.draw import _subtitle, default_title, figure, select
from kg.graph.view import GraphView

GOLD = Path(__file__).resolve().parent.parent / "examples" / "gold"


class GoldStore:
    """The part of a store ``GraphView`` reads: relation-instance rows of the gold triples."""

    def __init__(self):
        from kg.knowledge.actors import load_actors

        actors = load_actors()
        by_label = {a.label: a for a in actors}
        self.rows = []
        for path in sorted(GOLD.glob("*/*.tsv")):
            day = date.fromisoformat(path.name[:10])
            with path.open(encoding="utf-8") as f:
                for i, t in enumerate(csv.DictReader(f, delimiter="\t")):
                    ends = {}
                    for role in ("subject", "object"):
                        actor = by_label.get(t[role])
                        if actor is None:
                            found = actors.resolve(t[role], day)
                            actor = found.actor if found else None
                        ends[role] = (
                            (actor.id, actor.label, actor.type)
                            if actor
                            else (t[role].lower().replace(" ", "_"), t[role], "Organization")
                        )
                    (s, sl, st), (o, ol, ot) = ends["subject"], ends["object"]
                    self.rows.append(
                        {
                            "subject": s,
                            "subject_label": sl,
                            "subject_type": st,
                            "relation": t["relation"],
                            "object": o,
                            "object_label": ol,
                            "object_type": ot,
                            "date": day,
                            "factuality": t["factuality"] or "asserted",
                            "confidence": 0.9,
                            "sentence": t["evidence"],
                            "article": f"{path.parent.name}/{path.stem}",
                            "url": None,
                            "title": path.stem,
                            "event": f"{path.stem}|{i}",
                        }
                    )

    def version(self):
        return 1

    def relation_instances(self, since=None, until=None, factualities=None):
        return [r for r in self.rows if not factualities or r["factuality"] in factualities]


@pytest.fixture(scope="module")
def view():
    return GraphView(GoldStore())


def marks(fig):
    """(node boxes, [(text, box)] of visible labels, legend boxes), display pixels, as drawn."""
    from matplotlib.transforms import Affine2D, Bbox

    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    ax = fig.axes[0]
    nodes = []
    for coll in ax.collections:
        offsets = coll.get_offset_transform().transform(coll.get_offsets())
        shapes, widths, path = coll.get_transforms(), coll.get_linewidths(), coll.get_paths()[0]
        for i, (x, y) in enumerate(offsets):
            ext = path.get_extents(Affine2D(shapes[i % len(shapes)]))
            pad = widths[i % len(widths)] * fig.dpi / 72 / 2
            box = Bbox.from_extents(x + ext.x0, y + ext.y0, x + ext.x1, y + ext.y1)
            nodes.append(box.padded(pad))
    labels = []
    for t in ax.texts:
        if t.get_visible() and t.get_text():
            box = t.get_window_extent(renderer)
            if t.get_bbox_patch() is not None:
                box = Bbox.union([box, t.get_bbox_patch().get_window_extent(renderer)])
            labels.append((t.get_text(), box))
    return nodes, labels, [legend.get_window_extent(renderer) for legend in fig.legends]


def overlaps(fig) -> list[str]:
    """Every pair of marks that overlap: node/node, label/node, label/label, legend/any."""
    nodes, labels, legends = marks(fig)

    def hit(a, b):
        return min(a.x1, b.x1) - max(a.x0, b.x0) > 0.5 and min(a.y1, b.y1) - max(a.y0, b.y0) > 0.5

    pairs = itertools.combinations
    found = [f"nodes {i} and {j}" for (i, a), (j, b) in pairs(enumerate(nodes), 2) if hit(a, b)]
    found += [
        f"label {t!r} on node {j}" for t, a in labels for j, b in enumerate(nodes) if hit(a, b)
    ]
    found += [f"labels {s!r} and {t!r}" for (s, a), (t, b) in pairs(labels, 2) if hit(a, b)]
    marks_ = [*labels, *enumerate(nodes)]
    found += [f"legend on {what}" for g in legends for what, b in marks_ if hit(g, b)]
    return found


def misread_tie_labels(fig) -> tuple[list[str], int]:
    """Tie labels not centred on their own tie or crossed by another tie; (faults, labels)."""
    from matplotlib.path import Path as MplPath
    from matplotlib.transforms import Bbox

    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    ax = fig.axes[0]
    ties = {
        line.get_gid()[4:]: ax.transData.transform(line.get_xydata())
        for line in ax.lines
        if (line.get_gid() or "").startswith("tie:")
    }
    faults, n = [], 0
    for t in ax.texts:
        key = (t.get_gid() or "").removeprefix("tie-label:")
        if not t.get_visible() or key == (t.get_gid() or ""):
            continue
        n += 1
        box = Bbox.union([t.get_window_extent(renderer), t.get_bbox_patch().get_window_extent()])
        (x1, y1), (x2, y2) = ties[key]
        cx, cy = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
        off = abs((x2 - x1) * (y1 - cy) - (x1 - cx) * (y2 - y1)) / max(math.dist((x1, y1), (x2, y2)), 1e-9)  # fmt: skip
        if off > 1.5:
            faults.append(f"{t.get_text()!r} off its tie {key}")
        faults += [
            f"{t.get_text()!r} ({key}) crossed by tie {other}"
            for other, seg in ties.items()
            if other != key and MplPath(seg).intersects_bbox(box, filled=False)
        ]
    return faults, n


@pytest.mark.parametrize("level", ["actor", "state"])
def test_examples_drawing_has_no_overlaps(view, level):
    G = view.to_networkx(level=level)
    H, centre = select(G, None, 1, 40)
    assert len(H) >= (25 if level == "actor" else 15)
    assert {"russia", "china", "nato", "aukus"} <= set(H)
    fig = figure(H, default_title(G, H, centre), _subtitle(G, H), centre)
    assert overlaps(fig) == []
    faults, shown = misread_tie_labels(fig)
    assert faults == [] and shown >= 10
    _, labels, _ = marks(fig)
    texts = [t for t, _ in labels]
    for n in H:  # every actor labelled, once
        assert texts.count(H.nodes[n]["label"]) == 1, H.nodes[n]["label"]
    assert len(texts) > len(H)  # and some ties too, where they fit


def test_world_drawing_has_no_overlaps():
    from test_draw import world

    G = world()
    H, centre = select(G, None, 1, 40)
    assert overlaps(figure(H, "world", "", centre)) == []


def test_focus_at_actor_level_keeps_the_ties_of_persons_acting_for_the_state(view, tmp_path):
    G = view.to_networkx(level="actor")
    assert G.nodes["vladimir_putin"]["state"] == "russia"
    H, centre = select(G, "Russia", 1, 40, view.resolve)
    assert centre == "russia" and "vladimir_putin" in H.graph["members"]
    assert "quad" in H and "quad" not in G["russia"]  # Putin's counterpart, not Russia's
    assert "the persons acting for it" in default_title(G, H, centre)
    assert "Vladimir Putin" in _subtitle(G, H)
    assert overlaps(figure(H, default_title(G, H, centre), _subtitle(G, H), centre)) == []
    svg = view.draw(tmp_path / "russia.svg", focus="Russia", level="actor").read_text()
    assert "Vladimir Putin" in svg and "persons acting for it" in svg
    Hs, _ = select(view.to_networkx(level="state"), "Russia", 1, 40, view.resolve)
    assert Hs.graph["members"] == []  # state level: they are counted as Russia already


def test_persons_state_without_a_dictionary():
    from kg.graph.project import project

    rows = [
        {"subject": "p", "subject_type": "Person", "relation": "leader_of", "object": "s",
         "object_type": "State"},
        {"subject": "p", "subject_type": "Person", "relation": "meets", "object": "q",
         "object_type": "Person"},
    ]  # fmt: skip
    G = project(rows)
    assert G.nodes["p"]["state"] == "s" and "state" not in G.nodes["q"]


@pytest.mark.browser
def test_focus_page_selects_the_state_with_the_persons_acting_for_it(view, tmp_path):
    import re
    import shutil
    import subprocess

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("chromium not installed (apt-get install chromium)")
    page = view.draw(tmp_path / "russia.html", focus="Russia", level="actor")
    cmd = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
           f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=3000",
           "--dump-dom", page.as_uri()]  # fmt: skip
    dom = subprocess.run(cmd, capture_output=True, text=True, timeout=120).stdout
    classes = dict(
        (i, c.split())
        for c, i in re.findall(r'<g class="([^"]*)" transform="[^"]*" data-id="([^"]+)"', dom)
    )
    assert {"member", "near"} <= set(classes["vladimir_putin"])  # ringed, not dimmed
    assert "near" in classes["quad"]  # a counterpart of Putin's, not of Russia's, stays in view
    assert "persons acting for it" in dom.split('id="info"')[1]
