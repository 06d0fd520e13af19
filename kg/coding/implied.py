"""Acts a sentence implies beside the events its verbs and nouns coded (see
:func:`kg.coding.coder.code_sentence`), read from those events and the sentence's words:

* **agreements signed beside a meeting**: agreements signed in a sentence that codes a
  meeting, visit or cooperation between two sides and no signing are signed between them,
  both ways (057): "an official visit of X to Y has resulted in signing of four cooperation
  documents", "agreements signed after X met with Y", "signed a loan agreement with China"
  (a signing whose pattern coded the cooperation agreed, 061);
* **agreements beside talks**: two sides that talked (04x, not a mediation) in a sentence
  where someone agreed to something that codes no cooperation between them yet intended to
  cooperate (030, both ways): "Yoon and Kishida spoke on the phone and *agreed* on the need
  to cooperate"; not "agreed not to ...", nor a truce agreed;
* **calls beside an act**: an act short of force between two sides in a sentence that names a
  telephone call or conversation and codes no consultation was done speaking (041, both
  ways): "congratulated X on his re-election in a telephone call";
* **meetings beside a signing**: a signing or an intent to cooperate (03x) between two sides
  in a sentence that names a meeting, talks or a conversation and codes no consultation was
  done meeting (040, both ways);
* **expulsions answered**: diplomats expelled "in retaliation for" or "in response to" an
  expulsion were expelled by the other side first (the same code, the other way): "Russia
  expelled five Polish diplomats in retaliation to Polish authorities expelling three Russian
  Embassy workers";
* **prisoners swapped**: people released one way (08x) in a sentence that names a swap ("in
  exchange for", "in return for", "prisoner exchange") were released both ways (0841);
* **fire returned**: a fight coded one way in a sentence that says fire was exchanged or
  returned was fought both ways (the same code, the other way): "U.N. troops battled street
  gangs *in firefights*", "South Korean forces *returned fire* after North Korean artillery
  shells fell", as the annotators code it;
* **blame traded**: the two sides of a fight (else of an act coded both ways) in a sentence
  where each blames the other accuse each other (112, both ways): "Thai and Cambodian forces
  clashed, *with each side accusing the other* of firing first".

The events are the coder's (``source``, ``target``, ``code``, ``factuality``); what is
returned are actor codes, for the coder to write as events.

>>> _actor("EGYGOV"), _actor("IGOEUREEC")
('EGY', 'IGOEUREEC')
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kg.coding.tree import Sentence

__all__ = [
    "AGREEMENTS", "MEETING_NOUNS", "agreed_beside", "answered_expulsions", "blamed_beside",
    "fights_returned", "met_beside", "phoned_beside", "signed_beside", "swapped_back",
]  # fmt: skip

#: what is signed between two sides: an agreement
AGREEMENTS = frozenset({
    "agreement", "agreements", "accord", "accords", "deal", "deals", "document", "documents",
    "memorandum", "memoranda", "mou", "mous", "pact", "pacts", "treaty", "treaties",
    "contract", "contracts", "protocol", "protocols", "declaration",
})  # fmt: skip
#: words shortly before a signing that make it one to come ("*will see the* signing")
TO_COME = frozenset({"will", "would", "to", "could", "may", "might", "expected", "set", "plan"})


def signed_beside(sent: Sentence, events: Sequence[Any]) -> list[tuple[str, str]]:
    """(one side, the other) of every agreement signed beside a meeting, visit or
    cooperation the ``events`` code between two sides, both ways; none where an event codes
    a signing already (057) or the signing is to come."""
    if any(e.code.startswith("057") for e in events):
        return []
    low = sent.low
    signed = any(
        _signing_word(w) and not set(low[max(0, k - 3) : k]) & TO_COME
        and (set(low[k + 1 : k + 8]) | set(low[max(0, k - 3) : k])) & AGREEMENTS
        for k, w in enumerate(low)
    )  # fmt: skip
    if not signed:
        return []
    return _sides_both_ways(events, ("04", "05", "06"))


def _signing_word(w: str) -> bool:
    return w.startswith("sign") or w in ("inked", "concluded")


def _actor(code: str) -> str:
    """The actor part of ``code``: its state (``EGY`` of ``EGYGOV``), or an organisation's
    or group's whole code (``IGOEUREEC``), whose parts are no agents."""
    return code if code.startswith(("IGO", "NGO", "IMG", "---")) else code[:3]


def _between_states(e: Any, codes: tuple[str, ...], facts: tuple[str, ...]) -> bool:
    """Event ``e`` codes one of ``codes`` (code prefixes), with a factuality of ``facts``,
    between actors of two states."""
    return (
        e.code.startswith(codes) and e.factuality in facts
        and e.source[:3] != e.target[:3] and len(e.source) >= 3 <= len(e.target)
    )  # fmt: skip


def _sides_both_ways(events: Sequence[Any], codes: tuple[str, ...]) -> list[tuple[str, str]]:
    """(one side, the other), each way, of the asserted ``events`` coding one of ``codes``
    between two states."""
    pairs = {
        (_actor(e.source), _actor(e.target)) for e in events
        if _between_states(e, codes, ("asserted",))
    }  # fmt: skip
    out = [pair for a, b in sorted(pairs) for pair in ((a, b), (b, a))]
    return list(dict.fromkeys(out))


#: words of an act answering another, and of the expulsions answered
ANSWERING = frozenset({"retaliation", "response", "reprisal"})
EXPULSIONS = frozenset({"expulsion", "expulsions", "expelling", "expelled"})


def answered_expulsions(sent: Sentence, events: Sequence[Any]) -> list[tuple[str, str, str]]:
    """(the other side, the expelling side, code) of every expulsion or reduction of ties
    (16x, asserted or reported) the ``events`` code in a sentence that says it answers an
    expulsion ("in retaliation for", "in response to")."""
    low = sent.low
    answered = any(
        w in ANSWERING and k + 1 < len(low) and low[k + 1] in ("for", "to")
        and EXPULSIONS & set(low[k + 2 : k + 9])
        for k, w in enumerate(low)
    )  # fmt: skip
    if not answered:
        return []
    out = [
        (e.target[:3], e.source[:3], e.code) for e in events
        if _between_states(e, ("16",), ("asserted", "reported"))
    ]  # fmt: skip
    return list(dict.fromkeys(out))


#: words of a swap ("in return" as in "in return for"): prisoners released in one are
#: released both ways
SWAPS = ("in exchange for", "in return", "swap", "prisoner exchange", "exchange of prisoners")


def swapped_back(sent: Sentence, events: Sequence[Any]) -> list[tuple[str, str, str]]:
    """(the other side, the releasing side, "0841") of every release (08x of people: 080,
    084, 0841, asserted or reported) the ``events`` code one way in a sentence that names a
    swap ("freed seven Americans *in exchange for* the release of two nephews ... jailed by
    the United States", "in a prisoner *swap* mediated by Qatar"), and the release itself as
    the return of people (0841) it is."""
    text = " ".join(sent.low)
    if not any(w in text for w in SWAPS):
        return []
    released = [e for e in events if _between_states(e, ("080", "084"), ("asserted", "reported"))]
    out = [(e.target[:3], e.source[:3], "0841") for e in released]
    out += [(e.source[:3], e.target[:3], "0841") for e in released if e.code[:4] != "0841"]
    return list(dict.fromkeys(out))


#: words that say fire went both ways: a fight they stand beside was fought both ways
FIRE_BOTH_WAYS = (
    "firefight", "gunbattle", "gun battle", "gunfight", "exchange of fire", "exchanged fire",
    "returned fire", "shootout", "combat",
)  # fmt: skip


def fights_returned(sent: Sentence, events: Sequence[Any]) -> list[tuple[str, str, str, str]]:
    """(the other side, the fighting side, code, factuality) of every fight (19x, asserted
    or reported) the ``events`` code one way between two states' sides in a sentence that
    says fire was exchanged or returned (:data:`FIRE_BOTH_WAYS`); not one answered "in
    retaliation", which names an act the sentence may not code."""
    text = " ".join(sent.low)
    if not any(w in text for w in FIRE_BOTH_WAYS):
        return []
    fights = [
        e for e in events
        if e.code.startswith("19") and e.factuality in ("asserted", "reported")
        and len(e.source) >= 3 <= len(e.target)
        and e.source[:3] != e.target[:3] and "---" not in (e.source[:3], e.target[:3])
    ]  # fmt: skip
    one_way = {(e.source, e.target) for e in fights}
    out = [
        (e.target, e.source, e.code, e.factuality)
        for e in fights
        if (e.target, e.source) not in one_way
    ]
    return list(dict.fromkeys(out))


#: words of blaming someone
BLAME = frozenset({
    "accuse", "accused", "accuses", "accusing", "blame", "blamed", "blames", "blaming",
})  # fmt: skip


def blamed_beside(sent: Sentence, events: Sequence[Any]) -> list[tuple[str, str]]:
    """(one side, the other), both ways, of the two sides of the fights (19x) the ``events``
    code, else of the acts they code both ways, in a sentence where each side blames the
    other ("each side accusing the other", "both sides accusing each other") and no
    criticism (11x) between them is coded yet; nothing where the acts have more sides."""
    low = sent.low
    each = any(
        w in BLAME and (
            ("each" in low[max(0, i - 3) : i] and "other" in low[i + 1 : i + 4])
            or low[i + 1 : i + 3] in (["each", "other"], ["one", "another"])
        )
        for i, w in enumerate(low)
    )  # fmt: skip
    if not each:
        return []
    done = [e for e in events if e.factuality in ("asserted", "reported") and e.source != e.target]
    done = [e for e in done if "---" not in (e.source[:3], e.target[:3])]
    pairs = [(e.source, e.target) for e in done if e.code.startswith("19")]
    if not pairs:
        coded = {(e.source, e.target) for e in done}
        pairs = [(a, b) for a, b in coded if (b, a) in coded]
    if len({frozenset((a[:3], b[:3])) for a, b in pairs}) != 1:
        return []
    blamed = {(e.source, e.target) for e in events if e.code.startswith("11")}
    a, b = pairs[0]
    return [p for p in ((a, b), (b, a)) if p not in blamed]


#: relations of a noun that is what a verb is about, not where something was done
ARGUMENTS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj"})
#: nouns of a meeting held: a signing named beside one was done in it
MEETING_NOUNS = frozenset({"meeting", "meetings", "talks", "conversation", "videoconference"})


def met_beside(sent: Sentence, events: Sequence[Any]) -> list[tuple[str, str]]:
    """(one side, the other) of every signing (057) or intent to cooperate (03x) the
    ``events`` code, both ways, in a sentence that names a meeting, not a verb's subject or
    object and no one's (not "as Ostia concluded *its meeting*"), but codes no consultation
    (04): the sides met ("Prime
    Ministers Morrison and Kishida have signed the Reciprocal Access Agreement *in a virtual
    meeting*"). Not a visit (one side visits the other) nor a summit (often the day before)."""
    if any(e.code.startswith("04") for e in events):
        return []
    if not any(
        w in MEETING_NOUNS and sent[k].upos == "NOUN" and sent[k].base not in ARGUMENTS
        and not sent.children(k, "nmod:poss")  # (not "as Ostia concluded *its* meeting")
        for k, w in zip(sent.ids, sent.low)
    ):  # fmt: skip
        return []
    return _sides_both_ways(events, ("057", "03"))


#: forms of agreeing: what two sides agree on beside their talks is an intent to cooperate
AGREEING = frozenset({"agree", "agreed", "agrees", "agreeing"})
#: consultations two sides hold together (04x; not a mediation, 045: the mediator is no side
#: of what the parties agree)
TALKS = ("040", "041", "042", "043", "044", "046")


def agreed_beside(sent: Sentence, events: Sequence[Any]) -> list[tuple[str, str]]:
    """(one side, the other) of every consultation (:data:`TALKS`) the ``events`` code between
    two states, in a sentence where someone agrees to something (not "agreed not to", not a
    truce) that no event codes as cooperation between them yet (03, 05, 06, 08): an intent to
    cooperate (030), both ways ("Yoon and Kishida spoke on the phone and *agreed* on the need
    to cooperate", "Xi held talks with the Sultan, with the two *agreeing* to promote
    cooperation")."""
    low = sent.low
    first = min((k for k, w in enumerate(low) if w in AGREEING), default=None)
    if first is None or NOT_AGREED & set(low[max(0, first - 3) : first + 3]) or TRUCES & set(low):
        return []
    done = {(e.source[:3], e.target[:3]) for e in events if e.code[:2] in ("03", "05", "06", "08")}
    talks = _sides_both_ways(events, TALKS)
    return [(a, b) for a, b in talks if (a[:3], b[:3]) not in done]


#: words near "agreed" that say nothing was agreed, or that the sides agreed not to do a thing
NOT_AGREED = frozenset({"not", "n't", "never", "failed", "fail", "disagreed"})
#: what sides agree to that is a truce (08), not cooperation
TRUCES = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})


#: words before "call" or "conversation" that make it a telephone call
PHONE = frozenset({"phone", "telephone", "video", "virtual"})
#: words shortly before a call that say it was not taken ("refused to receive a phone call")
UNTAKEN = frozenset({"refused", "declined", "rejected", "denied", "not", "no", "never"})
#: roots of acts short of force (statements to reductions of ties: 01-16)
SHORT_OF_FORCE = tuple(f"{r:02d}" for r in range(1, 17))


def phoned_beside(sent: Sentence, events: Sequence[Any]) -> list[tuple[str, str]]:
    """(one side, the other) of every act short of force (01–16) the ``events`` code between
    two states, both ways, in a sentence that names a telephone call or conversation
    ("congratulated X on his re-election *in a telephone call*", "urged Putin to continue
    talks *in a phone call*") but codes no consultation (04): the sides spoke (041); not a
    call refused or declined."""
    if any(e.code.startswith("04") for e in events):
        return []
    low = sent.low
    if not any(
        w in ("call", "calls", "conversation", "conversations", "talks") and k > 0
        and low[k - 1] in PHONE and not UNTAKEN & set(low[max(0, k - 5) : k])
        for k, w in enumerate(low)
    ):  # fmt: skip
        return []
    return _sides_both_ways(events, SHORT_OF_FORCE)
