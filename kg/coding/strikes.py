"""Strikes named by a noun: "an Israeli air strike ... killed 15 people from a Palestinian
family", "civilians were killed in airstrikes carried out by Pakistan in Afghanistan's
Paktika province", "Air strikes by Myanmar's military on a village ... killed eight civilians".

News names most strikes by a noun whose verb is the harm done ("killed", "hit"), and small
parsers hang such nouns anywhere, so the strike is read in word order:

* **the strike**: an air strike, airstrike, air raid, a drone, missile or rocket strike or
  attack (195); shelling, artillery fire, a bombardment (194); a bomb attack (183), a suicide
  attack or bombing (1831), a car bombing (1832);
* **an attack, ambush, assault or raid** (190), or a strike (195), only where its victims
  were harmed in it ("gendarmes were killed Thursday night in an attack by suspected
  jihadists", "a commander was killed in an Israeli strike") or it did the harm ("An attack
  by Boko Haram militants on a village killed 12");
* **only a strike done**: a harm verb ("killed", "hit", "targeted") within a few words after
  the noun, or a victim "killed in" (or "as a result of") it before, or someone fending it
  off ("Moscow is *repelling* a drone attack", on them), or a word of condemnation or protest
  right before it ("condemned the Israeli strikes against Syria", "summoned the ambassador *to
  protest* Turkish airstrikes", where an attack, a raid or strikes named
  alone are strikes too); nothing when a word of a strike to come or feared ("any",
  "would", "threat", "if") stands near it;
* **the doer**: an actor among the noun's own words ("an *Israeli* air strike", "*Hezbollah*
  rocket attacks"; a state is its military, as the weapon agents code it), else the first
  actor after a "by" that follows the noun ("carried out *by Pakistan*"), else the one
  condemned "for its" strike ("denounced *Russia* for its missile attack on ...");
* **the target**: an actor after "on" or "against", else the first actor the harm verb
  names ("targeted *Turkey-backed Syrian rebels*", "killed *20 civilians*") or the victims
  "killed in" it, else a state named "in" a place after the noun ("in *Yemen*").

>>> STRIKE_NOUNS["airstrike"], STRIKE_NOUNS["shelling"]
('195', '194')
"""

from __future__ import annotations

import datetime as dt

from kg.coding.sentence import Mention, actor_code
from kg.coding.tree import Sentence, Unit

__all__ = [
    "HARM", "INTERCEPTING", "NOT_DONE", "STRIKE_NOUNS", "first_actor_after", "intercepted",
    "nominal_strikes",
]  # fmt: skip

#: nouns that name a strike on their own, and its code
STRIKE_NOUNS = {
    "airstrike": "195", "airstrikes": "195", "air-strike": "195", "air-strikes": "195",
    "shelling": "194", "bombardment": "194", "bombardments": "194",
}  # fmt: skip
#: a strike named by two words: the weapon, then the act
WEAPON_STRIKES = {
    ("air", "strike"): "195", ("air", "raid"): "195", ("drone", "strike"): "195",
    ("drone", "attack"): "195", ("drones", "attack"): "195", ("missile", "strike"): "195",
    ("missile", "attack"): "195", ("rocket", "attack"): "195", ("rocket", "fire"): "195",
    ("rocket", "strike"): "195", ("missile", "fire"): "195", ("artillery", "fire"): "194",
    ("artillery", "shelling"): "194", ("mortar", "fire"): "194", ("bomb", "attack"): "183",
    ("suicide", "attack"): "1831", ("suicide", "bombing"): "1831", ("car", "bombing"): "1832",
}  # fmt: skip
#: nouns of force that name a strike only where it is condemned: "condemned the recent deadly
#: Israeli *raid* in Jenin", "denounced the Israeli *strikes* against Syria"
CONDEMNED_NOUNS = {
    "strikes": "195", "attack": "190", "attacks": "190", "raid": "190", "raids": "190",
    "bombing": "190", "bombings": "190", "incursion": "190", "assault": "190",
}  # fmt: skip
#: nouns of an attack by anyone, a strike only where its victims were harmed "in" it ("ten
#: gendarmes were killed in an attack by suspected jihadists")
SUFFERED_NOUNS = {
    "attack": "190", "attacks": "190", "ambush": "190", "assault": "190", "raid": "190",
    "raids": "190", "strike": "195", "strikes": "195",
}  # fmt: skip
#: words of condemning a strike: it was done
CONDEMNING = frozenset({
    "condemned", "condemns", "condemning", "denounced", "denounces", "deplored", "deplores",
    "decried", "slammed", "criticized", "criticised", "protest", "protested", "protesting",
})  # fmt: skip
#: verbs of the harm a strike did: the noun is then their doer
HARM = frozenset({
    "killed", "kills", "injured", "injures", "wounded", "wounds", "hit", "hits", "destroyed",
    "damaged", "targeted", "targeting", "struck", "left", "claimed", "killing", "injuring",
    "wounding", "destroying", "damaging", "hitting", "caused", "sparked",
})  # fmt: skip
#: the harm a victim suffered "in" a strike: "were killed in airstrikes"
SUFFERED = frozenset({"killed", "injured", "wounded", "died", "destroyed", "damaged", "hurt"})
#: words of a strike not done: feared, threatened, to come
NOT_DONE = frozenset({
    "any", "would", "will", "could", "might", "threat", "threats", "threaten", "threatened",
    "warned", "warns", "if", "possible", "future", "plans", "planned", "prepare", "preparing",
    "not", "no", "denied", "denies",
})  # fmt: skip
#: how far after the noun the harm verb, the "by" phrase and the place may stand
NEAR = 16
#: words that end the strike's stretch of the sentence
ENDS = frozenset({";", ":", ".", "—", "–"})


def _strikes(sent: Sentence) -> list[tuple[int, int, str]]:
    """(first word, noun, code) of each strike noun, in order."""
    ids, out = sent.ids, []
    for k, i in enumerate(ids):
        low = sent[i].text.lower()
        prev = sent[ids[k - 1]].text.lower() if k else ""
        lemma = sent[i].lemma.lower()
        code = WEAPON_STRIKES.get((prev, low)) or WEAPON_STRIKES.get((prev, lemma))
        if code:
            out.append((ids[k - 1], i, code))
        elif low in STRIKE_NOUNS and (
            sent[i].upos in ("NOUN", "PROPN") or _noun_tagged_verb(sent, i)
        ):
            out.append((i, i, STRIKE_NOUNS[low]))
        elif low in CONDEMNED_NOUNS and sent[i].upos == "NOUN" and _condemned(sent, k):
            out.append((i, i, CONDEMNED_NOUNS[low]))
        elif low in SUFFERED_NOUNS and sent[i].upos == "NOUN":
            before, after = _stretch(sent, i, i)
            if _suffered_in(sent, before) >= 0 or _harm_next(sent, after):
                out.append((i, i, SUFFERED_NOUNS[low]))
    return out


def _harm_next(sent: Sentence, after: list[int]) -> bool:
    """The first verb after an attack is one of harm, its subject's ("An attack by Boko Haram
    militants on a village *killed* 12 people"), with no comma or verb between."""
    for i in after:
        w = sent[i]
        if w.text.lower() in HARM:
            return w.upos in ("VERB", "AUX")
        if w.upos in ("VERB", "AUX", "PUNCT", "SCONJ", "PRON"):
            return False
    return False


def _condemned(sent: Sentence, k: int) -> bool:
    """A word of condemning stands at most six words before the noun at position ``k``, with
    no other verb or mark between ("condemned *on Monday the Israeli* strikes", "condemned
    *the recent deadly Israeli* raid")."""
    ids = sent.ids
    for j in range(k - 1, max(-1, k - 7), -1):
        w = sent[ids[j]]
        if w.text.lower() in CONDEMNING:
            return True
        if w.upos in ("VERB", "AUX", "PUNCT", "SCONJ", "CCONJ", "PRON"):
            return False
    return False


def _blamed(sent: Sentence, first: int, units: list[Unit]) -> Unit | None:
    """The actor condemned "for its" strike ("denounced *Russia* for its missile attack on a
    civilian target"): its doer."""
    ids = sent.ids
    k = ids.index(first)
    while k > 0 and sent[ids[k - 1]].upos in ("ADJ", "ADV"):  # "for its *deadly* drone strike"
        k -= 1
    if k < 4 or sent.low[k - 1] not in ("its", "their") or sent.low[k - 2] != "for":
        return None
    u = _unit_at(units, ids[k - 3])
    j = ids.index(min(u.words)) if u is not None and u.words else -1
    j -= j > 1 and sent.low[j - 1] == "the"  # "condemned *the* United States for its ..."
    return u if u is not None and u.state and j > 0 and sent.low[j - 1] in CONDEMNING else None


def _noun_tagged_verb(sent: Sentence, i: int) -> bool:
    """A word a tagger made a verb stands where a noun does: after an adjective, a determiner
    or a noun ("by *Russian* shelling"), not after an auxiliary ("troops *were* shelling")."""
    prev = sent.words.get(i - 1)
    return prev is not None and prev.upos in ("ADJ", "DET", "NOUN", "PROPN")


def _stretch(sent: Sentence, first: int, noun: int) -> tuple[list[int], list[int]]:
    """The words before the strike (up to a clause's end) and the ``NEAR`` words after it."""
    ids = sent.ids
    a, b = ids.index(first), ids.index(noun)
    lo = a
    while lo > 0 and sent[ids[lo - 1]].text not in ENDS and a - lo < NEAR:
        lo -= 1
    hi = b
    while hi + 1 < len(ids) and sent[ids[hi + 1]].text not in ENDS and hi - b < NEAR:
        hi += 1
    return ids[lo:a], ids[b + 1 : hi + 1]


def _unit_at(units: list[Unit], i: int) -> Unit | None:
    return next((u for u in units if i in u.words), None)


def _clause_verb(sent: Sentence, i: int) -> bool:
    """Word ``i`` is a verb of another clause (not "US-*backed*", "Saudi-*led*")."""
    w, prev = sent[i], sent.words.get(i - 1)
    hyphen = prev is not None and prev.text.endswith(("-", "–"))
    return (
        w.upos in ("VERB", "AUX") and w.text.lower() not in HARM and w.base != "amod" and not hyphen
    )


def _suffered_in(sent: Sentence, before: list[int]) -> int:
    """How many words before the strike a victim's harm "in" or "by" it ends ("were killed *in*
    late-night airstrikes", "killed *by* Indian shelling", "killed *Thursday night in* an
    attack", "in a *bomb* attack", "*came under* heavy shelling"): the position of the harm
    word in ``before``, else -1."""
    k = len(before) - 1
    while k >= 0 and sent[before[k]].upos in ("ADJ", "DET", "NUM", "PROPN", "NOUN"):
        k -= 1
    if k >= 1 and sent[before[k]].text.lower() == "under" and sent[before[k - 1]].lemma == "come":
        return k - 1  # "Ukrainian forces *came under* heavy Russian shelling"
    if k >= 4 and [sent[i].text.lower() for i in before[k - 3 : k + 1]] == RESULT_OF:
        k -= 3  # "killed *as a result of* Russian rocket fire"
    elif k < 1 or sent[before[k]].text.lower() not in ("in", "by", "after", "following"):
        return -1
    for j in range(k - 1, max(-1, k - 5), -1):  # a time between: "killed *Thursday night* in"
        if sent[before[j]].text.lower() in SUFFERED:
            return j
        if sent[before[j]].text.lower() not in TIMES:
            return -1
    return -1


#: words that name a strike as what harm came from, as "in" and "by" do
RESULT_OF = ["as", "a", "result", "of"]
#: words of time between a harm and the strike it was suffered in
TIMES = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "night",
    "morning", "afternoon", "evening", "overnight", "early", "late", "today", "yesterday",
    "on", "last", "this", "week", "weekend",
})  # fmt: skip


def first_actor_after(sent: Sentence, units: list[Unit], words: list[int]) -> Unit | None:
    """The first unit that starts among ``words`` (a stop at a verb: another clause)."""
    for i in words:
        u = _unit_at(units, i)
        if u is not None and u.state:
            return u
        if _clause_verb(sent, i):
            return None
    return None


def _doer(
    sent: Sentence, first: int, after: list[int], units: list[Unit], mentions: list[Mention],
    date: dt.date | None,
) -> Unit | None:  # fmt: skip
    """The actor among the strike's own words before it, else the first after "by"."""
    ids = sent.ids
    k = ids.index(first)
    while k > 0 and sent[ids[k - 1]].upos in ("ADJ", "PROPN", "NOUN", "PART", "PUNCT", "NUM"):
        k -= 1
        if sent[ids[k]].text in (",", "(", ")"):
            break
        m = next((m for m in mentions if m.start <= ids[k] <= m.end and m.kind == "actor"), None)
        if m is not None:
            code = actor_code(m.entry, date)
            code = code + "MIL" if len(code) == 3 else code  # the weapon agents' MIL
            words = set(range(m.start, m.end + 1))
            return Unit(code, m.head, m.start, words, code[:3])
    for n, i in enumerate(after):
        if sent[i].text.lower() == "by":
            return first_actor_after(sent, units, after[n + 1 : n + 6])
    return None


#: strike nouns whose "of" phrase is what they strike ("Russian shelling *of Kharkiv*")
OBJECT_OF = frozenset({"shelling", "bombardment", "bombardments", "bombing", "bombings"})


def _target(
    sent: Sentence, noun: int, before: list[int], after: list[int], units: list[Unit]
) -> Unit | None:
    """Whom the strike ``noun`` was aimed at or harmed (see the module docstring)."""
    aims = ("on", "against", "of") if sent[noun].text.lower() in OBJECT_OF else ("on", "against")
    for n, i in enumerate(after):
        if sent[i].text.lower() in aims:
            u = first_actor_after(sent, units, after[n + 1 : n + 6])
            if u is not None:
                return u
    for n, i in enumerate(after):  # "... killed 20 civilians", "that targeted X"
        if sent[i].text.lower() in HARM:
            u = first_actor_after(sent, units, after[n + 1 : n + 8])
            if u is not None:
                return u
            break
    k = _suffered_in(sent, before)  # "X were killed in airstrikes"
    victims = [u for i in before[: max(k, 0)] if (u := _unit_at(units, i)) and u.state]
    if victims:
        return victims[-1]
    for n, i in enumerate(after):
        if sent[i].text.lower() == "in":
            u = first_actor_after(sent, units, after[n + 1 : n + 5])
            if u is not None:
                return u
    return None


def nominal_strikes(
    sent: Sentence, units: list[Unit], mentions: list[Mention], date: dt.date | None = None
) -> list[tuple[Unit, Unit, str, str]]:
    """(doer, target, code, "asserted") of every strike a noun names as done, with both ends
    (see the module docstring)."""
    out = []
    for first, noun, code in _strikes(sent):
        before, after = _stretch(sent, first, noun)
        near = [sent[i].text.lower() for i in (*before[-4:], *after[:NEAR])]
        done_after = any(sent[i].text.lower() in HARM for i in after)
        blamed = _blamed(sent, first, units)  # "denounced Russia for its missile attack"
        condemned = _condemned(sent, sent.ids.index(first)) or blamed is not None
        suffered = _suffered_in(sent, before) >= 0
        repeller = _repeller(sent, before, units)  # "Moscow is repelling a drone attack"
        if not (done_after or condemned or suffered or repeller) or NOT_DONE & set(near):
            continue
        harmed = done_after or _suffered_in(sent, before) >= 0
        # a strike known done only by its condemnation names its doer in its own words
        # ("the Israeli strikes"): PETRARCH's records leave "condemned an attack by X" uncoded
        doer = _doer(sent, first, after if harmed else [], units, mentions, date) or blamed
        target = (_target(sent, noun, before, after, units) or repeller) if doer else None
        if doer is None or target is None:  # (coder.py pairs them only with ``paired``)
            continue
        out += [(doer, t, code, "asserted") for t in [target, *_listed(sent, target, units)]]
    return out


#: verbs of fending off a strike: it was made, on whoever fends it off
REPELLING = frozenset({"repelled", "repelling", "repels", "repel", "repulsed", "repulsing"})


def _repeller(sent: Sentence, before: list[int], units: list[Unit]) -> Unit | None:
    """Who fends off the strike: the last actor before a verb of :data:`REPELLING` that
    stands at most four words before it ("*Moscow* is *repelling* a major Ukrainian drone
    attack")."""
    for n in range(len(before) - 1, max(-1, len(before) - 5), -1):
        if sent[before[n]].text.lower() in REPELLING:
            doers = [u for i in before[:n] if (u := _unit_at(units, i)) and u.state]
            return doers[-1] if doers else None
    return None


def _listed(sent: Sentence, first: Unit, units: list[Unit]) -> list[Unit]:
    """The actors listed after ``first`` with commas and "and" ("against *Syria, Lebanon and
    Iraq*")."""
    out, last = [], first
    for u in sorted(units, key=lambda u: u.start):
        if not u.words or not u.state or min(u.words) <= max(last.words):
            continue
        gap = [sent[i].text.lower() for i in sent.ids if max(last.words) < i < min(u.words)]
        if not gap or len(gap) > 2 or not set(gap) <= {",", "and", "the"} or gap == ["the"]:
            break
        out.append(u)
        last = u
    return out


#: verbs of stopping a weapon in flight (their forms): the one who launched it struck whoever
#: stopped it
INTERCEPTING = frozenset({
    "intercepted", "intercepts", "intercepting", "intercept", "shot", "shoots", "shooting",
    "downed", "downing", "destroyed",
})  # fmt: skip
#: weapons that fly
PROJECTILES = frozenset({
    "missile", "missiles", "rocket", "rockets", "drone", "drones", "projectile", "projectiles",
})  # fmt: skip


def intercepted(sent: Sentence, units: list[Unit]) -> list[tuple[Unit, Unit, str, str]]:
    """(launcher, target, "195", "asserted") for each missile, rocket or drone intercepted or
    shot down that the sentence says was launched "by" or "from" someone: "Saudi Arabia's air
    defense forces intercepted a ballistic missile launched by Yemen's Houthi militia" is the
    Houthis' strike from the air (195) on Saudi Arabia. The target is the state the weapon
    flew "toward", "at", "on" or "into", else the one who stopped it."""
    ids, out = sent.ids, []
    for k, i in enumerate(ids):
        down = k + 1 < len(ids) and sent[ids[k + 1]].text.lower() == "down"  # "shot down"
        if sent[i].text.lower() not in INTERCEPTING or (sent[i].upos == "NOUN" and not down):
            continue
        after = ids[k + 1 : k + 20]
        at = next((n for n, j in enumerate(after[:7]) if _projectile(sent, j)), None)
        if at is None:
            continue
        rest = after[at + 1 :]
        launcher = target = None
        for n, j in enumerate(rest):
            word = sent[j].text.lower()
            if word in ("by", "from") and launcher is None:
                launcher = first_actor_after(sent, units, rest[n + 1 : n + 6])
            elif word in ("toward", "towards", "at", "on", "into") and target is None:
                target = first_actor_after(sent, units, rest[n + 1 : n + 5])
        stoppers = [u for u in units if u.words and max(u.words) < i and u.state]
        target = target or (stoppers[-1] if stoppers else None)
        if launcher and target and launcher.state[:3] != target.state[:3]:
            out.append((launcher, target, "195", "asserted"))
    return out


def _projectile(sent: Sentence, j: int) -> bool:
    """Word ``j`` names a weapon in flight, not one of its sites ("missile *depot*")."""
    nxt = sent.words.get(j + 1)
    return sent[j].text.lower() in PROJECTILES and (
        nxt is None or nxt.upos not in ("NOUN", "ADJ", "PROPN")
    )
