"""Requests an act answers, named by a noun: "After a request from the Burmese government,
India's Ministry of Home Affairs announced ...", "upon the request of the Government of
Palau, the Government of Japan has decided to provide ...", "Police arrested X ..., following
a request by the United States government for his extradition".

An act done "at the request of" someone answers a request that someone made of the actor who
acts (020, the convention of every CAMEO set here). Read in word order:

* **the request**: "request" or "requests" right after a word of sequence ("after",
  "upon", "following", "at", "on") and its determiners and adjectives;
* **the asker**: the first actor within five words after the "of", "from" or "by" that
  follows the noun;
* **the one asked**: the first actor before the request's phrase that no preposition opens
  (the doer of the main clause), else the first such actor after the comma that ends the
  request's phrase.

An order to leave the country is an expulsion (:func:`expulsion`): "Pakistan ordered an Indian
High Commission official to leave" is 161 for a state's officials and diplomats, 174 for
people ("ordered three reporters to leave the country"), as the CAMEO sets here code it.

An appeal or demand a state makes about its own people held abroad is made to whoever holds
them (:func:`holder`): "called for the immediate release of a US journalist detained in
Russia" is an appeal to Russia.

>>> sorted(SEQUENCE)
['after', 'at', 'following', 'on', 'upon']
"""

from __future__ import annotations

from kg.coding.strikes import first_actor_after
from kg.coding.targets import opened_by
from kg.coding.tree import Sentence, Unit

__all__ = ["LEAVING", "SEQUENCE", "answered_requests", "expulsion", "holder"]

#: nouns of a request
REQUESTS = frozenset({"request", "requests"})
#: words that make the act that follows (or precedes) an answer to the request
SEQUENCE = frozenset({"after", "upon", "following", "at", "on"})
#: prepositions that name the asker after the noun
ASKER = frozenset({"of", "from", "by"})


def _bare(sent: Sentence, u: Unit) -> bool:
    return bool(u.state) and bool(u.words) and opened_by(sent, u) == ""


def answered_requests(sent: Sentence, units: list[Unit]) -> list[tuple[Unit, Unit, str, str]]:
    """(asker, the one asked, 020, "asserted") of every request an act answers (see the
    module docstring)."""
    ids, out = sent.ids, []
    low = sent.low
    for k, w in enumerate(low):
        if w not in REQUESTS or sent[ids[k]].upos != "NOUN" or k + 1 >= len(ids):
            continue
        j = k - 1
        while j >= 0 and sent[ids[j]].upos in ("DET", "ADJ"):
            j -= 1
        if j < 0 or low[j] not in SEQUENCE or low[k + 1] not in ASKER:
            continue
        asker = first_actor_after(sent, units, ids[k + 2 : k + 7])
        if asker is None:
            continue
        before = [u for u in units if _bare(sent, u) and max(u.words) < ids[j]]
        comma = next((m for m in range(k + 2, len(ids)) if low[m] == ","), None)
        after = [
            u for u in units
            if comma is not None and _bare(sent, u) and min(u.words) > ids[comma]
        ]  # fmt: skip
        asked = (before or after)[:1]
        out += [(asker, a, "020", "asserted") for a in asked if a is not asker]
    return out


#: words of holding someone, and the prepositions that name who holds them or where
HELD = frozenset({
    "detained", "held", "jailed", "imprisoned", "abducted", "kidnapped", "captured",
    "arrested", "seized",
})  # fmt: skip
HOLDER = frozenset({"in", "by", "to"})


def holder(sent: Sentence, units: list[Unit], state: str) -> Unit | None:
    """Who holds the people of ``state`` an appeal is about: the first actor of another state
    after "detained/held/abducted ... in/by/to" ("called for the immediate release of a US
    journalist *detained in Russia*", "called for the return of all Japanese citizens
    *abducted to North Korea*"), else None."""
    ids = sent.ids
    low = sent.low
    for k, w in enumerate(low[:-1]):
        if w in HELD and low[k + 1] in HOLDER:
            u = first_actor_after(sent, units, ids[k + 2 : k + 7])
            if u is not None and u.state[:3] != state:
                return u
    return None


#: verbs of leaving a country, and the agents of forces whose ordered leaving is a demand to
#: withdraw (10x: "ordered them to leave" of foreign troops), not an expulsion
LEAVING = frozenset({"leave", "depart", "quit", "exit"})
FORCES = frozenset({"MIL", "COP", "SPY"})


def expulsion(sent: Sentence, v: int, targets: list[Unit]) -> str:
    """The code of an order (verb ``v``) that ``targets`` leave: 161 where every one is a
    state's official or diplomat ("ordered an Indian High Commission official to leave"), or a
    state named inside an envoy ordered to leave (:func:`_envoys_of`),
    174 for other people ("ordered three reporters ... to leave the country"); "" where no
    verb of :data:`LEAVING` hangs on ``v``, or a target is a force (its withdrawal is
    demanded) or has no agent (a state told to leave)."""
    leave = [k for k in sent.children(v, "xcomp", "advcl") if sent[k].lemma.lower() in LEAVING]
    if not leave or not targets:
        return ""
    if any(sent[j].lemma.lower() in ("not", "never") for k in leave for j in sent.children(k)):
        return ""  # "told him not to leave the country": a ban on travel, no expulsion
    if all(not u.agents for u in targets) and _envoys_of(sent, v, targets):
        return "161"  # "ordered the high commissioner for Malawi to leave": Malawi's envoy
    if any(u.agents & FORCES or not u.agents for u in targets):
        return ""
    return "161" if all(u.agents == {"GOV"} for u in targets) else "174"


#: nouns of a state's envoys: ordered to leave, they are expelled (161) for their state
ENVOYS = frozenset({
    "ambassador", "diplomat", "envoy", "commissioner", "consul", "representative", "attache",
    "chargé", "charge",
})  # fmt: skip


def _envoys_of(sent: Sentence, v: int, targets: list[Unit]) -> bool:
    """The object of order ``v`` is an envoy (:data:`ENVOYS`) and every target is named inside
    it: the states whose envoy it is ("the acting high commissioner for ... Malawi")."""
    objs = [k for k in sent.children(v, "obj", "dobj") if sent[k].lemma.lower() in ENVOYS]
    inside = {j for k in objs for j in sent.subtree(k)}
    return bool(objs) and all(u.head in inside for u in targets)
