"""The actor dictionary: states, organisations, persons; names and titles → actors.

>>> index = load_actors()
>>> index.resolve("Rusia").actor.id
'russia'
>>> index.resolve("Presiden AS", dt.date(2021, 12, 15)).actor.id
'joe_biden'

Names are matched after folding case, diacritics and punctuation ("U.S." == "US"),
except all-caps acronyms of up to three letters ("AS", "UN", "WHO"), which match
only in capitals, so the words "as", "un" and "who" never name an actor. The records
(``Actor``, ``Term``) and the reading of the actor files live in
``kg.knowledge.actor_files``, name keys in ``kg.knowledge.names``.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.errors import NotFoundError
from kg.knowledge.actor_files import ACT, Actor, Term, read_actors
from kg.knowledge.names import (
    JOINERS,
    NOT_ACTORS,
    NOT_SURNAMES,
    TOKEN,
    Entry,
    inside_proper_name,
    make_entry,
    normalize,
    office_label,
    slug,
    token_words,
    without_other_names,
    words_of,
)

#: offices whose holder "leads" the state (title + name → leader_of)
LEADER_OFFICES = frozenset({
    "President", "PrimeMinister", "Chancellor", "Monarch", "SupremeLeader", "Leader"})  # fmt: skip
#: offices of ministers (title + name → official_of)
MINISTER_OFFICES = frozenset(
    {"ForeignMinister", "DefenceMinister", "VicePresident", "SecretaryGeneral", "Chair"}
)
#: which actor a name shared by several refers to: states first, persons last
_TYPE_RANK = {t: i for i, t in enumerate(("State", "IntergovernmentalOrganization", "Alliance"))}
_TYPE_RANK |= {"Group": 3, "Organization": 4, "ArmedGroup": 5, "PublicEvent": 6, "Person": 7}
_KIND_RANK = {
    "name": 0,
    "alias": 0,
    "title": 1,
    "demonym": 2,
    "metonym": 3,
    "surname": 4,
    "none": 5,
}


@dataclass(frozen=True)
class Resolution:
    """Which actor a text refers to; ``how`` in name, alias, demonym, metonym, title+term, surname."""

    actor: Actor
    how: str
    why: str


@dataclass(frozen=True)
class Span:
    """Tokens ``[start, end)`` naming an actor, a demonym or metonym (value: actor id) or a title (value: office)."""

    start: int
    end: int
    kind: str
    value: str


def _lang_ok(entry_lang: str, lang: str | None) -> bool:
    return lang is None or entry_lang in ("", "en", lang)


class ActorIndex:
    """Every actor of ``ontologies/actors/*.ttl`` and the title words of ``titles.tsv``."""

    def __init__(
        self,
        actors: dict[str, Actor],
        titles: Iterable[tuple[str, str, str]] = (),
        notes: dict[str, dict[str, str]] | None = None,
    ) -> None:
        self._actors = dict(sorted(actors.items()))
        self._notes = notes or {}
        self._member_of: dict[str, list[str]] = defaultdict(list)
        self._terms: dict[str, list[tuple[Term, str]]] = defaultdict(list)
        for actor in self._actors.values():
            for member in actor.members:
                self._member_of[member].append(actor.id)
            for term in actor.terms:
                self._terms[term.of].append((term, actor.id))
        entries: list[Entry] = []
        for actor in self._actors.values():
            loose = actor.type == "Group"
            for lang, names in actor.names.items():
                for i, name in enumerate(names):
                    kind = "name" if i == 0 else "alias"
                    if actor.surname and normalize(name) == normalize(actor.surname):
                        kind = "surname"  # a bare surname follows the surname rules
                    one_word = len([w for w in words_of(name) if w.casefold() != "the"]) == 1
                    entries.append(make_entry(name, kind, actor.id, lang, loose and one_word))
            entries += [make_entry(d, "demonym", actor.id, "en") for d in actor.demonyms]
            entries += [make_entry(m, "metonym", actor.id, "") for m in actor.metonyms]
            if actor.surname:
                entries.append(make_entry(actor.surname, "surname", actor.id, ""))
        entries += [make_entry(form, "title", office, lang) for lang, form, office in titles]
        entries += [make_entry(phrase, "none", "", "") for phrase in NOT_ACTORS]
        self._entries = [e for e in entries if e is not None]
        surnames: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for e in self._entries:
            if e.kind == "surname":
                surnames[e.words].add(e.value)
        self._surnames = {k: sorted(v) for k, v in surnames.items()}
        self._by_key: dict[str, list[Entry]] = defaultdict(list)
        self._by_first: dict[str, list[Entry]] = defaultdict(list)
        seen: set[tuple] = set()
        for e in sorted(self._entries, key=self._rank):
            self._by_key[" ".join(e.words)].append(e)
            sig = (e.words, e.exact, e.kind, e.value, e.lang)
            if sig in seen or (
                e.kind == "surname"
                and (len(self._surnames[e.words]) > 1 or " ".join(e.words) in NOT_SURNAMES)
            ):
                continue  # ambiguous or calendar-word surnames never match in running text
            seen.add(sig)
            self._by_first[e.words[0]].append(e)

    def _rank(self, e: Entry) -> tuple:
        typ = self._actors[e.value].type if e.value in self._actors else ""
        return (-len(e.words), _KIND_RANK[e.kind], _TYPE_RANK.get(typ, 9), e.value)

    # -- loading -----------------------------------------------------------------

    @classmethod
    def load(cls, directory: Path | None = None) -> ActorIndex:
        """Read every ``*.ttl`` of ``directory`` (default: the shipped actors) and ``titles.tsv``."""
        return cls(*read_actors(directory))

    # -- lookup --------------------------------------------------------------------

    def get(self, actor_id: str) -> Actor:
        """The actor with this id (``russia``, ``act:russia`` or the full IRI)."""
        key = actor_id.removeprefix(ACT).removeprefix("act:")
        if key in self._actors:
            return self._actors[key]
        found = self.find(actor_id)
        if found:
            hint = f"did you mean {found[0].id!r} ({found[0].label})?"
        else:
            close = difflib.get_close_matches(slug(actor_id), list(self._actors), n=3, cutoff=0.75)
            hint = (
                f"did you mean {', '.join(close)}?" if close else "list them with `kg actors list`"
            )
        raise NotFoundError(f"no actor with id {actor_id!r}; {hint}")

    def __contains__(self, actor_id: object) -> bool:
        return isinstance(actor_id, str) and actor_id.removeprefix("act:") in self._actors

    def __iter__(self) -> Iterator[Actor]:
        return iter(self._actors.values())

    def __len__(self) -> int:
        return len(self._actors)

    def _lookup(self, text: str, kinds: set[str], lang: str | None) -> list[Entry]:
        words = words_of(text)
        found = self._lookup_words(words, kinds, lang)
        if not found and len(words) > 1 and words[0].casefold() == "the":
            found = self._lookup_words(words[1:], kinds, lang)
        return found

    def _lookup_words(self, words: list[str], kinds: set[str], lang: str | None) -> list[Entry]:
        return [
            e
            for e in self._by_key.get(" ".join(words).casefold(), [])
            if e.kind in kinds
            and _lang_ok(e.lang, lang)
            and (e.exact is None or e.exact == tuple(words))
        ]

    def find(self, name: str, lang: str | None = None) -> list[Actor]:
        """Actors one of whose names or aliases is ``name`` (after folding), best first."""
        ids = dict.fromkeys(e.value for e in self._lookup(name, {"name", "alias"}, lang))
        return [self._actors[i] for i in ids]

    # -- resolution ----------------------------------------------------------------

    def resolve(
        self, text: str, date: dt.date | None = None, lang: str | None = None
    ) -> Resolution | None:
        """Which actor ``text`` refers to (a name, alias, demonym, metonym, title or surname)."""
        when = date or dt.date.today()
        found = self._lookup(text, {"name", "alias", "demonym", "metonym", "surname"}, lang)
        for e in sorted(found, key=lambda e: self._actors[e.value].in_office_first(when)):
            actor = self._pick(e, when)  # "King Abdullah": the one on the throne that day
            if actor is not None:
                shared = e.kind == "surname" and len(self._surnames[e.words]) > 1
                return Resolution(actor, e.kind, _why(e, actor, text, when, shared))
        tokens = TOKEN.findall(text)
        spans = self.spans(tokens, lang, any_case=True)
        spans = without_other_names(tokens, spans, self._actors)  # "Carrie Lam" is no To Lam
        people = [s for s in spans if s.kind == "actor" and self._actors[s.value].type == "Person"]
        if people:
            actor = self._actors[people[0].value]
            return Resolution(actor, "name", f"{text!r} names {actor.label}.")
        titles = [s for s in spans if s.kind == "title"]
        ofs = [s for s in spans if s.kind != "title"]
        if titles and ofs:
            office, of = titles[0].value, ofs[0].value
            actor = self.holder(office, of, when)
            if actor is None:
                return None
            term = self._term(actor, office, of, when)
            since = f" (in office since {term.start})" if term and term.start else ""
            return Resolution(
                actor,
                "title+term",
                f"{actor.label} was {office_label(office)} of {self._actors[of].label} on {when}{since}.",
            )
        if len(ofs) == 1 and not titles and self._actors[ofs[0].value].known_by(when):
            actor = self._actors[ofs[0].value]
            how = {"actor": "name"}.get(ofs[0].kind, ofs[0].kind)
            return Resolution(actor, how, f"{text!r} mentions {actor.label}.")
        return None

    def _pick(self, e: Entry, when: dt.date) -> Actor | None:
        if e.kind != "surname":  # a dated event is not read long before it (Actor.known_by)
            return self._actors[e.value] if self._actors[e.value].known_by(when) else None
        ids = self._surnames[e.words]
        if len(ids) == 1:
            return self._actors[ids[0]]
        serving = [i for i in ids if any(t.active(when) for t in self._actors[i].terms)]
        return self._actors[serving[0]] if len(serving) == 1 else None

    def serving(self, actor_id: str, name: str, when: dt.date | None) -> str:
        """The person of ``name`` in office on ``when``, the latest to take office, else
        ``actor_id``: "King Abdullah" in 2020 is Jordan's, in 2010 Saudi Arabia's."""
        if when is None or getattr(self._actors.get(actor_id), "type", "") != "Person":
            return actor_id
        same = [actor_id] + [a.id for a in self.find(name) if a.type == "Person"]
        return min(same, key=lambda a: self._actors[a].in_office_first(when))

    def _term(self, actor: Actor, office: str, of: str, when: dt.date) -> Term | None:
        terms = [t for t in actor.terms if t.of == of and t.holds(office) and t.active(when)]
        return max(terms, key=lambda t: t.start or dt.date.min, default=None)

    def holder(self, office: str, of: str, date: dt.date | None) -> Actor | None:
        """Who held ``office`` of ``of`` on ``date`` (today if None); ``Leader``: the top executive."""
        when = date or dt.date.today()
        found = [
            (t.start or dt.date.min, p)
            for t, p in self._terms.get(of, [])
            if t.holds(office) and t.active(when)
        ]
        return self._actors[max(found)[1]] if found else None

    def state_of(self, actor_id: str, date: dt.date | None = None) -> str | None:
        """The state an actor stands for: itself, the state of a person's office at ``date``
        (or the organisation they served then), else nationality; ``None`` for organisations."""
        actor = self.get(actor_id)
        if actor.type == "State":
            return actor.id
        if actor.type != "Person":
            return None
        when = date or dt.date.today()
        held = [
            t
            for t in actor.terms
            if t.active(when) and t.of in self._actors and self._actors[t.of].type == "State"
        ]
        if held:
            return max(held, key=lambda t: (t.executive, t.start or dt.date.min)).of
        # an official of an organisation at that date acts for it ("Charles Michel" → EU)
        for t in actor.terms:
            if t.active(when) and t.of in self._actors and self._actors[t.of].type != "Person":
                return t.of
        return actor.nationality

    def office_state(self, person: str, office: str, date: dt.date | None) -> str | None:
        """The state (or organisation) in which ``person`` held ``office`` at ``date`` (any date
        when None): "Presiden Joko Widodo" in 2020 → indonesia."""
        if person not in self:
            return None
        terms = self.get(person).terms
        return next((t.of for t in terms if t.active(date) and t.holds(office)), None)

    def is_leader(self, actor: str, date: dt.date | None) -> bool:
        """Whether ``actor`` held a leader's office (:data:`LEADER_OFFICES`) at ``date``."""
        terms = self.get(actor).terms
        return any(t.office in LEADER_OFFICES and t.active(date) for t in terms)

    def members(self, org_id: str) -> list[str]:
        """Ids of the members of an organisation (empty when none are listed)."""
        return list(self.get(org_id).members)

    def member_of(self, actor_id: str) -> list[str]:
        """Ids of the organisations that list ``actor_id`` as a member."""
        return list(self._member_of.get(actor_id, []))

    def note(self, actor_id: str, key: str) -> str | None:
        """Other facts of the actor files: ``unStatus``, ``comment``."""
        return self._notes.get(actor_id, {}).get(key)

    # -- spans over tokens ---------------------------------------------------------

    def spans(
        self, words: list[str], lang: str | None = None, any_case: bool = False
    ) -> list[Span]:
        """Longest non-overlapping matches of names, demonyms, metonyms and titles, left to right.

        In running text a word of a name must not be all lower-case ("Turkey", "iSrael", not
        "turkey"); ``any_case`` (a user's query: "President obama") drops that rule."""
        flat: list[tuple[str, str, int]] = []  # (folded word, exact word, token index)
        first: set[int] = set()
        last: set[int] = set()
        breaks: set[int] = set()  # flat positions preceded by a hard break
        for i, token in enumerate(words):
            ws = token_words(token)
            if not ws:
                if token and not set(token) <= JOINERS:
                    breaks.add(len(flat))
                continue
            first.add(len(flat))
            flat += [(folded, w, i) for folded, w in ws]
            last.add(len(flat) - 1)
        out: list[Span] = []
        k = 0
        while k < len(flat):
            match = (
                self._match_at(flat, k, first, last, breaks, words, lang, any_case)
                if k in first
                else None
            )
            if match is None:
                k += 1
                continue
            e, n = match
            kind = "actor" if e.kind in ("name", "alias", "surname") else e.kind
            if kind != "none":
                out.append(Span(flat[k][2], flat[k + n - 1][2] + 1, kind, e.value))
            k += n
        return out

    def _match_at(
        self, flat, k, first, last, breaks, words, lang, any_case=False
    ) -> tuple[Entry, int] | None:
        for e in self._by_first.get(flat[k][0], []):
            n = len(e.words)
            end = k + n - 1
            if end >= len(flat) or end not in last or not _lang_ok(e.lang, lang):
                continue
            if any(flat[k + j][0] != w for j, w in enumerate(e.words)):
                continue
            if any(p in breaks for p in range(k + 1, end + 1)):
                continue
            if e.exact is not None and tuple(flat[k + j][1] for j in range(n)) != e.exact:
                continue
            if not any_case and any(
                cap and flat[k + j][1].islower() for j, cap in enumerate(e.caps)
            ):
                continue
            if e.loose and inside_proper_name(words, flat[k][2], flat[end][2]):
                continue
            return e, n
        return None


_WHY = {
    "name": "{text!r} is the {lang}name of {label}.",
    "alias": "{text!r} is an {lang}alias of {label}.",
    "demonym": "{text!r} is the demonym of {label}.",
    "metonym": "{text!r} (a capital or seat of government) stands for {label}.",
    "surname": "{text!r} is the surname of {label}, the only person of that name{note}.",
}


def _why(e: Entry, actor: Actor, text: str, when: dt.date, shared: bool = False) -> str:
    lang = {"en": "English ", "id": "Indonesian "}.get(e.lang, "")
    note = f" in office on {when}" if shared else " in the dictionary"
    return _WHY[e.kind].format(text=text, lang=lang, label=actor.label, note=note)


@lru_cache(maxsize=1)
def load_actors() -> ActorIndex:
    """The shipped actor dictionary (loaded once)."""
    return ActorIndex.load()
