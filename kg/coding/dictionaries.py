"""PETRARCH dictionaries compiled for coding: phrase indexes keyed by their first word, so
that a sentence is scanned once and every lookup is a dictionary hit, never a scan of the
thousands of patterns.

>>> d = load_coding_dictionaries("PETR.Validate")
>>> d.actors.longest(["ARNOR", "IS"], 0)[0]
1
>>> [e.phrase.text for e, _b in d.verbs_for("RESTORE")][:1]
['RESTORE']

A *set* of dictionaries is named by a prefix of the compiled files in
``ontologies/petrarch`` (``PETR.Validate``: the unit tests' actors, agents, verbs and
discards; ``Phoenix``: Phoenix's actors, agents and discards with the CAMEO.2.0 verbs), or is
a folder of PETRARCH ``.txt``/compiled files of a user's own. Several verb dictionaries may be
given: a verb of an earlier one hides the same verb of a later one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from kg.coding.names import DAYS_AND_MONTHS
from kg.coding.tree import VAGUE, folded
from kg.errors import InputError
from kg.knowledge.names import after_given_name
from kg.knowledge.petrarch.model import (
    ActorEntry,
    AgentEntry,
    DiscardEntry,
    VerbBlock,
    VerbDictionary,
    VerbEntry,
)

__all__ = ["CodingDictionaries", "PhraseIndex", "load_coding_dictionaries", "load_shipped"]


class PhraseIndex:
    """Phrases (tuples of upper-case words) with a payload, found by their first word."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        self._unsorted: set[str] = set()

    def add(self, words: Sequence[str], payload: Any) -> None:
        words = tuple(folded(w) for w in words if w)
        if words:
            self._by_first.setdefault(words[0], []).append((words, payload))
            self._unsorted.add(words[0])

    def __contains__(self, word: str) -> bool:
        return word in self._by_first

    def _bucket(self, first: str) -> list[tuple[tuple[str, ...], Any]]:
        bucket = self._by_first.get(first, [])
        if first in self._unsorted:  # longest first, in the order added among equals
            bucket.sort(key=lambda e: -len(e[0]))
            self._unsorted.discard(first)
        return bucket

    def longest(self, words: Sequence[str], i: int) -> tuple[int, Any] | None:
        """(length, payload) of the longest phrase starting at ``words[i]``, or None."""
        for phrase, payload in self._bucket(words[i]):
            n = len(phrase)
            if tuple(words[i : i + n]) == phrase:
                return n, payload
        return None

    def phrases(self, first: str) -> list[tuple[tuple[str, ...], Any]]:
        """Every phrase starting with ``first``, longest first."""
        return self._bucket(first)


def _plural(word: str) -> str:
    from kg.knowledge.petrarch import regular_plural

    return regular_plural(word)


@dataclass
class CodingDictionaries:
    """Actors, agents, verbs (with their synsets) and discards, indexed for coding."""

    actors: PhraseIndex = field(default_factory=PhraseIndex)
    agents: PhraseIndex = field(default_factory=PhraseIndex)
    discards: PhraseIndex = field(default_factory=PhraseIndex)
    story_discards: PhraseIndex = field(default_factory=PhraseIndex)
    synsets: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    names: list[str] = field(default_factory=list)
    #: what each verb pattern needs in a sentence (by ``id``; see :func:`kg.coding.patterns.needs`)
    needed: dict[int, tuple] = field(default_factory=dict)
    #: kg's own actors (:class:`kg.knowledge.actor_codes.ActorCodes`), matched before the dictionaries' names
    kg: Any = None
    vague: frozenset[str] = frozenset()  # bare verb codes not coded (the Phoenix set's VAGUE)
    _verbs: dict[str, list[tuple[VerbEntry, VerbBlock]]] = field(default_factory=dict)
    _extending: set[int] = field(default_factory=set)  # id() of blocks added with ``extend``
    _patterns: dict[tuple[int, ...], list[Any]] = field(default_factory=dict)  # patterns_for's

    # ---- building
    def add_actors(self, entries: Iterable[ActorEntry]) -> None:
        for e in entries:
            if e.roles:
                for p in e.names:
                    self.actors.add(p.words, e)

    def add_agents(self, entries: Iterable[AgentEntry]) -> None:
        for e in entries:
            for p in (e.phrase, *e.plurals):
                self.agents.add(p.words, e)

    def add_discards(self, entries: Iterable[DiscardEntry]) -> None:
        for e in entries:
            (self.story_discards if e.story else self.discards).add(e.phrase.words, e)

    def add_verbs(self, dictionary: VerbDictionary, extend: bool = False) -> None:
        """Add a verb dictionary; a head form already known keeps its earlier entries (and,
        with ``extend``, gains the new block's patterns, tried before its own: see
        :meth:`patterns_for`)."""
        seen = set() if extend else set(self._verbs)
        self._patterns.clear()
        for s in dictionary.synsets:
            self.synsets.setdefault(s.name, [])
        for s in dictionary.synsets:
            if self.synsets[s.name]:
                continue
            self.synsets[s.name] = self._expand(dictionary, s.name, set())
        from kg.coding.patterns import needs

        for block in dictionary.blocks:
            if extend and any(n not in self.synsets for p in block.patterns for n in p.synsets):
                # a synset neither dictionary defines: PETRARCH ignores such patterns
                pats = tuple(p for p in block.patterns if all(n in self.synsets for n in p.synsets))
                block = replace(block, patterns=pats)
            if extend:
                self._extending.add(id(block))
            for pattern in block.patterns:
                self.needed[id(pattern)] = needs(pattern, self.synsets)
            for verb in block.verbs:
                for form in verb.head_forms():
                    if form not in seen:
                        self._verbs.setdefault(form, []).append((verb, block))

    def _expand(self, d: VerbDictionary, name: str, busy: set[str]) -> list[tuple[str, ...]]:
        if name in busy:
            return []
        busy.add(name)
        try:
            s = d.synset(name)
        except KeyError:
            return []
        out: list[tuple[str, ...]] = []
        for m in s.members:
            if m.ref:
                out += self._expand(d, m.ref.lstrip("&").rstrip("_"), busy)
                continue
            words = tuple(w.upper() for w in m.phrase.words)
            out.append(words)
            if s.plurals and m.plural and words:
                out.append((*words[:-1], _plural(words[-1])))
        return sorted(set(out), key=lambda w: -len(w))

    def kg_mentions(self, sent: Any) -> list[Any]:
        """Mentions of kg's own actors (names, demonyms, metonyms) in ``sent``."""
        from kg.coding.sentence import KgActor, Mention

        ids = sent.ids
        out = []
        spans = self.kg.index.spans([sent[i].text for i in ids], "en")
        titled = {k for sp in spans if sp.kind == "title" for k in range(sp.start, sp.end)}
        states = {sp.start for sp in spans if _actor_type(self.kg.index, sp.value) == "State"}
        for sp in spans:
            if _first_name(sent, ids, sp, self.kg.index):
                continue  # "Mohamed Muizzu" is no Amina Mohamed
            if _place_of_state(sent, ids, sp, states, self.kg.index):
                continue  # "Lagos, Nigeria": a place and its state, no Ricardo Lagos
            if _given_name(sent, ids, sp, self.kg.index, titled):
                continue  # "Carrie Lam" is no To Lam
            if sp.kind != "title" and sp.value in self.kg.index:
                name = " ".join(sent[i].text for i in ids[sp.start : sp.end])
                actor = KgActor(sp.value, self.kg, name)
                out.append(Mention("actor", ids[sp.start], ids[sp.end - 1], actor))
        return out

    # ---- lookups
    def verbs_for(self, form: str) -> list[tuple[VerbEntry, VerbBlock]]:
        """The verb entries whose head word has the upper-case form ``form``."""
        return self._verbs.get(form.upper(), [])

    def patterns_for(self, entries: list[tuple[VerbEntry, VerbBlock]]) -> list[Any]:
        """The patterns that may code a word with these verb ``entries``: those its blocks
        wrote for it (:meth:`~kg.knowledge.petrarch.model.Pattern.applies_to`), the patterns
        of blocks that extend a dictionary (kg's own, ``kg.verbs.txt``) first, so that they
        win a tie with the dictionary's."""
        key = tuple(id(e) for e, _b in entries)
        if key not in self._patterns:  # once per verb form, not per word of every sentence
            ordered = sorted(entries, key=lambda eb: id(eb[1]) not in self._extending)
            self._patterns[key] = [p for e, b in ordered for p in b.patterns if p.applies_to(e)]
        return self._patterns[key]

    def has_verbs(self) -> bool:
        return bool(self._verbs)


def _actor_type(index: Any, value: str) -> str:
    """The type of kg's actor ``value`` ("Person", "State", ...), "" for none."""
    return index.get(value).type if value in index else ""


def _place_of_state(sent: Any, ids: list[int], sp: Any, states: set[int], index: Any) -> bool:
    """Whether a one-word span that is a person's surname in kg's actors stands before a
    comma and a state: a place and its state ("Lagos, Nigeria")."""
    return (
        sp.end - sp.start == 1
        and sp.end + 1 in states
        and sent[ids[sp.end]].text == ","
        and _actor_type(index, sp.value) == "Person"
    )


def _first_name(sent: Any, ids: list[int], sp: Any, index: Any) -> bool:
    """Whether a one-word span that is a person's surname in kg's actors stands before
    another capitalised name: the first name of someone else ("Mohamed Muizzu")."""
    if sp.end - sp.start != 1 or sp.end >= len(ids) or sp.value not in index:
        return False
    actor = index.get(sp.value)
    nxt = sent[ids[sp.end]]
    surname = actor.surname or actor.label.split()[-1]
    return (
        actor.type == "Person"
        and sent[ids[sp.start]].text.lower() == surname.lower()
        and nxt.upos == "PROPN"
        and nxt.text[:1].isupper()
        and nxt.text.isalpha()
        and nxt.text.lower() not in _CALENDAR  # "Lavrov Tuesday said"
    )


def _given_name(sent: Any, ids: list[int], sp: Any, index: Any, titled: set[int]) -> bool:
    """Whether a one-word span that is a person's surname in kg's actors follows a given name
    that is not the person's (:func:`kg.knowledge.names.after_given_name`): "Chief Executive
    Carrie Lam" is no To Lam; "General Secretary Lam" is."""
    if sp.end - sp.start != 1 or sp.start == 0 or sp.value not in index:
        return False
    actor = index.get(sp.value)
    if actor.type != "Person" or sent[ids[sp.start - 1]].upos != "PROPN":
        return False
    return after_given_name([sent[i].text for i in ids], sp, actor, titled)


#: capitalised words after a surname that name no one (the days and months of
#: :data:`kg.coding.names.DAYS_AND_MONTHS`, as written)
_CALENDAR = frozenset(w.lower() for w in DAYS_AND_MONTHS)


_SETS = {
    "PETR.Validate": {
        "actors": ["PETR.Validate.actors"],
        "agents": ["PETR.Validate.agents"],
        "verbs": ["CAMEO.2.0", "PETR.Validate.verbs"],
        "discards": ["PETR.Validate.discards"],
    },
    "Phoenix": {
        "actors": [
            "kg.actors.txt",  # kg's first: they win a tie (Abu Sayyaf, PHLREB)
            "Phoenix.Countries.actors",
            "Phoenix.International.actors",
            "Phoenix.MilNonState.actors",
        ],
        "agents": ["kg.agents.txt", "Phoenix.agents"],  # kg's first: they win a tie
        "verbs": ["CAMEO.2.0", "+kg.verbs.txt"],
        "discards": ["Phoenix.discards"],
    },
}


def load_shipped(kind: str, name: str) -> Any:
    """A dictionary shipped in ``ontologies/petrarch``: compiled (``CAMEO.2.0``) or, for
    kg's own small additions, PETRARCH text (``kg.verbs.txt``)."""
    from kg.knowledge.petrarch import (
        compiled_dir,
        load_compiled,
        read_actors,
        read_agents,
        read_verbs,
    )

    name = name.lstrip("+")
    if not name.endswith(".txt"):
        return load_compiled(name)
    if kind == "verbs":  # an extension of the compiled dictionaries: their synsets count
        return read_verbs(compiled_dir() / name, extension=True)
    if kind == "actors":
        return read_actors(compiled_dir() / name)
    return read_agents(compiled_dir() / name)


def _kind(name: str) -> str | None:
    low = name.lower()
    for kind in ("actors", "agents", "verbs", "discards"):
        if f".{kind}." in low or low.endswith(f".{kind}"):
            return kind
    if low.startswith("cameo"):
        return "verbs"
    return None


def load_coding_dictionaries(
    spec: str | Path | Sequence[str | Path] = "Phoenix",
    verbs: Sequence[str] | None = None,
    kg_actors: bool | None = None,
) -> CodingDictionaries:
    """Dictionaries for coding. ``spec``: a set name (``Phoenix``, ``PETR.Validate``), a
    folder of PETRARCH dictionaries (``*.actors.txt``, ``*.agents.txt``, ``*.verbs.txt``,
    ``CAMEO*.txt``, ``*.discards.txt`` or their compiled ``.json.gz``), a file, or a list of
    these; a kind of dictionary the files lack comes from the Phoenix set (a folder of actors
    alone is coded with CAMEO.2.0's verbs and Phoenix's agents). ``verbs``: compiled verb
    dictionaries to use instead of the set's. ``kg_actors``: match kg's own actors first
    (default: with the Phoenix set alone, whose actors are the real world's)."""

    d = CodingDictionaries()
    specs = [spec] if isinstance(spec, (str, Path)) else list(spec)
    files: list[tuple[str, Any]] = []  # (kind, loader)
    for s in specs:
        if isinstance(s, str) and s in _SETS:
            for kind, names in _SETS[s].items():
                for n in verbs if (kind == "verbs" and verbs is not None) else names:
                    files.append((("+" if n.startswith("+") else "") + kind,
                                  lambda n=n, k=kind: load_shipped(k, n)))  # fmt: skip
            d.names.append(s)
            continue
        files += _folder_files(Path(s))
        d.names.append(str(s))
    kinds = {kind.lstrip("+") for kind, _load in files}
    for kind, names in _SETS["Phoenix"].items():  # what a user's own folder lacks
        if kind not in kinds:
            files += [(("+" if n.startswith("+") else "") + kind,
                       lambda n=n, k=kind: load_shipped(k, n)) for n in names]  # fmt: skip
    d.vague = VAGUE if specs == ["Phoenix"] else frozenset()
    if kg_actors is None:
        kg_actors = specs == ["Phoenix"]
    if kg_actors:
        from kg.knowledge.actor_codes import ActorCodes

        d.kg = ActorCodes()
    for kind, load in files:
        data = load()
        if kind == "actors":
            d.add_actors(data)
        elif kind == "agents":
            d.add_agents(data)
        elif kind == "discards":
            d.add_discards(data)
        else:
            d.add_verbs(data, extend=kind.startswith("+"))
    return d


def _folder_files(where: Path) -> list[tuple[str, Any]]:
    from kg.knowledge.petrarch import (
        load_compiled,
        read_actors,
        read_agents,
        read_discards,
        read_verbs,
    )

    readers = {
        "actors": read_actors,
        "agents": read_agents,
        "verbs": read_verbs,
        "discards": read_discards,
    }
    if where.is_file():
        paths = [where]
    elif where.is_dir():
        paths = sorted(p for p in where.iterdir() if p.suffix in (".txt", ".gz"))
    else:
        raise InputError(
            f"{where}: does not exist; give a set name (Phoenix, PETR.Validate) or a file or "
            "folder of PETRARCH dictionaries"
        )
    out: list[tuple[str, Any]] = []
    for p in paths:
        name = p.name.removesuffix(".gz").removesuffix(".json").removesuffix(".txt")
        kind = _kind(name)
        if kind is None:
            continue
        if p.name.endswith(".json.gz"):
            out.append((kind, lambda p=p: load_compiled(p.name, p.parent)))
        else:
            out.append((kind, lambda p=p, kind=kind: readers[kind](p)))
    if not out:
        raise InputError(
            f"{where}: no PETRARCH dictionary (*.actors, *.agents, *.verbs, CAMEO*, *.discards)"
        )
    return out
