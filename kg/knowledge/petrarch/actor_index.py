"""PETRARCH actor dictionaries as a kg :class:`~kg.knowledge.actors.ActorIndex`, so that kg's
extractor resolves the names of a user's own dictionary and codes them with its codes.

>>> from kg.knowledge.petrarch import load_compiled
>>> index, codes = petrarch_index(load_compiled("PETR.Validate.actors"))
>>> index.resolve("Arnor").actor.id, codes["arnor"].codes_on(dt.date(1995, 1, 1))
('arnor', ('ARN',))

Each dictionary record becomes one actor: its primary phrase and ``+`` synonyms are its names
(``MINAS_TIRITH`` → "Minas Tirith"; words of up to three letters stay in capitals, as the
acronyms they usually are: "IMF", "PLO"). A record whose codes are all three letters (``ARN``,
``RUS``) is a ``State``, any other an ``Organization``. kg's English titles ("president",
"foreign minister") are kept, so a title still composes with the name of a state. What kg
does not read: agents (``~GOV``, ``~MIL``), verb patterns and discards; names are matched as
whole words, never as stems.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from kg.errors import InputError
from kg.knowledge.actor_files import Actor, read_actors
from kg.knowledge.actors import ActorIndex
from kg.knowledge.names import slug
from kg.knowledge.petrarch.model import ActorEntry, Phrase

__all__ = ["load_dictionaries", "petrarch_index"]

#: short words that are not acronyms in a dictionary phrase
_SMALL = frozenset({"the", "of", "and", "for", "de", "al", "el", "la", "le", "du", "von", "van"})


def display(phrase: Phrase) -> str:
    """A dictionary phrase written as running text would: ``GROUP OF 77`` → "Group of 77".

    >>> display(Phrase("THE_AU", ("THE", "AU")))
    'the AU'
    """
    words = []
    for w in phrase.words:
        if w.casefold() in _SMALL:
            words.append(w.casefold())
        elif len(w.rstrip(".")) <= 3 and w.isupper():
            words.append(w)
        else:
            words.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(words)


def _type(entry: ActorEntry) -> str:
    codes = [r.code for r in entry.roles]
    return "State" if codes and all(len(c) == 3 and c.isalpha() for c in codes) else "Organization"


def petrarch_index(
    entries: Iterable[ActorEntry], titles: Iterable[tuple[str, str, str]] | None = None
) -> tuple[ActorIndex, dict[str, ActorEntry]]:
    """An actor index of ``entries`` and each actor's record (by actor id), whose
    :meth:`~kg.knowledge.petrarch.ActorEntry.codes_on` gives its code on a date. ``titles``
    (lang, form, office): default kg's own title words."""
    if titles is None:
        titles = read_actors()[1]
    actors: dict[str, Actor] = {}
    records: dict[str, ActorEntry] = {}
    for entry in entries:
        names = list(dict.fromkeys(display(p) for p in entry.names if p.words))
        if not names or not entry.roles:
            continue
        base = slug(names[0]) or "actor"
        aid, n = base, 1
        while aid in actors:
            n += 1
            aid = f"{base}_{n}"
        default = next((r.code for r in entry.roles if r.is_default), entry.roles[0].code)
        actors[aid] = Actor(aid, names[0], _type(entry), {"en": names}, cameo=default)
        records[aid] = entry
    return ActorIndex(actors, titles), records


def load_dictionaries(path: str | Path) -> list[ActorEntry]:
    """The actor records of a PETRARCH actor dictionary, or of every one in a folder:
    ``*.actors.txt`` (read with :func:`~kg.knowledge.petrarch.read_actors`) and
    ``*.actors.json.gz`` (compiled by ``scripts/convert_petrarch.py``). Other dictionaries
    (verbs, agents, discards) are not read: kg codes events with its own lexicon."""
    from kg.knowledge.petrarch import load_compiled, read_actors

    where = Path(path)
    if where.is_file():
        files = [where]
    elif where.is_dir():
        files = sorted(where.glob("*.actors.txt")) + sorted(where.glob("*.actors.json.gz"))
        if not files:
            raise InputError(
                f"{where}: no actor dictionary (*.actors.txt or *.actors.json.gz) in this folder"
            )
    else:
        raise InputError(
            f"{where}: does not exist (a PETRARCH actor dictionary or a folder of them)"
        )
    entries: list[ActorEntry] = []
    for f in files:
        if f.name.endswith(".json.gz"):
            entries += load_compiled(f.name, f.parent)
        else:
            entries += read_actors(f)
    return entries


def code_on(entry: ActorEntry, date: dt.date | None) -> str:
    """The record's code on ``date`` (its default code when undated)."""
    codes = entry.codes_on(date) if date is not None else ()
    if not codes:
        codes = tuple(r.code for r in entry.roles if r.is_default) or (entry.roles[0].code,)
    return codes[0].upper()
