"""Mediation named by a "by" phrase: the mediator's act (045) on each side of what it brought
about.

"Cambodia and Thailand agreed to a ceasefire, following talks that were *mediated by*
Malaysian Prime Minister Anwar", "released two American citizens ... in a deal *brokered by*
Qatar", "with the deal *facilitated by* Qatar", "after the United Arab Emirates *acted as an
intermediary*", "*under the mediation of* Qatar": the sides are the states of the sentence's
events of agreement, meeting, cooperation or yielding (roots 03-08: a ceasefire, a deal
signed, talks held, prisoners released), the mediator the actor of the "by" phrase (or who
acts in the role, or owns the mediation); CAMEO codes its mediation 045 towards each side. A
mediator named as an adjective ("an Egypt-brokered truce") is a label of the deal more than a
report of an act: event coders code it seldom, and kg not at all. Talks *hosted by* someone
("agreed to a ceasefire at talks in Putrajaya *hosted by* Malaysian Prime Minister Anwar",
"after more than a year of talks *hosted by* Qatar") are the host's hosting (043) of each side.

>>> sorted(MEDIATING)
['brokered', 'facilitated', 'mediated']
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kg.coding.sentence import Sentence, Unit
from kg.coding.strikes import first_actor_after

__all__ = ["MEDIATING", "mediated"]

MEDIATING = frozenset({"brokered", "mediated", "facilitated"})
#: nouns of talks a host holds for two sides ("talks *hosted by* Qatar")
TALKS = frozenset({
    "talks", "negotiations", "meeting", "meetings", "summit", "dialogue", "consultations",
    "encounter", "round",
})  # fmt: skip
#: roots of what mediation brings about between two sides
BROUGHT_ABOUT = frozenset({"03", "04", "05", "06", "07", "08"})
#: facts of the events whose sides a mediator stands between
DONE = frozenset({"asserted", "reported"})


def mediated(
    sent: Sentence, units: list[Unit], events: Iterable[Any]
) -> list[tuple[str, str, str]]:
    """(mediator, side, "045") for every side of the sentence's events (objects with
    ``source``, ``target``, ``code`` and ``factuality``) that a mediator named in a "by"
    phrase after :data:`MEDIATING` stands between, and (host, side, "043") for the host of
    talks (:data:`TALKS`) "hosted by" someone (see the module docstring)."""
    mediators: list[tuple[Unit, str]] = []
    low = sent.low
    for k in range(len(sent.ids) - 1):
        if low[k + 1] != "by":
            continue
        hosted = low[k] == "hosted" and bool(TALKS & set(low[max(0, k - 3) : k]))
        if low[k] in MEDIATING or hosted:
            found = first_actor_after(sent, units, sent.ids[k + 2 : k + 6])
            mediators += [(found, "043" if hosted else "045")] if found is not None else []
    mediators += [(u, "045") for u in _in_the_role(sent, units)]
    out = []
    for m, act in mediators:
        sides: dict[str, str] = {}
        for e in events:
            if e.code[:2] in BROUGHT_ABOUT and e.factuality in DONE:
                for code in (e.source, e.target):
                    if code[:3] != m.state[:3] and code[:3] != "---":
                        sides.setdefault(code[:3], code)
        if len(sides) >= 2:
            out += [(m.code, side, act) for side in sides.values()]
    return out


#: nouns of a mediator's role, and of mediation
ROLES = frozenset({"mediator", "intermediary", "go-between", "facilitator", "broker"})
MEDIATION = frozenset({"mediation", "facilitation"})


def _in_the_role(sent: Sentence, units: list[Unit]) -> list[Unit]:
    """Mediators named by their role or their mediation: the subject of a verb a phrase "as
    (a) mediator" hangs on ("after the United Arab Emirates *acted as an intermediary*"), the
    owner or "of" phrase of "mediation" ("*under the mediation of* Qatar", "with *Qatar's*
    mediation")."""
    out = []
    for i in sent.ids:
        low = sent[i].text.lower()
        if low in ROLES and sent.case_of(i) == "as" and sent[i].head:
            verb = sent[i].head  # (else the name right before it: "the Emirates *acted* as")
            subj = sent.children(verb, "nsubj") or [verb - 1]
            out += [u for u in units if (u.head in subj or set(subj) & u.words) and u.state]
        elif low in MEDIATION:
            owners = {
                k for k in sent.children(i, "nmod", "nmod:poss") if sent.case_of(k) in ("of", "")
            }
            out += [u for u in units if (u.head in owners or owners & u.words) and u.state]
    return out
