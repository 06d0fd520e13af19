"""Sanctions named by a noun as imposed, read in word order: "the sanctions *imposed by* the
US on Vice President Rosario Murillo", "China's *imposition of* tariffs of around 80 per cent
on Australian barley".

Reporting names many sanctions only as what another act answers or rejects; event coders
code them (163, impose embargo, boycott or sanctions) when the sentence says they were
imposed:

* **the sanctions**: sanctions, tariffs, an embargo or asset freezes;
* **imposed**: "imposed by X" right after the noun, or "X's imposition of" before it;
* **the doer**: the first actor after "by", or the actor right before "imposition";
* **the target**: the first actor after an "on" or "against" that follows the noun.

Nothing is coded where a word of an act not done stands near ("threatened", "would", "if").

>>> sorted(SANCTION_NOUNS)[:3]
['asset', 'duties', 'embargo']
"""

from __future__ import annotations

from kg.coding.strikes import NOT_DONE, first_actor_after
from kg.coding.tree import Sentence, Unit

__all__ = ["SANCTION_NOUNS", "imposed_sanctions"]

#: nouns of sanctions (an "asset freeze" by its first word)
SANCTION_NOUNS = frozenset({"sanctions", "tariffs", "embargo", "asset", "duties", "levies"})
#: how far after the noun its target may stand
NEAR = 10


def imposed_sanctions(sent: Sentence, units: list[Unit]) -> list[tuple[Unit, Unit, str, str]]:
    """(who imposed, on whom, 163, "asserted") of sanctions a noun names as imposed (see the
    module docstring)."""
    ids, out = sent.ids, []
    low = sent.low
    for k, w in enumerate(low):
        if w not in SANCTION_NOUNS or NOT_DONE & set(low[max(0, k - 4) : k + 6]):
            continue
        doer = None
        if low[k + 1 : k + 3] == ["imposed", "by"]:  # "the sanctions imposed by the US on X"
            doer = first_actor_after(sent, units, ids[k + 3 : k + 8])
        elif k >= 3 and low[k - 2 : k] == ["imposition", "of"]:  # "China's imposition of"
            owner = set(ids[max(0, k - 5) : k - 2])
            doer = next(
                (u for u in reversed(units) if u.state and max(u.words, default=0) in owner), None
            )
        if doer is None:
            continue
        on = next(
            (j for j in range(k + 1, min(k + NEAR, len(ids))) if low[j] in ("on", "against")), None
        )
        target = first_actor_after(sent, units, ids[on + 1 : on + 6]) if on is not None else None
        if target is not None and target.state[:3] != doer.state[:3]:
            out.append((doer, target, "163", "asserted"))
    return out
