"""Threats of retaliation: a vow or threat to answer in kind ("vowed to retaliate",
"threatened to respond with force", "vowed revenge") threatens (130) whom it would answer:
whom the vow names, else the first actor of another state after the word of answering
("vowed to respond appropriately to air strikes it blamed on *Pakistan*"), else whom the
vower's act it goes on from was aimed at ("accused South Korea of flying drones ... *and
threatened to respond* with force"), else who did something hostile to the vower's state in
the sentence ("Indian warplanes struck a camp inside Pakistan, and Islamabad *vowed to
respond*").

>>> sorted(VOWING)[:3]
['pledge', 'promise', 'swear']
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from kg.coding.tree import Sentence, Unit

__all__ = ["RETALIATION", "VOWING", "vowed_retaliation"]

#: verbs of vowing or threatening something to come
VOWING = frozenset({"vow", "threaten", "warn", "pledge", "promise", "swear"})
#: words of answering an act in kind
RETALIATION = frozenset({
    "retaliate", "respond", "revenge", "retaliation", "punishment", "punish", "countermeasure",
    "countermeasures", "reprisal", "reprisals", "avenge", "response",
})  # fmt: skip
#: roots of hostile acts a vow may answer (criticism to mass violence)
HOSTILE = frozenset({"11", "12", "13", "14", "15", "16", "17", "18", "19", "20"})


def vowed_retaliation(
    sent: Sentence, readings: Mapping[int, Any], units: list[Unit], events: Sequence[Any]
) -> list[tuple[Unit, Unit, str, str]]:
    """(who vows, whom, "130", "asserted") of every vow or threat to retaliate (see the module
    docstring); ``readings``: each verb's reading, ``events``: the sentence's coded events."""
    out = []
    for v, r in readings.items():
        head = sent[v].head
        sources = r.sources
        if not sources and sent[v].base in ("conj", "advcl") and head in readings:
            sources = readings[head].sources  # "rejected India's claim, even as *it* vowed"
        if sent[v].lemma.lower() not in VOWING or r.negated or not sources:
            continue
        inside = sent.subtree(v)
        answer = [k for k in sorted(inside) if k > v and sent[k].lemma.lower() in RETALIATION]
        if not answer:
            continue
        states = {u.code[:3] for u in sources}
        whom = [u for u in r.targets if u.code[:3] not in states]
        whom = (
            whom
            or [
                u
                for u in units
                if u.head in inside and u.head > answer[0] and u.code[:3] not in states
            ][:1]
        )
        if not whom and sent[v].base in ("conj", "advcl", "parataxis") and head in readings:
            whom = [u for u in readings[head].targets if u.code[:3] not in states]
        if not whom:
            by_code = {}  # the first unit of each actor code
            for u in units:
                by_code.setdefault(u.code, u)
            whom = [
                by_code[e.source] for e in events
                if e.target[:3] in states and e.source[:3] not in states
                and not e.source.startswith("---") and e.code[:2] in HOSTILE
                and e.source in by_code
            ]  # fmt: skip
        whom = list({id(u): u for u in whom}.values())  # each actor once
        out += [(s, t, "130", "asserted") for s in sources for t in whom]
    return out
