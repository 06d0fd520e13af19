"""What the extraction rules share: the records they make (mentions, structural facts, new
actors), the article's discourse, and one :class:`SentenceContext` per sentence that carries
the sentence's words, the knowledge (actor index, lexicon), the date and what was found so far.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from kg.knowledge.actors import ActorIndex
from kg.knowledge.lexicon import Lexicon
from kg.parse.tokens import Tok

#: words that coordinate actors ("Russia, China and Iran", "Rusia dan China")
CONJUNCTIONS = frozenset({",", "dan", "and", "serta", "&"})
#: quotation marks that open or close a quotation
QUOTES = '"“”«»„‟'


@dataclass
class Mention:
    """An actor mention: tokens ``[start, end)`` of a sentence referring to ``actor``."""

    start: int
    end: int
    actor: str
    kind: str  # name, title, demonym, metonym, pronoun, plural, new
    confidence: float = 1.0
    group: list[str] = field(default_factory=list)  # plural references: several actors

    def actors(self) -> list[str]:
        return self.group or [self.actor]

    def tokens(self) -> range:
        return range(self.start, self.end)


@dataclass
class Structural:
    """A structural fact read off a title or a membership list."""

    subject: str
    relation: str
    object: str
    start: int
    end: int
    pattern: str


@dataclass
class NewActor:
    """A person named in the text but absent from the dictionary."""

    id: str
    label: str
    type: str = "Person"
    nationality: str | None = None


@dataclass
class Discourse:
    """What earlier sentences of the article mentioned, for coreference."""

    persons: list[str] = field(default_factory=list)  # most recent last
    states: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    groups: list[list[str]] = field(default_factory=list)  # coordinated mentions
    #: the two sides of each symmetric event so far ("met with ..."), whom a later bare "the
    #: two" / "both" / "keduanya" refers to
    parties: list[list[str]] = field(default_factory=list)
    #: everyone on the sides of each sentence's last meeting ("met Osmani and Kurti": three)
    sides: list[list[str]] = field(default_factory=list)
    #: how many sentences were read, and after how many the last sides were noted
    read: int = 0
    sides_read: int = -99
    new_actors: dict[str, NewActor] = field(default_factory=dict)
    #: office → the person last named with that title and no state ("Presiden Prabowo"), whom
    #: a later bare "Presiden" refers to
    titled: dict[str, str] = field(default_factory=dict)
    #: a title's words → the persons named with it, most recent last, each with whether they
    #: were a subject ("Pakistani Foreign Minister Bhutto Zardari" → "foreign minister"), for
    #: a later bare "the Foreign Minister" / "The Secretary"
    called: dict[str, list[tuple[str, bool]]] = field(default_factory=dict)
    #: the state or organisation whose statement the article is ("The United States
    #: congratulates ..."): whom an unquoted "we" refers to
    voice: list[str] = field(default_factory=list)
    #: persons that were the subject of a clause, most recent last: whose schedule, trip or
    #: entourage a later "jadwal", "perjalanan", "rombongan" is
    followed: list[str] = field(default_factory=list)
    #: the persons each sentence named (two or more), for "para pemimpin ... tersebut"
    listed: list[list[str]] = field(default_factory=list)

    def actor_type(self, index: ActorIndex, actor: str) -> str:
        """State, Person, ... of an actor of the dictionary or of the article (new persons)."""
        if actor in self.new_actors:
            return self.new_actors[actor].type
        return index.get(actor).type if actor in index else "Actor"

    def note(self, actor_type: str, actor: str) -> None:
        bucket = {"Person": self.persons, "State": self.states, "PublicEvent": self.events}.get(
            actor_type
        )
        if bucket is not None:
            if actor in bucket:
                bucket.remove(actor)
            bucket.append(actor)


@dataclass
class SentenceContext:
    """One sentence under extraction: its words, the knowledge and date it is read with, the
    article's discourse, and the mentions and structural facts found in it so far."""

    toks: list[Tok]
    index: ActorIndex
    lex: Lexicon
    date: dt.date | None
    lang: str
    discourse: Discourse
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Structural] = field(default_factory=list)

    def actor_type(self, actor: str) -> str:
        """State, Person, ... of an actor (see :meth:`Discourse.actor_type`)."""
        return self.discourse.actor_type(self.index, actor)

    @cached_property
    def quotes(self) -> set[int]:
        """The sentence's words inside quotation marks (see :func:`quoted`)."""
        return quoted(self.toks)

    def state_of(self, actor: str) -> str | None:
        """The state a person serves or belongs to on the sentence's date (a dictionary
        person's office or nationality, or the state a new person's title named)."""
        if actor in self.discourse.new_actors:
            return self.discourse.new_actors[actor].nationality
        if actor in self.index and self.index.get(actor).type == "Person":
            return self.index.state_of(actor, self.date) or self.index.get(actor).nationality
        return None

    def before(self, i: int) -> list[Mention]:
        """Mentions that end at or before token ``i``."""
        return [m for m in self.mentions if m.end <= i]


def quoted(toks: list[Tok]) -> set[int]:
    """Tokens inside quotation marks. A sentence that opens inside a quotation of several
    sentences (its first straight quote mark closes it: '... semua negara," ujar Prabowo')
    is quoted up to that mark."""
    inside, state = set(), _opens_quoted(toks)
    for t in toks:
        if t.text in QUOTES or t.text in ("''", "``"):
            state = not state if t.text in ('"', "''", "``") else t.text in "“«„"
            continue
        if state:
            inside.add(t.i)
    return inside


def _opens_quoted(toks: list[Tok]) -> bool:
    first = next((t.i for t in toks if t.text in QUOTES or t.text in ("''", "``")), None)
    if not first or toks[first].text != '"':
        return False
    return toks[first - 1].text in (",", ".", "?", "!")


__all__ = [
    "CONJUNCTIONS",
    "QUOTES",
    "Discourse",
    "Mention",
    "NewActor",
    "SentenceContext",
    "Structural",
    "quoted",
]
