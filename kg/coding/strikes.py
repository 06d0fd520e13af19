"""Strikes and repression named by a noun: "an Israeli air strike ... killed 15 people from a Palestinian
family", "civilians were killed in airstrikes carried out by Pakistan in Afghanistan's
Paktika province", "Air strikes by Myanmar's military on a village ... killed eight civilians".

News names most strikes by a noun whose verb is the harm done ("killed", "hit"), and small
parsers hang such nouns anywhere, so the strike is read in word order:

* **the strike**: an air strike, airstrike, air raid, a drone, missile or rocket strike or
  attack (195); shelling, artillery fire, a bombardment (194);
* **only a strike done**: a harm verb ("killed", "hit", "targeted") within a few words after
  the noun, or a victim "killed in" it before; nothing when a word of a strike to come or
  feared ("any", "would", "threat", "if") stands near it;
* **the doer**: an actor among the noun's own words ("an *Israeli* air strike", "*Hezbollah*
  rocket attacks"; a state is its military, as the weapon agents code it), else the first
  actor after a "by" that follows the noun ("carried out *by Pakistan*");
* **the target**: an actor after "on" or "against", else the first actor the harm verb
  names ("targeted *Turkey-backed Syrian rebels*", "killed *20 civilians*") or the victims
  "killed in" it, else a state named "in" a place after the noun ("in *Yemen*").

The means of breaking up a crowd (tear gas, water cannon, rubber bullets) fired or used by police
or troops before them on a crowd after them is repression (175): "Bangladeshi police fired
rubber bullets and tear gas at opposition activists" (:func:`nominal_repression`); a crowd's
protest "against" or "at" an actor is a demonstration against it (141: "protesters
demonstrating against a government ban", :func:`nominal_protests`).

>>> STRIKE_NOUNS["airstrike"], STRIKE_NOUNS["shelling"]
('195', '194')
"""

from __future__ import annotations

import datetime as dt

from kg.coding.sentence import Mention, actor_code
from kg.coding.tree import Sentence, Unit

__all__ = [
    "CROWD_MEANS", "HARM", "STRIKE_NOUNS", "nominal_protests", "nominal_repression",
    "nominal_strikes",
]  # fmt: skip

#: nouns that name a strike on their own, and its code
STRIKE_NOUNS = {
    "airstrike": "195", "airstrikes": "195", "air-strike": "195", "air-strikes": "195",
    "shelling": "194", "bombardment": "194", "bombardments": "194",
}  # fmt: skip
#: a strike named by two words: the weapon, then the act
WEAPON_STRIKES = {
    ("air", "strike"): "195", ("air", "raid"): "195", ("drone", "strike"): "195",
    ("drone", "attack"): "195", ("drones", "attack"): "195", ("missile", "strike"): "195",
    ("missile", "attack"): "195", ("rocket", "attack"): "195", ("artillery", "fire"): "194",
    ("artillery", "shelling"): "194", ("mortar", "fire"): "194",
}  # fmt: skip
#: verbs of the harm a strike did: the noun is then their doer
HARM = frozenset({
    "killed", "kills", "injured", "injures", "wounded", "wounds", "hit", "hits", "destroyed",
    "damaged", "targeted", "targeting", "struck", "left", "claimed",
})  # fmt: skip
#: the harm a victim suffered "in" a strike: "were killed in airstrikes"
SUFFERED = frozenset({"killed", "injured", "wounded", "died", "destroyed", "damaged", "hurt"})
#: words of a strike not done: feared, threatened, to come
NOT_DONE = frozenset({
    "any", "would", "will", "could", "might", "threat", "threats", "threaten", "threatened",
    "warned", "warns", "if", "possible", "future", "plans", "planned", "prepare", "preparing",
    "not", "no", "denied", "denies",
})  # fmt: skip
#: how far after the noun the harm verb, the "by" phrase and the place may stand
NEAR = 16
#: words that end the strike's stretch of the sentence
ENDS = frozenset({";", ":", ".", "—", "–"})


def _strikes(sent: Sentence) -> list[tuple[int, int, str]]:
    """(first word, noun, code) of each strike noun, in order."""
    ids, out = sent.ids, []
    for k, i in enumerate(ids):
        low = sent[i].text.lower()
        prev = sent[ids[k - 1]].text.lower() if k else ""
        lemma = sent[i].lemma.lower()
        code = WEAPON_STRIKES.get((prev, low)) or WEAPON_STRIKES.get((prev, lemma))
        if code:
            out.append((ids[k - 1], i, code))
        elif low in STRIKE_NOUNS and (
            sent[i].upos in ("NOUN", "PROPN") or _noun_tagged_verb(sent, i)
        ):
            out.append((i, i, STRIKE_NOUNS[low]))
    return out


def _noun_tagged_verb(sent: Sentence, i: int) -> bool:
    """A word a tagger made a verb stands where a noun does: after an adjective, a determiner
    or a noun ("by *Russian* shelling"), not after an auxiliary ("troops *were* shelling")."""
    prev = sent.words.get(i - 1)
    return prev is not None and prev.upos in ("ADJ", "DET", "NOUN", "PROPN")


def _stretch(sent: Sentence, first: int, noun: int) -> tuple[list[int], list[int]]:
    """The words before the strike (up to a clause's end) and the ``NEAR`` words after it."""
    ids = sent.ids
    a, b = ids.index(first), ids.index(noun)
    lo = a
    while lo > 0 and sent[ids[lo - 1]].text not in ENDS and a - lo < NEAR:
        lo -= 1
    hi = b
    while hi + 1 < len(ids) and sent[ids[hi + 1]].text not in ENDS and hi - b < NEAR:
        hi += 1
    return ids[lo:a], ids[b + 1 : hi + 1]


def _unit_at(units: list[Unit], i: int) -> Unit | None:
    return next((u for u in units if i in u.words), None)


def _clause_verb(sent: Sentence, i: int) -> bool:
    """Word ``i`` is a verb of another clause (not "US-*backed*", "Saudi-*led*")."""
    w, prev = sent[i], sent.words.get(i - 1)
    hyphen = prev is not None and prev.text.endswith(("-", "–"))
    return (
        w.upos in ("VERB", "AUX") and w.text.lower() not in HARM and w.base != "amod" and not hyphen
    )


def _suffered_in(sent: Sentence, before: list[int]) -> int:
    """How many words before the strike a victim's harm "in" or "by" it ends ("were killed *in*
    late-night airstrikes", "killed *by* Indian shelling"): the position of the harm word in
    ``before``, else -1."""
    k = len(before) - 1
    while k >= 0 and sent[before[k]].upos in ("ADJ", "DET", "NUM", "PROPN"):  # "by *Russian*"
        k -= 1
    if (
        k >= 1
        and sent[before[k]].text.lower() in ("in", "by")
        and sent[before[k - 1]].text.lower() in SUFFERED
    ):
        return k - 1
    return -1


def _first_after(sent: Sentence, units: list[Unit], words: list[int]) -> Unit | None:
    """The first unit that starts among ``words`` (a stop at a verb: another clause)."""
    for i in words:
        u = _unit_at(units, i)
        if u is not None and u.state:
            return u
        if _clause_verb(sent, i):
            return None
    return None


def _doer(
    sent: Sentence, first: int, after: list[int], units: list[Unit], mentions: list[Mention],
    date: dt.date | None,
) -> Unit | None:  # fmt: skip
    """The actor among the strike's own words before it, else the first after "by"."""
    ids = sent.ids
    k = ids.index(first)
    while k > 0 and sent[ids[k - 1]].upos in ("ADJ", "PROPN", "NOUN", "PART", "PUNCT", "NUM"):
        k -= 1
        if sent[ids[k]].text in (",", "(", ")"):
            break
        m = next((m for m in mentions if m.start <= ids[k] <= m.end and m.kind == "actor"), None)
        if m is not None:
            code = actor_code(m.entry, date)
            code = code + "MIL" if len(code) == 3 else code  # the weapon agents' MIL
            words = set(range(m.start, m.end + 1))
            return Unit(code, m.head, m.start, words, code[:3])
    for n, i in enumerate(after):
        if sent[i].text.lower() == "by":
            return _first_after(sent, units, after[n + 1 : n + 6])
    return None


def _target(sent: Sentence, before: list[int], after: list[int], units: list[Unit]) -> Unit | None:
    """Whom the strike was aimed at or harmed (see the module docstring)."""
    for n, i in enumerate(after):
        if sent[i].text.lower() in ("on", "against"):
            u = _first_after(sent, units, after[n + 1 : n + 6])
            if u is not None:
                return u
    for n, i in enumerate(after):  # "... killed 20 civilians", "that targeted X"
        if sent[i].text.lower() in HARM:
            u = _first_after(sent, units, after[n + 1 : n + 8])
            if u is not None:
                return u
            break
    k = _suffered_in(sent, before)  # "X were killed in airstrikes"
    victims = [u for i in before[: max(k, 0)] if (u := _unit_at(units, i)) and u.state]
    if victims:
        return victims[-1]
    for n, i in enumerate(after):
        if sent[i].text.lower() == "in":
            u = _first_after(sent, units, after[n + 1 : n + 5])
            if u is not None:
                return u
    return None


def nominal_strikes(
    sent: Sentence, units: list[Unit], mentions: list[Mention], date: dt.date | None = None
) -> list[tuple[Unit, Unit, str, str]]:
    """(doer, target, code, "asserted") of every strike a noun names as done, with both ends
    (see the module docstring)."""
    out = []
    for first, noun, code in _strikes(sent):
        before, after = _stretch(sent, first, noun)
        near = [sent[i].text.lower() for i in (*before[-4:], *after[:NEAR])]
        done_after = any(sent[i].text.lower() in HARM for i in after)
        if not (done_after or _suffered_in(sent, before) >= 0) or NOT_DONE & set(near):
            continue
        doer = _doer(sent, first, after, units, mentions, date)
        target = _target(sent, before, after, units) if doer else None
        if doer is None or target is None or target.state[:3] == doer.state[:3] == target.code:
            continue
        out.append((doer, target, code, "asserted"))
    return out


#: the means of breaking up a crowd, as words in order: fired or used on people, repression
CROWD_MEANS = frozenset({
    ("tear", "gas"), ("teargas",), ("tear-gas",), ("water", "cannon"), ("water", "cannons"),
    ("rubber", "bullets"), ("pepper", "spray"), ("batons",), ("stun", "grenades"),
})  # fmt: skip
#: words of a repression not done (a crowd's "planned march" is no repression to come)
FEARED = NOT_DONE - {"plans", "planned", "possible", "future", "prepare", "preparing"}
#: agents that break up crowds, and agents of the crowds broken up
REPRESSORS = frozenset({"COP", "MIL", "GOV", "SPY"})
CROWDS = frozenset({"OPP", "EDU", "LAB", "CVL", "PPL"})


def _agents(u: Unit) -> set[str]:
    return {u.code[k : k + 3] for k in range(3, len(u.code), 3)}


def nominal_repression(sent: Sentence, units: list[Unit]) -> list[tuple[Unit, Unit, str, str]]:
    """(who, whom, 175, "asserted") for the means of breaking up a crowd (tear gas, water
    cannon, rubber bullets) between police or troops before them and a crowd after them
    ("police fired rubber bullets and tear gas *at opposition activists*", "riot police
    intervened, using water cannon *to disperse the protesters*"), whatever the tree."""
    ids, out = sent.ids, []
    low = [sent[i].text.lower() for i in ids]
    for k in range(len(ids)):
        means = next((m for m in CROWD_MEANS if tuple(low[k : k + len(m)]) == m), None)
        if means is None:
            continue
        lo = k
        while lo > 0 and low[lo - 1] not in (";", ":", ".") and k - lo < 12:
            lo -= 1
        hi = k + len(means)
        near = [*low[lo:k], *low[hi : hi + 12]]
        if FEARED & set(near):
            continue
        doers = [
            u for u in units
            if u.state and u.words and ids[lo] <= max(u.words) < ids[k] and _agents(u) & REPRESSORS
        ]  # fmt: skip
        crowd = [
            u for u in units
            if u.state and u.words and ids[hi - 1] < min(u.words) <= ids[min(hi + 11, len(ids) - 1)]
            and _agents(u) & CROWDS
        ]  # fmt: skip
        if doers and crowd:
            out.append((doers[-1], crowd[0], "175", "asserted"))
    return out


#: words of a crowd's protest, and the prepositions that name what it is against
PROTEST_WORDS = frozenset({
    "protest", "protests", "protested", "protesting", "demonstrating", "demonstrated",
    "demonstration", "demonstrations", "rally", "rallies", "rallied", "rallying",
})  # fmt: skip
AGAINST = frozenset({"against", "at"})


def nominal_protests(sent: Sentence, units: list[Unit]) -> list[tuple[Unit, Unit, str, str]]:
    """(crowd, whom, 141, "asserted") for a crowd's protest "against" or "at" an actor, the
    crowd named up to twelve words before it ("police opened fire on protesters
    *demonstrating against* a government ban", "demonstrators marching on the embassy *in
    protest at* Israel's ...", "crowds of opposition supporters ... a giant *protest
    against* the prime minister")."""
    ids, out = sent.ids, []
    low = [sent[i].text.lower() for i in ids]
    for k, w in enumerate(low):
        if w not in PROTEST_WORDS:
            continue
        at = next((j for j in range(k + 1, min(k + 3, len(ids))) if low[j] in AGAINST), None)
        if at is None or FEARED & set(low[max(0, k - 4) : k + 8]):
            continue
        target = _first_after(sent, units, list(ids[at + 1 : at + 7]))
        crowd = [
            u for u in units
            if u.state and u.words and ids[max(0, k - 12)] <= min(u.words) and max(u.words) < ids[k]
            and _agents(u) & CROWDS
        ]  # fmt: skip
        if target is not None and crowd and crowd[-1] is not target:
            out.append((crowd[-1], target, "141", "asserted"))
    return out
