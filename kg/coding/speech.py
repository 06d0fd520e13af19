"""Who reports an act: the verbs of saying a clause is the content of, and the state that
reports being hit by an attack that names no one.

The content of "Y said (that) X ..." (``ccomp``, ``parataxis``) and of "X ..., Y said" is
reported; small parsers join the trailing verb of saying to the act as a second verb
(``conj``), so one after a comma, with a subject of its own, counts too.

A state that reports an attack on no named actor, by another state, in a story filed from
that state, is the one attacked, as event coders code it (:func:`victims_reported`): "NEW
DELHI – Pakistani troops targeted forward posts along the Line of Control, the Indian Army
claimed" is Pakistan's attack on India.
"""

from __future__ import annotations

from dataclasses import replace

from kg.coding.pairs import FORCE
from kg.coding.reading import SAY, Reading
from kg.coding.tree import Sentence, Unit

__all__ = [
    "CLAIMS",
    "STATE_VOICE",
    "claimed",
    "reporting_victim",
    "speech_verbs",
    "victims_reported",
]


#: nouns of what is claimed, not known: the "that" clause after one is no act done
CLAIMS = frozenset({
    "allegation", "allegations", "claim", "claims", "accusation", "accusations", "charge",
    "charges", "rumour", "rumours", "rumor", "rumors", "suggestion", "suggestions",
    "speculation", "reports",
})  # fmt: skip


def claimed(sent: Sentence, v: int) -> bool:
    """Verb ``v`` opens a "that" clause right after a noun of claiming, however the parser hung
    it: "rejected *allegations that* Russia is pushing migrants to the Finnish border", "with
    unconfirmed *reports that* dozens were killed" are claims, no act the sentence asserts."""
    ids = sent.ids
    at = ids.index(v)
    that = [k for k in range(at) if sent.low[k] == "that"]
    if not that:
        return False
    k = that[-1]
    between = ids[k + 1 : at]
    if any(sent[j].upos in ("VERB", "SCONJ") or sent[j].text in (",", ";") for j in between):
        return False  # the "that" opens another clause, not v's
    return k > 0 and sent.low[k - 1] in CLAIMS


#: agents of a state's own voice: a government, military, police or security service
STATE_VOICE = frozenset({"GOV", "MIL", "COP", "SPY"})


def reporting_victim(speakers: list[Unit], sources: list[Unit]) -> list[Unit]:
    """The state that reports an attack naming no actor it hit, where the attacker is of
    another state: the one attacked, as event coders code it ("Pakistani troops targeted
    forward posts along the Line of Control, *the Indian Army* claimed": PAK → IND; "The
    Armenian armed forces violated the ceasefire 120 times, *Azerbaijan's Defense Ministry*
    said"). Only a state speaking for itself (its government, military or police), one
    state, not the attacker's; none for media, monitors or organisations."""
    own = {u.state[:3] for u in sources if u.state}
    voices = [
        u for u in speakers
        if len(u.state) == 3 and u.state.isalpha() and u.state not in ("IGO", "NGO")
        and u.agents <= STATE_VOICE and u.state[:3] not in own
    ]  # fmt: skip
    if not own or len({u.state for u in voices}) != 1 or len(voices) != len(speakers):
        return []
    return [replace(voices[0], code=voices[0].state)]


def speech_verbs(sent: Sentence, v: int) -> list[int]:
    """The verbs of saying whose content verb ``v`` is: its governor ("Y said (that) X
    attacked"), or a verb after it, after a comma, with its own subject ("X attacked ..., Y
    said", however the parser hung it)."""
    w = sent[v]
    out = [
        k for k in sent.children(v, "parataxis", "conj")
        if k > v and sent[k].lemma.lower() in SAY and sent.children(k, "nsubj")
        and (sent[k].base == "parataxis" or _comma_before(sent, k))
    ]  # fmt: skip
    if w.base in ("ccomp", "parataxis") and w.head and sent[w.head].lemma.lower() in SAY:
        out.append(w.head)
    return out


def _comma_before(sent: Sentence, k: int) -> bool:
    """A comma stands before the subject of verb ``k`` (", Azerbaijan's Defense Ministry
    said")."""
    first = min(j for s in sent.children(k, "nsubj") for j in sent.subtree(s))
    prev = sent.words.get(first - 1)
    return prev is not None and prev.text == ","


def victims_reported(
    sent: Sentence, readings: dict[int, Reading], filed: str
) -> dict[int, Reading]:
    """``readings`` with the state that reports an attack naming no one (see
    :func:`reporting_victim`) as its target, where the story is filed from that state (a
    third state's military reporting it is no victim)."""
    out = dict(readings)
    for v, r in readings.items() if filed else ():
        if r.targets or r.code.split(":")[0][:2] not in FORCE:
            continue
        says = [readings[k] for k in speech_verbs(sent, v) if k in readings]
        victims = reporting_victim([u for x in says for u in x.sources], r.sources)
        if victims and victims[0].state == filed:
            out[v] = replace(r, targets=victims)
    return out
