"""Agents without a state that the words around them give an owner, read in word order,
however the parser hung them:

* :func:`paired_agents`: an agent joined by "and" to a state's organ is that state's ("South
  Sudan's government *and rebels* signed a peace agreement");
* :func:`apposed_owner`: a title without a state before a comma and a named person of a
  state is that state's ("*The President of the Republic*, Abdelmadjid Tebboune, received");
* :func:`owned_in_order`: an agent right before "of" or "from" and an actor is that actor's
  ("the eastern-based *forces of Khalifa Haftar*", "arrested 49 *soldiers from Ivory Coast*"),
  but not people a verb moves from a place ("withdrew troops *from* Syria").

>>> "withdraw" in MOVED
True
"""

from __future__ import annotations

from kg.coding.tree import Sentence, Unit

__all__ = ["MOVED", "apposed_owner", "owned_in_order", "paired_agents"]


def paired_agents(sent: Sentence, units: list[Unit]) -> None:
    """An agent without a state right after "and" (past determiners and adjectives) that
    follows a state's organ is that state's ("South Sudan's government and rebels", "the
    Nigerian army and militants"); unidentified gunmen stay unidentified (in place)."""
    by_end = {max(u.words): u for u in units if u.words}
    for u in units:
        if not u.code.startswith("---") or u.code == "---UAF" or not u.words:
            continue
        k = sent.ids.index(min(u.words))
        while k > 0 and sent[sent.ids[k - 1]].upos in ("DET", "ADJ"):
            k -= 1
        if k < 2 or sent[sent.ids[k - 1]].text.lower() != "and":
            continue
        b = by_end.get(sent.ids[k - 2])
        if b is not None and b.state and len(b.code) > 3 and b.code.startswith(b.state[:3]):
            u.code, u.state = b.state[:3] + u.code[3:], b.state[:3]


#: verbs that move people from a place: who they move from there is no one of its own
MOVED = frozenset({
    "withdraw", "pull", "evacuate", "move", "send", "deploy", "return", "bring", "relocate",
    "redeploy", "recall", "remove", "airlift", "rescue", "repatriate", "fly", "ship",
    "transfer", "dispatch", "extract",
})  # fmt: skip


def owned_in_order(sent: Sentence, units: list[Unit]) -> None:
    """An agent without a state right before "of" or "from" and an actor (past a determiner
    and adjectives) is that actor's, however the parser hung the two ("the eastern-based
    *forces of Khalifa Haftar* signed", "forces" an object and "Haftar" a subject; "arrested
    49 *soldiers from Ivory Coast*", "from Ivory Coast" hung on the verb), but not people a
    verb moves from a place ("withdrew troops *from* Syria"); unidentified gunmen stay
    unidentified (in place). Then :func:`apposed_owner`."""
    by_start = {min(u.words): u for u in units if u.words}
    ids, low = sent.ids, sent.low
    for u in units:
        if not u.code.startswith("---") or u.code == "---UAF" or not u.words:
            continue
        k = ids.index(max(u.words)) + 1
        if k + 1 >= len(ids) or low[k] not in ("of", "from"):
            continue
        verb = sent[u.head].head if u.head in sent.words else 0
        if low[k] == "from" and verb and sent[verb].lemma.lower() in MOVED:
            continue  # "withdrew troops *from* Syria": the subject's troops, moved from there
        j = k + 1
        while j < len(ids) - 1 and sent[ids[j]].upos in ("DET", "ADJ"):
            j += 1
        owner = by_start.get(ids[j])
        if owner is not None and owner.state and not owner.code.startswith(("---", "IGO")):
            u.code, u.state = owner.state[:3] + u.code[3:], owner.state[:3]
    apposed_owner(sent, units)


def apposed_owner(sent: Sentence, units: list[Unit]) -> None:
    """A title without a state (its "of the Republic" and capitalised words after it), then a
    comma and a name of a state's person, is that person's state's ("The President of the
    Republic, Abdelmadjid Tebboune, received ...": Algeria's, not a state named later)."""
    ids, low = sent.ids, sent.low
    by_start = {min(u.words): u for u in units if u.words}
    covered = {k for u in units for k in u.words}
    for u in units:
        if not u.code.startswith("---") or u.code == "---UAF" or not u.words:
            continue
        k = ids.index(max(u.words)) + 1
        while (
            k < len(ids)
            and k - ids.index(max(u.words)) < 5
            and (
                low[k] in ("of", "the")
                or (sent[ids[k]].text[:1].isupper() and ids[k] not in covered)
            )
        ):
            k += 1
        if k + 1 >= len(ids) or low[k] != ",":
            continue
        name = by_start.get(ids[k + 1])
        if (
            name is not None
            and sent[name.head].upos == "PROPN"
            and len(name.code) > 3
            and (name.state and not name.code.startswith("---"))
        ):
            u.code, u.state = name.state[:3] + u.code[3:], name.state[:3]
