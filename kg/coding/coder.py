"""Code one UD sentence into CAMEO events with PETRARCH dictionaries.

For every verb the verb dictionary knows (by its form or lemma; multi-word verbs such as
"cordon off" or "wire tap" need their other words beside it):

* **source**: the actors of its subject (all members of a coordination); a verb without a
  subject of its own (``xcomp``, ``conj``) takes its governor's; in the passive the ``by``
  phrase is the source and the subject the target;
* **code**: the most specific matching pattern of the verb's block
  (:mod:`kg.coding.patterns`), else the verb's own code; ``---`` and codes that are not
  CAMEO digits make no event; ``042:043`` codes both directions (visit / host);
* **target**: the actor where the pattern puts ``+``, else the first actor of the words after
  the verb in its own phrase (not in a clause of its own), with the actors coordinated with it;
  with no target and a coordinated subject, the members code each other (PETRARCH's
  compound rule: "Gondor and Osgiliath renewed ties" is GON→OSG and OSG→GON);
* **modality**: a negated verb codes nothing unless its pattern names the negation ("will
  not wire tap" has a pattern of its own); a verb under a governor that already made an event
  ("urged X *to help* Y") adds none of its own: the governor's code (a request, a threat, a
  promise) is the event;
* **visits and meetings named by a noun**: "during X's visit to Y" is X visiting Y, "X ...
  in a call with Y" a call between them (:mod:`kg.coding.nominal`);
* **strikes named by a noun**: "an Israeli air strike killed 15 people", "killed in
  airstrikes carried out by X in Y" (:mod:`kg.coding.strikes`); tear gas fired at a crowd
  and a crowd's protest against someone (:mod:`kg.coding.crowds`);
* **custody named by a noun**: "the detention of X by Y" (:mod:`kg.coding.custody`);
* **aid named by a noun**: "India mounted a relief mission ..." (:mod:`kg.coding.aid`); a
  ceasefire agreed, read in word order (:mod:`kg.coding.truces`);
* **agreements signed beside a meeting**: "agreements signed after X met with Y" are signed
  between them (057, both ways); what two sides that talked agreed on is an intent to
  cooperate (030, both ways; :func:`kg.coding.implied.agreed_beside`); the two sides of a
  fight "each accusing the other" accused each other (112, both ways);
* **vows to retaliate**: "Islamabad vowed to respond" threatens (130) whom it would answer
  (:mod:`kg.coding.threats`);
* **pronouns**: "X said/indicated *it* would ..." is X (:mod:`kg.coding.pronouns`);
* **wounds**: an assault (18x) a verb of wounding codes is no event of its own where another
  act of force joins the same states ("killed two and *wounded* four in a clash with X");
* **discards**: a sentence holding a discard phrase codes nothing (:mod:`kg.coding.discards`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from kg.coding.aid import nominal_aid
from kg.coding.between import nominal_between
from kg.coding.bombings import bomb_code, weapon_code
from kg.coding.crowds import (
    CROWDS,
    crowd_demands,
    dispersed_crowds,
    nominal_protests,
    nominal_repression,
)
from kg.coding.custody import nominal_custody
from kg.coding.dictionaries import CodingDictionaries
from kg.coding.discards import discarded
from kg.coding.drills import joint_drills
from kg.coding.implied import (
    agreed_beside,
    answered_expulsions,
    blamed_beside,
    fights_returned,
    met_beside,
    phoned_beside,
    signed_beside,
    swapped_back,
)
from kg.coding.mediation import mediated
from kg.coding.modality import apply_modality
from kg.coding.nominal import (
    nominal_meetings,
    nominal_visits,
    nominal_withdrawals,
)
from kg.coding.operations import joint_operations
from kg.coding.pairs import FORCE, mutual_code, paired, press_talk
from kg.coding.pronouns import resolve_pronouns
from kg.coding.reading import read_verb
from kg.coding.remarks import (
    aimless_criticism,
    denied_targets,
    nominal_remarks,
    participle_remarks,
    set_off_remarks,
)
from kg.coding.requests import answered_requests, holder
from kg.coding.responses import responses
from kg.coding.sanctions import imposed_sanctions
from kg.coding.sentence import Sentence, Unit, filed_state, find_mentions, find_units
from kg.coding.shallow import broken_past, shallow_events
from kg.coding.speech import victims_reported
from kg.coding.strikes import HARM, INTERCEPTING, intercepted, nominal_strikes
from kg.coding.threats import vowed_retaliation
from kg.coding.truces import AGREEING, agreed_truces
from kg.coding.unnamed import deported_to, one_states_targets, others_targets

__all__ = ["CodedEvent", "code_sentence"]


@dataclass(frozen=True)
class CodedEvent:
    """One coded event: actor codes, CAMEO code, the verb and the pattern that coded it."""

    source: str
    target: str
    code: str
    verb: str
    pattern: str = ""
    sentence: str = ""
    factuality: str = "asserted"


def _named_by_nouns(
    events: list[CodedEvent],
    found: Iterable[tuple[Unit, Unit, str, str]],
    what: str,
    text: str,
    how: str = "named by a noun",
) -> list[CodedEvent]:
    """The events nouns name (:mod:`kg.coding.nominal`) that no verb coded already;
    ``what``: "visit", "meeting", "fight", "withdrawal" or "between", the event's verb field;
    ``how``: how it was read, in the pattern field."""
    done = {(e.source, e.target, e.code[:3]) for e in events}
    return [
        CodedEvent(s.code, t.code, c, what, f"({what}: {how})", text, fact)
        for s, t, c, fact in found
        if (s.code, t.code, c[:3]) not in done and paired(s.code, t.code)
    ]


def _strikes(
    events: list[CodedEvent], found: list[tuple[Unit, Unit, str, str]], text: str
) -> list[CodedEvent]:
    """The strikes nouns name (:mod:`kg.coding.strikes`) between two states no verb coded an
    act of force between already; a verb of harm's code gives way to the strike's
    ("civilians were *killed* by Indian shelling": 194, not the 202 of killing civilians)."""
    force = {(e.source[:3], e.target[:3]): k for k, e in enumerate(events) if e.code[:2] in FORCE}
    new = []
    for s, t, code, fact in found:
        k = force.get((s.code[:3], t.code[:3]))
        if k is None:
            new.append((s, t, code, fact))
        elif events[k].verb.lower() in HARM:
            events[k] = replace(events[k], code=code, pattern=events[k].pattern + " (a strike)")
    return _named_by_nouns(events, new, "strike", text)


def _intercepts(
    events: list[CodedEvent], found: list[tuple[Unit, Unit, str, str]], text: str
) -> list[CodedEvent]:
    """``events`` with the strikes whose missiles or drones were intercepted
    (:func:`kg.coding.strikes.intercepted`), without the act of force the verb of
    intercepting read from the one who stopped them on the launcher."""
    reverse = {(t.state[:3], s.state[:3]) for s, t, _c, _f in found}
    kept = [
        e for e in events
        if not (e.verb.lower() in INTERCEPTING and e.code[:2] in FORCE | {"17"}
                and (e.source[:3], e.target[:3]) in reverse)
    ]  # fmt: skip
    return kept + _strikes(kept, found, text)


def _unless_coded(
    events: list[CodedEvent],
    found: list[tuple[Unit, Unit, str, str]],
    what: str,
    text: str,
    how: str = "named by a noun",
) -> list[CodedEvent]:
    """The acts of ``found`` between two states no event of the same CAMEO root joins yet
    (a crowd's repression or protest the verbs coded already)."""
    done = {(e.source[:3], e.target[:3], e.code[:2]) for e in events}
    new = [f for f in found if (f[0].state[:3], f[1].state[:3], f[2][:2]) not in done]
    return _named_by_nouns(events, new, what, text, how)


#: agents of groups that are no state's forces: their plain bombs are non-military bombings
IRREGULAR = frozenset({"REB", "UAF", "CRM", "RAD", "INS"})


def _bombed(sent: Sentence, v: int, source: str, code: str) -> str:
    """An attack's code (19x, not air strikes or a state's shelling) made the bombing's
    (:mod:`kg.coding.bombings`) when a bomb is named near its verb ``v``, or near the verb
    that ``v`` goes on from (a participle, a conjoined verb); a bare attack (190)
    the shelling (194) or the state's bombing from the air (195) its verb says."""
    agents = {source[k : k + 3] for k in range(3, len(source), 3)}
    irregular = source.startswith(("---", "IMG")) or bool(agents & IRREGULAR)
    if code[:2] != "19" or code[:3] == "195" or (code[:3] == "194" and not irregular):
        return code  # a state's shelling or anyone's air strike is no bombing
    words = sent.low
    found = bomb_code(words, sent.ids.index(v), irregular)
    w = sent[v]  # "detonated two car bombs outside the ministry on Saturday, *killing* 100"
    if found is None and w.base in ("advcl", "conj") and w.head and sent[w.head].upos == "VERB":
        found = bomb_code(words, sent.ids.index(w.head), irregular)
    if found is None and code[:3] == "190":  # the codebook's weapons for the verbs that say them
        found = weapon_code(sent[v].lemma.lower(), irregular)
    return found or code


def code_sentence(
    sent: Sentence, dicts: CodingDictionaries, date: dt.date | None = None
) -> list[CodedEvent]:
    """The events of one sentence, in verb order, without duplicates."""
    if discarded(sent, dicts, date):
        return []
    mentions = find_mentions(sent, dicts)
    units = resolve_pronouns(sent, find_units(sent, mentions, date))
    if not units:
        return []
    readings = {}
    named = {k for u in units if u.words for k in u.words if sent[k].upos != "VERB"}
    for v in sent.ids:
        if v in named:
            continue  # "Security *forces* in Pakistan detained ...": an actor's name, no verb
        r = read_verb(sent, v, dicts, units)
        if r is not None:
            readings[v] = r
    text, filed = sent.text(sent.ids), filed_state(sent, mentions, date)
    # "X shelled posts, India's army said"; "killed one rebel and arrested four *others*"
    readings = others_targets(sent, victims_reported(sent, readings, filed))
    readings = one_states_targets(sent, readings, units)  # "police arrested 50 people"
    readings = deported_to(sent, readings, units)  # "deported 40 Uyghur men to China"
    readings = denied_targets(readings, units)  # "rejected allegations that Russia ..."
    events = [
        CodedEvent(s, t, _bombed(sent, r.verb, s, c), sent[r.verb].text, r.pattern, text, fact)
        for r, s, t, c, fact in apply_modality(sent, readings)
    ]
    visits = nominal_visits(sent, units, filed)
    events += _named_by_nouns(events, visits, "visit", text)
    events += _named_by_nouns(events, nominal_withdrawals(sent, units), "withdrawal", text)
    # a tree that gave nothing, or an act done with each other it found no doer for ("an
    # armed group *that clashed* with Kosovar police"), or a main verb whose doer the parser
    # hung elsewhere ("The police on Friday *arrested* ..." with "police" a later verb's
    # subject), or a past form hung as an adjective (:func:`broken_past`): read the words in
    # order (TABARI's way)
    lost = {
        v for v, r in readings.items()
        if not r.sources and (
            mutual_code(r.code) or (r.code and sent[v].base == "root")
            or (r.code and not r.targets and broken_past(sent, v))
        )
    }  # fmt: skip
    if not events or lost:
        coded_by = {e.verb for e in events}
        events += [
            CodedEvent(s, t, _bombed(sent, v, s, c), sent[v].text, pattern or "(shallow)", text)
            for v, s, t, c, pattern in shallow_events(sent, dicts, units)
            if not events or (v in lost and sent[v].text not in coded_by)
        ]
    events += _named_by_nouns(events, nominal_between(sent, units), "between", text)
    events += _named_by_nouns(events, joint_drills(sent, units), "drills", text)
    events += _named_by_nouns(events, joint_operations(sent, units), "operation", text)
    meetings = nominal_meetings(sent, units)  # and fights: "killed in a clash with X"
    events += _named_by_nouns(events, [m for m in meetings if m[2][:2] != "19"], "meeting", text)
    events += _named_by_nouns(events, [m for m in meetings if m[2][:2] == "19"], "fight", text)
    events += _strikes(events, nominal_strikes(sent, units, mentions, date), text)
    events = _intercepts(events, intercepted(sent, units), text)
    events += _unless_coded(events, nominal_repression(sent, units), "repression", text)
    events += _unless_coded(events, dispersed_crowds(sent, units), "repression", text)
    events += _unless_coded(events, nominal_protests(sent, units), "protest", text)
    events += _unless_coded(events, crowd_demands(sent, units), "protest", text)
    events += _unless_coded(events, nominal_aid(sent, units), "aid", text)
    events += _unless_coded(events, nominal_custody(sent, units), "custody", text)
    events += _unless_coded(events, imposed_sanctions(sent, units), "sanctions", text)
    events += _unless_coded(events, answered_requests(sent, units), "request", text)
    remarks = participle_remarks(sent, readings, units)
    events += _unless_coded(events, remarks, "remark", text, "said by the doer")
    events += _unless_coded(events, nominal_remarks(sent, units), "remark", text)
    set_off = set_off_remarks(sent, events, readings, units)  # "..., *accusing* Doha of"
    events += _unless_coded(events, set_off, "remark", text, "set off from the act")
    events += _unless_coded(
        events, aimless_criticism(sent, readings), "criticism", text, "aimed by"
    )
    events += _unless_coded(events, agreed_truces(sent, units), "ceasefire", text)
    how = "(signing: named beside a meeting)"
    events += [CodedEvent(s, t, "057", "signed", how, text) for s, t in signed_beside(sent, events)]
    how = "(intent: agreed beside talks)"
    events += [CodedEvent(s, t, "030", "agreed", how, text) for s, t in agreed_beside(sent, events)]
    how = "(call: named beside an act)"
    events += [CodedEvent(s, t, "041", "called", how, text) for s, t in phoned_beside(sent, events)]
    how = "(meeting: named beside a signing)"
    events += [CodedEvent(s, t, "040", "met", how, text) for s, t in met_beside(sent, events)]
    how = "(mediation or hosting: a mediator or host named by 'by' or by its role)"
    events += [
        CodedEvent(s, t, c, "mediated", how, text) for s, t, c in mediated(sent, units, events)
    ]
    how = "(response: how someone responded)"
    events += _unless_coded(events, responses(sent, units, events, dicts), "response", text, how)
    how = "(expulsion answered)"
    events += [
        CodedEvent(s, t, c, "retaliation", how, text)
        for s, t, c in answered_expulsions(sent, events)
    ]
    how = "(prisoners swapped)"
    events += [CodedEvent(s, t, c, "swapped", how, text) for s, t, c in swapped_back(sent, events)]
    how = "(threat: a vow to retaliate)"
    events += _unless_coded(events, vowed_retaliation(sent, readings, units, events), "", text, how)
    how = "(fire returned)"
    events += [
        CodedEvent(s, t, c, "returned", how, text, fact)
        for s, t, c, fact in fights_returned(sent, events)
    ]
    how = "(blame traded: each side accusing the other)"
    events += [
        CodedEvent(s, t, "112", "accused", how, text) for s, t in blamed_beside(sent, events)
    ]
    events = _truce_agreed(_wounds(_decided(_at_crowds(_to_holders(sent, units, events)))))
    events = [e for e in events if not press_talk(e.source, e.target, e.code)]  # "told reporters"
    bare = ("", "(shallow)")  # a verb's own code, no pattern matched: "agreed that ..."
    events = [e for e in events if e.pattern not in bare or e.code not in dicts.vague]
    return list(dict.fromkeys(events))


def _to_holders(sent: Sentence, units: list[Unit], events: list[CodedEvent]) -> list[CodedEvent]:
    """An appeal or demand (02x, 10x) a state makes about its own people is made to whoever
    holds them (:func:`kg.coding.requests.holder`): "Blinken called for the immediate release
    of a US journalist detained in Russia" is the United States' appeal to Russia."""
    out = []
    for e in events:
        if e.code[:2] in ("02", "10") and e.source[:3] == e.target[:3]:
            u = holder(sent, units, e.source[:3])
            e = replace(e, target=u.code) if u is not None else e
        out.append(e)
    return out


def _at_crowds(events: list[CodedEvent]) -> list[CodedEvent]:
    """``events`` with a show of force at a crowd (150) made its repression (175), unless the
    repression is coded already: "police fired warning shots to disperse protesters"."""

    def at_crowd(e: CodedEvent) -> bool:
        agents = {e.target[k : k + 3] for k in range(3, len(e.target), 3)}
        return e.code[:3] == "150" and bool(agents & CROWDS)

    done = {(e.source, e.target, e.code) for e in events if not at_crowd(e)}
    out = []
    for e in events:
        if at_crowd(e):
            e = replace(e, code="175")
            if (e.source, e.target, e.code) in done:
                continue
            done.add((e.source, e.target, e.code))
        out.append(e)
    return out


#: forms of verbs of deciding: a decision taken is the act decided, not an intent
DECIDED = frozenset({"decided", "decides", "decide", "deciding"})


def _decided(events: list[CodedEvent]) -> list[CodedEvent]:
    """``events`` without the intent (03x) a verb of deciding codes where the act decided is
    coded between the same states: "Japan decided to provide emergency relief goods to the
    Philippines" is the aid (073), as the CAMEO sets code a decision."""
    acts = {(e.source[:3], e.target[:3]) for e in events if e.code[:2] != "03"}
    return [
        e for e in events
        if not (e.code[:2] == "03" and e.verb.lower() in DECIDED
                and (e.source[:3], e.target[:3]) in acts)
    ]  # fmt: skip


def _truce_agreed(events: list[CodedEvent]) -> list[CodedEvent]:
    """``events`` without the bare code (no pattern) of a verb of agreeing where a ceasefire
    agreed (0871) joins the same states: "Tajikistan and Kyrgyzstan agreed a ceasefire" is the
    ceasefire, not also cooperation (050)."""
    truce = {(e.source[:3], e.target[:3]) for e in events if e.code == "0871"}
    return [
        e for e in events
        if not (not e.pattern and e.verb.lower() in AGREEING and e.code != "0871"
                and (e.source[:3], e.target[:3]) in truce)
    ]  # fmt: skip


#: forms of the verbs of the wounds an attack leaves: "killed two and *wounded* four"
WOUNDING = frozenset({
    "wound", "wounds", "wounded", "wounding", "injure", "injures", "injured", "injuring",
    "hurt", "hurts", "hurting", "damage", "damages", "damaged", "damaging",
})  # fmt: skip


def _wounds(events: list[CodedEvent]) -> list[CodedEvent]:
    """``events`` without the assault (18x) a verb of wounding codes where another act of force
    joins the same states: the wounds are that attack's ("Two soldiers were killed and four
    others *wounded* in a clash with NPA rebels" is the clash, 190), as the CAMEO sets code."""
    force = {
        (e.source[:3], e.target[:3]) for e in events
        if e.code[:2] in FORCE and e.verb.lower() not in WOUNDING
    }  # fmt: skip
    return [
        e for e in events
        if not (e.code[:2] == "18" and e.verb.lower() in WOUNDING
                and (e.source[:3], e.target[:3]) in force)
    ]  # fmt: skip
