"""What the words around a dictionary name say of it, for the coder's mentions.

* a name the tokenizer split: "People 's Liberation Army", "pro- democracy" (:func:`rejoined`);
* a backer, not the actor: "the Iran-backed Houthi rebels" (:func:`backer`);
* a stance for an actor, not the actor: "pro-Palestinian protesters" (:func:`stance`);
* no actor at all: a date ("May 15", :data:`MONTHS`), a currency ("US dollars", "US$2",
  :func:`currency`), a common word ("male residents", :func:`common_word`), a name of a
  continent, sea or newspaper ("Latin America", "the Sea of Japan", :func:`in_place_name`);
* a state named by its half: "the North" after "South Korea" (:func:`halves`);
* where the story was filed: the dateline before its end (:func:`dateline_end`).
"""

from __future__ import annotations

from typing import Any

from kg.coding.groups import POSSESSIVE_ENDINGS, hyphened
from kg.coding.tree import Sentence, Unit, Word
from kg.knowledge.names import NOT_ACTORS

__all__ = [
    "CURRENCIES",
    "DATELINE_ENDS",
    "MONTHS",
    "backer",
    "common_word",
    "currency",
    "dateline_end",
    "halves",
    "in_place_name",
    "rejoined",
    "stance",
    "undescribed",
]


def rejoined(words: list[str]) -> tuple[list[str], list[int]]:
    """``words`` with each possessive ending joined to the word before (``PEOPLE'S``) and each
    word ending in a hyphen to the word after (``PRO-DEMOCRACY``), and how many of the
    original words each joined word stands for."""
    out: list[str] = []
    spans: list[int] = []
    for w in words:
        if out and w in POSSESSIVE_ENDINGS:
            out[-1] += "'S" if w != "'" else "'"
            spans[-1] += 1
        elif out and len(out[-1]) > 1 and out[-1].endswith("-"):
            out[-1] += w
            spans[-1] += 1
        else:
            out.append(w)
            spans.append(1)
    return out, spans


#: participles after "X-" that make X a backer of the noun's group, not the group, or the
#: broker of the noun's deal, not a side of it ("a China-brokered ceasefire")
BACKED = frozenset({
    "BACKED", "SPONSORED", "FUNDED", "SUPPORTED", "ARMED", "ALIGNED", "ALLIED", "LINKED",
    "AFFILIATED", "INSPIRED", "BROKERED", "MEDIATED",
})  # fmt: skip


def backer(words: list[str], k: int) -> bool:
    """The words from ``k`` are "-backed" ("Iran - backed", "Iran -backed"); "-led" is not:
    the leader of a "Saudi-led coalition" acts with it."""
    nxt = words[k] if k < len(words) else ""
    if nxt in ("-", "–"):
        return k + 1 < len(words) and words[k + 1] in BACKED
    return nxt[:1] in ("-", "–") and nxt[1:] in BACKED


def stance(words: list[str], k: int) -> bool:
    """Word ``k`` follows "pro-" (split off by the tokenizer, or with a dash): "pro-Palestinian
    protesters" are no Palestinians. "anti-" stays: "an anti-Gondor parade" is aimed at Gondor,
    its target, as PETRARCH codes it."""
    before = words[k - 1] if k > 0 else ""
    if before in ("PRO-", "PRO–"):
        return True
    return before in ("-", "–") and k > 1 and words[k - 2] == "PRO"


#: what a state was to another it is described by: "the former Soviet republic", "the
#: former UK colony", "the ex-Soviet state"
PAST_TIES = frozenset({
    "REPUBLIC", "REPUBLICS", "COLONY", "COLONIES", "TERRITORY", "TERRITORIES", "PROTECTORATE",
    "SATELLITE", "STATE", "STATES", "BLOC", "COLONIAL",
})  # fmt: skip


def former(words: list[str], first: int, last: int, starts: frozenset[int] = frozenset()) -> bool:
    """Words ``first``..``last`` name a state that another one was once part or a colony of:
    "the *former Soviet* republic", "the former *UK* colony", "*ex-Soviet* Kyrgyzstan" (an
    actor named right after, at one of ``starts``) describe the state the sentence is about,
    not an actor of it.

    >>> former(["THE", "FORMER", "SOVIET", "REPUBLIC"], 2, 2)
    True
    """
    before = words[first - 1] if first > 0 else ""
    ex = before in ("FORMER", "EX", "EX-") or (
        before in ("-", "–") and first > 1 and words[first - 2] == "EX"
    )
    return ex and last + 1 < len(words) and (words[last + 1] in PAST_TIES or last + 1 in starts)


def opposing(words: list[str], last: int) -> bool:
    """The word ``last`` is "opposition" to something, not the opposition: "Russia's
    opposition to NATO's expansion"."""
    nxt = words[last + 1] if last + 1 < len(words) else ""
    return words[last] == "OPPOSITION" and nxt in ("TO", "AGAINST", "FROM")


def described(
    words: list[str], first: int, last: int, starts: frozenset[int] = frozenset()
) -> bool:
    """Words ``first``..``last`` describe rather than name an actor: :func:`former`,
    :func:`opposing`."""
    return former(words, first, last, starts) or opposing(words, last)


def undescribed(sent: Sentence, words: list[str], mentions: list[Any]) -> list[Any]:
    """``mentions`` (with ``start`` and ``end`` words) less those that describe an actor
    (:func:`described`; "ex-Soviet" right before an actor, Kyrgyzstan, not an agent: "former
    *US* President")."""
    at = [(sent.ids.index(m.start), sent.ids.index(m.end)) for m in mentions]
    starts = frozenset(i for m, (i, _) in zip(mentions, at) if m.kind == "actor")
    return [m for m, (i, j) in zip(mentions, at) if not described(words, i, j, starts)]


#: verbs of naming: in a free relative ("what he called an attack") they appeal to no one
NAMING = frozenset({"call", "term", "describe", "dub", "label", "brand"})


def named_as(sent: Sentence, v: int) -> bool:
    """Verb ``v`` of naming stands in a free relative: "condemned *what he called* a vicious
    attack on defenceless men", "what it termed baseless allegations"."""
    if sent[v].lemma.lower() not in NAMING:
        return False
    k = sent.ids.index(v)
    for j in range(k - 1, max(-1, k - 5), -1):
        w = sent[sent.ids[j]]
        if w.text.lower() == "what":
            return True
        if w.upos in ("VERB", "PUNCT"):
            return False
    return False


#: objects that name a thing, not one who can be called ("calling *it* an operation")
THINGS = frozenset({"it", "this", "that", "these", "those"})


def names_one(sent: Sentence, v: int) -> bool:
    """Whether "call" at ``v`` names something rather than phoning someone: an object and
    its name, however the parser hung the second ("called *them occupiers*", "called Kosovo's
    *actions a provocation*"), or a thing as its object ("calling *it* Russian")."""
    objects = sent.children(v, "obj", "iobj", "xcomp") if sent[v].lemma.lower() == "call" else []
    return len(objects) > 1 or any(sent[k].text.lower() in THINGS for k in objects)


MONTHS = frozenset({
    "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER",
    "OCTOBER", "NOVEMBER", "DECEMBER",
})  # fmt: skip

#: currencies named by a state ("16.7 million US dollars", "Hong Kong dollars"): no actor
CURRENCIES = frozenset({
    "dollar", "dollars", "euro", "euros", "yuan", "yen", "rupee", "rupees", "ruble", "rubles",
    "rouble", "roubles", "peso", "pesos", "rupiah", "ringgit", "dinar", "dinars", "riyal",
    "riyals", "lira", "franc", "francs", "shilling", "shillings", "naira", "rand",
})  # fmt: skip


def currency(sent: Any, end: int) -> bool:
    """Whether a name ending at word ``end`` names a currency, not an actor: a currency's
    name after it ("US dollars") or its sign on or after it ("US$2 billion", "NZ $ 18.6")."""
    nxt = sent.upper.get(end + 1, "")
    return nxt.lower() in CURRENCIES or nxt == "$" or sent.upper[end].endswith("$")


def common_word(w: Word) -> bool:
    """A lower-case word the tagger reads as a common word ("male", "nice", "turkey"): no
    place or actor name, though a dictionary's upper-cased entry spells one. A lower-case
    proper noun ("President obama") is still a name."""
    return w.text.islower() and w.upos in ("NOUN", "ADJ", "VERB", "ADV", "ADP", "PRON", "DET")


#: names holding a state's name that are no actor (seas, regions, newspapers), upper-case words
_PLACE_NAMES = tuple(tuple(p.upper().split()) for p in NOT_ACTORS)


def in_place_name(words: list[str], k: int, n: int) -> bool:
    """Words ``k``..``k+n-1`` lie inside a name kg knows is no actor: "Sea of Japan", "South
    China Sea", "Persian Gulf", "the Washington Post" (the dictionaries would read Japan,
    China, Persia, Washington)."""
    for name in _PLACE_NAMES:
        for s in range(max(0, k + n - len(name)), k + 1):
            if tuple(words[s : s + len(name)]) == name:
                return True
    return False


#: states split in two whose halves news names alone ("the North", "the South") once the
#: sentence has named one of them: the dictionary name each half stands for
HALVES = {"KOREA": {"NORTH": ["NORTH", "KOREA"], "SOUTH": ["SOUTH", "KOREA"]}}


def halves(sent: Sentence, dicts: Any, found: list[Any]) -> list[tuple[int, Any]]:
    """(word id, dictionary entry) of each "the North" / "the South" that stands for a half of
    a state split in two, in a sentence whose names (``found``: mentions with ``start`` and
    ``end``) name one of its halves: "South Korea condemned the missile launches by *the
    North*" (North Korea); not "the North of England", nor "the South China Sea"."""
    ids = sent.ids
    named = {w for m in found for w in (sent.upper[i] for i in range(m.start, m.end + 1))}
    taken = {i for m in found for i in range(m.start, m.end + 1)}
    out = []
    for state, parts in HALVES.items():
        for k, i in enumerate(ids[1:], 1) if state in named else ():
            after = sent[ids[k + 1]].text if k + 1 < len(ids) else ""
            name = parts.get(sent.upper[i])
            if (
                name and sent[i].text[:1].isupper() and sent.upper[ids[k - 1]] == "THE"
                and i not in taken and not after[:1].isupper()
                and after.lower() not in ("of", "'s", "’s")
            ):  # fmt: skip
                entry = dicts.actors.longest(name, 0) if name[0] in dicts.actors else None
                if entry and entry[0] == len(name):
                    out.append((i, entry[1]))
    return out


#: nouns that name a state already named: "on a visit to *the country*"
COUNTRY_NOUNS = frozenset({"country", "nation", "kingdom"})


def the_country(sent: Sentence, aimed: list[int], units: list[Unit], doer: Unit) -> Unit | None:
    """The one state other than the doer's that the sentence names, where the aim phrase is
    "the country", "this country", "the Pacific island nation" (no actor of its own): "X
    warned Kyrgyzstan during a trip to *the country*"."""
    nouns = [k for k in aimed if sent[k].lemma.lower() in COUNTRY_NOUNS]
    dets = {sent[j].text.lower() for j in sent.children(nouns[0], "det")} if nouns else set()
    if not dets & {"the", "this"}:
        return None
    others = {u.state[:3]: u for u in units if u.state and u.state[:3] != doer.state[:3]}
    others = {k: u for k, u in others.items() if k not in ("IGO", "NGO", "IMG", "MNC", "---")}
    return next(iter(others.values())) if len(others) == 1 else None


#: capitalised words after a name that name no one else ("Lavrov *Tuesday* said")
DAYS_AND_MONTHS = MONTHS | {
    "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY",
}  # fmt: skip


def someone_elses(sent: Sentence, words: list[str], k: int, entry: Any, dicts: Any) -> bool:
    """Whether the one-word name of a person the dictionary dates (``entry``'s roles) at word
    ``k`` is a name of someone else: another capitalised name that no dictionary knows
    follows ("Agriculture Minister *Hussein* Bashe" is no King Hussein; "Sheikh Salem
    *Abdullah* Al-Jaber": no King Abdullah) or stands right before it ("Salem *Abdullah*")."""
    roles = getattr(entry, "roles", ())
    if not any(r.start or r.end for r in roles):
        return False
    return _unknown_name(sent, words, k + 1, dicts) or _unknown_name(sent, words, k - 1, dicts)


def _unknown_name(sent: Sentence, words: list[str], k: int, dicts: Any) -> bool:
    """Word ``k`` is a capitalised name no dictionary phrase there knows."""
    if not 0 <= k < len(words):
        return False
    w = sent[sent.ids[k]]
    return (
        w.upos == "PROPN" and w.text[:1].isupper() and w.text.isalpha()
        and words[k] not in DAYS_AND_MONTHS
        and not dicts.actors.longest(words, k) and not dicts.agents.longest(words, k)
    )  # fmt: skip


#: words that open an Arabic family or clan name ("Al-Sabah", "el-Sisi")
NAME_PARTICLES = frozenset({"AL", "EL"})


def family_name(words: list[str], k: int) -> bool:
    """Whether word ``k`` ends a family name the tokenizer split after its particle ("Sheikh
    Salem Al-Jaber Al - *Sabah*"): then a place it names is no actor."""
    return k >= 2 and words[k - 1] == "-" and words[k - 2] in NAME_PARTICLES


#: the dashes and colons that end a dateline ("MOGADISHU (Reuters) -", "Managua:")
DATELINE_ENDS = frozenset({"-", "--", "—", "–", ":", "|"})


def dateline_end(sent: Sentence) -> int:
    """The word that ends the sentence's dateline ("RAMALLAH, Oct 10 (WAFA) –"), else 0: what
    stands before it is where the story was filed, no actor of its events."""
    for k, i in enumerate(sent.ids[:10]):
        if sent[i].text in DATELINE_ENDS and k > 0:
            before = [sent[j] for j in sent.ids[:k]]
            if sum(w.text == "(" for w in before) > sum(w.text == ")" for w in before):
                continue  # "(NNN-XINHUA) –": a dash inside the agency's brackets
            if k == 1 and hyphened(sent, i):
                return 0  # "Russia - Ukraine talks", "Russia - controlled": a word's, no dateline
            # "(Reuters)", "(Tasnim)": the agency, any tag; with one, a place's words may be
            # any capitalised ones ("New Delhi (Sputnik):", "New" an adjective)
            inside = _in_parentheses(before)
            if all(w.upos in ("PROPN", "PUNCT", "NUM") or w.text.isupper() or w.text in "()"
                   or w.text.isdigit() or n in inside or (inside and w.text.istitle())
                   for n, w in enumerate(before))\
                    and any(w.text.isupper() or w.upos == "PROPN" for w in before):  # fmt: skip
                return _second_bar(sent, k) or i
            return 0
    return 0


def _second_bar(sent: Sentence, k: int) -> int:
    """The bar that closes an agency set off by two ("Kuwait City, Kuwait | AFP |"), else 0."""
    if sent[sent.ids[k]].text != "|":
        return 0
    for j in sent.ids[k + 1 : k + 5]:
        if sent[j].text == "|":
            return j
    return 0


def _in_parentheses(words: list[Word]) -> set[int]:
    """Positions of the words between a "(" and its ")"."""
    inside, depth = set(), 0
    for n, w in enumerate(words):
        depth += (w.text == "(") - (w.text == ")")
        if depth > 0 and w.text != "(":
            inside.add(n)
    return inside
