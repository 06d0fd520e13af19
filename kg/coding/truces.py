"""Ceasefires agreed, read in word order: "the Ethiopian government and regional forces from
Tigray agreed on Wednesday to cease hostilities", "Rebels ... say they have agreed to a
temporary cease-fire deal with the government", "the Government of Colombia and the ELN
announced ... that they had reached an agreement to extend ... the bilateral ceasefire".

* **the ceasefire**: a ceasefire, cease-fire, truce or armistice, hostilities ceased, ended
  or their cessation, or the guns silenced, within eight words after a word of agreeing
  (agreed, reached, signed, announced, declared, accepted, extended);
* **the sides**: the actors right before the word of agreeing that no preposition opens and
  "and" joins, and the one "with" names after it; every two of them code each other (0871);
* **only one agreed**: nothing where it is called for, urged, rejected, violated or broken,
  or declared by one side alone ("a unilateral ceasefire").

>>> sorted(TRUCES)[:3]
['armistice', 'cease-fire', 'ceasefire']
"""

from __future__ import annotations

from kg.coding.targets import joined_by_and, opened_by
from kg.coding.tree import Sentence, Unit

__all__ = ["AGREEING", "TRUCES", "agreed_truces"]

#: words of a ceasefire, and of agreeing to one
TRUCES = frozenset({"ceasefire", "cease-fire", "truce", "armistice", "hostilities", "guns"})
AGREEING = frozenset({
    "agreed", "agree", "agrees", "reached", "signed", "announced", "declared", "accepted",
    "extended", "extend",
})  # fmt: skip
#: words near it that make it no ceasefire agreed
NOT_AGREED = frozenset({
    "called", "calls", "urged", "urges", "demanded", "rejected", "refused", "violated",
    "violating", "violation", "violations", "broke", "broken", "breaking", "not", "no", "if",
    "would", "could", "proposed", "collapsed", "ended", "unilateral", "unilaterally",
})  # fmt: skip


def agreed_truces(sent: Sentence, units: list[Unit]) -> list[tuple[Unit, Unit, str, str]]:
    """(one side, the other, 0871, "asserted") of every ceasefire the sentence says its sides
    agreed (see the module docstring), each way."""
    ids, out = sent.ids, []
    low = sent.low
    for k, w in enumerate(low):
        if w not in TRUCES:
            continue
        ended = {"cease", "silence", "cessation", "end"}  # "a permanent *cessation of* hostilities"
        if w in ("hostilities", "guns") and not ended & set(low[max(0, k - 3) : k]):
            continue
        agree = [j for j in range(max(0, k - 8), k) if low[j] in AGREEING]
        if not agree or NOT_AGREED & set(low[max(0, agree[0] - 3) : k + 3]):
            continue
        a = ids[agree[0]]
        before = [
            u for u in units
            if u.state and u.words and max(u.words) < a and a - max(u.words) <= 16
            and opened_by(sent, u) == ""
        ]  # fmt: skip
        sides = before[-1:]
        for u in reversed(before[:-1]):  # the doers joined by "and" before the agreeing
            gap = [low[ids.index(i)] for i in ids if max(u.words) < i < min(sides[0].words)]
            if not (joined_by_and(sent, u, sides[0]) or len(gap) <= 3 and "," not in gap):
                break
            sides.insert(0, u)
        with_ = [j for j in range(k + 1, min(k + 6, len(ids))) if low[j] == "with"]
        if with_:
            sides += [
                u
                for u in units
                if u.state and u.words and ids[with_[0]] < min(u.words) <= ids[with_[0]] + 5
            ][:1]
        for s in sides:
            for t in sides:
                if s is not t and (s.state[:3] != t.state[:3] or s.code[3:] != t.code[3:]):
                    out.append((s, t, "0871", "asserted"))
    return out
