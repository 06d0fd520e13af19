"""A :class:`~kg.graph.timeline.Timeline` as text (:func:`format_timeline`: one line per period,
the peaks with their evidence), and the words the chart and the page share."""

from __future__ import annotations

from kg.graph.analysis import quote_evidence
from kg.graph.timeline import MIN_PEAK, QUAD_SHORT, Timeline


def signed(x: float | None) -> str:
    """+1.5, -2.0; empty for None."""
    return "" if x is None else f"{x:+.1f}"


def quads(t: Timeline) -> list[int]:
    """The quad classes shown: 1–4, and 0 ("other") when some relation has none."""
    return [q for q in (1, 2, 3, 4, 0) if q or any(b.counts.get(0) for b in t.bins)]


def describe(t: Timeline) -> str:
    """What was counted: "mentions by month, state level, asserted and reported"."""
    facts = " and ".join(t.factualities) if len(t.factualities) < 3 else ", ".join(t.factualities)
    return f"{t.count} by {t.by}, {t.level} level, {facts}"


def format_timeline(t: Timeline) -> str:
    """The timeline as a text table (one line per period, peaks starred) and the peaks with
    their evidence."""
    shown = quads(t)
    head = ["period", *(QUAD_SHORT[q] for q in shown), "total", "goldstein", "mean"]
    table = [head]
    for b in t.bins:
        cells = [t.period(b), *(str(b.counts.get(q, 0)) for q in shown), str(b.total)]
        table.append(cells + [signed(b.goldstein_sum) if b.total else "", signed(b.goldstein_mean)])
    widths = [max(len(r[i]) for r in table) for i in range(len(head))]
    lines = [f"{t.title}: {describe(t)}"]
    marks = [""] + ["  *" if b.peak else "" for b in t.bins]
    for r, mark in zip(table, marks, strict=True):
        cells = [r[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(r[1:], widths[1:], strict=True)
        ]
        lines.append("  ".join(cells).rstrip() + mark)
    one = t.count[:-1]
    lines.append(
        "v.coop m.coop v.conf m.conf: CAMEO quad classes (verbal and material cooperation, "
        "verbal and material conflict);"
    )
    lines.append(
        f"goldstein: the sum of the {t.count}' Goldstein scores (-10 to +10 each); mean: per {one}"
    )
    if t.undated:
        lines.append(f"{t.undated} undated {t.count if t.undated > 1 else one} left out")
    if not t.peaks:
        lines.append(
            f"no peak: no period above the mean plus one standard deviation with {MIN_PEAK} or more"
        )
    else:
        lines.append(f"* peaks (above the mean plus one standard deviation, {MIN_PEAK} or more):")
        for b in t.peaks:
            lines.append(
                f"  {t.period(b)}: {b.total} {t.count}, Goldstein {signed(b.goldstein_sum)}"
            )
            lines.append(quote_evidence(b.top, indent="    ").lstrip("\n"))
    return "\n".join(lines)
