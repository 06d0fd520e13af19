"""Discard phrases: a sentence holding one codes nothing (sport, history, figures of speech),
as PETRARCH's discard dictionaries say, with the exceptions news needs (see :func:`discarded`)."""

from __future__ import annotations

import datetime as dt

from kg.coding.dictionaries import CodingDictionaries
from kg.coding.names import dateline_end
from kg.coding.tree import Sentence

__all__ = ["discarded"]

#: words before a year that set a sentence's act in that year ("in 1990", "during 2003")
IN_YEAR = frozenset({"IN", "DURING", "UNTIL", "BY", "FROM", "OF"})


def _named_year(upper: list[str], k: int) -> bool:
    """Word ``k`` is a year that only names something ("the 1967 lines", "the 2015 nuclear
    deal", "since 2014"), not the time of the sentence's act ("in 1990 X attacked Y")."""
    return upper[k].isdigit() and len(upper[k]) == 4 and (k == 0 or upper[k - 1] not in IN_YEAR)


#: nouns of talks: a sports discard ("third round", "marathon") right before one is diplomacy
TALKS = frozenset({
    "TALKS", "NEGOTIATIONS", "MEETING", "MEETINGS", "DISCUSSIONS", "CONSULTATIONS", "DIALOGUE",
})  # fmt: skip
#: nouns a disaster's name qualifies as a figure of speech: "a *landslide* victory"
WINS = frozenset({"VICTORY", "WIN", "MAJORITY", "ELECTION", "RE-ELECTION", "REELECTION"})


def discarded(sent: Sentence, dicts: CodingDictionaries, date: dt.date | None) -> bool:
    """Whether a discard phrase is in the sentence ("football match"; Phoenix discards years to
    drop history: "in 1990 X attacked Y"). A year in the dateline, the story's own year, or a
    year that only names something ("the 1967 lines", "since 2014") is no history, and a
    phrase in a clause that only qualifies the act discards nothing (see :func:`_subordinate`),
    nor does a world war named as when something was ("brothels *during World War Two*"), nor
    a sports phrase right before talks ("the *third round* of talks", "*marathon* talks"), nor
    a disaster's name before a win ("a *landslide* victory")."""
    upper = [sent.upper[i] for i in sent.ids]
    start = sent.ids.index(end) + 1 if (end := dateline_end(sent)) else 0
    for k in range(start, len(upper)):
        for index in (dicts.discards, dicts.story_discards):
            found = index.longest(upper, k) if upper[k] in index else None
            if (
                found
                and not (date and upper[k] == str(date.year))
                and not _named_year(upper, k)
                and not _subordinate(sent, sent.ids[k])
                and not (k > 0 and upper[k - 1] in ("DURING", "SINCE") and upper[k] == "WORLD")
                and not TALKS & set(upper[k : k + found[0] + 3])  # "the third round of talks"
                and not WINS & set(upper[k + found[0] : k + found[0] + 1])
            ):
                return True
    return False


def _subordinate(sent: Sentence, i: int) -> bool:
    """Word ``i`` is in a clause that qualifies the sentence's act, not in its main clause:
    "welcomed ... *since he took power in a coup in 2006*", "visited the shrine, *which honors
    war criminals from World War II*", "funding to assist the recovery from the landslide"."""
    seen: set[int] = set()
    while i and i not in seen:
        seen.add(i)
        if sent[i].base in ("advcl", "acl"):
            return True
        i = sent[i].head
    return False
