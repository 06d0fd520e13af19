"""Acts between two sides named by a noun: "clashes between X and Y", "talks between X and
Y", "a phone call between X and Y", "a ceasefire (agreement) between X and Y", "military
exercises between X and Y", or with the sides joined by a hyphen before it ("US-China talks",
not a war named so). Each is coded both ways between every two states it names; drills named
as what someone objects to are no event ("defiance against ... joint drills between X and
Y"). The "between" phrase is read in the tree, else in word order ("clashes *erupted on
Friday between* X and Y", whatever the parser hung it on).

>>> BETWEEN_NOUNS["truce"]
'0871'
"""

from __future__ import annotations

from kg.coding.nominal import AHEAD, MEETING_NOUNS, PLANNED, objected_to
from kg.coding.sentence import Sentence, Unit, conjuncts

__all__ = ["BETWEEN_NOUNS", "nominal_between"]


#: nouns of acts done between two sides, and their code
BETWEEN_NOUNS = {
    "clash": "190", "clashes": "190", "fighting": "190", "skirmish": "190", "battle": "190",
    "war": "190", "hostilities": "190", "gunfire": "193", "firefight": "193",
    "ceasefire": "0871", "truce": "0871", "cease-fire": "0871",
    "exercises": "062", "exercise": "062", "drills": "062", "maneuvers": "062",
    "manoeuvres": "062",
    **MEETING_NOUNS,  # "a telephone conversation between X and Y": a call (041)
}  # fmt: skip


#: nouns of a deal that a truce's noun before them makes a truce ("a ceasefire agreement")
TRUCE_DEALS = frozenset({"agreement", "deal", "accord", "pact"})


def nominal_between(sent: Sentence, units: list[Unit]) -> list[tuple[Unit, Unit, str, str]]:
    """(one side, the other, code, factuality) of every act a noun names "between" two or
    more actors, each way."""
    out = []
    for n in sent.ids:
        w = sent[n]
        code = BETWEEN_NOUNS.get(w.lemma.lower()) or BETWEEN_NOUNS.get(w.text.lower())
        if code is None and w.lemma.lower() in TRUCE_DEALS:  # "a ceasefire agreement between"
            kinds = {
                BETWEEN_NOUNS.get(sent[k].lemma.lower())
                for k in sent.children(n, "compound", "amod")
            }
            code = "0871" if "0871" in kinds else None
        if code is None or not (w.upos == "NOUN" or _gerund_noun(sent, n)):
            continue
        if code == "062" and objected_to(sent, n):
            continue  # "defiance against sanctions and joint drills between X and Y"
        between = [k for k in sent.children(n, "nmod") if sent.case_of(k) == "between"]
        for k in sent.children(n, "nmod"):  # "an exchange of gunfire between ..."
            between += [j for j in sent.children(k, "nmod") if sent.case_of(j) == "between"]
        heads = {j for k in between for j in (k, *conjuncts(sent, k))}
        sides = [u for u in units if u.head in heads or u.words & heads]
        if len({u.code for u in sides if u.state}) < 2:
            sides = _between_in_order(sent, n, units)
            if not sides and w.lemma.lower() not in ("war", "hostilities"):
                sides = _hyphen_sides(sent, n, units)  # (not "over the Israel-Hamas war")
        if len({u.code for u in sides if u.state}) < 2:
            continue
        lead = {sent[k].text.lower() for k in sent.children(n, "case", "amod")}
        start = sent.ids.index(min(n, *(min(u.words) for u in sides if u.words)))
        lead |= {sent[k].text.lower() for k in sent.ids[max(0, start - 3) : start]}
        fact = "future" if lead & (AHEAD | PLANNED) else "asserted"  # "*Ahead of* US-China talks"
        # two states, or two sides of one ("clashes between Yemen's government forces and
        # Houthi rebels": YEMMIL and YEMREB)
        out += [(a, b, code, fact) for a in sides for b in sides if a.code != b.code]
    return out


def _hyphen_sides(sent: Sentence, n: int, units: list[Unit]) -> list[Unit]:
    """The two sides a hyphen joins right before noun ``n`` ("*US-China* talks", "the
    *India-Pakistan* clashes", "joint *Russian-Chinese* naval drills"), two words apart."""
    k = sent.ids.index(n)
    near = [u for u in units if u.words and u.state and sent.ids[max(0, k - 4)] <= min(u.words) < n]
    for a, b in zip(near, near[1:]):
        gap = [sent[i].text for i in sent.ids if max(a.words) < i < min(b.words)]
        rest = [sent[i] for i in sent.ids if max(b.words) < i < n]
        if (
            gap in (["-"], ["–"])
            and a.state != b.state
            and all(w.upos in ("NOUN", "ADJ", "PROPN") for w in rest)
        ):
            return [a, b]
    return []


def _gerund_noun(sent: Sentence, n: int) -> bool:
    """ "Fighting" tagged a verb where it names the fight: not after an auxiliary or a subject
    ("troops *were* fighting"), with "between" after it ("Heavy fighting between X and Y
    continued", "Fighting raged between X and Y")."""
    w, prev = sent[n], sent.words.get(n - 1)
    opening = sent.ids.index(n) == 1  # "*Heavy* fighting": a capital a tagger took for a name
    return (
        w.upos == "VERB"
        and w.text.lower() == "fighting"
        and (prev is None or prev.upos not in SUBJECT_LIKE or (prev.upos == "PROPN" and opening))
        and not sent.children(n, "aux")
    )


#: words before "fighting" that make it a verb: its subject or auxiliary
SUBJECT_LIKE = frozenset({"NOUN", "PRON", "PROPN", "AUX", "PART", "VERB"})
#: words that may stand between a noun and its "between" phrase: the verb the noun is the
#: subject of and when or where ("clashes *erupted on Friday* between X and Y")
BETWEEN_GAP = frozenset({"ADV", "ADP", "DET", "NUM", "PROPN", "NOUN", "VERB", "AUX", "ADJ"})


def _between_in_order(sent: Sentence, n: int, units: list[Unit]) -> list[Unit]:
    """The two sides of "between X and Y" read in word order, for a "between" within six
    words after the noun ``n`` with no punctuation or actor before it ("clashes *erupted
    between* Tajik border guards and Taliban fighters", "clashes erupted on Friday between
    ...", whatever the parser hung the phrase on): the first actor after "between" and the
    first after the "and" that follows it."""
    ids = sent.ids
    k = ids.index(n)
    at = None
    for j in ids[k + 1 : k + 7]:
        if sent[j].text.lower() == "between":
            at = j
            break
        if sent[j].upos not in BETWEEN_GAP or any(j in u.words for u in units):
            break
    if at is None:
        return []
    after = sorted((u for u in units if u.words and min(u.words) > at), key=lambda u: u.start)
    if not after:
        return []
    first = after[0]
    gap = [j for j in ids if max(first.words) < j <= max(first.words) + 10]  # "X led by Y and Z"
    joint = next((j for j in gap if sent[j].text.lower() in ("and", "&")), None)
    second = [u for u in after[1:] if joint is not None and min(u.words) > joint][:1]
    return [first, *second] if second and min(second[0].words) - joint <= 4 else []
