"""Timelines (kg.graph.timeline, `kg timeline`): bins, zero bins, quad classes, Goldstein, dyads,
weeks, peaks and their evidence, events vs mentions; the PNG, SVG and HTML outputs; and the
date range of the HTML relation page (kg draw -o x.html)."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import NotFoundError, UsageError
from kg.graph.html import page_data, render_html
from kg.graph.project import project
from kg.graph.timeline import next_period, period_start, timeline
from kg.graph.timeline_draw import draw_timeline
from kg.graph.timeline_html import render_timeline
from kg.graph.timeline_text import format_timeline
from kg.records import Article, Triple

D = dt.date
TYPES = {"joe_biden": "Person", "xi_jinping": "Person", "nato": "Alliance"}
LABELS = {"united_states": "United States", "joe_biden": "Joe Biden", "xi_jinping": "Xi Jinping"}
STATES = {"joe_biden": "united_states", "xi_jinping": "china"}


def r(s, rel, o, when, conf=0.8, fact="asserted", sent=None, art="a1", **extra) -> dict:
    """A relation-instance row as ``Store.relation_instances`` gives it."""
    return {
        "event": f"{s}-{rel}-{o}-{when}-{conf}",
        "subject": s,
        "subject_label": LABELS.get(s, s.replace("_", " ").title()),
        "subject_type": TYPES.get(s, "State"),
        "relation": rel,
        "object": o,
        "object_label": LABELS.get(o, o.replace("_", " ").title()),
        "object_type": TYPES.get(o, "State"),
        "date": when,
        "factuality": fact,
        "confidence": conf,
        "sentence": sent or f"{s} {rel} {o} on {when}.",
        "sentence_index": 0,
        "article": art,
        "title": f"Title of {art}",
        "url": f"https://news.example/{art}",
        **extra,
    }


def state_of(actor: str, when) -> str | None:
    return STATES.get(actor)


def tl(rows, actors, **kw):
    return timeline(rows, actors, state_of=state_of, **kw)


def test_periods_start_on_the_first_and_on_monday():
    assert period_start(D(2021, 12, 15), "month") == D(2021, 12, 1)
    assert period_start(D(2021, 12, 15), "week") == D(2021, 12, 13)  # a Wednesday → Monday
    assert period_start(D(2021, 12, 19), "week") == D(2021, 12, 13)  # Sunday: same week
    assert period_start(D(2021, 12, 20), "week") == D(2021, 12, 20)  # a Monday starts one
    assert next_period(D(2021, 12, 1), "month") == D(2022, 1, 1)
    assert next_period(D(2021, 12, 27), "week") == D(2022, 1, 3)


def test_months_are_continuous_with_zero_bins():
    rows = [
        r("china", "talks_with", "russia", D(2021, 11, 30)),
        r("china", "meets", "russia", D(2022, 2, 3)),
    ]
    t = tl(rows, ["China"])
    assert [b.start for b in t.bins] == [
        D(2021, 11, 1),
        D(2021, 12, 1),
        D(2022, 1, 1),
        D(2022, 2, 1),
    ]
    assert [b.end for b in t.bins][:2] == [D(2021, 11, 30), D(2021, 12, 31)]
    assert [b.total for b in t.bins] == [1, 0, 0, 1]
    empty = t.bins[1]
    assert empty.counts == {1: 0, 2: 0, 3: 0, 4: 0} and empty.goldstein_mean is None
    assert empty.evidence == [] and empty.top is None
    assert [t.period(b) for b in t.bins] == ["2021-11", "2021-12", "2022-01", "2022-02"]


def test_since_and_until_widen_the_axis():
    rows = [r("china", "talks_with", "russia", D(2021, 12, 15))]
    t = tl(rows, ["china"], since=D(2021, 10, 5), until=D(2022, 1, 2))
    assert [t.period(b) for b in t.bins] == ["2021-10", "2021-11", "2021-12", "2022-01"]
    assert [b.total for b in t.bins] == [0, 0, 1, 0]


def test_quad_classes_and_goldstein():
    when = D(2022, 3, 10)
    rows = [
        r("china", "talks_with", "russia", when),  # quad 1, +1.0
        r("china", "trades_with", "russia", when),  # quad 2, +6.4
        r("russia", "criticizes", "china", when),  # quad 3, -2.0
        r("russia", "attacks", "china", when),  # quad 4, -10.0
        r("china", "talks_with", "russia", when),  # quad 1, +1.0
    ]
    (b,) = tl(rows, ["China", "Russia"]).bins
    assert b.counts == {1: 2, 2: 1, 3: 1, 4: 1} and b.total == 5
    assert b.goldstein_sum == pytest.approx(-3.6)
    assert b.goldstein_mean == pytest.approx(-0.72)


def test_a_dyad_counts_both_directions_and_only_the_two():
    when = D(2022, 5, 1)
    rows = [
        r("united_states", "criticizes", "china", when),
        r("china", "warns", "united_states", when),
        r("united_states", "meets", "japan", when),
        r("japan", "criticizes", "china", when),
    ]
    assert tl(rows, ["United States", "China"]).bins[0].total == 2
    assert tl(rows, ["china", "united_states"]).bins[0].total == 2
    assert tl(rows, ["United States"]).bins[0].total == 3  # an actor alone: all its relations
    assert tl(rows, ["Japan"]).bins[0].total == 2


def test_weeks_start_on_monday():
    rows = [
        r("china", "talks_with", "russia", D(2021, 12, 15)),  # Wednesday
        r("china", "talks_with", "russia", D(2021, 12, 19)),  # Sunday, same week
        r("china", "talks_with", "russia", D(2022, 1, 4)),  # Tuesday, three weeks on
    ]
    t = tl(rows, ["china"], by="week")
    assert [b.start for b in t.bins] == [
        D(2021, 12, 13),
        D(2021, 12, 20),
        D(2021, 12, 27),
        D(2022, 1, 3),
    ]
    assert all(b.start.weekday() == 0 and b.end.weekday() == 6 for b in t.bins)
    assert [b.total for b in t.bins] == [2, 0, 0, 1]
    assert t.period(t.bins[0]) == "2021-12-13"


def test_state_level_rolls_persons_up_and_actor_level_keeps_them():
    when = D(2022, 11, 14)
    rows = [
        r("joe_biden", "meets", "xi_jinping", when),
        r("united_states", "talks_with", "china", when),
        r("joe_biden", "criticizes", "china", when),
    ]
    t = tl(rows, ["United States", "China"], level="state")
    assert t.actors == ("united_states", "china") and t.bins[0].total == 3
    assert tl(rows, ["Joe Biden", "China"], level="state").actors == ("united_states", "china")
    assert tl(rows, ["Joe Biden", "Xi Jinping"], level="actor").bins[0].total == 1
    assert tl(rows, ["United States", "China"], level="actor").bins[0].total == 1
    with pytest.raises(UsageError, match="both United States at state level"):
        tl(rows, ["Joe Biden", "United States"], level="state")


def test_member_of_rolls_up_a_person_the_dictionary_does_not_know():
    when = D(2022, 1, 10)
    rows = [
        r("jane_roe", "official_of", "china", when),
        r("jane_roe", "warns", "japan", when),
    ]
    rows = [row | {"subject_type": "Person"} for row in rows]
    t = timeline(rows, ["China"])  # no state_of: the member_of/official_of relation decides
    assert t.bins[0].total == 1 and t.bins[0].counts[3] == 1  # official_of itself is not counted


def test_factualities_and_undated_rows():
    rows = [
        r("china", "talks_with", "russia", D(2022, 1, 5)),
        r("china", "attacks", "russia", D(2022, 1, 6), fact="negated"),
        r("china", "meets", "russia", D(2022, 1, 7), fact="future"),
        r("china", "meets", "russia", None),
    ]
    t = tl(rows, ["china"])
    assert t.bins[0].total == 1 and t.undated == 1
    assert tl(rows, ["china"], factualities=("asserted", "negated", "future")).bins[0].total == 3


def test_peaks_stand_out_and_carry_their_best_evidence():
    rows = []
    for month, n in ((1, 1), (2, 0), (3, 6), (4, 1), (5, 0), (6, 4), (7, 1)):
        for i in range(n):
            rows.append(
                r("china", "talks_with", "russia", D(2022, month, 1 + i), conf=0.5 + i / 100)
            )
    rows.append(
        r("china", "talks_with", "russia", D(2022, 3, 20), 0.95, sent="Best of March.", art="m")
    )
    rows.append(
        r("china", "talks_with", "russia", D(2022, 3, 21), 0.95, sent="Later, as sure.", art="n")
    )
    t = tl(rows, ["China"])
    totals = [b.total for b in t.bins]
    assert totals == [1, 0, 8, 1, 0, 4, 1]
    # mean 2.14 + sd 2.75 = 4.9: only March stands out (June's 4 does not)
    assert [t.period(b) for b in t.peaks] == ["2022-03"]
    top = t.peaks[0].top
    assert top["sentence"] == "Best of March." and top["date"] == D(2022, 3, 20)
    assert (
        top["title"] == "Title of m" and top["confidence"] == 0.95
    )  # most confident, then earliest
    assert [e["confidence"] for e in t.peaks[0].evidence] == sorted(
        (e["confidence"] for e in t.peaks[0].evidence), reverse=True
    )
    assert tl(rows, ["China"], peaks=0).peaks == []


def test_peaks_need_two_events_and_some_contrast():
    flat = [r("china", "meets", "russia", D(2022, m, 1)) for m in (1, 2, 3, 4)]
    assert tl(flat, ["china"]).peaks == []  # no period stands out
    lone = [
        r("china", "meets", "russia", D(2022, 1, 1)),
        r("china", "meets", "russia", D(2022, 9, 1)),
    ]
    assert tl(lone, ["china"]).peaks == []  # ones are never peaks
    many = [r("china", "meets", "russia", D(2022, m, d)) for m in (1, 4, 7, 10) for d in (1, 2, 3)]
    many += [r("china", "meets", "russia", D(2023, 12, 1))]
    t = tl(many, ["china"], peaks=3)
    assert [t.period(b) for b in t.peaks] == [
        "2022-01",
        "2022-04",
        "2022-07",
    ]  # ties: earlier first


def test_events_count_clusters_once_and_fall_back_to_mentions():
    rows = [
        r("china", "talks_with", "russia", D(2022, 1, 31), conf=0.6, art="a", event_cluster="c1"),
        r("china", "attacks", "russia", D(2022, 2, 1), conf=0.9, art="b", event_cluster="c1"),
        r("china", "meets", "russia", D(2022, 2, 2), art="c"),  # no cluster: an event of its own
    ]
    t = tl(rows, ["china"])
    assert t.count == "events" and [b.total for b in t.bins] == [1, 1]
    january = t.bins[0]  # the event falls in the month of its earliest mention...
    assert (
        january.counts[4] == 1 and january.goldstein_sum == -10.0
    )  # ...its most confident one's class
    assert {e["article"] for e in january.evidence} == {"a", "b"}  # all its mentions are evidence
    assert tl(rows, ["china"], count="mentions").bins[0].total == 1
    assert tl(rows, ["china"], count="mentions").bins[1].total == 2
    plain = [{k: v for k, v in row.items() if k != "event_cluster"} for row in rows]
    fallback = tl(plain, ["china"])
    assert fallback.count == "mentions" and [b.total for b in fallback.bins] == [1, 2]


def test_unknown_actors_and_empty_dyads_are_errors():
    rows = [
        r("china", "talks_with", "russia", D(2022, 1, 5)),
        r("japan", "meets", "india", D(2022, 1, 5)),
    ]
    with pytest.raises(NotFoundError, match="unknown actor 'Narnia'"):
        tl(rows, ["Narnia"])
    with pytest.raises(NotFoundError, match="no relations between China and Japan"):
        tl(rows, ["China", "Japan"])
    with pytest.raises(UsageError, match="month"):
        tl(rows, ["China"], by="year")
    with pytest.raises(UsageError, match="one actor or two"):
        tl(rows, ["China", "Japan", "India"])
    with pytest.raises(NotFoundError, match="no relations in this selection"):
        tl([], ["China"])


def test_text_table_stars_the_peaks_and_quotes_them():
    rows = [r("china", "talks_with", "russia", D(2022, m, 1)) for m in (1, 3)]
    rows += [
        r("china", "criticizes", "russia", D(2022, 6, d), sent="Peak sentence.") for d in (1, 2, 3)
    ]
    text = format_timeline(tl(rows, ["China", "Russia"]))
    lines = text.splitlines()
    assert lines[0] == "China — Russia: mentions by month, state level, asserted and reported"
    assert lines[1].split() == [
        "period",
        "v.coop",
        "m.coop",
        "v.conf",
        "m.conf",
        "total",
        "goldstein",
        "mean",
    ]
    assert lines[2].split() == ["2022-01", "1", "0", "0", "0", "1", "+1.0", "+1.0"]
    assert lines[3].split() == ["2022-02", "0", "0", "0", "0", "0"]  # a zero bin
    assert lines[7].split() == ["2022-06", "0", "0", "3", "0", "3", "-6.0", "-2.0", "*"]
    assert (
        '"Peak sentence."' in text and "(China criticizes Russia) — Title of a1, 2022-06-01" in text
    )


# ------------------------------------------------------------------ drawings


def _rows_for_drawing():
    rows = []
    for month, n in ((1, 2), (2, 0), (3, 9), (5, 1), (8, 5)):
        for i in range(n):
            rel = ("talks_with", "trades_with", "criticizes", "attacks")[i % 4]
            rows.append(
                r(
                    "united_states",
                    rel,
                    "china",
                    D(2022, month, 1 + i),
                    sent=f"In month {month}, <b>{i}</b> & more.",
                )
            )
    return rows


def test_png_svg_and_html_are_written(tmp_path):
    t = tl(_rows_for_drawing(), ["United States", "China"])
    png = draw_timeline(t, tmp_path / "t.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 20_000
    svg = tmp_path / "t.svg"
    draw_timeline(t, svg)
    root = ET.fromstring(svg.read_text())
    ids = {e.get("id") for e in root.iter()}
    assert {"quad:1", "quad:2", "quad:3", "quad:4", "goldstein"} <= ids
    assert [i for i in ids if i and i.startswith("peak:")] == ["peak:2022-03"]
    assert "In month 3" in svg.read_text()  # the peak's quote
    page = draw_timeline(t, tmp_path / "t.html").read_text()
    assert "<script>" not in page and "script-src" not in page  # no script may run
    assert "&lt;b&gt;" in page and "<b>0" not in page  # the sentences are escaped
    data = json.loads(re.search(r'id="kg-timeline">(.*?)</script>', page, re.S).group(1))
    assert [b["period"] for b in data["bins"]][:3] == ["2022-01", "2022-02", "2022-03"]
    assert [b["total"] for b in data["bins"]] == [2, 0, 9, 0, 1, 0, 0, 5]
    march = data["bins"][2]
    assert march["peak"] and march["counts"] == {"1": 3, "2": 2, "3": 2, "4": 2}
    assert march["evidence"][0]["sentence"] == "In month 3, <b>0</b> & more."
    assert page.count('class="bin"') == 8 and 'id="p-2022-03"' in page
    with pytest.raises(UsageError, match=r"\.png, \.svg or \.html"):
        draw_timeline(t, tmp_path / "t.pdf")
    assert render_timeline(t) == page


# ------------------------------------------------------------------ the CLI


ARTICLES = [  # (date, triples): the United States and China, and Russia
    (
        D(2021, 9, 15),
        [("china", "criticizes", "united_states"), ("united_states", "allies_with", "australia")],
    ),
    (
        D(2021, 12, 8),
        [
            ("china", "warns", "united_states"),
            ("united_states", "boycotts", "china"),
            ("china", "criticizes", "united_states"),
        ],
    ),
    (
        D(2021, 12, 15),
        [("united_states", "talks_with", "china"), ("russia", "talks_with", "china")],
    ),
    (D(2022, 3, 2), [("united_states", "sanctions", "russia")]),
    (D(2022, 5, 20), [("united_states", "criticizes", "china")]),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from kg.knowledge.actors import load_actors
    from kg.store import Store

    path = tmp_path_factory.mktemp("timeline") / "store"
    with Store.open(path) as st:
        for i, (when, triples) in enumerate(ARTICLES):
            sents = [f"Sentence {j}: {s} {rel} {o}." for j, (s, rel, o) in enumerate(triples)]
            art = Article(
                " ".join(sents),
                title=f"Story {i}",
                url=f"https://news.example/{i}",
                date=when,
                lang="en",
                source=f"s{i}.txt",
            )
            st.add_article(
                art,
                [
                    Triple(s, rel, o, "asserted", 0.8, "p", sents[j], j, date=when)
                    for j, (s, rel, o) in enumerate(triples)
                ],
                load_actors(),
            )
    return path


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_cli_prints_the_table(store):
    result = run("timeline", "United States", "China", "--store", store)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "United States — China: events by month, state level, asserted and reported"
    periods = [ln.split()[0] for ln in lines[2:11]]
    assert periods == [
        "2021-09",
        "2021-10",
        "2021-11",
        "2021-12",
        "2022-01",
        "2022-02",
        "2022-03",
        "2022-04",
        "2022-05",
    ]
    assert lines[5].split() == ["2021-12", "1", "0", "2", "1", "4", "-11.9", "-3.0", "*"]
    assert "(China warns United States) — Story 1, 2021-12-08" in result.stdout
    week = run(
        "timeline",
        "china",
        "--by",
        "week",
        "--since",
        "2021-12-01",
        "--until",
        "2021-12-31",
        "--store",
        store,
    )
    assert [ln.split()[0] for ln in week.stdout.splitlines()[2:7]] == [
        "2021-11-29",
        "2021-12-06",
        "2021-12-13",
        "2021-12-20",
        "2021-12-27",
    ]


def test_cli_writes_png_svg_html(store, tmp_path):
    for suffix in ("png", "svg", "html"):
        out = tmp_path / f"t.{suffix}"
        result = run("timeline", "United States", "China", "--store", store, "-o", out)
        assert result.exit_code == 0, result.stderr
        assert result.stderr.strip() == f"wrote {out}" and out.stat().st_size > 2000


@pytest.mark.parametrize(
    "args, code, words",
    [
        (["Narnia"], 7, "unknown actor 'Narnia'"),
        (["Russia", "Australia"], 7, "no relations between Russia and Australia"),
        (["China", "--since", "2023-01-01"], 7, "no relations in this selection"),
        (["China", "-o", "t.pdf"], 2, "use a .png, .svg or .html file name"),
        (["China", "Russia", "Japan"], 2, "unexpected extra argument"),
    ],
)
def test_cli_errors_are_one_line(store, args, code, words):
    result = run("timeline", *args, "--store", store)
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("kg: error")]
    assert result.exit_code == code and len(lines) == 1 and words in lines[0], result.stderr


# ------------------------------------------------------------------ the relation page's dates


def test_relation_page_edges_carry_their_dates_and_a_date_range():
    rows = [
        r("china", "talks_with", "russia", D(2021, 12, 15)),
        r("russia", "meets", "china", D(2021, 12, 15)),
        r("china", "meets", "russia", D(2022, 2, 4)),
        r("china", "criticizes", "japan", D(2023, 3, 1)),
        r("china", "warns", "japan", None),
    ]
    G = project(rows)
    assert G.edges["china", "russia"]["dates"] == {D(2021, 12, 15): 2, D(2022, 2, 4): 1}
    assert G.edges["china", "japan"]["dates"] == {D(2023, 3, 1): 1}  # the undated one: count only
    data = page_data(G)
    by_pair = {
        frozenset((data["nodes"][e["s"]]["id"], data["nodes"][e["t"]]["id"])): e
        for e in data["edges"]
    }
    assert by_pair[frozenset(("china", "russia"))]["dates"] == [
        ["2021-12-15", 2],
        ["2022-02-04", 1],
    ]
    assert data["dates"] == ["2021-12-15", "2023-03-01"]
    page = render_html(G, "t", "s")
    assert (
        '<input id="from" type="date" value="2021-12-15" min="2021-12-15" max="2023-03-01">' in page
    )
    assert '<input id="to" type="date" value="2023-03-01"' in page and 'id="alldates"' in page
    embedded = json.loads(re.search(r'id="kg-data">(.*?)</script>', page, re.S).group(1))
    assert embedded["dates"] == data["dates"] and all("dates" in e for e in embedded["edges"])
    undated = project([r("china", "warns", "japan", None)])
    assert '<section id="dates" hidden>' in render_html(undated, "t", "s")


CHROMIUM = (
    shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
)


def _chromium_dom(tmp_path, url: str) -> tuple[str, list[str]]:
    cmd = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr", "--v=0",
        "--virtual-time-budget=3000", "--dump-dom", url,
    ]  # fmt: skip
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    return done.stdout, [ln for ln in done.stderr.splitlines() if ":CONSOLE" in ln]


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (apt-get install chromium)")
def test_the_date_range_hides_ties_without_events_in_it(tmp_path):
    import html as _html

    from kg.graph.draw import draw

    rows = [
        r("china", "talks_with", "russia", D(2021, 12, 15)),
        r("china", "meets", "russia", D(2022, 2, 4), sent="Feb meeting."),
        r("china", "criticizes", "japan", D(2023, 3, 1)),
        r("united_states", "criticizes", "china", D(2022, 2, 20)),
        r("united_states", "warns", "china", D(2022, 2, 21)),
        r("united_states", "warns", "china", D(2023, 5, 1)),
    ]
    page = draw(project(rows), tmp_path / "g.html")
    _dom, console = _chromium_dom(tmp_path, page.as_uri())  # the page as shipped: no error
    probe = """var f = document.getElementById('from'), t = document.getElementById('to');
f.value = '2022-02-01'; t.value = '2022-02-28'; t.dispatchEvent(new Event('change'));
var shown = [];
document.querySelectorAll('line.edge').forEach(function (e) { if (!e.classList.contains('off')) shown.push(e.getAttribute('stroke-width')); });
document.body.setAttribute('data-probe', JSON.stringify({shown: shown, text: document.getElementById('inrange').textContent, info: document.getElementById('info').textContent}));"""
    text = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page.read_text())
    bare = tmp_path / "bare.html"
    bare.write_text(text.replace("</body>", f"<script>{probe}</script></body>"))
    dom, console2 = _chromium_dom(tmp_path, bare.as_uri() + "#node=russia")
    found = json.loads(_html.unescape(re.search(r'data-probe="([^"]*)"', dom).group(1)))
    assert (
        len(found["shown"]) == 2
    )  # china–russia (1 of 2 in February), united_states–china (2 of 3)
    assert sorted(float(w) for w in found["shown"]) == pytest.approx(
        [1 + 1.5 * math.log1p(n) for n in (1, 2)]
    )
    assert found["text"] == "3 of 6 events, 2 of 3 ties in 2022-02-01 to 2022-02-28"
    assert "1 in the date range" in found["info"] and "Feb meeting." in found["info"]
    assert "talks_with russia on 2021-12-15" not in found["info"]  # evidence outside the range
    assert not [ln for ln in console + console2 if "Uncaught" in ln or "Refused" in ln]
