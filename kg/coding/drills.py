"""Joint military drills named by a noun: military cooperation (062) between their sides.

Reporting names joint drills as a noun under a verb of holding, starting or ending them
("The navies of Egypt and Saudi Arabia announced *the beginning of* Morgan 14 joint training
exercises", "The India-Kazakhstan Joint Military Exercise *commenced* Monday", "concluded the
mixed bilateral exercise with their Egyptian counterparts", "Joint Egyptian-Saudi navy
maneuver Morgan 15 *is underway*"). The verb's dictionary patterns read some of these
(``HOLD_DRILLS`` in ``kg.verbs.txt``); the noun gives the rest, whatever verb it hangs on.

The drills are joint where a word before the noun says so ("joint", "bilateral", "mixed"),
where they are held "with" a partner, or where two states are named before the noun
("U.S.-Philippine drills"). Their sides are the states named before the noun, the subject of
the verb they are the object of, and the "with" partner; two states at least, coded both
ways. Drills named as what someone objects to are no event ("protested against the joint
drills"), nor are drills under a negated verb; drills one will hold are future. Under any other
verb, drills were held where the noun names their sides: an owner with a partner ("denounced
*South Korea's* joint naval drills *with Japan*", "a protest to drills *conducted by* South
Korea *in conjunction with* the United States"), or "involving" ("the annual military exercise
*involving Filipino and American troops*").

>>> sorted(JOINT)[:3]
['bilateral', 'combined', 'joint']
"""

from __future__ import annotations

from kg.coding.modality import FUTURE, MAYBE
from kg.coding.nominal import AHEAD, PLANNED, objected_to
from kg.coding.reading import is_negated
from kg.coding.sentence import Sentence, Unit, conjuncts
from kg.coding.strikes import first_actor_after
from kg.coding.subjects import subject

__all__ = [
    "DRILL_NOUNS", "JOINT", "both_ways", "held_with", "joint_drills", "nouns_in", "still_to_come",
    "subject_actors", "words_before",
]  # fmt: skip

DRILL_NOUNS = frozenset({
    "exercise", "exercises", "drill", "drills", "maneuver", "maneuvers", "manoeuvre",
    "manoeuvres", "wargames", "war-games",
})  # fmt: skip
#: words that make drills joint
JOINT = frozenset({"joint", "bilateral", "trilateral", "combined", "mixed", "multinational"})
#: verbs of holding, starting or ending drills (lemmas)
HOLD = frozenset({
    "hold", "conduct", "stage", "begin", "start", "kick", "launch", "commence", "conclude",
    "complete", "end", "finish", "wrap", "continue", "open", "close", "carry", "participate",
    "take",
})  # fmt: skip
#: nouns of a phase or an edition of the drills ("the beginning of", "the 8th edition of")
PHASES = frozenset({
    "beginning", "start", "launch", "opening", "conclusion", "end", "close", "closing",
    "completion", "edition", "round", "phase", "stage",
})  # fmt: skip
#: predicates of drills going on ("is underway")
GOING_ON = frozenset({"underway", "ongoing", "under way"})
#: words that may stand in the noun's phrase before it: names, numbers, adjectives, hyphens
PHRASE_TAGS = frozenset({"PROPN", "NOUN", "ADJ", "NUM", "CCONJ"})


def joint_drills(sent: Sentence, units: list[Unit]) -> list[tuple[Unit, Unit, str, str]]:
    """(one side, the other, "062", factuality) of the joint drills nouns name (see the
    module docstring), each way."""
    out = []
    for n in nouns_in(sent, DRILL_NOUNS):
        if objected_to(sent, n):
            continue
        phrase = words_before(sent, n)
        verb = _holding_verb(sent, n)
        if verb is None:  # held all the same where the noun names its sides
            out += both_ways(_named_sides(sent, n, phrase, units), "asserted")
            continue
        g, h = verb
        if g and is_negated(sent, g):
            continue
        inside = [u for u in units if u.state and u.words & phrase]
        partner = held_with(sent, n, units)
        doers = []
        if g and sent[h].base in ("obj", "obl") and sent[g].upos == "VERB":
            doers = subject_actors(sent, g, units)
        joint = any(sent[k].text.lower() in JOINT for k in phrase) or partner
        if not joint and len({u.state[:3] for u in inside}) < 2:
            continue
        fact = "future" if still_to_come(sent, g, phrase) else "asserted"
        out += both_ways([*inside, *doers, *partner], fact)
    return out


#: participles that name who holds drills right after their noun ("drills *conducted by* X")
HELD_BY = frozenset({"conducted", "held", "staged", "carried", "organised", "organized"})
#: possessive endings ("South Korea*'s* joint drills")
POSSESSIVE = frozenset({"'s", "’s", "'"})


def _named_sides(sent: Sentence, n: int, phrase: set[int], units: list[Unit]) -> list[Unit]:
    """The sides a drill noun names with no verb of holding above it, whatever verb it hangs
    on (they were held): its owner ("*South Korea's* joint naval drills *with Japan*", "the
    drills *conducted by* South Korea *in conjunction with* the United States") with its
    partner, or the troops "involving" names ("the annual military exercise *involving*
    Filipino and American troops"). Fewer than two states: none."""
    ids, low = sent.ids, sent.low
    k = ids.index(n)
    start = ids.index(min(phrase)) if phrase else k
    owner = []
    if start >= 2 and low[start - 1] in POSSESSIVE:
        owner = [u for u in units if u.state and ids[start - 2] in u.words | {u.head}]
    if not owner and low[k + 1 : k + 2] and low[k + 1] in HELD_BY and low[k + 2 : k + 3] == ["by"]:
        found = first_actor_after(sent, units, ids[k + 3 : k + 7])
        owner = [found] if found is not None else []
    partner = held_with(sent, n, units)
    if not partner:  # "in conjunction with", "together with", a few words on
        for j in range(k + 1, min(k + 9, len(ids) - 1)):
            if low[j] in (",", ";") or sent[ids[j]].upos == "VERB" and low[j] not in HELD_BY:
                break
            if low[j] == "with" and low[j - 1] in ("conjunction", "together", "jointly"):
                found = first_actor_after(sent, units, ids[j + 1 : j + 5])
                partner = [found] if found is not None else []
                break
    if owner and partner:
        return [*owner, *partner]
    if low[k + 1 : k + 2] == ["involving"]:
        end = k + 2
        while end < len(ids) and low[end] not in (",", ";", ".") and end < k + 10:
            end += 1
        involved = set(ids[k + 2 : end])
        return [u for u in units if u.state and u.words & involved]
    return []


def nouns_in(sent: Sentence, nouns: frozenset[str]) -> list[int]:
    """The words of ``sent`` tagged as nouns that are one of ``nouns``."""
    return [
        n for n in sent.ids if sent[n].text.lower() in nouns and sent[n].upos in ("NOUN", "PROPN")
    ]


def subject_actors(sent: Sentence, g: int, units: list[Unit]) -> list[Unit]:
    """The actors with a state in the subject of verb ``g`` (its clauses and appositions left
    out)."""
    words: set[int] = set()
    for k in subject(sent, g)[0]:
        words |= sent.subtree(k, frozenset({"acl", "appos", "punct"}))
    return [u for u in units if u.state and (u.head in words or u.words & words)]


def both_ways(sides: list[Unit], fact: str) -> list[tuple[Unit, Unit, str, str]]:
    """(one side, the other, "062", ``fact``) for every two of ``sides`` of different states,
    each way; none where they hold fewer than two states."""
    sides = list({id(u): u for u in sides}.values())
    return [(a, b, "062", fact) for a in sides for b in sides if a.state[:3] != b.state[:3]]


def words_before(sent: Sentence, n: int) -> set[int]:
    """The words right before noun ``n`` in its phrase (up to eight: names, adjectives,
    numbers, hyphens and quotes; "joint" and "mixed" however tagged)."""
    k = sent.ids.index(n)
    out: set[int] = set()
    for j in reversed(sent.ids[max(0, k - 8) : k]):
        x = sent[j]
        low = x.text.lower()
        if x.upos in PHRASE_TAGS or low in JOINT or low in ("-", "–", "“", "”", '"'):
            out.add(j)
            continue
        break
    return out


def _holding_verb(sent: Sentence, n: int) -> tuple[int, int] | None:
    """(the verb that holds, starts or ends the drills, the word of theirs it governs), or
    None: the noun (or a phase of it: "the beginning of", "the 8th edition of", or the name
    it is part of: "maneuver Morgan 15") as the object or subject of a verb of :data:`HOLD`,
    a phase as the object of any verb ("announced the beginning of"), or the subject of
    "underway"; ``0`` for the verb where the noun's own words say it goes on."""
    h = n
    for _ in range(3):  # "Joint Egyptian-Saudi navy maneuver Morgan 15 is underway"
        if sent[h].base in ("compound", "flat", "appos") and sent[h].head:
            h = sent[h].head
    phase = False
    up = sent[h].head
    if sent[h].base == "nmod" and up and sent[up].lemma.lower() in PHASES:
        h, phase = up, True
    g = sent[h].head
    if not g:
        return None
    gw = sent[g]
    if sent[h].base == "nsubj" and gw.text.lower() in GOING_ON:
        return g, h
    if sent[h].base not in ("obj", "nsubj", "obl") or gw.upos != "VERB":
        return None
    if sent[h].base == "obl" and sent.case_of(h) != "in":
        return None  # "took part in", "participated in"
    if gw.lemma.lower() in HOLD or (phase and sent[h].base == "obj"):
        return g, h
    return None


def held_with(sent: Sentence, n: int, units: list[Unit]) -> list[Unit]:
    """The actor the drills are held "with", right after the noun (or its name) within four
    words: "the exercise *with* their Egyptian counterparts"."""
    ids = sent.ids
    k = ids.index(n)
    for j in ids[k + 1 : k + 4]:
        if sent[j].text.lower() == "with":
            after = ids[ids.index(j) + 1 : ids.index(j) + 5]
            first = first_actor_after(sent, units, after)
            if first is None:
                return []
            return [first] + [u for u in units if u.state and u.head in conjuncts(sent, first.head)]
        if sent[j].upos in ("VERB", "AUX") or sent[j].text in (",", ";"):
            return []
    return []


def still_to_come(sent: Sentence, g: int, phrase: set[int]) -> bool:
    """Drills one will hold, plans or is to hold, or named as planned or upcoming."""
    words = {sent[k].text.lower() for k in phrase}
    if words & (PLANNED | AHEAD):
        return True
    if not g:
        return False
    aux = {sent[k].text.lower() for k in sent.children(g, "aux", "mark")}
    return bool(aux & (FUTURE | MAYBE | {"to"})) or sent[g].base == "xcomp"
