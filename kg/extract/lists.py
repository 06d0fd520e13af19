"""Actors a word lists or pairs beside itself: the two sides a relation noun names ("the
U.S.-India partnership", "kerja sama Indonesia dan Jepang") and lists that a companion phrase
breaks ("A beserta istri, B, dan C")."""

from __future__ import annotations

from kg.extract.context import CONJUNCTIONS, Mention
from kg.extract.predicates import Predicate, markers
from kg.parse.tokens import Tok

#: a companion named beside a listed actor ("Scott Morrison beserta istri, Lee Hsien Loong ...",
#: "Prime Minister X and his wife, ...")
COMPANIONS = {"beserta", "bersama", "istri", "suami", "with", "his", "her", "wife", "husband"}


def listed_after(toks: list[Tok], owner: dict[int, Mention], last: Mention) -> list[Mention]:
    """The mentions listed after ``last`` when a companion phrase breaks the list's
    coordination ("A beserta istri, B beserta istri, C, dan D"): each after a comma or "dan"."""
    out: list[Mention] = []
    q, broken = last.end, False
    while q < len(toks):
        start = q
        while q < len(toks) and q - start < 3 and toks[q].lower in COMPANIONS:
            q += 1
        # a plain ", dan D" continues only a list a companion phrase has already broken
        if (q == start and not broken) or q >= len(toks) or toks[q].lower not in CONJUNCTIONS:
            break
        broken = True
        while q < len(toks) and toks[q].lower in CONJUNCTIONS:
            q += 1
        nxt = owner.get(q)
        if nxt is None or nxt.start != q:
            break
        out.append(nxt)
        q = nxt.end
    return out


HYPHENS = {"-", "–", "—", "/"}
_PAIRED = {"with", "between", "dengan", "antara"}


def dyad(toks: list[Tok], pred: Predicate, owner: dict[int, Mention]) -> list[Mention]:
    """The two sides a relation noun names beside itself: "the U.S.-India partnership",
    "Indonesia–Japan talks", "kerja sama Indonesia dan Jepang", "kemitraan strategis RI-AS"
    (adjectives may stand between); empty when the noun takes no "with"/"between" argument
    or no such pair is there.

    """
    if pred.kind != "noun" or not markers(pred) & _PAIRED:
        return []
    i = pred.trigger - 1
    while i >= 0 and i not in owner and toks[i].upos == "ADJ":  # "strategic", "bilateral"
        i -= 1
    b = owner.get(i)
    if b is not None and b.start >= 2 and toks[b.start - 1].lower in HYPHENS:
        a = owner.get(b.start - 2)
        if a is not None and a.actor != b.actor:
            return [a, b]
    j = pred.end
    while j < len(toks) and j not in owner and toks[j].upos == "ADJ":
        j += 1
    a = owner.get(j)
    if (
        a is not None
        and a.start == j
        and a.end + 1 < len(toks)
        and toks[a.end].lower in HYPHENS | {"dan"}
    ):
        b = owner.get(a.end + 1)
        if b is not None and b.actor != a.actor:
            return [a, b]
    return []
