"""Typed records for the PETRARCH/Phoenix dictionaries (see :mod:`kg.knowledge.petrarch`).

Every record is a frozen dataclass. Phrases keep the text exactly as the dictionary
wrote it (``original``, underscores and all) beside the normalised words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

__all__ = [
    "ActorEntry",
    "ActorRole",
    "AgentEntry",
    "CameoCode",
    "DiscardEntry",
    "Note",
    "Pattern",
    "PatternToken",
    "Phrase",
    "ReadReport",
    "Synset",
    "SynsetMember",
    "Transformation",
    "VerbBlock",
    "VerbDictionary",
    "VerbEntry",
]


@dataclass(frozen=True, slots=True)
class CameoCode:
    """A CAMEO event code exactly as written: ``"0231"``, ``"174"``, ``"---"``, ``"042:043"``."""

    code: str

    @property
    def root(self) -> str | None:
        """The cue category: the first two digits (``"02"`` for ``"0231"``), None for ``"---"``."""
        head = self.code[:2]
        return head if len(head) == 2 and head.isdigit() else None

    @property
    def is_null(self) -> bool:
        """True for the null code ``---`` (the verb alone makes no event)."""
        return self.code == "---"

    def __str__(self) -> str:
        return self.code


@dataclass(frozen=True, slots=True)
class Phrase:
    """A dictionary phrase: ``original`` as written (``AFGHAN_``), ``words`` (``("AFGHAN",)``)."""

    original: str
    words: tuple[str, ...]

    @property
    def text(self) -> str:
        """The words joined by single spaces."""
        return " ".join(self.words)


@dataclass(frozen=True, slots=True)
class ActorRole:
    """One code of an actor, optionally limited to dates (both ends inclusive).

    ``start`` None and ``end`` set is ``<date``; ``start`` set and ``end`` None is ``>date``;
    neither is the default code. ``raw`` is the text inside the brackets.
    """

    code: str
    start: dt.date | None
    end: dt.date | None
    raw: str
    line: int

    @property
    def is_default(self) -> bool:
        """True when the role has no date restriction."""
        return self.start is None and self.end is None

    def applies(self, day: dt.date) -> bool:
        """Whether this role holds on ``day``."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """An actor record: its primary name, ``+`` synonyms and codes (dated or default)."""

    name: Phrase
    synonyms: tuple[Phrase, ...]
    roles: tuple[ActorRole, ...]
    line: int

    @property
    def names(self) -> tuple[Phrase, ...]:
        """The primary name followed by the synonyms."""
        return (self.name, *self.synonyms)

    def codes_on(self, day: dt.date) -> tuple[str, ...]:
        """The codes whose date restriction holds on ``day``; else the default codes."""
        dated = tuple(r.code for r in self.roles if not r.is_default and r.applies(day))
        return dated or tuple(r.code for r in self.roles if r.is_default)


@dataclass(frozen=True, slots=True)
class AgentEntry:
    """An agent phrase (``POLICE_OFFICER``) with its plural forms and code (``~COP``).

    ``plurals`` holds the forms PETRARCH matches besides the singular: the regular
    plural, the ``{...}`` form, or nothing for ``{}`` and ``!MARKER!`` expansions.
    ``marker`` is the ``!...!`` substitution marker the entry was expanded from.
    """

    phrase: Phrase
    plurals: tuple[Phrase, ...]
    code: str
    line: int
    marker: str | None = None

    @property
    def agent(self) -> str:
        """The code without its ``~``: ``COP``."""
        return self.code.strip("~")

    @property
    def before_actor(self) -> bool:
        """True for ``NGO~`` codes (added before the actor code), False for ``~COP``."""
        return self.code.endswith("~") and not self.code.startswith("~")


@dataclass(frozen=True, slots=True)
class DiscardEntry:
    """A discard phrase: ``story`` True for ``+`` (drop the whole story), ``whole_word``
    True when the phrase ends with ``_`` (else it is matched as a stem)."""

    phrase: Phrase
    story: bool
    whole_word: bool
    line: int


@dataclass(frozen=True, slots=True)
class SynsetMember:
    """One ``+`` line of a synset; ``plural`` False when plurals must not be generated.
    ``ref`` names another synset when the member is ``+&NAME``."""

    phrase: Phrase
    plural: bool
    ref: str | None = None


@dataclass(frozen=True, slots=True)
class Synset:
    """A ``&NAME`` synonym set. ``name`` drops ``&`` and a trailing ``_`` (``label`` keeps them);
    ``plurals`` False when the label ends with ``_``."""

    name: str
    label: str
    plurals: bool
    members: tuple[SynsetMember, ...]
    line: int


@dataclass(frozen=True, slots=True)
class PatternToken:
    """One token of a verb pattern.

    ``kind``: ``word``, ``preposition`` (first word of a ``(...)`` group), ``verb`` (``*``),
    ``source`` (``$``), ``target`` (``+``), ``compound`` (``%``), ``skip`` (``^``) or
    ``synset`` (``value`` is the synset name without ``&``). ``joined``: written with ``_``
    to the previous token (the words must be consecutive). ``np``/``pp``: index of the
    ``{...}`` noun phrase / ``(...)`` prepositional phrase the token belongs to.
    """

    kind: str
    value: str
    joined: bool = False
    np: int | None = None
    pp: int | None = None


@dataclass(frozen=True, slots=True)
class Pattern:
    """A ``- ... * ... [code]`` line under a verb block."""

    tokens: tuple[PatternToken, ...]
    code: CameoCode
    original: str
    line: int
    #: the block's verbs (upper-case base words) it was written for, as its comment names
    #: them (``- * DEMONSTRATION [141]  # HOLD``); empty: every verb of the block
    verbs: tuple[str, ...] = ()

    def applies_to(self, verb: VerbEntry) -> bool:
        """Whether the pattern is one of ``verb``'s: CAMEO.2.0 writes the patterns of every
        verb of a block under the block, so "detained protesters holding a demonstration"
        must not match HOLD's ``* DEMONSTRATION`` (141) for DETAIN."""
        return not self.verbs or verb.phrase.words[verb.head].upper() in self.verbs

    @property
    def verb_index(self) -> int:
        """Position of the ``*`` token."""
        return next(i for i, t in enumerate(self.tokens) if t.kind == "verb")

    @property
    def before(self) -> tuple[PatternToken, ...]:
        """Tokens before the verb."""
        return self.tokens[: self.verb_index]

    @property
    def after(self) -> tuple[PatternToken, ...]:
        """Tokens after the verb."""
        return self.tokens[self.verb_index + 1 :]

    @property
    def synsets(self) -> tuple[str, ...]:
        """Names of the synsets the pattern uses."""
        return tuple(t.value for t in self.tokens if t.kind == "synset")


@dataclass(frozen=True, slots=True)
class VerbEntry:
    """A verb of a block: ``words`` of the (possibly multi-word) verb, ``head`` the index of
    the inflected word (the one marked ``+``), ``forms`` the ``{...}`` irregular forms
    (empty: regular forms apply), ``code`` its own code or None (the block code applies)."""

    phrase: Phrase
    head: int
    forms: tuple[Phrase, ...]
    code: CameoCode | None
    line: int

    def head_forms(self) -> set[str]:
        """The upper-case forms of the head word: base, regular and irregular."""
        head = self.head
        forms = {self.phrase.words[head].upper()}
        for text in self.regular_forms():
            forms.add(text.split()[head].upper())
        for f in self.forms:
            words = [w.lstrip("+") for w in f.original.replace("_", " ").split()]
            marked = [w for w in f.original.replace("_", " ").split() if w.startswith("+")]
            if marked:
                forms.add(marked[0].lstrip("+").upper())
            elif len(words) == len(self.phrase.words):
                forms.add(words[head].upper())
            elif words:
                forms.add(words[0].upper())
        return forms

    def regular_forms(self) -> tuple[str, ...]:
        """PETRARCH's regular forms of the head word (S/ES, ED/D, ING), as phrase texts."""
        root = self.phrase.words[self.head]
        third = root + ("ES" if root[-1:] in ("S", "X", "Z") else "S")
        past, ing = (
            (root + "D", root[:-1] + "ING") if root.endswith("E") else (root + "ED", root + "ING")
        )
        words = list(self.phrase.words)
        out = []
        for form in (third, past, ing):
            words[self.head] = form
            out.append(" ".join(words))
        return tuple(out)


@dataclass(frozen=True, slots=True)
class VerbBlock:
    """A ``--- NAME [code] ---`` block: its verbs and the patterns written under them."""

    name: str
    code: CameoCode
    verbs: tuple[VerbEntry, ...]
    patterns: tuple[Pattern, ...]
    line: int

    def code_of(self, verb: VerbEntry) -> CameoCode:
        """The verb's own code, else the block's."""
        return verb.code or self.code


@dataclass(frozen=True, slots=True)
class Transformation:
    """A ``~ a (a b ATTACK) SAY = a b 015`` verb-verb transformation, tokens as written."""

    source: str
    inner: tuple[str, str, str]
    verb: str
    result: tuple[str, ...]
    original: str
    line: int

    @property
    def code(self) -> CameoCode | None:
        """The resulting event code (``015``); None when the result keeps the verb (``Q``)."""
        last = self.result[-1] if self.result else ""
        return CameoCode(last) if last[:1].isdigit() else None


@dataclass(frozen=True, slots=True)
class VerbDictionary:
    """A verb dictionary: synsets, verb blocks (verbs + patterns) and transformations."""

    synsets: tuple[Synset, ...]
    blocks: tuple[VerbBlock, ...]
    transformations: tuple[Transformation, ...] = ()

    @property
    def patterns(self) -> tuple[Pattern, ...]:
        """Every pattern of every block, in file order."""
        return tuple(p for b in self.blocks for p in b.patterns)

    @property
    def verbs(self) -> tuple[VerbEntry, ...]:
        """Every verb entry of every block, in file order."""
        return tuple(v for b in self.blocks for v in b.verbs)

    def synset(self, name: str) -> Synset:
        """The synset called ``name`` (with or without ``&`` and trailing ``_``); KeyError if none."""
        key = name.lstrip("&").rstrip("_")
        for s in self.synsets:
            if s.name == key:
                return s
        raise KeyError(name)


@dataclass(frozen=True, slots=True)
class Note:
    """One remark about an input line: ``file:line: message``."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


@dataclass(slots=True)
class ReadReport:
    """What a reader did besides returning entries: ``lines`` read, ``ignored`` blank and
    comment lines, defective lines ``skipped`` (with why), ``irregular`` lines read anyway."""

    encoding: str = "utf-8"
    lines: int = 0
    ignored: int = 0
    skipped: list[Note] = field(default_factory=list)
    irregular: list[Note] = field(default_factory=list)
