"""Acts of custody named by a noun: "the detention of Aung San Suu Kyi *by Myanmar's
military*", "the arrest of six journalists ... *by police in Baku*", "the seizure of three
Ukrainian navy ships by Russian coast guard vessels": the noun's "of" phrase is whom it was
done to and its "by" phrase (or an actor right before it: "*Beijing's* seizure of the
vessel") who did it, read in word order whatever the tree; arrests and detentions (173),
seizures (171), deportations (174), abductions (181).

>>> CUSTODY["detention"], CUSTODY["seizure"]
('173', '171')
"""

from __future__ import annotations

from dataclasses import replace

from kg.coding.tree import Sentence, Unit

__all__ = ["CUSTODY", "nominal_custody"]

#: nouns of acts of custody, and their codes
CUSTODY = {
    "arrest": "173", "arrests": "173", "detention": "173", "detentions": "173",
    "imprisonment": "173", "jailing": "173", "incarceration": "173",
    "seizure": "171", "deportation": "174", "deportations": "174",
    "abduction": "181", "abductions": "181", "kidnapping": "181",
}  # fmt: skip
#: words near the noun that make it no act done ("fear of arrest", "risk of detention")
UNDONE = frozenset({
    "fear", "fears", "feared", "risk", "threat", "threatened", "face", "faces", "facing",
    "avoid", "avoided", "escape", "escaped", "evade", "possible", "any", "no", "without",
    "warrant", "warrants", "would", "could",
})  # fmt: skip


def _unit_starting(units: list[Unit], i: int) -> Unit | None:
    return next((u for u in units if u.words and min(u.words) == i), None)


def nominal_custody(sent: Sentence, units: list[Unit]) -> list[tuple[Unit, Unit, str, str]]:
    """(who, whom, code, "asserted") of every act of custody a noun names with whom ("of")
    and who ("by", or an actor right before the noun) (see the module docstring)."""
    ids, low, out = sent.ids, sent.low, []
    for k, w in enumerate(low):
        code = CUSTODY.get(w)
        if code is None or sent[ids[k]].upos != "NOUN" or low[k + 1 : k + 2] != ["of"]:
            continue
        if UNDONE & set(low[max(0, k - 3) : k + 3]):
            continue
        whom = doer = None
        j = k + 2
        while (
            j < len(ids)
            and j < k + 14
            and low[j] not in (",", ";", "by")
            and sent[ids[j]].upos != "VERB"
        ):
            whom = whom or _unit_starting(units, ids[j])
            j += 1
        if j < len(ids) and low[j] == "by":
            doer = next((u for i in ids[j + 1 : j + 8] if (u := _unit_starting(units, i))), None)
        if doer is None:  # "Beijing's seizure of", "Israeli detention of"
            before = [u for u in units if u.words and max(u.words) in ids[max(0, k - 3) : k]]
            doer = before[-1] if before and before[-1].state else None
        if whom is None or doer is None or not doer.state or doer.code.startswith("---"):
            continue
        if not whom.state and code == "173" and whom.code.startswith("---"):
            # "the arrest of six journalists by police in Baku": the arresting state's own
            whom = replace(whom, code=doer.state[:3] + whom.code[3:], state=doer.state[:3])
        out.append((doer, whom, code, "asserted"))
    return out
