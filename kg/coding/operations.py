"""Joint military or police operations named by a noun: military cooperation (062) between
their sides.

"Ugandan and Congolese troops launched *joint air strikes* against camps of the ADF",
"Nigerian and Cameroonian troops killed dozens of Boko Haram fighters *in a joint operation*",
"Ugandan troops launched strikes on ADF camps *in a joint operation with the Congolese army*",
"busted a drug gang ... *in a joint operation with Lao authorities*". Event coders code the
cooperation beside the act (062 both ways); PETRARCH reads the verb alone.

The operation is joint where a word before the noun says so ("joint", "combined"; see
:data:`kg.coding.drills.JOINT`). Its sides are the states named before the noun ("US-Philippine
joint patrols"), the subject of the verb it hangs under (its object, or a phrase of it: "in a
joint operation"), and the actor it is held "with"; two states at least, coded both ways.
An operation "by" someone is left alone (coders differ), as are one under a negated verb and
one objected to ("condemned the joint raids"); one to come is future.

>>> sorted(OPERATION_NOUNS)[:4]
['airstrike', 'airstrikes', 'assault', 'campaign']
"""

from __future__ import annotations

from kg.coding.drills import (
    JOINT,
    both_ways,
    held_with,
    nouns_in,
    still_to_come,
    subject_actors,
    words_before,
)
from kg.coding.nominal import objected_to
from kg.coding.reading import is_negated
from kg.coding.sentence import Sentence, Unit

__all__ = ["OPERATION_NOUNS", "joint_operations"]

OPERATION_NOUNS = frozenset({
    "operation", "operations", "strike", "strikes", "airstrike", "airstrikes", "offensive",
    "patrol", "patrols", "raid", "raids", "campaign", "assault", "crackdown",
})  # fmt: skip


def joint_operations(sent: Sentence, units: list[Unit]) -> list[tuple[Unit, Unit, str, str]]:
    """(one side, the other, "062", factuality) of the joint operations nouns name (see the
    module docstring), each way."""
    out = []
    for n in nouns_in(sent, OPERATION_NOUNS):
        phrase = words_before(sent, n)
        if not any(sent[k].text.lower() in JOINT for k in phrase) or objected_to(sent, n):
            continue
        if any(sent[k].text.lower() == "by" for k in sent.children(n, "case")):
            continue
        g = _governing_verb(sent, n)
        if g is None or is_negated(sent, g):
            continue
        inside = [u for u in units if u.state and u.words & phrase]
        sides = [*inside, *subject_actors(sent, g, units), *held_with(sent, n, units)]
        fact = "future" if still_to_come(sent, g, phrase) else "asserted"
        out += both_ways(sides, fact)
    return out


def _governing_verb(sent: Sentence, n: int) -> int | None:
    """The verb noun ``n`` is the object of, or a phrase of ("launched joint strikes", "killed
    ... in a joint operation"), through a noun it is conjoined to or a name it heads."""
    h = n
    for _ in range(3):
        if sent[h].base in ("conj", "compound", "flat", "appos") and sent[h].head:
            h = sent[h].head
    g = sent[h].head
    if not g or sent[h].base not in ("obj", "obl", "nmod") or sent[g].upos != "VERB":
        return None
    return g
