"""``kg timeline``: an actor's or a dyad's relations over time, as a table, a chart or a page."""

from __future__ import annotations

from pathlib import Path

import click

from kg.commands.options import (
    count_option,
    factuality_option,
    level_option,
    open_store,
    since_option,
    store_option,
    until_option,
)


@click.command()
@click.argument("actor")
@click.argument("other", required=False)
@store_option
@click.option(
    "--by",
    type=click.Choice(["month", "week"]),
    default="month",
    show_default=True,
    help="one bar per month, or per week (weeks start on Monday)",
)
@level_option
@count_option
@factuality_option
@since_option
@until_option
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="FILE.png, .svg or .html (default: a table on stdout)",
)
def timeline(actor, other, store, by, level, count, factualities, since, until, output):
    """Relations of an actor, or between two, over time: counts per month or week by CAMEO quad
    class, the Goldstein score, and the peaks with their evidence."""
    from kg.graph.timeline_draw import check_output, draw_timeline
    from kg.graph.timeline_text import format_timeline
    from kg.graph.view import GraphView

    if output is not None:
        check_output(output)
    with open_store(store, read_only=True, create=False) as st:
        found = GraphView(st).timeline(
            [actor] + ([other] if other else []), by=by, level=level, count=count,
            since=since, until=until, factualities=factualities,
        )  # fmt: skip
    if output is None:
        click.echo(format_timeline(found))
    else:
        click.echo(f"wrote {draw_timeline(found, output)}", err=True)
