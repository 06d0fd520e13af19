"""Targets of acts whose object names no actor, taken from the rest of the sentence.

* :func:`others_targets`: "others" are the others of the verb it is coordinated with ("the
  army killed one ELN rebel and *arrested four others*");
* :func:`one_states_targets`: force or repression on someone unnamed, in a sentence that names
  one state only, is on that state ("police arrested *more than 50 people*");
* :func:`deported_to`: people deported who name no state are the state's they are deported
  to ("Israel deported a planeload of migrants *to South Sudan*").
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from kg.coding.sentence import Sentence, Unit
from kg.coding.strikes import HARM

__all__ = ["MIGRANTS", "ON_OWN_GROUND", "deported_to", "one_states_targets", "others_targets"]


def others_targets(sent: Sentence, readings: dict[int, Any]) -> dict[int, Any]:
    """``readings`` (verb → :class:`kg.coding.reading.Reading`) with the target of a verb whose
    object is "others" and names no one taken from the verb it is coordinated with: "the
    army killed one ELN rebel and *arrested four others*" (the ELN's), "attacked an army
    base, killing 17 soldiers and *abducting 11 others*"."""
    out = dict(readings)
    for v, r in readings.items():
        if r.targets or not r.code or sent[v].text.lower() in HARM:
            continue  # "killed four soldiers and *wounded* two others": one attack's harm
        if not any(sent[k].text.lower() == "others" for k in sent.children(v, "obj", "dobj")):
            continue
        head = sent[v].head
        if sent[v].base in ("conj", "advcl") and head in readings and readings[head].targets:
            out[v] = replace(r, targets=list(readings[head].targets))
    return out


#: roots of acts of force and repression whose object names no one (see one_states_targets)
ON_OWN_GROUND = frozenset({"17", "18", "19"})


def one_states_targets(
    sent: Sentence, readings: dict[int, Any], units: list[Unit]
) -> dict[int, Any]:
    """``readings`` with a target for a one-way act of force or repression by doers with a
    state whose object names no actor, in a sentence that names one state only: that state,
    where it happened ("Pro-Russian separatists in Donetsk have shelled *the city's
    airport*", "Police and soldiers cleared roadblocks and arrested *more than 50 people*")."""
    states = {u.state[:3] for u in units if u.state}
    if len(states) != 1:
        return readings
    state, out = states.pop(), dict(readings)
    named = {k for u in units for k in u.words}
    for v, r in readings.items():
        if r.targets or r.negated or ":" in r.code or r.code[:2] not in ON_OWN_GROUND:
            continue
        if len({u.code for u in r.sources}) != 1 or not all(u.state for u in r.sources):
            continue  # (two sides: "Nigerian troops and Boko Haram fought a battle")
        obj = [k for k in sent.children(v, "obj") if sent[k].upos in ("NOUN", "NUM")]
        if obj and obj[0] not in named:
            out[v] = replace(r, targets=[Unit(state, obj[0], obj[0], {obj[0]}, state)])
    return out


#: agents of people deported with no state or calling named: civilians, people, refugees
MIGRANTS = frozenset({"", "CVL", "PPL", "REF"})


def deported_to(sent: Sentence, readings: dict[int, Any], units: list[Unit]) -> dict[int, Any]:
    """``readings`` with the target of a deportation (174) whose deportees name no state nor
    calling ("migrants", "40 Uyghur men"; :data:`MIGRANTS`) made the state of the "to"
    phrase on the verb or its object: "Thailand deported 40 Uyghur men *to China*"."""
    out = dict(readings)
    for v, r in readings.items():
        if not r.code.startswith("174") or not r.targets or r.negated:
            continue
        own = {u.state[:3] for u in r.sources if u.state}
        if not own or any(u.state or u.code[3:] not in MIGRANTS for u in r.targets):
            continue  # (people of a state or a calling stay theirs: "expelled 19 clergymen")
        # (the "to" phrase hung on the verb, or on its object: "deported 40 men *to China*")
        phrases = [*sent.children(v, "obl"), *(
            k for o in sent.children(v, "obj", "obl") for k in sent.children(o, "nmod")
        )]  # fmt: skip
        to = [
            u for k in phrases if sent.case_of(k) == "to"
            for u in units if (u.head == k or k in u.words) and u.state and u.state[:3] not in own
        ]  # fmt: skip
        if to:
            out[v] = replace(r, targets=to[:1])
    return out
