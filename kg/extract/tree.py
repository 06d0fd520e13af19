"""Walking a sentence's UD tree: a word's dependents, the words above it, its subtree, and the
owner or marker of a phrase."""

from __future__ import annotations

from kg.extract.context import Mention
from kg.parse.tokens import Tok


def children(toks: list[Tok], h: int) -> list[Tok]:
    return [t for t in toks if t.head == h]


def ancestors(toks: list[Tok], i: int) -> list[int]:
    out, node = [], toks[i].head
    while node >= 0 and len(out) < 30:
        out.append(node)
        node = toks[node].head
    return out


def subtree(toks: list[Tok], h: int, limit: int = 40) -> set[int]:
    out = {h}
    frontier = [h]
    while frontier and len(out) < limit:
        nxt = [t.i for t in toks if t.head in frontier and t.i not in out]
        out.update(nxt)
        frontier = nxt
    return out


def possessor(toks: list[Tok], noun: int, owner: dict[int, Mention]) -> list[Mention]:
    """The actor whose thing an object is ("welcomed Pakistan's chairmanship of the G77":
    Pakistan, not the G77), when the object is not itself an actor."""
    if noun in owner:
        return []
    for c in children(toks, noun):
        if c.deprel == "nmod:poss" and c.i in owner:
            return [owner[c.i]]
    return []


def base_form(toks: list[Tok], i: int) -> bool:
    """An English verb in its base form, not passive ("to confront ... *by* X"): its "by"
    phrase says how, not who. (Indonesian passives carry a prefix; their "oleh" is who.)"""
    t = toks[i]
    return (
        t.upos == "VERB"
        and t.lower == (t.lemma or "").lower()
        and not any(g.deprel == "aux:pass" for g in children(toks, i))
    )


def such_as(toks: list[Tok], i: int) -> bool:
    """Whether the "as" marking word ``i`` follows "such" ("alliances such as AUKUS")."""
    k = next((c.i for c in toks if c.head == i and c.deprel == "case" and c.lower == "as"), 0)
    return k > 0 and toks[k - 1].lower == "such"


#: words between a possessor and its event noun: "Russia's unjust and unprovoked invasion",
#: "Russia's escalating missile strikes" (adjectives the small taggers often call nouns)
_MODIFIERS = {"ADJ", "ADV", "CCONJ", "VERB", "NOUN"}
POSSESSIVE = {"'s", "’s", "'", "’"}


def possessor_before(toks, trigger: int, owner) -> Mention | None:
    """The possessor written before an event noun and its modifiers ("Russia's unjust and
    unprovoked invasion"), when the parser hung it elsewhere."""
    k = trigger - 1
    while k > 0 and trigger - k <= 4 and toks[k].upos in _MODIFIERS:
        k -= 1  # ("'s" is a PART: the walk stops on it)
    if k > 0 and toks[k].lower in POSSESSIVE and (k - 1) in owner and owner[k - 1].end == k:
        return owner[k - 1]
    return None
