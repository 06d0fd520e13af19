"""``kg path``, ``kg allies``, ``kg rivals``, ``kg balance``, ``kg blocs``, ``kg central``,
``kg draw``: graph analytics and drawings over a store."""

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


def _graph_view(st):
    from kg.graph.view import GraphView

    return GraphView(st)


@click.command()
@click.argument("a")
@click.argument("b")
@store_option
@click.option(
    "--polarity",
    type=click.Choice(["cooperative", "conflictual", "any"]),
    default="cooperative",
    show_default=True,
)
@click.option("-k", "k", default=3, show_default=True, help="how many paths")
@level_option
@factuality_option
@since_option
@until_option
@count_option
def path(a, b, store, polarity, k, level, factualities, since, until, count):
    """The k best paths between two actors, each hop with its evidence."""
    from kg.graph.routes import format_paths

    with open_store(store, read_only=True, create=False) as st:
        found = _graph_view(st).paths(
            a,
            b,
            polarity=polarity,
            k=k,
            level=level,
            since=since,
            until=until,
            factualities=factualities,
            count=count,
        )
    click.echo(format_paths(found))


def _analytics(name: str, doc: str, *, actor: bool = False, top: bool = False) -> click.Command:
    """``kg NAME [ACTOR]``: ``GraphView.NAME`` on the store, printed by
    ``kg.graph.analysis.format_NAME`` (allies and rivals: ``format_ties``)."""

    def command(store, level, factualities, since, until, count, actor=None, top=None):
        from kg.graph import analysis

        opts = dict(level=level, since=since, until=until, factualities=factualities, count=count)
        opts |= {"top": top} if top else {}
        with open_store(store, read_only=True, create=False) as st:
            found = getattr(_graph_view(st), name)(*([actor] if actor else []), **opts)
        if name in ("allies", "rivals"):
            click.echo(analysis.format_ties(found, f"{name.title()} of {actor}", unit=count))
        elif name == "central":
            click.echo(analysis.format_central(found, unit=count))
        else:
            click.echo(getattr(analysis, f"format_{name}")(found))

    command.__doc__ = doc
    options = [count_option, until_option, since_option, factuality_option, level_option]
    options += [click.option("--top", default=10, show_default=True)] if top else []
    options += [store_option] + ([click.argument("actor")] if actor else [])
    for option in options:  # innermost first: --help lists them in the reverse order
        command = option(command)
    return click.command(name)(command)


@click.command()
@store_option
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="FILE.png, .svg or .html",
)
@click.option(
    "--focus",
    default=None,
    help="draw only around this actor; at actor level a state's focus includes the ties of "
    "the persons acting for it (leaders, officials)",
)
@click.option("--depth", default=1, show_default=True, help="hops around --focus")
@click.option("--level", type=click.Choice(["actor", "state"]), default="actor", show_default=True)
@factuality_option
@since_option
@until_option
@count_option
def draw(store, output, focus, depth, level, factualities, since, until, count):
    """Draw the relation graph: PNG/SVG (matplotlib) or one offline HTML page."""
    with open_store(store, read_only=True, create=False) as st:
        out = _graph_view(st).draw(
            output,
            focus=focus,
            depth=depth,
            level=level,
            since=since,
            until=until,
            factualities=factualities,
            count=count,
        )
    click.echo(f"wrote {out}", err=True)


COMMANDS = [
    path,
    _analytics("allies", "Cooperative partners of an actor, ranked by weight, with evidence (requests and appeals alone make no ally).", actor=True, top=True),
    _analytics("rivals", "Conflictual counterparts of an actor, ranked by weight, with evidence (demands alone make no rival).", actor=True, top=True),
    _analytics("balance", "Structural balance: signed triangles, balanced vs unbalanced."),
    _analytics("blocs", "Communities of the firm cooperative ties (weight at least 3; one praise is not enough)."),
    _analytics("central", "The actors with the most distinct partners; a legend explains the columns.", top=True),
    draw,
]  # fmt: skip
