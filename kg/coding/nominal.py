"""Visits named by a noun: "during Philippine President Duterte's state visit to Russia",
"a visit by the Japanese prime minister to Jakarta".

Reporting names many visits only as the frame of another act; PETRARCH reads verbs alone and
misses them, event-data coders code them (042, make a visit). The visitor is the noun's
possessor or its "by" phrase, the host the state of its "to" phrase. A visit the noun itself
is the object of ("paid a visit to") is left to the verb's pattern; one "ahead of" or
"before" the sentence's act, or "planned"/"upcoming", is future.

>>> sorted(VISIT_NOUNS)
['tour', 'trip', 'visit']
"""

from __future__ import annotations

from kg.coding.sentence import Sentence, Unit

__all__ = ["VISIT_NOUNS", "nominal_visits"]

VISIT_NOUNS = frozenset({"visit", "trip", "tour"})
#: a visit still to come
AHEAD = frozenset({"ahead", "before", "prior"})
PLANNED = frozenset({"planned", "upcoming", "forthcoming", "expected", "scheduled", "proposed"})


def _unit_on(units: list[Unit], words: set[int], head: int) -> Unit | None:
    """The unit that covers one of ``words`` or hangs on ``head``."""
    for u in units:
        if u.words & words or u.head in words:
            return u
    for u in units:
        if u.head == head and u.words and max(u.words) < head:
            return u
    return None


def nominal_visits(sent: Sentence, units: list[Unit]) -> list[tuple[Unit, Unit, str]]:
    """(visitor, host, factuality) of every visit a noun names with both ends."""
    out = []
    for n in sent.ids:
        w = sent[n]
        if w.upos != "NOUN" or w.lemma.lower() not in VISIT_NOUNS or w.base in ("obj", "dobj"):
            continue
        poss = set(sent.children(n, "nmod:poss"))
        by = {k for k in sent.children(n, "nmod") if sent.case_of(k) == "by"}
        visitor = _unit_on(units, {j for k in poss | by for j in sent.subtree(k)}, n)
        to = [
            k for k in sent.children(n, "nmod", "obl")
            if any(sent[j].text.lower() == "to" for j in sent.children(k))
        ]  # fmt: skip
        host = _unit_on(units, {j for k in to for j in sent.subtree(k)}, -1) if to else None
        if visitor is None or host is None or visitor.state[:3] == host.state[:3]:
            continue
        lead = {sent[k].text.lower() for k in sent.children(n, "case", "amod", "mark")}
        out.append((visitor, host, "future" if lead & (AHEAD | PLANNED) else "asserted"))
    return out
