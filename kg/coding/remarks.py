"""Remarks a doer makes in a participle or a second verb on whom it acts on: "Algeria is
cutting diplomatic relations with Morocco, ... *accusing its neighbor* of hostile actions",
"Belarus said it had briefly detained a Polish diplomat, *accusing him* of espionage",
"Armenian authorities arrested a prominent cleric *and accused him* of orchestrating a plot".

A participle of accusing, blaming or criticising that a parser hung on a verb (``advcl``), or
such a verb joined to it (``conj``), that has no subject of its own is said by that verb's
doer. Its object is whom it says
it of: an actor named there, else, for a pronoun or "its neighbour", whom the verb acted on.
Accusing and blaming are accusations (112); criticising, condemning, denouncing, criticism
(111).

>>> REMARKS["accuse"], REMARKS["condemn"]
('112', '111')
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kg.coding.tree import Sentence, Unit

__all__ = ["REMARKS", "participle_remarks"]

#: verbs of a remark on someone, and its code
REMARKS = {
    "accuse": "112", "blame": "112", "criticize": "111", "criticise": "111", "condemn": "111",
    "denounce": "111", "slam": "111",
}  # fmt: skip
#: objects that stand for whom the governing verb acted on
STAND_INS = frozenset({"him", "her", "them", "it", "neighbor", "neighbour"})


def participle_remarks(
    sent: Sentence, readings: Mapping[int, Any], units: list[Unit]
) -> list[tuple[Unit, Unit, str, str]]:
    """(doer, whom, code, "asserted") of every remark a subject-less participle makes (see
    the module docstring); ``readings``: each verb's reading (:func:`kg.coding.reading.read_verb`)."""
    out = []
    for v in sent.ids:
        w = sent[v]
        code = REMARKS.get(w.lemma.lower())
        participle = w.base == "advcl" and w.text.lower().endswith("ing")
        if code is None or not (participle or w.base == "conj"):
            continue
        head = readings.get(w.head)
        if head is None or not head.sources or sent.children(v, "nsubj", "nsubj:pass"):
            continue
        objs = sent.children(v, "obj", "dobj")
        if not objs:
            continue
        named = [u for u in units if u.head == objs[0] or objs[0] in u.words]
        if named:
            targets = named
        elif sent[objs[0]].text.lower() in STAND_INS or sent[objs[0]].lemma.lower() in STAND_INS:
            targets = head.targets
        else:
            continue
        out += [(s, t, code, "asserted") for s in head.sources for t in targets if s is not t]
    return out
