"""Visits and meetings named by a noun: "during Philippine President Duterte's state visit to
Russia", "a visit by the Japanese prime minister to Jakarta", "in a call with his Russian
counterpart", "at talks with Pakistan's foreign minister".

Reporting names many visits only as the frame of another act; PETRARCH reads verbs alone and
misses them, event-data coders code them (042, make a visit). The visitor is the noun's
possessor or its "by" or "of" phrase (else, for "his visit", a visit one leaves "for" or is
"on", or "during a visit", the subject of the verb above, or the person a parser hung the
phrase on when no verb is above: "Turkish President Erdogan, *on his first visit to Iraq*,
signed"), the host the state of its "to" phrase, else of the dateline ("KYIV – Scholz
announced aid *during a rare visit*"). A visit the noun itself is the object of ("paid a visit
to") is left to the verb's pattern; one "ahead of" or "before" the sentence's act, or
"planned"/"upcoming", is future.

A withdrawal named by a noun ("the withdrawal of Russian-led troops from Kazakhstan has
started") is 0874 from the "of" phrase's actor to the "from" phrase's state.

An act between two sides named by a noun: :mod:`kg.coding.between`.

A meeting, call or fight named by a noun in a phrase of circumstance ("in a call with X",
"during talks with X", "killed in a clash with X", "is in Athens for meetings with X"; not
talks one leaves "for") is between its possessor, else the subject of the verb (or
predicate) it hangs under (or, when that subject names no one, of the verb that one is
coordinated with: "X was killed and three were wounded in a clash with Y"), and the "with"
partner (its own, or one the parser hung on the verb right after the noun; for talks a host
receives a guest "for", the guest), both ways: 041
for a call, 040 for talks and meetings, 190 for clashes and fighting, 193 for gunfights and an
"exchange of fire". Two sides of one state are two sides when both have an agent ("rebels ...
clashes with the military"). A meeting its sides concluded or ended was held ("as they
concluded their meeting").

>>> sorted(VISIT_NOUNS)
['tour', 'travel', 'trip', 'visit']
"""

from __future__ import annotations

from kg.coding.names import the_country
from kg.coding.sentence import Sentence, Unit, conjuncts
from kg.coding.targets import HOSTS, by_phrases, hosted, opens_with_by
from kg.coding.tree import PARTICIPLE_PREPS

__all__ = [
    "FIGHT_NOUNS", "MEETING_NOUNS", "VISIT_NOUNS", "WITHDRAWAL_NOUNS", "nominal_meetings",
    "nominal_withdrawals", "nominal_visits", "objected_to",
]  # fmt: skip

VISIT_NOUNS = frozenset({"visit", "trip", "tour", "travel"})
#: possessives that stand for the subject of the verb above ("concluding *his* visit to X")
OWN = frozenset({"his", "her", "their", "its"})
#: a visit still to come
AHEAD = frozenset({"ahead", "before", "prior"})
PLANNED = frozenset({"planned", "upcoming", "forthcoming", "expected", "scheduled", "proposed"})
#: nouns of meetings and their code
MEETING_NOUNS = {
    "call": "041", "conversation": "041", "talks": "040", "meeting": "040", "summit": "040",
    "consultations": "040", "negotiations": "040", "talk": "040", "discussions": "040",
}  # fmt: skip
#: verbs of ending a meeting: the meeting they end was held
ENDED = frozenset({"conclude", "end", "finish", "complete", "wrap"})
#: nouns of fighting and their code: "killed in a clash with X", "after fierce fighting with X"
FIGHT_NOUNS = {
    "clash": "190", "clashes": "190", "fighting": "190", "skirmish": "190", "battle": "190",
    "gunfight": "193", "gunbattle": "193", "firefight": "193", "shootout": "193",
}  # fmt: skip
#: what an "exchange of" is a fight of
FIRE = frozenset({"fire", "gunfire", "shots"})
#: verbs of leaving for a place: meetings one leaves "for" are still to come, and may be held
#: with the place's state as well
DEPARTURES = frozenset({"leave", "depart", "head", "set", "fly", "travel"})
#: prepositions of a phrase that frames the sentence's act with a meeting ("is in Athens *for*
#: meetings with his Greek counterpart")
FRAME = frozenset({"in", "during", "at", "after", "on", "following", "ahead", "before", "for"})


def _unit_on(units: list[Unit], words: set[int], noun: int | None = None) -> Unit | None:
    """The unit that covers one of ``words``, else (with ``noun``) the unit of the noun's own
    group written before it (the possessor a parser merged into the noun's group)."""
    for u in units:
        if u.words & words or u.head in words:
            return u
    for u in units if noun is not None else ():
        if u.head == noun and u.words and max(u.words) < noun:
            return u
    return None


def _acts_named(
    sent: Sentence, units: list[Unit], nouns: frozenset[str], aim: str, code: str,
    filed_in: str = "",
) -> list[tuple[Unit, Unit, str, str]]:  # fmt: skip
    """(doer, aimed at, code, factuality) of every act a noun of ``nouns`` names with its doer
    (its possessor, "by" or "of" phrase) and the state of its ``aim`` phrase, hung on the noun
    or on the doer ("a visit of X *to Y*"), or the one other state named where that phrase is
    "the country" (:func:`kg.coding.names.the_country`), or, with no such phrase, the state
    the doer is in ("X *is in Vietnam* on his first visit"). An act the noun is the object of
    ("paid a visit to", "demanded the withdrawal of") is left to the verb; one "ahead of" or
    "before" the sentence's act, or "planned"/"upcoming", is future."""
    out = []
    for n in sent.ids:
        w = sent[n]
        # "*During* his visit to Kyiv, X pledged": framed, however the parser hung the noun
        framed = (w.head and sent[w.head].text.lower() in PARTICIPLE_PREPS) or _during(sent, n)
        if (
            w.upos != "NOUN"
            or w.lemma.lower() not in nouns
            or (w.base in ("obj", "dobj") and not framed)
        ):
            continue
        poss = set(sent.children(n, "nmod:poss"))
        by = {k for k in sent.children(n, "nmod") if sent.case_of(k) in ("by", "of")}
        for k in sent.children(n, "nmod"):  # "a visit to Laos *by* Thai Prime Minister X",
            by |= {j for j in sent.children(k, "nmod") if opens_with_by(sent, j)}  # on "Laos"
        doer = _unit_on(units, {j for k in poss | by for j in sent.subtree(k)}, n)
        own = {sent[k].text.lower() for k in poss} & OWN or sent.case_of(n) in ("for", "on")
        own = own or (not poss and _during(sent, n))  # "*During a* visit to Maputo, X handed"
        subj = _subject_units(sent, n, units) if doer is None and own else []
        if len({u.code for u in subj}) == 1:  # (one actor named twice: "The president of
            doer = subj[0]  # Argentina, Nestor Kirchner,"); "left Luanda for a state visit to
            # Kenya", "concluding *his* visit"
        if doer is None and own:
            doer = _person_above(sent, n, units)  # "Erdogan, on his first visit to Iraq,"
        near = [n, *((doer.words | {doer.head}) if doer else ())]  # "of X to Y" on X
        aimed = [
            k for m in near for k in sent.children(m, "nmod", "obl")
            if any(sent[j].text.lower() == aim for j in sent.children(k))
        ]  # fmt: skip
        at = _unit_on(units, {j for k in aimed for j in sent.subtree(k)}) if aimed else None
        if at is None and doer is not None:
            at = the_country(sent, aimed, units, doer)  # "during a trip to *the country*"
        if at is None and doer is not None and aim == "to" and not aimed:
            at = _where_one_is(sent, n, units)  # "X is *in Vietnam* on his first visit"
        if at is None and not aimed and filed_in and doer is not None:  # "during a rare visit",
            at = Unit(filed_in, n, n, set(), filed_in)  # filed from KYIV: Ukraine hosts it
        if doer is None or at is None or doer.state[:3] == at.state[:3]:
            continue
        lead = {sent[k].text.lower() for k in sent.children(n, "case", "amod", "mark")}
        out.append((doer, at, code, "future" if lead & (AHEAD | PLANNED) else "asserted"))
    return out


def _where_one_is(sent: Sentence, n: int, units: list[Unit]) -> Unit | None:
    """The state a noun hangs on that is where its subject is ("X *is in Vietnam* on his first
    foreign visit"): named after "in" with "be" as its copula."""
    h = sent[n].head
    if not h or sent.case_of(h) != "in" or not sent.children(h, "cop"):
        return None
    return _unit_on(units, {h})


def _person_above(sent: Sentence, n: int, units: list[Unit]) -> Unit | None:
    """The person or body (an actor with a role, not a bare state or place) that noun ``n``
    hangs on, when a parser hung a framing phrase on the name before it with no verb above
    ("Turkish President Erdogan, *on his first visit* to Iraq, signed")."""
    found = _unit_on(units, {sent[n].head}) if sent[n].head else None
    return found if found is not None and len(found.code) > 3 else None


def _during(sent: Sentence, n: int) -> bool:
    """Noun ``n`` follows "during" past determiners and adjectives ("*during* a rare visit"),
    however the parser hung it."""
    k = sent.ids.index(n)
    while k > 0 and (
        sent[sent.ids[k - 1]].upos in ("DET", "ADJ", "NUM")
        or sent[sent.ids[k - 1]].text.lower() in OWN  # "during *his* visit"
    ):
        k -= 1
    return k > 0 and sent[sent.ids[k - 1]].text.lower() == "during"


def nominal_visits(
    sent: Sentence, units: list[Unit], filed_in: str = ""
) -> list[tuple[Unit, Unit, str, str]]:
    """(visitor, host, code 042, factuality) of every visit a noun names with both ends; a
    visit named with no host ("announced new aid *during a rare visit*") is to the state the
    story was filed in (``filed_in``, its dateline's), when another's."""
    return _acts_named(sent, units, VISIT_NOUNS, "to", "042", filed_in)


#: nouns of a withdrawal of troops: "the withdrawal of Russian-led troops from Kazakhstan"
WITHDRAWAL_NOUNS = frozenset({"withdrawal", "pullout", "pull-out", "drawdown"})


def nominal_withdrawals(sent: Sentence, units: list[Unit]) -> list[tuple[Unit, Unit, str, str]]:
    """(who withdraws, from whom, code 0874, factuality) of every withdrawal a noun names with
    its "of" and "from" phrases."""
    return _acts_named(sent, units, WITHDRAWAL_NOUNS, "from", "0874")


def _subject_units(sent: Sentence, n: int, units: list[Unit]) -> list[Unit]:
    """The units of the subject of the nearest verb above word ``n`` that has one (a
    participle on the way, "a journalist *detained* ... in a call with X", has none); of a
    passive verb, its "by" phrase ("was confirmed *by X* in a telephone conversation with Y");
    a pronoun subject that names no actor passes to the clause above ("X and Y agreed ... as
    *they* concluded their meeting")."""
    j, seen = sent[n].head, set()
    while j and j not in seen:
        seen.add(j)
        verb = sent[j].upos in ("VERB", "AUX") or bool(sent.children(j, "cop"))
        subj = set(sent.children(j, "nsubj", "nsubj:pass")) if verb else set()
        if verb and not subj and sent.children(j, "cop") and sent[j].head:
            subj = {sent[j].head}  # "President X of Zambia | is in Malawi", hung on the subject
        if verb and sent.children(j, "aux:pass", "auxpass"):  # "was confirmed by X in a call"
            subj = set(by_phrases(sent, j)) or subj
        subj |= {c for k in subj for c in conjuncts(sent, k)}  # "X and Y signed ..."
        # (of a number: "*Hundreds of Palestinians* were wounded in clashes with police")
        subj |= {m for k in subj for m in sent.children(k, "nmod") if sent.case_of(m) == "of"}
        found = [u for u in units if u.head in subj or u.words & subj]
        unnamed = all(sent[k].upos == "PRON" for k in subj)  # "as *they* concluded their meeting"
        if found or (subj and sent[j].base != "conj" and not unnamed):
            return found
        j = sent[j].head  # "X was killed and three were wounded in a clash with Y": X's
    return []


def _verb_above(sent: Sentence, n: int) -> str:
    """The lemma of the nearest verb above word ``n``, else ""."""
    j, seen = sent[n].head, set()
    while j and j not in seen and sent[j].upos != "VERB":
        seen.add(j)
        j = sent[j].head
    return sent[j].lemma.lower() if j and j not in seen else ""


def nominal_meetings(sent: Sentence, units: list[Unit]) -> list[tuple[Unit, Unit, str, str]]:
    """(one side, the other, code, factuality) of every meeting or call a noun names in a
    phrase of circumstance, each way."""
    out = []
    for n in sent.ids:
        w = sent[n]
        low, lemma = w.text.lower(), w.lemma.lower()
        code = MEETING_NOUNS.get(lemma) or MEETING_NOUNS.get(low)
        code = code or FIGHT_NOUNS.get(lemma) or FIGHT_NOUNS.get(low)
        of = [k for k in sent.children(n, "nmod") if sent.case_of(k) == "of"]
        if lemma == "exchange" and any(sent[k].lemma.lower() in FIRE for k in of):
            code = "193"  # "after a six-hour exchange of fire with the Indian Army"
        # "following their talks" with "following" tagged a verb and "talks" its object; "as
        # they concluded their meeting": a meeting held
        framing = w.base == "obj" and (
            sent[w.head].text.lower() in PARTICIPLE_PREPS or sent[w.head].lemma.lower() in ENDED
        )
        # "..., following talks in Kuala Lumpur", "following" hung as an adjective of "talks"
        framing = framing or any(
            sent[k].text.lower() in PARTICIPLE_PREPS for k in sent.children(n, "amod")
        )
        # ", in a phone conversation with X" a parser hung as a conjunct of the noun before
        framing = framing or (w.base == "conj" and sent.case_of(n) in FRAME)
        if code is None or w.upos != "NOUN" or (w.base not in ("obl", "nmod") and not framing):
            continue
        if sent.case_of(n) not in FRAME and not framing:
            continue
        with_ = [k for m in (n, *of) for k in sent.children(m, "nmod") if sent.case_of(k) == "with"]
        with_ = with_ or [  # "killed in clashes with police", "with" hung on the verb
            k for k in sent.children(w.head, "obl", "nmod")
            if n < k <= n + 3 and sent.case_of(k) == "with"
        ]  # fmt: skip
        partners = [u for u in units for k in with_ if u.head == k or k in u.words]
        poss = set(sent.children(n, "nmod:poss"))
        sides = [u for u in units if u.words & poss] or _subject_units(sent, n, units)
        if not partners and (
            any(sent[k].text.lower() == "their" for k in poss)
            or len({u.state[:3] for u in sides if u.state}) > 1
        ):  # "X and Y signed a treaty following *their* talks", "... during a meeting"
            partners = sides
        if not partners and sent.case_of(n) == "for" and _verb_above(sent, n) in HOSTS:
            partners = hosted(sent, w.head, units)  # "received X *for talks*": with the guest
        if sent.case_of(n) == "for" and _verb_above(sent, n) in DEPARTURES:
            continue  # "left for Moscow for talks with X": talks to come, where, not said
        fact = "future" if sent.case_of(n) in AHEAD else "asserted"
        for a in sides:
            for b in partners:  # a state's government talks with its rebels, police fight them
                two = a.state[:3] != b.state[:3] or len(a.code) > 3 < len(b.code)
                if a.code != b.code and a.state[:3] and b.state[:3] and two:
                    out += [(a, b, code, fact), (b, a, code, fact)]
    return out


#: prepositions of what one objects to or acts in spite of: drills named there are a reason
#: given, not an event reported
OBJECTED = frozenset({"against", "over", "amid", "despite", "about"})


def objected_to(sent: Sentence, n: int) -> bool:
    """Whether noun ``n`` stands in a phrase of :data:`OBJECTED`, up to eight words after its
    preposition (however the parser hung it), with no verb or punctuation between."""
    k = sent.ids.index(n)
    for j in reversed(sent.ids[max(0, k - 8) : k]):
        w = sent[j]
        if w.text.lower() in OBJECTED:
            return True
        if w.upos in ("VERB", "AUX", "PUNCT"):
            return False
    return False
