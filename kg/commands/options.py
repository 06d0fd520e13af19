"""Options and helpers the ``kg`` commands share: the store, dates, levels, model folders."""

from __future__ import annotations

import os
from pathlib import Path

import click

from kg.errors import UsageError

STORE_HELP = "store: a folder (embedded Oxigraph), 'memory', or a SPARQL endpoint URL [env KG_STORE; default ./kg-store]"


def store_location(store: str | None) -> str:
    return store or os.environ.get("KG_STORE") or "kg-store"


def date_cb(ctx, param, value):
    """--date/--since/--until: YYYY-MM-DD, checked by kg.records.as_date."""
    if value is None:
        return None
    from kg.records import as_date

    try:
        return as_date(value)
    except UsageError as exc:
        raise click.BadParameter(str(exc)) from None


def open_store(store: str | None, *, read_only: bool = False, create: bool = True):
    from kg.store import Store

    return Store.open(store_location(store), read_only=read_only, create=create)


store_option = click.option("--store", "store", default=None, help=STORE_HELP)
since_option = click.option("--since", callback=date_cb, help="only events on or after YYYY-MM-DD")
until_option = click.option("--until", callback=date_cb, help="only events on or before YYYY-MM-DD")


level_option = click.option(
    "--level",
    type=click.Choice(["actor", "state"]),
    default="state",
    show_default=True,
    help="state: persons rolled up to the state they served at the event's date",
)


models_option = click.option(
    "--models", type=click.Path(path_type=Path), help="local Stanza model folder [env KG_MODELS]"
)


def factuality_cb(ctx, param, value: str) -> tuple[str, ...]:
    """--factuality: a comma-separated list of asserted, reported, future, negated, or all."""
    from kg.records import FACTUALITIES

    names = [v.strip() for v in value.split(",") if v.strip()]
    if "all" in names:
        return FACTUALITIES
    bad = [n for n in names if n not in FACTUALITIES]
    if bad or not names:
        raise click.BadParameter(
            f"{bad[0] if bad else value!r} is not a factuality; use {', '.join(FACTUALITIES)} or all"
        )
    return tuple(dict.fromkeys(names))


factuality_option = click.option(
    "--factuality",
    "factualities",
    default="asserted,reported",
    show_default=True,
    callback=factuality_cb,
    help="events that count: asserted, reported, future, negated (comma-separated) or all",
)


count_option = click.option(
    "--count",
    type=click.Choice(["events", "mentions"]),
    default="events",
    show_default=True,
    help="events: a reported event counts once however many articles report it; "
    "mentions: every relation mention in every article counts",
)
