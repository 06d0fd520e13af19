"""The actor dictionary: states, organisations, persons; names and titles → actors.

>>> index = load_actors()
>>> index.resolve("Rusia").actor.id
'russia'
>>> index.resolve("Presiden AS", dt.date(2021, 12, 15)).actor.id
'joe_biden'

Names are matched after folding case, diacritics and punctuation ("U.S." == "US"),
except all-caps acronyms of up to three letters ("AS", "UN", "WHO"), which match
only in capitals, so the words "as", "un" and "who" never name an actor. The records
(``Actor``, ``Term``) and the reading of the actor files live in ``kg.actor_data``.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.actor_data import ACT, ORG_TYPES, TYPES, Actor, Term, read_actors
from kg.errors import NotFoundError, UsageError

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
_CALENDAR = """january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday januari februari maret mei juni juli
agustus oktober desember senin selasa rabu kamis jumat sabtu minggu"""
#: capitalised words that are never a surname in running text
_NOT_SURNAMES = frozenset(_CALENDAR.split())
#: proper names that contain an actor's name but are not actors (seas, regions, newspapers)
_NOT_ACTOR_NAMES = (
    "South China Sea|East China Sea|Sea of Japan|Indian Ocean|Indian Subcontinent|Philippine Sea|"
    "Arabian Sea|Arabian Peninsula|Persian Gulf|Gulf of Mexico|Gulf of America|Taiwan Strait|"
    "Korean Peninsula|Latin America|South America|North America|Central America|New Guinea|"
    "New Mexico|New Jersey|Washington Post|Washington Times|Moscow Times|China Daily|"
    "Japan Times|Jakarta Post|Jakarta Globe|Bangkok Post|Kyiv Independent|Tehran Times|"
    "Laut China Selatan|Laut Tiongkok Selatan|Laut Cina Selatan|Laut China Timur|"
    "Laut Tiongkok Timur|Laut Jepang|Laut Filipina|Teluk Persia|Teluk Meksiko|Selat Taiwan|"
    "Semenanjung Korea|Semenanjung Arab|Amerika Latin|Amerika Selatan|Amerika Utara|"
    "Amerika Tengah"
)
_NOT_ACTORS = _NOT_ACTOR_NAMES.split("|")
#: punctuation tokens a multi-word name may span ("Guinea - Bissau", "People ' s")
_JOINERS = frozenset("-–—/'’.·")
_FOLD = str.maketrans("øØđĐłŁı'’‘`ʻ", "oOdDlLi     ")
_FOLD |= str.maketrans({"ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE"})
_FOLD |= str.maketrans({"&": " and ", "+": " plus "})
_TOKEN = re.compile(r"\w+(?:[-.]\w+)*\.?|\S")


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


@dataclass(frozen=True)
class _Entry:
    words: tuple[str, ...]  # folded words
    exact: tuple[str, ...] | None  # exact words for case-sensitive acronyms
    caps: tuple[bool, ...]  # which words must be capitalised in running text
    kind: str  # name, alias, demonym, metonym, surname, title
    value: str  # actor id or office
    lang: str
    loose: bool = False  # one-word name of an informal group ("Barat"): not inside a proper name


def slug(label: str) -> str:
    """Actor id of a label: lower-case ASCII, diacritics folded, non-alphanumerics → '_'."""
    text = unicodedata.normalize("NFKD", label.translate(_FOLD))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


def _words(text: str) -> list[str]:
    """Words of a name with diacritics folded and dots dropped, case kept ("U.S." → ["US"])."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).replace(".", "")
    return re.findall(r"[^\W_]+", text)


@lru_cache(maxsize=1 << 16)
def _token_words(token: str) -> tuple[tuple[str, str], ...]:
    """(folded, exact) words of one token; cached, as tokens repeat across articles."""
    return tuple((w.casefold(), w) for w in _words(token))


def normalize(name: str) -> str:
    """Matching key of a name: folded words joined by single spaces."""
    return " ".join(_words(name)).casefold()


def _strict(words: list[str]) -> bool:
    """All-caps acronyms of up to three letters match only in capitals ("AS" but not "as")."""
    return len(words) == 1 and words[0].isalpha() and words[0].isupper() and len(words[0]) <= 3


def _entry(text: str, kind: str, value: str, lang: str, loose: bool = False) -> _Entry | None:
    words = _words(text)
    if not words:
        return None
    caps = tuple(kind != "title" and w[:1].isupper() for w in words)
    exact = tuple(words) if _strict(words) else None
    return _Entry(tuple(w.casefold() for w in words), exact, caps, kind, value, lang, loose)


def _lang_ok(entry_lang: str, lang: str | None) -> bool:
    return lang is None or entry_lang in ("", "en", lang)


def _today() -> dt.date:
    return dt.date.today()


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
        entries: list[_Entry] = []
        for actor in self._actors.values():
            loose = actor.type == "Group"
            for lang, names in actor.names.items():
                for i, name in enumerate(names):
                    kind = "name" if i == 0 else "alias"
                    if actor.surname and normalize(name) == normalize(actor.surname):
                        kind = "surname"  # a bare surname follows the surname rules
                    one_word = len([w for w in _words(name) if w.casefold() != "the"]) == 1
                    entries.append(_entry(name, kind, actor.id, lang, loose and one_word))
            entries += [_entry(d, "demonym", actor.id, "en") for d in actor.demonyms]
            entries += [_entry(m, "metonym", actor.id, "") for m in actor.metonyms]
            if actor.surname:
                entries.append(_entry(actor.surname, "surname", actor.id, ""))
        entries += [_entry(form, "title", office, lang) for lang, form, office in titles]
        entries += [_entry(phrase, "none", "", "") for phrase in _NOT_ACTORS]
        self._entries = [e for e in entries if e is not None]
        surnames: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for e in self._entries:
            if e.kind == "surname":
                surnames[e.words].add(e.value)
        self._surnames = {k: sorted(v) for k, v in surnames.items()}
        self._by_key: dict[str, list[_Entry]] = defaultdict(list)
        self._by_first: dict[str, list[_Entry]] = defaultdict(list)
        seen: set[tuple] = set()
        for e in sorted(self._entries, key=self._rank):
            self._by_key[" ".join(e.words)].append(e)
            sig = (e.words, e.exact, e.kind, e.value, e.lang)
            if sig in seen or (
                e.kind == "surname"
                and (len(self._surnames[e.words]) > 1 or " ".join(e.words) in _NOT_SURNAMES)
            ):
                continue  # ambiguous or calendar-word surnames never match in running text
            seen.add(sig)
            self._by_first[e.words[0]].append(e)

    def _rank(self, e: _Entry) -> tuple:
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

    def _lookup(self, text: str, kinds: set[str], lang: str | None) -> list[_Entry]:
        words = _words(text)
        found = self._lookup_words(words, kinds, lang)
        if not found and len(words) > 1 and words[0].casefold() == "the":
            found = self._lookup_words(words[1:], kinds, lang)
        return found

    def _lookup_words(self, words: list[str], kinds: set[str], lang: str | None) -> list[_Entry]:
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
        when = date or _today()
        for e in self._lookup(text, {"name", "alias", "demonym", "metonym", "surname"}, lang):
            actor = self._pick(e, when)
            if actor is not None:
                shared = e.kind == "surname" and len(self._surnames[e.words]) > 1
                return Resolution(actor, e.kind, _why(e, actor, text, when, shared))
        tokens = _TOKEN.findall(text)
        spans = self.spans(tokens, lang)
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
        if len(ofs) == 1 and not titles:
            actor = self._actors[ofs[0].value]
            how = {"actor": "name"}.get(ofs[0].kind, ofs[0].kind)
            return Resolution(actor, how, f"{text!r} mentions {actor.label}.")
        return None

    def _pick(self, e: _Entry, when: dt.date) -> Actor | None:
        if e.kind != "surname":
            return self._actors[e.value]
        ids = self._surnames[e.words]
        if len(ids) == 1:
            return self._actors[ids[0]]
        serving = [i for i in ids if any(t.active(when) for t in self._actors[i].terms)]
        return self._actors[serving[0]] if len(serving) == 1 else None

    def _term(self, actor: Actor, office: str, of: str, when: dt.date) -> Term | None:
        terms = [t for t in actor.terms if t.of == of and _holds(t, office) and t.active(when)]
        return max(terms, key=lambda t: t.start or dt.date.min, default=None)

    def holder(self, office: str, of: str, date: dt.date | None) -> Actor | None:
        """Who held ``office`` of ``of`` on ``date`` (today if None); ``Leader``: the top executive."""
        when = date or _today()
        found = [
            (t.start or dt.date.min, p)
            for t, p in self._terms.get(of, [])
            if _holds(t, office) and t.active(when)
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
        when = date or _today()
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

    def spans(self, words: list[str], lang: str | None = None) -> list[Span]:
        """Longest non-overlapping matches of names, demonyms, metonyms and titles, left to right."""
        flat: list[tuple[str, str, int]] = []  # (folded word, exact word, token index)
        first: set[int] = set()
        last: set[int] = set()
        breaks: set[int] = set()  # flat positions preceded by a hard break
        for i, token in enumerate(words):
            ws = _token_words(token)
            if not ws:
                if token and not set(token) <= _JOINERS:
                    breaks.add(len(flat))
                continue
            first.add(len(flat))
            flat += [(folded, w, i) for folded, w in ws]
            last.add(len(flat) - 1)
        out: list[Span] = []
        k = 0
        while k < len(flat):
            match = (
                self._match_at(flat, k, first, last, breaks, words, lang) if k in first else None
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

    def _match_at(self, flat, k, first, last, breaks, words, lang) -> tuple[_Entry, int] | None:
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
            if any(cap and not flat[k + j][1][:1].isupper() for j, cap in enumerate(e.caps)):
                continue
            if e.loose and _inside_proper_name(words, flat[k][2], flat[end][2]):
                continue
            return e, n
        return None


def _holds(term: Term, office: str) -> bool:
    return term.office == office or (office == "Leader" and term.executive)


def _inside_proper_name(words: list[str], start: int, end: int) -> bool:
    """Whether tokens ``start..end`` sit next to a capitalised word ("Jawa Barat", "West Bank")."""
    before = words[start - 1] if start > 0 else ""
    after = words[end + 1] if end + 1 < len(words) else ""
    return any(w[:1].isupper() and w.isalpha() for w in (before, after))


_WHY = {
    "name": "{text!r} is the {lang}name of {label}.",
    "alias": "{text!r} is an {lang}alias of {label}.",
    "demonym": "{text!r} is the demonym of {label}.",
    "metonym": "{text!r} (a capital or seat of government) stands for {label}.",
    "surname": "{text!r} is the surname of {label}, the only person of that name{note}.",
}


def _why(e: _Entry, actor: Actor, text: str, when: dt.date, shared: bool = False) -> str:
    lang = {"en": "English ", "id": "Indonesian "}.get(e.lang, "")
    note = f" in office on {when}" if shared else " in the dictionary"
    return _WHY[e.kind].format(text=text, lang=lang, label=actor.label, note=note)


def office_label(office: str) -> str:
    """Readable office name: 'PrimeMinister' -> 'Prime Minister'."""
    return (
        "the top executive" if office == "Leader" else re.sub(r"(?<=[a-z])(?=[A-Z])", " ", office)
    )


@lru_cache(maxsize=1)
def load_actors() -> ActorIndex:
    """The shipped actor dictionary (loaded once)."""
    return ActorIndex.load()


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
            rows.append(("leader", f"{leader.label} ({leader.id}) on {date or _today()}"))
    comment = index.note(actor.id, "comment")
    if comment:
        rows.append(("note", comment))
    return rows
