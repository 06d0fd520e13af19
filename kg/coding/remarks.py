"""Remarks a doer makes in a participle or a second verb on whom it acts on: "Algeria is
cutting diplomatic relations with Morocco, ... *accusing its neighbor* of hostile actions",
"Belarus said it had briefly detained a Polish diplomat, *accusing him* of espionage",
"Armenian authorities arrested a prominent cleric *and accused him* of orchestrating a plot".

A participle of accusing, blaming or criticising that a parser hung on a verb (``advcl``), or
such a verb joined to it (``conj``), that has no subject of its own is said by that verb's
doer. Its object is whom it says it of: an actor named there ("condemning Ecuador's
actions"), else, for a pronoun or "its neighbour", whom the verb acted on (for a
verb of saying, whom the doer's last act before it was aimed at).
Accusing and blaming are accusations (112); criticising, condemning, denouncing, criticism
(111).

A remark set off from an act however the parser hung it (:func:`set_off_remarks`) is the
act's doer's on whom the act was aimed at, the act being the last a verb before it coded: a
participle ("Sudan's government severed relations with the UAE, *accusing Abu Dhabi* of
arming the RSF", hung on "UAE") or a relative clause with a pronoun subject ("broke ties with
neighbour Sudan, *which he accused* of trying to topple him").

Remarks named by a noun are read in word order (:func:`nominal_remarks`): claims,
accusations or allegations "by" (or "made by") or "from" an actor are its accusation (112),
criticism or condemnation "from" it its criticism (111), of whom the noun says "against", else
of the sentence's first actor before the noun that no preposition opens: "Kenya has denied
claims by Mogadishu that ...", "expelling two top US diplomats following vocal criticism from
the Trump administration", "Thailand deported dozens of Uyghurs ..., drawing swift
condemnation from the United Nations". A remark someone denies or rejects was made by its
possessor or "of" phrase against the denier: "Iran rejected Washington's claims", "Armenia
denies the accusations of the Azerbaijani side". A statement, resolution or report that
accuses, blames, condemns or says something in a participle is its maker's remark (named
before it) on whom the participle names, else on the sentence's first actor: "Eritrea rejected
a European Union statement *accusing* its troops of killing civilians", "dismissed a US report
*saying* that Russia targeted election infrastructure".

Criticism whose object names no one ("denounced the sentences") is aimed at whom the same
doer's appeal, demand or sanction in the sentence names, else a condemnation at who did
another state's act the sentence tells ("London condemned the move")
(:func:`aimless_criticism`). A denial (016) that names no one is about the first other state
named after it (:func:`denied_targets`).

>>> REMARKS["accuse"], REMARKS["condemn"]
('112', '111')
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from kg.coding.strikes import first_actor_after
from kg.coding.targets import opened_by, opens_with_by
from kg.coding.tree import Sentence, Unit

__all__ = [
    "REMARKS", "REMARK_NOUNS", "aimless_criticism", "denied_targets", "nominal_remarks",
    "participle_remarks", "set_off_remarks",
]  # fmt: skip

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
    """(doer, whom, code, "asserted") of every remark a subject-less participle or second verb
    makes (see the module docstring); ``readings``: each verb's reading (:func:`kg.coding.reading.read_verb`)."""
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
            targets = head.targets or _acted_on(readings, v, head.sources)
        else:
            continue
        out += [(s, t, code, "asserted") for s in head.sources for t in targets if s is not t]
    return out


def _acted_on(readings: Mapping[int, Any], v: int, doers: list[Unit]) -> list[Unit]:
    """Whom the doers' last act before word ``v`` was aimed at: the stand-in of a remark hung on
    a verb of saying ("Algeria is cutting relations with Morocco, ... said, accusing *its
    neighbor*")."""
    states = {u.state[:3] for u in doers if u.state}
    for k in sorted((k for k in readings if k < v), reverse=True):
        r = readings[k]
        if r.targets and states & {u.state[:3] for u in r.sources if u.state}:
            return list(r.targets)
    return []


#: nouns of a remark on someone, and its code
REMARK_NOUNS = {
    "claim": "112", "claims": "112", "accusation": "112", "accusations": "112",
    "allegation": "112", "allegations": "112", "criticism": "111", "condemnation": "111",
    "condemnations": "111", "censure": "111", "rebuke": "111", "charges": "112",
}  # fmt: skip
#: documents that make a remark in a participle ("a U.S. statement *accusing* Beijing"), and
#: the participles' codes
DOCUMENTS = frozenset({"statement", "resolution", "report", "declaration", "communique"})
SAYING = {
    "accusing": "112", "blaming": "112", "alleging": "112", "saying": "112", "claiming": "112",
    "condemning": "111", "criticizing": "111", "criticising": "111", "denouncing": "111",
}  # fmt: skip
#: participles between a remark and its maker's "by" ("the allegations *made* by ...")
MADE = frozenset({"made", "leveled", "levelled", "levied", "voiced", "raised", "issued"})
#: words near the noun that make it no remark made ("any claims", "would draw criticism")
UNMADE = frozenset({"any", "no", "would", "could", "might", "if", "fear", "feared", "risk"})


def nominal_remarks(sent: Sentence, units: list[Unit]) -> list[tuple[Unit, Unit, str, str]]:
    """(who remarks, on whom, code, "asserted") of every remark a noun names with its maker
    after "by" or "from" (see the module docstring)."""
    ids, out = sent.ids, []
    low = sent.low
    for k, w in enumerate(low):
        code, said, at = REMARK_NOUNS.get(w), None, k  # (at: where the remark's words end)
        if k + 1 >= len(ids) or UNMADE & set(low[max(0, k - 3) : k]):
            continue
        if code is None and w in DOCUMENTS and low[k + 1] in SAYING:
            said = first_actor_after(sent, units, ids[k + 2 : k + 10])  # (who is accused)
            code = SAYING[low[k + 1]]  # "rejected a European Union statement *accusing* its
            maker, at = _possessor(sent, units, k), k + 1  # troops of killing civilians"
        elif code is None or sent[ids[k]].upos != "NOUN":
            continue
        elif low[k + 1] in ("by", "from"):
            maker = first_actor_after(sent, units, ids[k + 2 : k + 8])
        elif low[k + 1] in MADE and low[k + 2 : k + 3] == ["by"]:  # "allegations made by"
            maker = first_actor_after(sent, units, ids[k + 3 : k + 9])
        elif DENYING & set(low[max(0, k - 8) : k]):  # "denied Venezuela's claim", "rejected
            maker = _possessor(sent, units, k)  # the accusations of the Azerbaijani side"
        else:
            continue
        if maker is None:
            continue
        against = [j for j in range(at + 1, min(at + 12, len(ids))) if low[j] == "against"]
        whom = (
            first_actor_after(sent, units, ids[against[0] + 1 : against[0] + 6])
            if against
            else said
        )
        if whom is None:
            before = [u for u in units if u.state and u.words and max(u.words) < ids[at]]
            whom = next((u for u in before if opened_by(sent, u) == ""), None)
        if whom is not None and whom.state[:3] != maker.state[:3]:
            out.append((maker, whom, code, "asserted"))
    return out


#: verbs of denying what a remark says: the remark's maker, named by its possessive or "of"
#: phrase, made it against the denier ("Iran rejected Washington's claims that ...")
DENYING = frozenset({
    "deny", "denies", "denied", "denying", "reject", "rejects", "rejected", "rejecting",
    "dismiss", "dismisses", "dismissed", "dismissing", "refute", "refutes", "refuted",
})  # fmt: skip


def _possessor(sent: Sentence, units: list[Unit], k: int) -> Unit | None:
    """The actor whose remark the noun at ``k`` is: an actor named right before it ("French
    accusations"), its possessor (past adjectives and quotes: "Washington's 'baseless'
    claims") or its "of" phrase right after."""
    ids, low = sent.ids, sent.low
    right_before = next((u for u in units if u.words and max(u.words) == ids[k - 1]), None)
    if right_before is not None:  # "rejected as groundless *French* accusations"
        return right_before
    j = k - 1
    while j > 0 and sent[ids[j]].upos in ("ADJ", "PUNCT", "ADV") and low[j] not in (",", ";"):
        j -= 1
    if j > 0 and low[j] in ("'s", "’s", "'"):
        return next((u for u in units if u.words and max(u.words) == ids[j - 1]), None)
    if k + 1 < len(ids) and low[k + 1] == "of":
        return first_actor_after(sent, units, ids[k + 2 : k + 6])
    return None


#: roots of acts that say whom a doer's criticism, made without naming anyone, was aimed at
AIMED_ACTS = frozenset({"02", "10", "11", "12", "13", "16", "17"})


#: verbs of condemning: a condemnation of no one named is of who did what the sentence tells
CONDEMNING = frozenset({
    "condemn", "denounce", "criticize", "criticise", "slam", "decry", "deplore", "censure",
    "blast",
})  # fmt: skip


def aimless_criticism(
    sent: Sentence, readings: Mapping[int, Any]
) -> list[tuple[Unit, Unit, str, str]]:
    """(doer, whom, code, "asserted") for criticism (110, 111) whose object names no one, aimed at
    whom the same doer's appeal, demand or sanction in the sentence names: "Senior officials
    in the U.S. ... denounced the sentences, urging Belarus to free all political prisoners"
    is criticism of Belarus; else, for a verb of condemning (:data:`CONDEMNING`), at who did
    the nearest act of another state's the sentence tells, before it first: "Iran's
    Revolutionary Guards seized a British tanker on Friday; London condemned the move", "...
    joint military exercises near Azerbaijan's border with Armenia, in a show of force that
    Yerevan condemned"; a participle of condemning read with only its "by" phrase is that
    phrase's ("Turkish warplanes struck ..., a move swiftly *condemned by the European
    Union*")."""
    out = []
    for v, r in readings.items():
        if agents := _agents_only(sent, v, r):  # "a move *condemned by* the EU"
            r = replace(r, sources=agents, targets=[])
        if r.code[:3] not in ("110", "111") or not r.sources or r.targets or r.negated:
            continue
        states = {u.state[:3] for u in r.sources if u.state}
        for k, x in readings.items():
            if k == v or x.code[:2] not in AIMED_ACTS or x.negated or not x.targets:
                continue
            if not states & {u.state[:3] for u in x.sources if u.state}:
                continue
            out += [(s, t, r.code, "asserted") for s in r.sources for t in x.targets if s is not t]
            break
        else:
            if sent[v].lemma.lower() in CONDEMNING and (x := _others_act(readings, v, states)):
                out += [(s, t, r.code, "asserted") for s in r.sources for t in x.sources]
    return out


def _others_act(readings: Mapping[int, Any], v: int, states: set[str]) -> Any:
    """The reading of the act nearest before verb ``v`` (else after it) done by actors with
    states, none of them ``states``."""
    acts = [
        (k > v, abs(k - v), x) for k, x in readings.items()
        if k != v and x.code[:2].isdigit() and not x.negated and x.sources
        and all(u.state and not u.code.startswith("---") for u in x.sources)
        and not states & {u.state[:3] for u in x.sources}
    ]  # fmt: skip
    return min(acts, key=lambda a: a[:2])[2] if acts else None


def denied_targets(readings: Mapping[int, Any], units: list[Unit]) -> dict[int, Any]:
    """``readings`` with a target for a denial (016) that names none: the first actor after
    the verb of a state not the denier's, whom what is denied is about ("Russia's Zakharova
    has rejected allegations that Russia is pushing migrants to the *Finnish* border")."""
    out = dict(readings)
    for v, r in readings.items():
        if not r.code.startswith("016") or not r.sources or r.targets or r.negated:
            continue
        own = {u.state[:3] for u in r.sources if u.state}
        after = [u for u in units if u.state and u.words and min(u.words) > v]
        after = [u for u in after if u.state[:3] not in own]
        if after:
            out[v] = replace(r, targets=after[:1])
    return out


def _agents_only(sent: Sentence, v: int, r: Any) -> list[Unit]:
    """The doers of a participle of condemning a parser gave no passive subject, read with its
    "by" phrase as its only target: "a move *condemned by the European Union*"."""
    if r.sources or not r.targets or sent[v].lemma.lower() not in CONDEMNING:
        return []
    by = [u for u in r.targets if sent[u.head].head == v and opens_with_by(sent, u.head)]
    return by if len(by) == len(r.targets) else []


#: relative pronouns that open a remark on whom the noun before them names
RELATIVES = frozenset({"which", "who", "whom", "that"})
#: pronouns that, as a relative clause's subject, stand for the main act's doer
DOER_PRONOUNS = frozenset({"it", "he", "she", "they"})
#: nouns that, after "the", "its" or "their", stand for whom the main act was aimed at
#: ("cut ties with Morocco, ... accusing *the kingdom* of hostile actions")
STAND_IN_NOUNS = frozenset({"kingdom", "country", "nation", "neighbor", "neighbour", "state"})


def _unit_at(sent: Sentence, units: list[Unit], k: int) -> Unit | None:
    """The actor word ``k`` names or ends the name of ("President Nicolás *Maduro*")."""
    for _ in range(4):
        hit = next((u for u in units if k in u.words or u.head == k), None)
        if hit is not None or k not in sent.words:
            return hit
        if sent[k].base not in ("flat", "compound", "appos"):
            return None
        k = sent[k].head
    return None


def _main_act(
    sent: Sentence, events: list[Any], readings: Mapping[int, Any], units: list[Unit], v: int
) -> list[Any]:
    """The events (asserted or reported) a verb coded, the last verb before word ``v`` that
    coded any, in word order (a small parser hangs such a remark anywhere); none where
    another actor is the subject of a clause between, or a verb between read an act the coder
    found no sides for ("asked the ambassadors to leave after Moscow said it *was
    downgrading* relations with Estonia, accusing it"). Acts a noun names are no verb's."""
    best, chosen = -1, []
    for e in events:
        by_noun = e.pattern.startswith("(") and e.pattern != "(shallow)"
        if e.factuality not in ("asserted", "reported") or by_noun:
            continue
        at = [k for k in sent.ids if k < v and sent[k].text == e.verb]
        if at and at[-1] > best:
            best, chosen = at[-1], [e]
        elif at and at[-1] == best:
            chosen.append(e)
    sides = {c[:3] for e in chosen for c in (e.source, e.target)}
    between = [u for u in units if u.head in sent.words and best < u.head < v]
    if any(sent[u.head].base.startswith("nsubj") and u.state[:3] not in sides for u in between):
        return []
    coded = {e.verb for e in events}
    if any(readings[k].code and sent[k].text not in coded for k in readings if best < k < v):
        return []
    return chosen


def set_off_remarks(
    sent: Sentence, events: list[Any], readings: Mapping[int, Any], units: list[Unit]
) -> list[tuple[Unit, Unit, str, str]]:
    """(doer, whom, code, factuality) of the remarks on whom a coded act was aimed at that a
    verb of accusing or criticising set off from it makes, whatever the parser hung it on:
    a participle with no subject ("Sudan's government severed relations with the UAE,
    *accusing Abu Dhabi* of arming the RSF"; "... *accusing the kingdom* of hostile actions")
    or with an actor of its own ("with Foreign Minister Lamamra *accusing* the kingdom"),
    and a relative clause whose subject is a pronoun: the noun before it names the accused
    and the pronoun the act's doer ("broke ties with neighbour Sudan, *which he accused* of
    trying to topple him"; "kicking out seven UN officials *whom it accuses* of meddling").
    The act is the last one coded from a verb before the remark (``events``)."""
    out = []
    by_code = {u.code: u for u in units}
    for v in sent.ids:
        w = sent[v]
        code = REMARKS.get(w.lemma.lower())
        if code is None:
            continue
        kids = [k for k in sent.kids.get(v, []) if k in sent.words]
        before = [k for k in kids if k < v]
        rel = [k for k in before if sent[k].text.lower() in RELATIVES]
        pron = [k for k in before if sent[k].text.lower() in DOER_PRONOUNS]
        subj = [k for k in kids if sent[k].base in ("nsubj", "nsubj:pass")]
        marked = [k for k in kids if sent[k].base in ("mark", "case") and k < v]
        participle = w.text.lower().endswith("ing") and not marked
        act = _main_act(sent, events, readings, units, v) if (rel and pron) or participle else []
        if not act:
            continue
        aimed = [by_code[e.target] for e in act if e.target in by_code]
        doers = [by_code[e.source] for e in act if e.source in by_code]
        if doers and all(any(d is a for a in aimed) for d in doers):  # done with each other:
            doers = [min(doers, key=lambda u: u.start)]  # the first named ("met with X")
        doers = [d for d in doers if not any(d is a for a in aimed)] or doers
        if rel and pron:
            k = rel[0] - 1
            while k in sent.words and sent[k].upos == "PUNCT":
                k -= 1
            whom = _unit_at(sent, units, k)
            targets = [whom] if whom is not None else []
        else:
            objs = sent.children(v, "obj", "dobj")
            if not objs:
                continue
            named = _unit_at(sent, units, objs[0])
            o = sent[objs[0]]
            dets = {sent[j].text.lower() for j in sent.children(objs[0], "det", "nmod:poss")}
            stand_in = o.text.lower() in STAND_INS or (
                o.lemma.lower() in STAND_IN_NOUNS and dets & {"the", "its", "their", "his"}
            )
            # (a pronoun stands for whom the act was aimed at, whatever a resolver made it)
            targets = aimed if stand_in else [named] if named is not None else []
            if subj:
                own = _unit_at(sent, units, subj[0])
                if own is None:
                    continue
                doers = [own]
        fact = act[0].factuality
        out += [
            (s, t, code, fact)
            for s in doers
            for t in targets
            if s.state and t.state and s.state[:3] != t.state[:3]
        ]
    return out
