"""A UD sentence as the coder reads it (:class:`Sentence` of :class:`Word`), and one actor
of it with its agents (:class:`Unit`)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

__all__ = ["OWNER_PREPS", "Sentence", "Unit", "Word", "conjuncts", "folded"]


def folded(text: str) -> str:
    """``text`` in upper case, without accents and with a plain apostrophe, as dictionaries and
    sentences are matched: "chargé d’affaires" is the dictionaries' CHARGE D'AFFAIRES.

    >>> folded("Vučić"), folded("d’affaires")
    ('VUCIC', "D'AFFAIRES")
    """
    if text.isascii():
        return text.upper()
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).upper()


#: prepositions whose phrase gives an agent its state ("police of/from/in X")
OWNER_PREPS = frozenset({"of", "from", "in"})
#: a verb's bare codes (no pattern matched) that name only the cue's root, too vague for the
#: shipped Phoenix set to code on real news: "agreed that ...", "allied with", "opposed",
#: "declined" (cooperation, disapproval, rejection in general: about one in five right on the
#: read sets); PETRARCH's own sets and a user's keep them
VAGUE = frozenset({"050", "110", "120"})
#: prepositions a tagger may read as a verb ("*following* fierce clashes with the military")
PARTICIPLE_PREPS = frozenset({"following", "during", "regarding", "concerning", "including"})


#: participles that equal their base form, or that taggers lemmatise as themselves
PARTICIPLES = frozenset({
    "hit", "cut", "put", "set", "shut", "quit", "hurt", "shot", "struck", "beaten", "stabbed",
    "seized",
})  # fmt: skip


@dataclass(frozen=True)
class Word:
    i: int
    text: str
    lemma: str
    upos: str
    head: int
    deprel: str

    @property
    def up(self) -> str:
        return folded(self.text)

    @cached_property
    def base(self) -> str:
        """The relation without its subtype (``nsubj`` for ``nsubj:pass``)."""
        return self.deprel.split(":")[0]

    @cached_property
    def participle(self) -> bool:
        """Whether the word reads as a past participle, however tagged and lemmatised: not its
        lemma and no "-ing" or "-s" form ("killed", "struck"), or one of the participles a
        tagger lemmatises as themselves ("was *shot* dead", "was *hit* by")."""
        low = self.text.lower()
        return (low != self.lemma.lower() and not low.endswith(("ing", "s"))) or low in PARTICIPLES


class Sentence:
    """Words 1..n with their tree."""

    def __init__(self, words: Iterable[Word]) -> None:
        self.words = {w.i: w for w in words}
        self.ids = sorted(self.words)
        self.kids: dict[int, list[int]] = {i: [] for i in self.ids}
        self.kids[0] = []
        for w in self.words.values():
            self.kids.setdefault(w.head, []).append(w.i)
        self.upper = {i: self.words[i].up for i in self.ids}
        #: the words in lower case, in order (the word-order readers' view of the sentence)
        self.low = [self.words[i].text.lower() for i in self.ids]
        self.lemma_up = {i: folded(self.words[i].lemma) for i in self.ids}

    @classmethod
    def from_stanza(cls, sent: Any) -> Sentence:
        return cls(
            Word(int(w.id), w.text, (w.lemma or w.text), w.upos or "", int(w.head or 0),
                 w.deprel or "dep")
            for w in sent.words
        )  # fmt: skip

    @classmethod
    def from_toks(cls, toks: Any) -> Sentence:
        """From kg's :class:`~kg.parse.tokens.Tok` words (0-based heads)."""
        return cls(Word(t.i + 1, t.text, t.lemma, t.upos, t.head + 1, t.deprel) for t in toks)

    def __getitem__(self, i: int) -> Word:
        return self.words[i]

    def children(self, i: int, *deprels: str) -> list[int]:
        """Children of ``i`` (with one of ``deprels`` or its base, when given)."""
        kids = self.kids.get(i, [])
        if not deprels:
            return kids
        return [k for k in kids if self.words[k].deprel in deprels or self.words[k].base in deprels]

    def subtree(self, i: int, cut: frozenset[str] = frozenset()) -> set[int]:
        """``i`` and its descendants, not entering a child whose relation (or base) is in
        ``cut``."""
        out, todo = set(), [i]
        while todo:
            j = todo.pop()
            out.add(j)
            for k in self.kids.get(j, []):
                w = self.words[k]
                if w.deprel not in cut and w.base not in cut:
                    todo.append(k)
        return out

    def case_of(self, i: int) -> str:
        """The (lower-case) preposition marking ``i``, or "": its own, else the first word of
        its phrase where a parser hung the preposition on a word inside it ("*with*
        communist New People's Army rebels", "with" on "People")."""
        for k in self.children(i, "case"):
            low = self.words[k].text.lower()
            if self.words[k].upos == "ADP" or low in OWNER_PREPS or low in PARTICIPLE_PREPS:
                return low
        inner = sorted(j for j in self.subtree(i) if self.words[j].upos != "PUNCT")
        first = self.words[inner[0]] if inner and inner[0] != i else None
        if first is not None and first.upos == "ADP" and first.deprel == "case":
            return first.text.lower()
        return ""

    def text(self, ids: Iterable[int]) -> str:
        return " ".join(self.words[i].text for i in sorted(ids))


@dataclass
class Unit:
    """An actor of the sentence, with its agents: ``code`` (``GONCOP``), the word it hangs on
    (``head``), its first word (``start``) and the words it covers."""

    code: str
    head: int
    start: int
    words: set[int] = field(default_factory=set)
    state: str = ""  # the actor part ("" for an agent without a state)
    actor: str = ""  # kg's actor id, when the actor is one of kg's own

    @property
    def agents(self) -> set[str]:
        """The agent codes after the actor part (``{"GOV", "MIL"}`` for ``GONGOVMIL``)."""
        return {self.code[k : k + 3] for k in range(3, len(self.code), 3)}

    def __repr__(self) -> str:
        return f"Unit({self.code}@{self.head})"


def conjuncts(sent: Sentence, i: int) -> list[int]:
    """``i``'s conjuncts (its ``conj`` children, and theirs; a name in apposition to a name
    that an "and" list goes on from: "Britain, *France*, Germany and Italy")."""
    out, todo = [], [i]
    while todo:
        j = todo.pop()
        for k in sent.children(j, "conj") + [
            a for a in sent.children(j, "appos") if _listed(sent, j, a)
        ]:
            out.append(k)
            todo.append(k)
    return out


def _listed(sent: Sentence, j: int, a: int) -> bool:
    names = sent[j].upos == sent[a].upos == "PROPN"
    return names and any(sent.children(c, "cc") for c in [a, *conjuncts(sent, a)])
