"""Aid named by a noun, read in word order: "India mounted a multi-agency relief mission ...,
delivering 15 tonnes of essential materials", "the Government of Japan has decided to provide
emergency relief goods", "The Australian Government has announced it will provide $2 million
in extra funding to assist Papua New Guinea's recovery".

News names most aid by what is given, whatever verb carries it (mount, deliver, decide to
provide, announce); event coders code it as humanitarian aid given (073), announced aid
included (the convention of every CAMEO set here). Read in word order:

* **the aid**: a noun of aid (aid, relief, assistance, supplies, funding, donations, a
  consignment or shipment), or financial or economic support (economic aid, 071);
* **the donor**: the first state or organisation before it in the sentence that no
  preposition opens (not a crowd, a people or civilians, nor the agency of a dateline);
* **the recipient**: the first other state between them, given something directly or "to"
  ("provided Nepal with relief materials", "dispatched its carrier to Libya's coast to
  provide emergency relief"), else the first after it (not "from" one);
* **only aid given**: nothing where, up to eight words before it, the aid is asked for
  ("requested aid", "appealed for $2 billion in aid"), promised or
  offered (an intent, 033, the verb's), refused, cut or suspended, denied, vetoed or blocked
  ("Orban vetoed an EU aid package for Ukraine"), or thanked for (the one thanked gave it,
  not the subject: "Zelensky thanked Biden for the aid package"); nor relief from a burden
  ("debt relief"), nor aid that names those who bring it ("aid workers").

>>> sorted(AID_NOUNS)[:3]
['aid', 'assistance', 'consignment']
"""

from __future__ import annotations

from kg.coding.names import dateline_end
from kg.coding.targets import joined_by_and, opened_by
from kg.coding.tree import Sentence, Unit

__all__ = ["AID_NOUNS", "nominal_aid"]

#: nouns of aid given
AID_NOUNS = frozenset({
    "aid", "relief", "assistance", "supplies", "funding", "donation", "donations",
    "consignment", "shipment",
})  # fmt: skip
#: words that make "support" aid: economic aid (071), "$3 billion in financial support for Sudan"
ECONOMIC = frozenset({"financial", "economic", "budget", "budgetary"})
#: words near the aid that make it no aid given: asked for, refused, cut, denied
NOT_GIVEN = frozenset({
    "request", "requested", "requests", "appeal", "appealed", "appeals", "asked", "asks", "seek",
    "seeks", "sought", "need", "needs", "needed", "plea", "pleas", "urged", "called", "not", "no",
    "refused", "rejected", "denied", "halt", "halted", "cut", "cuts", "suspend", "suspended",
    "stop", "stopped", "freeze", "froze", "frozen", "withhold", "withheld", "if", "promised",
    "promise", "promises", "pledged", "pledge", "pledges", "offered", "offer", "offers",
    "veto", "vetoed", "vetoes", "vetoing", "block", "blocked", "blocks", "blocking",
    "thank", "thanked", "thanks", "thanking", "urging", "urge", "urges", "calling", "asking",
    "seeking", "requesting", "demanded", "demanding", "demand", "demands",
})  # fmt: skip
#: nouns of those who bring aid: "aid workers", "aid agencies" name no aid given (a "relief
#: mission" mounted is aid sent)
GIVERS = frozenset({
    "worker", "agency", "group", "organization", "organisation", "official", "chief",
})  # fmt: skip
#: what relief that is no aid is from: "debt relief", "sanctions relief"
BURDENS = frozenset({"debt", "sanctions", "sanction", "tax", "tariff", "tariffs"})
#: agents of a crowd or a people: no donor
RECEIVERS = frozenset({"OPP", "CVL", "PPL", "REF", "EDU", "LAB", "MED"})
#: how far (in words) the recipient may stand after the aid
NEAR = 15


def _donor(u: Unit) -> bool:
    return bool(u.state) and not u.code.startswith("---") and not u.agents & RECEIVERS


def nominal_aid(sent: Sentence, units: list[Unit]) -> list[tuple[Unit, Unit, str, str]]:
    """(donor, recipient, 073 or 071, "asserted") for each aid noun the sentence names as given
    (see the module docstring)."""
    ids, out = sent.ids, []
    low = sent.low
    filed = dateline_end(sent)  # "TASHKENT, Jun 26 (NNN-XINHUA) –": the agency gives nothing
    for k, w in enumerate(low):
        economic = w == "support" and k > 0 and low[k - 1] in ECONOMIC  # "financial support"
        if (w not in AID_NOUNS and not economic) or sent[ids[k]].upos not in ("NOUN", "PROPN"):
            continue
        if NOT_GIVEN & set(low[max(0, k - 8) : k + 3]) or (k and low[k - 1] in BURDENS):
            continue
        head = sent[ids[k]].head
        if sent[ids[k]].base == "compound" and head and sent[head].lemma.lower() in GIVERS:
            continue  # "aid workers were killed": no aid given
        noun = ids[k]
        donors = [
            u for u in units
            if u.words and filed < min(u.words) and max(u.words) < noun and _donor(u)
            and not opened_by(sent, u)
        ]  # fmt: skip
        if not donors:
            continue
        givers = [donors[0]]  # "Australian and New Zealand planes carrying aid": both give
        for u in donors[1:]:
            joined = joined_by_and(sent, givers[-1], u) or u.head == givers[-1].head
            if joined and u.state[:3] != givers[0].state[:3]:
                givers.append(u)
        donor = givers[-1]
        between = [
            u for u in units
            if u.words and max(donor.words) < min(u.words) < noun and u.state
            and opened_by(sent, u) in ("", "to")
        ]  # fmt: skip
        after = [
            u for u in units
            if u.words and noun < min(u.words) <= ids[min(k + NEAR, len(ids) - 1)] and u.state
            and opened_by(sent, u) != "from"
        ]  # fmt: skip
        given = {g.state[:3] for g in givers}
        others = [u for u in between + after if u.state[:3] not in given]
        code = "071" if economic else "073"
        out += [(g, others[0], code, "asserted") for g in givers if others]
    return out
