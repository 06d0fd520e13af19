"""Browsing the actor dictionary: ``kg actors list`` and ``kg actors show``.

>>> from kg.knowledge.actors import load_actors
>>> find_actor(load_actors(), "Presiden Indonesia", dt.date(2010, 1, 1)).label
'Susilo Bambang Yudhoyono'
"""

from __future__ import annotations

import datetime as dt

from kg.errors import NotFoundError, UsageError
from kg.knowledge.actor_files import ORG_TYPES, TYPES, Actor
from kg.knowledge.actors import ActorIndex
from kg.knowledge.names import office_label


def find_actor(index: ActorIndex, name: str, date: dt.date | None = None) -> Actor:
    """The actor ``name`` stands for: an id, a name, or a title resolved at ``date``."""
    if name in index:
        return index.get(name)
    res = index.resolve(name, date=date)
    if res is None:
        raise NotFoundError(f"no actor matches {name!r}; try `kg actors list` or a fuller name")
    return res.actor


def list_actors(index: ActorIndex, type: str | None = None) -> list[Actor]:
    """Actors sorted by label; ``type`` (State, Person, Organization, Alliance, ...) filters,
    'Organization' including its kinds; plurals and any case are accepted."""
    if type is None:
        wanted = None
    else:
        key = type.strip().casefold()
        by_name = {t.casefold(): t for t in TYPES}
        plural = {t.casefold() + "s": t for t in TYPES} | {
            "organisations": "Organization",
            "organisation": "Organization",
        }
        name = by_name.get(key) or plural.get(key) or by_name.get(key.rstrip("s"))
        if name is None:
            raise UsageError(f"unknown actor type {type!r}; use one of {', '.join(TYPES)}")
        wanted = ORG_TYPES if name == "Organization" else {name}
    chosen = [a for a in index if wanted is None or a.type in wanted]
    return sorted(chosen, key=lambda a: (a.label.casefold(), a.id))


def describe(actor: Actor, index: ActorIndex, date: dt.date | None = None) -> list[tuple[str, str]]:
    """(field, value) rows for ``kg actors show``."""

    def label(aid: str | None) -> str:
        return f"{index.get(aid).label} ({aid})" if aid and aid in index else str(aid)

    rows = [("id", actor.id), ("type", actor.type), ("label", actor.label)]
    for lang, names in actor.names.items():
        rows.append((f"names ({lang or '-'})", "; ".join(names)))
    for key, value in (
        ("wikidata", actor.qid),
        ("iso", "/".join(filter(None, (actor.iso2, actor.iso3)))),
        ("cameo", actor.cameo),
        ("un status", index.note(actor.id, "unStatus")),
        ("demonyms", "; ".join(actor.demonyms)),
        ("metonyms", "; ".join(actor.metonyms)),
        ("surname", actor.surname),
        ("nationality", label(actor.nationality) if actor.nationality else None),
    ):
        if value:
            rows.append((key, value))
    for t in actor.terms:
        span = f"{t.start or '?'} – {t.end or 'present'}"
        rows.append(
            (
                "term",
                f"{office_label(t.office)} of {label(t.of)}, {span}{' (top executive)' if t.executive else ''}",
            )
        )
    if actor.members:
        rows.append(
            (
                "members",
                f"{len(actor.members)}: "
                + ", ".join(index.get(m).label for m in actor.members if m in index),
            )
        )
    orgs = index.member_of(actor.id)
    if orgs:
        rows.append(("member of", ", ".join(index.get(o).label for o in orgs)))
    if actor.type == "State":
        leader = index.holder("Leader", actor.id, date)
        if leader is not None:
            rows.append(("leader", f"{leader.label} ({leader.id}) on {date or dt.date.today()}"))
    comment = index.note(actor.id, "comment")
    if comment:
        rows.append(("note", comment))
    return rows
