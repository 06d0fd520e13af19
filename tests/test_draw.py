"""Drawings: PNG/SVG content, the offline HTML page (in headless Chromium when installed), escaping."""

from __future__ import annotations

import itertools
import json
import random
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from datetime import date, timedelta

import networkx as nx
import pytest

from kg.errors import NotFoundError, UsageError
from kg.graph.draw import draw, select
from kg.graph.html import render_html, script_json
from kg.graph.project import project
from kg.graph.style import place_labels, separate

RELATIONS = {
    "talks_with": {"polarity": "cooperative", "goldstein": 1.0},
    "cooperates_with": {"polarity": "cooperative", "goldstein": 6.0},
    "criticizes": {"polarity": "conflictual", "goldstein": -2.0},
    "threatens": {"polarity": "conflictual", "goldstein": -5.0},
    "makes_statement": {"polarity": "neutral", "goldstein": 0.0},
}
TYPES = {
    "Vladimir Putin": "Person",
    "Xi Jinping": "Person",
    "Joe Biden": "Person",
    "Joko Widodo": "Person",
    "NATO": "Alliance",
    "ASEAN": "IntergovernmentalOrganization",
    "AUKUS": "Alliance",
    "Quad": "Alliance",
    "European Union": "IntergovernmentalOrganization",
    "United Nations": "IntergovernmentalOrganization",
    "Beijing Winter Olympics": "PublicEvent",
}
# (subject, relation, object, times): a 33-actor world
WORLD = """Vladimir Putin|talks_with|Xi Jinping|3  Russia|cooperates_with|China|4  Joe Biden|talks_with|Vladimir Putin|1
Joe Biden|criticizes|Russia|2  Russia|threatens|Ukraine|3  NATO|criticizes|Russia|2  United States|cooperates_with|Ukraine|2
United States|criticizes|China|2  China|threatens|Taiwan|2  United States|talks_with|Taiwan|1  Joko Widodo|talks_with|Xi Jinping|1
Indonesia|cooperates_with|China|2  Indonesia|talks_with|Russia|1  Indonesia|cooperates_with|ASEAN|2  Vietnam|cooperates_with|ASEAN|1
Philippines|criticizes|China|2  Philippines|cooperates_with|United States|1  Malaysia|cooperates_with|ASEAN|1
Australia|cooperates_with|AUKUS|1  United Kingdom|cooperates_with|AUKUS|1  United States|cooperates_with|AUKUS|1
China|criticizes|AUKUS|1  Russia|criticizes|AUKUS|1  Japan|cooperates_with|Quad|1  India|cooperates_with|Quad|1
China|criticizes|Quad|1  India|talks_with|Russia|2  India|makes_statement|China|1  Japan|criticizes|China|1
South Korea|talks_with|Japan|1  North Korea|threatens|South Korea|2  North Korea|cooperates_with|Russia|1
Iran|cooperates_with|Russia|2  Iran|threatens|Israel|2  United States|cooperates_with|Israel|2  France|cooperates_with|Germany|2
France|cooperates_with|European Union|1  Germany|cooperates_with|European Union|1  European Union|criticizes|Russia|2
Turkey|talks_with|Russia|1  Turkey|talks_with|Ukraine|1  United Nations|criticizes|Russia|1  Brazil|talks_with|China|1
Joe Biden|criticizes|Beijing Winter Olympics|1  Saudi Arabia|talks_with|China|1  Saudi Arabia|cooperates_with|United States|1"""
XSS = ["<script>window.__pwned=1</script>", "<img src=x onerror=\"document.title='pwned'\">"]


def slug(label):
    return re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")


def world_rows(extra=()):
    rows = []
    for i, item in enumerate(re.split(r"\s{2,}|\n", WORLD) + list(extra)):
        s, rel, o, n = item.strip().split("|")
        for j in range(int(n)):
            rows.append(
                {
                    "subject": slug(s),
                    "subject_label": s,
                    "subject_type": TYPES.get(s, "State"),
                    "relation": rel,
                    "object": slug(o),
                    "object_label": o,
                    "object_type": TYPES.get(o, "State"),
                    "date": date(2021, 1, 1) + timedelta(days=10 * i + j),
                    "factuality": "asserted",
                    "confidence": 0.8,
                    "sentence": f"{s} {rel.replace('_', ' ')} {o}, sentence {j}.",
                    "article": f"art{i}",
                    "url": f"https://news.example/{i}",
                    "title": f"News {i}",
                }
            )
    return rows


def world(**kw):
    return project(world_rows(), relations=RELATIONS, **kw)


def png_size(data):
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def distinct_colours(path):
    from PIL import Image

    with Image.open(path) as im:
        pixels = im.convert("RGB").resize((300, 200)).tobytes()
    return len({pixels[i : i + 3] for i in range(0, len(pixels), 3)})


def test_png_is_a_picture_of_the_graph(tmp_path):
    G = world()
    assert 30 <= len(G) <= 40
    out = draw(G, tmp_path / "g.png")
    data = out.read_bytes()
    width, height = png_size(data)
    assert width >= 1200 and height >= 900 and len(data) > 50_000
    assert distinct_colours(out) > 50


def test_svg_has_labels_as_text_and_escapes_them(tmp_path):
    rows = world_rows()
    rows[0] = rows[0] | {"subject_label": "Tom & <Jerry>"}
    G = project(rows, relations=RELATIONS)
    out = draw(G, tmp_path / "g.svg", title="World <2021>")
    text = out.read_text()
    root = ET.fromstring(text)  # well-formed XML
    labels = {t.text for t in root.iter("{http://www.w3.org/2000/svg}text")}
    assert {"Russia", "China", "Indonesia", "NATO", "Tom & <Jerry>", "World <2021>"} <= labels
    assert "<Jerry>" not in text


def test_focus_depth_draws_the_ego_graph(tmp_path):
    G = world(level="actor")
    H, centre = select(G, "Indonesia", 1, 40)
    assert centre == "indonesia"
    assert set(H) == {"indonesia", "china", "russia", "asean"}
    H2, _ = select(G, "Indonesia", 2, 40)
    assert {"vietnam", "ukraine", "taiwan"} <= set(H2)
    H3, _ = select(G, "Indonesia", 2, 5)
    assert len(H3) == 5 and "indonesia" in H3
    out = draw(G, tmp_path / "ego.svg", focus="Indonesia", depth=1)
    assert "Relations of Indonesia" in out.read_text()


def test_draw_errors(tmp_path):
    with pytest.raises(NotFoundError, match="no relations to draw; run kg build first"):
        draw(nx.Graph(), tmp_path / "g.png")
    with pytest.raises(UsageError, match=r"\.png, \.svg or \.html"):
        draw(world(), tmp_path / "g.jpg")
    with pytest.raises(NotFoundError, match="did you mean Indonesia"):
        draw(world(), tmp_path / "g.png", focus="Indonesa")
    with pytest.raises(UsageError, match="does not exist"):
        draw(world(), tmp_path / "missing" / "g.png")


def apart(a, b, gap=0.0):
    return (
        abs(a[0] - b[0]) >= (a[2] + b[2]) / 2 + gap - 1e-6
        or abs(a[1] - b[1]) >= (a[3] + b[3]) / 2 + gap - 1e-6
    )


def test_separate_and_place_labels_leave_no_overlap():
    rnd = random.Random(1)
    piled = [(float(i % 3), float(i % 2)) for i in range(12)]  # on top of each other
    xy = piled + [(rnd.uniform(0, 300), rnd.uniform(0, 300)) for _ in range(40)]
    half = [rnd.uniform(4, 12) for _ in xy]
    bounds = (-200.0, -200.0, 500.0, 500.0)
    X = separate(xy, half, 3.0, bounds)
    nodes = [[x, y, 2 * h, 2 * h] for (x, y), h in zip(X, half, strict=True)]
    for a, b in itertools.combinations(nodes, 2):
        assert apart(a, b, 3.0)
    assert all(bounds[0] <= b[0] - b[2] / 2 and b[0] + b[2] / 2 <= bounds[2] for b in nodes)
    sizes = [(rnd.uniform(20, 90), 14.0) for _ in nodes]
    placed = place_labels([(b[0], b[1], b[2] / 2, b[3] / 2) for b in nodes], sizes, [], bounds)
    labels = [box for box, _far in placed]
    for a, b in itertools.combinations(nodes + labels, 2):
        assert apart(a, b)
    near = sum(not far for _, far in placed)
    assert near >= 0.8 * len(placed)  # most right next to their node


def test_script_json_cannot_close_the_script_element():
    data = {"label": "</script><script>alert(1)</script>", "s": "a & b > c \u2028 \u2029"}
    text = script_json(data)
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == data


def test_html_page_is_self_contained(tmp_path):
    text = draw(world(), tmp_path / "g.html").read_text()
    assert "Content-Security-Policy" in text and "default-src 'none'" in text
    assert not re.search(
        r"<(link|img|iframe)\b|\bsrc\s*=|@import|url\(", text.split('id="kg-data"')[0]
    )
    assert text.count("<script") == 2 and "innerHTML" not in text
    data = json.loads(re.search(r'id="kg-data">(.*?)</script>', text, re.S).group(1))
    assert len(data["nodes"]) == len(world()) and {"talks_with", "threatens"} <= {
        r for r, _ in data["relations"]
    }


def hostile_graph():
    rows = world_rows(
        [
            f"{XSS[0]}|criticizes|Russia|1",
            f"{XSS[1]}|talks_with|{XSS[0]}|1",
            f"China|talks_with|{XSS[1]}|1",
        ]
    )
    for r in rows[-3:]:
        r.update(
            sentence=f"said {XSS[0]} and {XSS[1]}",
            title=XSS[1],
            url="javascript:document.title='pwned'",
        )
    return project(rows, relations=RELATIONS)


def test_html_escapes_hostile_text_outside_the_data_block(tmp_path):
    page = render_html(hostile_graph(), "<b>title</b>", XSS[1])
    assert "<b>title</b>" not in page and "&lt;b&gt;title&lt;/b&gt;" in page
    assert page.count("<script") == 2 and "<img" not in page and "javascript:" not in page


CHROMIUM = (
    shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
)
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium not installed (apt-get install chromium)"
)


def chromium(tmp_path, url, *args):
    cmd = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--enable-logging=stderr",
        "--v=0",
        "--virtual-time-budget=3000",
        *args,
        url,
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    console = [line for line in done.stderr.splitlines() if ":CONSOLE" in line]
    return done.stdout, console


@pytest.mark.browser
@needs_chromium
def test_html_renders_in_chromium(tmp_path):
    G = world()
    page = draw(G, tmp_path / "g.html")
    shot = tmp_path / "shot.png"
    _, console = chromium(tmp_path, page.as_uri(), "--window-size=1400,900", f"--screenshot={shot}")
    assert png_size(shot.read_bytes()) == (1400, 900)
    assert distinct_colours(shot) > 30
    dom, console2 = chromium(tmp_path, page.as_uri() + "#node=russia", "--dump-dom")
    assert dom.count('class="node') == len(G)
    assert dom.count('class="edge') == G.number_of_edges()
    assert 'stroke="#2ca02c"' in dom and 'stroke="#d62728"' in dom  # coloured by polarity
    info = dom.split('id="info"')[1]
    assert (
        "<h3>Russia</h3>" in info and info.count('class="ev"') >= 5
    )  # Russia's ties, with evidence
    assert not [
        line
        for line in console + console2
        if "Uncaught" in line or "Refused" in line or "rror" in line
    ]


@pytest.mark.browser
@needs_chromium
def test_hostile_labels_and_sentences_do_not_run_in_chromium(tmp_path):
    G = hostile_graph()
    page = draw(G, tmp_path / "x.html", title="kg xss test")
    # escaping alone must hold: drop the CSP and add a probe that reports what ran
    probe = "document.body.setAttribute('data-pwned', String(window.__pwned === 1 || document.title !== 'kg xss test' || !!document.querySelector('img,#graph script,#info script')))"
    text = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page.read_text())
    bare = tmp_path / "bare.html"
    bare.write_text(text.replace("</body>", f"<script>{probe}</script></body>"))
    node = next(n for n in G if G.nodes[n]["label"] == XSS[0])
    for target in (bare, page):
        dom, console = chromium(tmp_path, f"{target.as_uri()}#node={node}", "--dump-dom")
        assert "<title>kg xss test</title>" in dom
        assert "<img" not in dom and "__pwned=1</script>" not in dom
        assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in dom  # shown as text
        info = dom.split('id="info"')[1]
        assert "said &lt;script&gt;" in info and 'href="javascript' not in info
        assert not [line for line in console if "Uncaught" in line]
    assert 'data-pwned="false"' in chromium(tmp_path, bare.as_uri(), "--dump-dom")[0]


@pytest.mark.browser
@needs_chromium
def test_selecting_dims_all_but_the_neighbourhood_and_find_centres(tmp_path):
    import html as _html

    G = world()
    page = draw(G, tmp_path / "g.html")
    text = page.read_text()
    assert "#node=" in text.split('id="kg-data"')[0]  # the address fragment is explained
    dom, console = chromium(tmp_path, page.as_uri() + "#node=indonesia", "--dump-dom")
    assert re.search(r'<svg id="graph"[^>]*class="[^"]*\bdim\b', dom)
    classes = dict(
        (i, c)
        for c, i in re.findall(r'<g class="([^"]*)" transform="[^"]*" data-id="([^"]+)"', dom)
    )
    near = {i for i, c in classes.items() if "near" in c.split()}
    assert len(classes) == len(G) and near == {"indonesia", *G["indonesia"]}
    # what the eye sees: computed opacity (a copy without the CSP, with a probe)
    probe = """var o = {};
document.querySelectorAll('#nodes .node').forEach(function (g) { o[g.getAttribute('data-id')] = getComputedStyle(g).opacity; });
document.body.setAttribute('data-opacity', JSON.stringify(o));
var f = document.getElementById('find'); f.value = 'xi jin'; f.dispatchEvent(new Event('change'));
var s = document.querySelector('.node.sel');
document.body.setAttribute('data-found', s.getAttribute('data-id') + '|' + document.getElementById('viewport').getAttribute('transform') + '|' + location.hash);"""
    bare = tmp_path / "bare.html"
    stripped = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", text)
    bare.write_text(stripped.replace("</body>", f"<script>{probe}</script></body>"))
    dom2, console2 = chromium(tmp_path, bare.as_uri() + "#node=indonesia", "--dump-dom")
    opacity = json.loads(_html.unescape(re.search(r'data-opacity="([^"]*)"', dom2).group(1)))
    assert all(float(opacity[n]) == 1.0 for n in near)
    assert all(float(v) < 0.3 for n, v in opacity.items() if n not in near)
    found = _html.unescape(re.search(r'data-found="([^"]*)"', dom2).group(1))
    who, transform, address = found.split("|")
    assert address == "#node=xi_jinping"  # the address names the selection, to share it
    assert who == "xi_jinping"  # found by part of its label, selected and centred
    tx, ty, k = map(float, re.findall(r"-?[\d.]+", transform))
    data = json.loads(re.search(r'id="kg-data">(.*?)</script>', text, re.S).group(1))
    xi = next(n for n in data["nodes"] if n["id"] == "xi_jinping")
    assert (
        abs(tx + k * xi["x"] - data["view"][0] / 2) < 1
        and abs(ty + k * xi["y"] - data["view"][1] / 2) < 1
    )
    assert not [line for line in console + console2 if "Uncaught" in line or "Refused" in line]
