"""A :class:`~kg.graph.timeline.Timeline` drawn: a PNG or SVG chart (matplotlib) or one offline
HTML page (:mod:`kg.graph.timeline_html`), picked by the file's suffix (:func:`draw_timeline`);
the text table is :func:`kg.graph.timeline_text.format_timeline`.

The chart stacks each period's events by CAMEO quad class (light and dark green: verbal and
material cooperation; light and dark red: verbal and material conflict), draws their mean
Goldstein score as a line on a second axis (−10 to +10), and writes over each peak its most
confident mention: a short quote, its date and its article's title.
"""

from __future__ import annotations

import math
import textwrap
from pathlib import Path
from typing import Any

from kg.errors import UsageError
from kg.graph.style import QUAD_COLOURS
from kg.graph.timeline import MIN_PEAK, QUAD_NAMES, Timeline
from kg.graph.timeline_text import describe, quads

FORMATS = (".png", ".svg", ".html")


def check_output(out: str | Path) -> Path:
    """``out`` as a Path when a timeline can be written there (.png, .svg or .html, in a folder
    that exists); UsageError otherwise."""
    out = Path(out)
    if out.suffix.lower() not in FORMATS:
        raise UsageError(f"cannot draw to {out.name!r}: use a .png, .svg or .html file name")
    if not out.parent.exists():
        raise UsageError(f"cannot write {out}: folder {out.parent} does not exist")
    return out


def draw_timeline(t: Timeline, out: str | Path) -> Path:
    """Write ``t`` to ``out``: a .png or .svg chart, or an .html page. Returns the path."""
    out = check_output(out)
    fmt = out.suffix.lower()
    if not t.bins:
        raise UsageError("nothing to draw: every event of this selection is undated")
    if fmt == ".html":
        from kg.graph.timeline_html import render_timeline

        out.write_text(render_timeline(t), encoding="utf-8")
    else:
        import matplotlib

        with matplotlib.rc_context(_RC):
            figure(t).savefig(out, format=fmt[1:], facecolor="white")
    return out


def short_quote(ev: dict[str, Any] | None, width: int = 34, lines: int = 3) -> str:
    """A peak's note: its quote wrapped in a few short lines, then its date and title."""
    if not ev:
        return ""
    words = " ".join(str(ev.get("sentence") or "").split())
    wrapped = textwrap.wrap(f"\u201c{words}\u201d", width) or [""]
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        wrapped[-1] = wrapped[-1][: width - 2].rstrip(" ,;.") + "\u2026\u201d"
    title = str(ev.get("title") or ev.get("article") or "")
    title = title if len(title) <= width else title[: width - 1].rstrip() + "\u2026"
    return "\n".join([*wrapped, f"{ev.get('date') or ''} \u2014 {title}"])


_RC = {"svg.fonttype": "none", "font.size": 9}
_NOTE_Y = 0.985  # top of the peaks' notes, in axes fraction


def figure(t: Timeline) -> Any:
    """The matplotlib ``Figure`` of ``t``: stacked bars per quad class, the mean Goldstein line
    on a second axis, each peak annotated with its evidence."""
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.ticker import MaxNLocator

    with matplotlib.rc_context(_RC):
        fig = Figure(figsize=(13, 6.5), dpi=150)
        canvas = FigureCanvasAgg(fig)
        ax = fig.add_axes((0.06, 0.2, 0.87, 0.64))
        n = len(t.bins)
        xs = list(range(n))
        bottom = [0] * n
        shown = quads(t)
        for q in shown:
            heights = [b.counts.get(q, 0) for b in t.bins]
            ax.bar(
                xs, heights, 0.8, bottom=bottom, color=QUAD_COLOURS[q], zorder=2, gid=f"quad:{q}"
            )
            bottom = [a + h for a, h in zip(bottom, heights, strict=True)]
        top = max(bottom, default=0) or 1
        ax.set_ylim(0, top / (0.6 if t.peaks else 0.92))  # the peaks' notes go above the bars
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_ylabel(f"{t.count} per {t.by}")
        ax.grid(axis="y", color="#e5e5e5", zorder=0)
        ax.set_xlim(-0.7, n - 0.3)
        step = max(1, math.ceil(n / 18))
        ax.set_xticks(
            xs[::step],
            [t.period(b) for b in t.bins][::step],
            rotation=45 if n > 8 else 0,
            ha="right" if n > 8 else "center",
        )
        for side in ("top",):
            ax.spines[side].set_visible(False)
        g = ax.twinx()
        scored = [
            (i, b.goldstein_mean) for i, b in enumerate(t.bins) if b.goldstein_mean is not None
        ]
        g.plot(*zip(*scored), color="#333333", lw=1.2, marker="o", ms=4, zorder=4, gid="goldstein")
        g.axhline(0, color="#777777", lw=0.8, ls=":", zorder=1)
        g.set_ylim(-10.5, 10.5)
        g.set_ylabel("mean Goldstein score (\u221210 conflict to +10 cooperation)")
        g.spines["top"].set_visible(False)
        notes = [_annotate(g, ax, i, b, t.period(b)) for i, b in enumerate(t.bins) if b.peak]
        if notes:
            _spread(notes, ax, canvas.get_renderer())
        fig.suptitle(
            f"{t.title}: relations over time",
            fontsize=14,
            fontweight="bold",
            x=0.01,
            ha="left",
            y=0.975,
            parse_math=False,
        )
        span = f"{t.period(t.bins[0])} to {t.period(t.bins[-1])}" if n > 1 else t.period(t.bins[0])
        sub = f"{describe(t)}; {span}; peaks: {MIN_PEAK} or more and above the mean plus one standard deviation, with their most confident mention"
        fig.text(0.01, 0.915, sub, fontsize=9.5, color="#555555", parse_math=False)
        items = [
            Patch(color=QUAD_COLOURS[q], label=QUAD_NAMES.get(q, "other (no quad class)"))
            for q in shown
        ]
        items.append(
            Line2D(
                [],
                [],
                color="#333333",
                marker="o",
                ms=4,
                label="mean Goldstein score (periods with events)",
            )
        )
        fig.legend(
            handles=items,
            loc="lower center",
            ncol=len(items),
            frameon=False,
            fontsize=9,
            bbox_to_anchor=(0.5, 0.0),
        )
        canvas.draw()
    return fig


def _annotate(g: Any, ax: Any, i: int, b: Any, period: str) -> Any:
    """A peak's note in the band above the bars (drawn over the Goldstein axis ``g``), joined
    to its bar by a thin line; placed over its bar until :func:`_spread` moves it."""
    x = ax.transAxes.inverted().transform(ax.transData.transform((i, 0)))[0]
    return g.annotate(
        f"{period}: {b.total}\n{short_quote(b.top)}",
        xy=(i, b.total),
        xytext=(x, _NOTE_Y),
        xycoords=ax.transData,
        textcoords="axes fraction",
        ha="center",
        va="top",
        fontsize=7.5,
        color="#222222",
        parse_math=False,
        arrowprops={"arrowstyle": "-", "color": "#888888", "lw": 0.7},
        bbox={"boxstyle": "round,pad=0.3", "fc": "white", "ec": "#bbbbbb", "lw": 0.6},
        zorder=6,
        gid=f"peak:{period}",
    )


def _spread(notes: list[Any], ax: Any, renderer: Any, gap: float = 0.012) -> None:
    """Move the notes (in time order) sideways until none overlaps another or leaves the axes,
    each as near its bar as it can."""
    from matplotlib.text import Text

    span = ax.get_window_extent(renderer).width
    wide = [(Text.get_window_extent(n, renderer).width + 12) / span for n in notes]
    xs = [min(max(n.get_position()[0], w / 2), 1 - w / 2) for n, w in zip(notes, wide, strict=True)]
    for k in range(1, len(xs)):  # push right, then back left from the right edge
        xs[k] = max(xs[k], xs[k - 1] + (wide[k - 1] + wide[k]) / 2 + gap)
    xs[-1] = min(xs[-1], 1 - wide[-1] / 2)
    for k in range(len(xs) - 2, -1, -1):
        xs[k] = min(xs[k], xs[k + 1] - (wide[k] + wide[k + 1]) / 2 - gap)
    for n, x in zip(notes, xs, strict=True):
        n.set_position((x, _NOTE_Y))
