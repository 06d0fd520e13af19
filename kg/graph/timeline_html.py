"""The offline HTML page of a timeline (``kg timeline ... -o FILE.html``): an inline SVG chart
(bars stacked by CAMEO quad class, the mean Goldstein line, numbered peaks, a tooltip on every
mark), the peaks with their evidence, and a table of the periods with events.

The page has no script at all: its Content-Security-Policy allows none, nor any request; all
text is escaped. The timeline's data travels along as a JSON data block (``id="kg-timeline"``,
never executed) for other tools to read.
"""

from __future__ import annotations

import html
from typing import Any

from kg.graph.html import script_json
from kg.graph.style import QUAD_COLOURS
from kg.graph.timeline import MIN_PEAK, QUAD_NAMES, QUAD_SHORT, Bin, Timeline
from kg.graph.timeline_text import describe, quads, signed

_W, _H = 1000, 360
_L, _R, _T, _B = 56, 64, 34, 70  # margins: left (counts), right (Goldstein), top, bottom
_EVIDENCE = 3  # mentions shown per period in the table


def page_data(t: Timeline) -> dict[str, Any]:
    """The timeline as JSON-ready data: actors, what was counted, and every bin with its top
    evidence (up to three mentions)."""
    return {
        "actors": list(t.actors),
        "labels": list(t.labels),
        "by": t.by,
        "level": t.level,
        "count": t.count,
        "factualities": list(t.factualities),
        "undated": t.undated,
        "bins": [
            {
                "period": t.period(b),
                "start": b.start.isoformat(),
                "end": b.end.isoformat(),
                "counts": {str(q): n for q, n in b.counts.items()},
                "total": b.total,
                "goldstein_sum": b.goldstein_sum,
                "goldstein_mean": b.goldstein_mean,
                "peak": b.peak,
                "evidence": [_clean(e) for e in b.evidence[:_EVIDENCE]],
            }
            for b in t.bins
        ],
    }


def _clean(e: dict[str, Any]) -> dict[str, Any]:
    url = e.get("url")
    ok = isinstance(url, str) and url.lower().startswith(("http://", "https://"))
    return {k: v for k, v in e.items() if k != "url"} | {"url": url if ok else None}


def _e(x: Any) -> str:
    return html.escape(str(x), quote=True)


def _chart(t: Timeline) -> str:
    """The SVG chart: stacked bars, Goldstein line and points, peak numbers, axes."""
    n = len(t.bins)
    pw, ph = _W - _L - _R, _H - _T - _B
    slot = pw / n
    top = max((b.total for b in t.bins), default=0) or 1
    top = top + (1 if top < 5 else top // 8 + 1)  # room for the peak numbers

    def y(c: float) -> float:
        return _T + ph - ph * c / top

    def gy(g: float) -> float:
        return _T + ph / 2 - (ph / 2) * g / 10.5

    out = [f'<svg viewBox="0 0 {_W} {_H}" role="img" aria-label="timeline chart" class="chart">']
    step = max(1, round(top / 6))
    for c in range(0, int(top) + 1, step):
        out.append(f'<line class="grid" x1="{_L}" x2="{_W - _R}" y1="{y(c):.1f}" y2="{y(c):.1f}"/>')
        out.append(f'<text class="ax" x="{_L - 6}" y="{y(c) + 4:.1f}" text-anchor="end">{c}</text>')
    for g in (-10, -5, 0, 5, 10):
        out.append(
            f'<text class="ax" x="{_W - _R + 6}" y="{gy(g) + 4:.1f}">{g:+d}</text>'
            if g
            else f'<line class="zero" x1="{_L}" x2="{_W - _R}" y1="{gy(0):.1f}" y2="{gy(0):.1f}"/>'
            f'<text class="ax" x="{_W - _R + 6}" y="{gy(0) + 4:.1f}">0</text>'
        )
    out.append(
        f'<text class="ax" transform="translate(14 {_T + ph / 2}) rotate(-90)" text-anchor="middle">{_e(t.count)} per {_e(t.by)}</text>'
    )
    out.append(
        f'<text class="ax" transform="translate({_W - 12} {_T + ph / 2}) rotate(90)" text-anchor="middle">mean Goldstein score</text>'
    )
    label_every = max(1, -(-n // 16))
    points, badges = [], []
    for i, b in enumerate(t.bins):
        x0 = _L + i * slot + slot * 0.1
        w = max(slot * 0.8, 0.8)
        base = 0
        tip = _e(_tip(t, b))
        out.append(f'<g class="bin" data-period="{_e(t.period(b))}"><title>{tip}</title>')
        out.append(
            f'<rect class="slot" x="{_L + i * slot:.1f}" y="{_T}" width="{slot:.1f}" height="{ph}"/>'
        )
        for q in quads(t):
            c = b.counts.get(q, 0)
            if c:
                out.append(
                    f'<rect x="{x0:.1f}" y="{y(base + c):.1f}" width="{w:.1f}" '
                    f'height="{y(base) - y(base + c):.1f}" fill="{QUAD_COLOURS[q]}" data-quad="{q}"/>'
                )
                base += c
        out.append("</g>")
        cx = x0 + w / 2
        if b.goldstein_mean is not None:
            points.append((cx, gy(b.goldstein_mean), b))
        if b.peak:  # a numbered badge over the bar, linked to its row; drawn last, on top
            py, no = y(b.total) - 12, len(badges) + 1
            badges.append(
                f'<a href="#p-{_e(t.period(b))}"><circle class="peak" cx="{cx:.1f}" cy="{py:.1f}" r="9"/>'
                f'<text class="peakno" x="{cx:.1f}" y="{py + 4:.1f}" text-anchor="middle">{no}</text></a>'
            )
        if i % label_every == 0:
            out.append(
                f'<text class="ax" transform="translate({cx:.1f} {_T + ph + 12}) rotate(-40)" '
                f'text-anchor="end">{_e(t.period(b))}</text>'
            )
    if points:
        path = " ".join(f"{x:.1f},{yy:.1f}" for x, yy, _ in points)
        out.append(f'<polyline class="gold" points="{path}"/>')
        for x, yy, b in points:
            out.append(
                f'<circle class="goldpt" cx="{x:.1f}" cy="{yy:.1f}" r="3"><title>{_e(t.period(b))}: mean Goldstein {signed(b.goldstein_mean)}</title></circle>'
            )
    out += badges
    out.append(f'<line class="axis" x1="{_L}" x2="{_W - _R}" y1="{_T + ph}" y2="{_T + ph}"/></svg>')
    return "\n".join(out)


def _tip(t: Timeline, b: Bin) -> str:
    parts = [f"{QUAD_NAMES.get(q, 'other')} {b.counts[q]}" for q in quads(t) if b.counts.get(q)]
    gold = (
        f"; Goldstein {signed(b.goldstein_sum)} (mean {signed(b.goldstein_mean)})"
        if b.total
        else ""
    )
    return (
        f"{t.period(b)}: {b.total} {t.count}"
        + (f" \u2014 {', '.join(parts)}" if parts else "")
        + gold
    )


def _evidence(items: list[dict[str, Any]]) -> str:
    out = []
    for e in items:
        fact = f" ({e['factuality']})" if e.get("factuality") not in (None, "asserted") else ""
        src = ", ".join(_e(x) for x in (e.get("title"), e.get("date")) if x)
        url = _clean(e)["url"]
        link = f' <a href="{_e(url)}" rel="noopener noreferrer">source</a>' if url else ""
        out.append(
            f'<div class="ev">\u201c{_e(" ".join(str(e.get("sentence") or "").split()))}\u201d'
            f'<div class="src">{_e(e.get("subject"))} {_e(e.get("relation"))} {_e(e.get("object"))}{_e(fact)} \u2014 {src}{link}</div></div>'
        )
    return "".join(out)


def _table(t: Timeline) -> str:
    shown = quads(t)
    head = "".join(f"<th>{_e(QUAD_SHORT[q])}</th>" for q in shown)
    rows = []
    for b in t.bins:
        if not b.total:
            continue
        cells = "".join(f'<td class="n">{b.counts.get(q, 0)}</td>' for q in shown)
        ev = _evidence(b.evidence[: _EVIDENCE if b.peak else 1])
        rows.append(
            f'<tr id="p-{_e(t.period(b))}"{" class=peak" if b.peak else ""}><td>{_e(t.period(b))}</td>{cells}'
            f'<td class="n">{b.total}</td><td class="n">{signed(b.goldstein_sum)}</td>'
            f'<td class="n">{signed(b.goldstein_mean)}</td><td>{ev}</td></tr>'
        )
    return (
        f"<table><thead><tr><th>period</th>{head}<th>total</th><th>Goldstein</th><th>mean</th>"
        f"<th>evidence (most confident first)</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def render_timeline(t: Timeline) -> str:
    """One HTML document: the chart, the peaks and the table; no script, no external resource."""
    legend = "".join(
        f'<span><i style="background:{QUAD_COLOURS[q]}"></i>{_e(QUAD_NAMES.get(q, "other (no quad class)"))}</span>'
        for q in quads(t)
    )
    legend += '<span><i class="line"></i>mean Goldstein score (periods with events)</span>'
    peaks = "".join(
        f'<li><a href="#p-{_e(t.period(b))}">{_e(t.period(b))}</a>: {b.total} {_e(t.count)}, '
        f"Goldstein {signed(b.goldstein_sum)}{_evidence(b.evidence[:1])}</li>"
        for b in t.peaks
    )
    peaks = (
        f"<ol>{peaks}</ol>"
        if peaks
        else f'<p class="muted">No period stands out (mean plus one standard deviation, {MIN_PEAK} or more).</p>'
    )
    span = f"{t.period(t.bins[0])} to {t.period(t.bins[-1])}"
    undated = f"; {t.undated} undated left out" if t.undated else ""
    return _PAGE.format(
        title=_e(f"{t.title}: relations over time"),
        subtitle=_e(f"{describe(t)}; {span}{undated}"),
        chart=_chart(t),
        legend=legend,
        peaks=peaks,
        rule=_e(
            f"A peak is a period with {MIN_PEAK} or more {t.count} and more than the mean plus one standard deviation of all periods (empty ones included); the three largest are numbered."
        ),
        table=_table(t),
        data=script_json(page_data(t)),
    )


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body{{margin:0 auto;max-width:1100px;padding:10px 16px;font:14px system-ui,sans-serif;color:#222}}
h1{{font-size:19px;margin:4px 0}} h2{{font-size:15px;margin:18px 0 6px}} .muted,#sub{{color:#666;font-size:13px}}
.chart{{width:100%;height:auto;font-size:11px}} .grid{{stroke:#eee}} .axis{{stroke:#444}} .zero{{stroke:#888;stroke-dasharray:2 3}}
.ax{{fill:#555}} .slot{{fill:transparent}} .bin:hover .slot{{fill:#f3f3f3}} .gold{{fill:none;stroke:#333;stroke-width:1.5}}
.goldpt{{fill:#333}} .peak{{fill:#fff;stroke:#333}} .peakno{{font-weight:bold;fill:#222}}
#legend span{{margin-right:16px;white-space:nowrap;font-size:13px}} #legend i{{display:inline-block;width:12px;height:12px;margin-right:5px;vertical-align:-1px}}
#legend i.line{{height:0;width:20px;border-top:2px solid #333;vertical-align:3px}}
table{{border-collapse:collapse;width:100%;font-size:13px}} th,td{{border-bottom:1px solid #e3e3e3;padding:4px 6px;text-align:left;vertical-align:top}}
td.n,td:first-child{{text-align:right;white-space:nowrap}} td:first-child{{text-align:left}} tr.peak{{background:#fff8e1}} tr:target{{outline:2px solid #e0a800}}
.ev{{margin:2px 0 6px}} .src{{color:#666;font-size:12px}}
</style></head>
<body>
<h1>{title}</h1><p id="sub">{subtitle}</p>
{chart}
<div id="legend">{legend}</div>
<p class="muted">Hover a period for its counts. {rule}</p>
<h2>Peaks</h2>{peaks}
<h2>Periods with events</h2>{table}
<script type="application/json" id="kg-timeline">{data}</script>
</body></html>
"""
