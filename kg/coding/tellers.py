"""The news outlet that tells a story is no side of its events.

A news outlet the dictionaries know (``MED``, or its home state's: Reuters is ``GBRMED``,
Xinhua ``CHNMED``) is dropped from a sentence's actors where it is only the teller, read in
word order so that a broken parse does not matter:

* opening the sentence before a dash, colon or bar ("*Xinhua* - Mexico and Uruguay signed ...",
  "Kuwait City, Kuwait | *AFP* | Kuwait emir received ...");
* right after a verb of telling or "according to" ("... military sources told *Reuters*",
  "..., reported *Reuters*", "according to *AFP*");
* right before a verb of telling, or its correspondent ("*BBC News* reports Bolivian
  president Evo Morales has expelled ...", "a *TASS* correspondent reports");
* in brackets, an attribution ("Manila, November 4 (ANI/*Xinhua*): Two soldiers ...").

So is the press named by an agent word alone ("Kazinform *News Agency* reports", "told
*reporters*"), but not a spokesman, who speaks for an actor.

An outlet acted on is still a side ("Azerbaijan ordered *the BBC* to shut its office").

>>> sorted(TELLING)[:4]
['cite', 'quote', 'report', 'say']
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kg.coding.tree import Sentence

__all__ = ["TELLING", "is_teller", "tellers"]

#: lemmas of the verbs an outlet tells a story with
TELLING = frozenset({"report", "say", "tell", "quote", "cite", "write"})
#: inflected forms a small tagger may leave unlemmatised
TELLING_FORMS = frozenset({
    "reported", "reports", "said", "says", "told", "tells", "quoted", "quotes", "cited",
    "cites", "wrote", "writes", "reporting",
})  # fmt: skip
#: words between an outlet and its verb of telling ("a TASS *correspondent* reports")
TELLERS = frozenset(
    {"correspondent", "correspondents", "reporter", "reporters", "journalist", "news"}
)
#: words of the press an agent phrase names it by ("News Agency", "reporters"; not a
#: spokesman, who speaks for an actor)
PRESS = frozenset({
    "news", "agency", "reporter", "reporters", "journalist", "journalists", "media", "press",
    "newspaper", "newspapers", "daily", "television", "tv", "radio", "correspondent",
    "correspondents",
})  # fmt: skip
#: marks that close an opening outlet ("Xinhua -", "| AFP |")
OPENING_ENDS = frozenset({"-", "--", "—", "–", ":", "|"})
#: how far into the sentence an outlet may open it
OPENING_WORDS = 8
#: words that may stand between a verb of telling and the outlet ("told *the* BBC")
BETWEEN = frozenset({"the", "news", "agency", "to"})


def _telling(sent: Sentence, i: int) -> bool:
    w = sent[i]
    return w.lemma.lower() in TELLING or w.text.lower() in TELLING_FORMS


def tellers(sent: Sentence, mentions: list[Any], code_of: Callable[[Any], str]) -> list[Any]:
    """The mentions of ``mentions`` that are outlets only telling the story: actors
    (``code_of`` gives a mention's actor code) and the press named by an agent word alone
    ("Kazinform *News Agency* reports", "told *reporters*")."""
    return [
        m for m in mentions
        if (m.kind == "actor" and is_teller(sent, m, code_of(m)))
        or (m.kind == "agent" and str(getattr(m.entry, "code", m.entry)).lstrip("~") == "MED"
            and PRESS & set(sent.low[sent.ids.index(m.start) : sent.ids.index(m.end) + 1])
            and is_teller(sent, m, "MED"))
    ]  # fmt: skip


def is_teller(sent: Sentence, mention: Any, code: str) -> bool:
    """Whether ``mention`` (its words ``start``..``end``), of actor ``code``, is a news outlet
    that only tells the story."""
    if code[-3:] != "MED" or len(code) not in (3, 6):
        return False  # (an outlet alone, or with its home state: "Reuters" is GBRMED)
    ids = sent.ids
    a, b = ids.index(mention.start), ids.index(mention.end)
    after = sent[ids[b + 1]].text if b + 1 < len(ids) else ""
    if a < OPENING_WORDS and after in OPENING_ENDS:
        return True
    k = a - 1
    while k >= 0 and sent[ids[k]].text.lower() in BETWEEN and k > a - 3:
        k -= 1
    if k >= 0 and _telling(sent, ids[k]):
        return True
    if k >= 0 and sent.low[k] == "according":
        return True
    j = b + 1  # "Reuters reported", "a TASS correspondent reports"
    while j < len(ids) and sent.low[j] in TELLERS and j < b + 3:
        j += 1
    if j < len(ids) and _telling(sent, ids[j]):
        return True
    # "(ANI/Xinhua)", "(Reuters) Police detained": an attribution in brackets
    opened = any(sent.low[i] in ("(", "[") for i in range(max(0, a - 3), a))
    return opened and any(sent.low[i] in (")", "]") for i in range(b + 1, min(len(ids), b + 4)))
