"""Acts named as how someone responded or retaliated: "Belgrade *responded by expelling*
Montenegro's envoy", "Turkey responded by hitting Syrian government targets", "Israel
*responded with air strikes* on southern Lebanon", "Pakistani troops responded with heavy
artillery fire along the Line of Control".

The doer is who responds: the subject of the verb of responding, else the actor named right
before it ("and *Khartoum* responded by bombing Bentiu"). A gerund after "by" is the act: its
code is what the verb dictionary says of it and of the words after it, matched in word order
(small parsers hang such a gerund anywhere: "expelling Montenegro's *envoy*" is an expulsion,
161); a noun after "with" is the act its kind says (:data:`RESPONSE_NOUNS`). Whom it is aimed
at: the first actor of another state after it ("bombing Bentiu, the capital of *South
Sudan's* Unity state"), else who did the act the response answers: the last other state the
sentence says acted on the responder. Only a response made counts: a verb of responding in a
past form, with no "will", "would", "to" or "if" before it ("reserves the right to respond
with full strength" is none).

>>> sorted(RESPONDING)
['react', 'reply', 'respond', 'retaliate']
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kg.coding.dictionaries import CodingDictionaries
from kg.coding.patterns import best_match
from kg.coding.strikes import first_actor_after
from kg.coding.subjects import subject, units_under
from kg.coding.tree import Sentence, Unit

__all__ = ["RESPONDING", "RESPONSE_NOUNS", "responses"]

#: verbs of responding (lemmas); "hit back" and "struck back" too
RESPONDING = frozenset({"respond", "retaliate", "react", "reply"})
#: nouns of a response and their code, the first found in the phrase after "with" winning
RESPONSE_NOUNS = {
    "airstrikes": "195", "airstrike": "195", "air": "195", "missiles": "195", "drones": "195",
    "artillery": "194", "shelling": "194", "mortars": "194", "mortar": "194", "shells": "194",
    "strikes": "190", "gunfire": "190", "fire": "190",
    "tariffs": "163", "levies": "163", "sanctions": "163", "duties": "163",
}  # fmt: skip
#: words before a verb of responding that make it no response made
UNMADE = frozenset({"will", "would", "could", "may", "might", "to", "if", "not", "never"})
#: words that end the phrase of a response noun
PHRASE_ENDS = frozenset({",", ";", ".", "on", "at", "against", "along", "in", "targeting", "and"})


def _responding(sent: Sentence, at: int) -> bool:
    """The word at position ``at`` is a verb of responding in a past form, made ("responded",
    "hit back")."""
    w, low = sent[sent.ids[at]], sent.low
    back = low[at] in ("hit", "struck") and low[at + 1 : at + 2] == ["back"]
    if not back and (w.lemma.lower() not in RESPONDING or not low[at].endswith("ed")):
        return False
    return not UNMADE & set(low[max(0, at - 3) : at])


def _doers(sent: Sentence, k: int, units: list[Unit]) -> list[Unit]:
    """Who responds: the subject of verb ``k``, else the actor named right before it."""
    found = [u for u in units_under(sent, subject(sent, k)[0], units) if u.state]
    if found:
        return found
    at = sent.ids.index(k)
    before = set(sent.ids[max(0, at - 3) : at])
    return [u for u in units if u.state and u.words and max(u.words) in before][-1:]


def _answered(events: Iterable[Any], by_code: dict[str, Unit], doer: Unit) -> Unit | None:
    """The doer of the last act of another state on the responder's state (``events``: with
    ``source`` and ``target`` codes)."""
    last = None
    for e in events:
        if e.target[:3] == doer.state[:3] and e.source[:3] not in (doer.state[:3], "---"):
            last = by_code.get(e.source, last)
    return last


def _act(sent: Sentence, at: int, dicts: CodingDictionaries) -> tuple[int, str] | None:
    """(the act's position, its code) after the verb of responding at position ``at``: a
    gerund after "by", or a noun of :data:`RESPONSE_NOUNS` after "with"."""
    ids, low = sent.ids, sent.low
    nxt = low[at + 1 : at + 3]
    if nxt[:1] == ["back"]:
        at, nxt = at + 1, low[at + 2 : at + 4]
    if len(nxt) < 2:
        return None
    g = at + 2
    if nxt[0] == "by" and nxt[1].endswith("ing"):
        w = sent[ids[g]]
        entries = []
        for form in dict.fromkeys((w.up, w.lemma.upper())):
            entries += [(e, b) for e, b in dicts.verbs_for(form) if len(e.phrase.words) == 1]
        if not entries:
            return None
        end = g + 1
        while end < len(ids) and low[end] not in (";", ".") and end < g + 9:
            end += 1
        by_start: dict[int, Unit] = {}
        patterns = dicts.patterns_for(entries)
        match = best_match(
            patterns, sent, [], ids[g + 1 : end], by_start, dicts.synsets, dicts.needed
        )
        entry, block = entries[0]
        code = str(match.pattern.code) if match else str(block.code_of(entry))
        return (g, code) if code[:2].isdigit() else None
    if nxt[0] == "with":
        for j in range(g, min(g + 5, len(ids))):
            if low[j] in PHRASE_ENDS:
                break
            if low[j] in RESPONSE_NOUNS:
                return j, RESPONSE_NOUNS[low[j]]
    return None


def responses(
    sent: Sentence, units: list[Unit], events: list[Any], dicts: CodingDictionaries
) -> list[tuple[Unit, Unit, str, str]]:
    """(responder, whom, code, "asserted") of every act named as how someone responded (see
    the module docstring); ``events``: the sentence's events so far."""
    out = []
    by_code = {u.code: u for u in units}
    for at, k in enumerate(sent.ids):
        if not _responding(sent, at):
            continue
        act = _act(sent, at, dicts)
        if act is None:
            continue
        g, code = act
        doers = _doers(sent, k, units)
        if not doers:
            continue
        states = {d.state[:3] for d in doers}
        aimed = first_actor_after(sent, units, sent.ids[g + 1 : g + 9])
        if aimed is None or aimed.state[:3] in states:
            aimed = _answered(events, by_code, doers[0])
        if aimed is None or aimed.state[:3] in states:
            continue
        out += [(d, aimed, code, "asserted") for d in doers]
    return out
