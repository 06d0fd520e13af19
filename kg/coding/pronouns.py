"""Pronoun subjects of reported and intended acts, read as the actor who reports or intends.

"Ethiopia indicated *it* would act with Libya", "Russia said *it* would retaliate", "the
council said *it* was releasing prisoners": a personal pronoun that is the subject of a
clause under a verb (``ccomp``, ``xcomp``, ``advcl``) is that verb's subject when the
subject is an actor of the sentence and agrees with the pronoun (``it`` for a state or an
organisation or a person coded by an office, ``he``/``she`` not for a bare state,
``they``/``we`` for any; of a coordinated subject, ``they``/``we`` stand for every actor of it
and a singular pronoun for none: "X and Y said *they* ..."). A pronoun with no
such actor stays unread: PETRARCH's coders resolve "to the nearest compatible actor or to
nothing", and nothing is the safe reading. A subject "the two sides", "both leaders" stands
for the first two actors of different states named before it (not in a background "as the two
countries seek ..."). An object "him" or "her" stands for the nearest person named before
it that is not its verb's doer ("Hun Sen accused *him* of treason"). (An agent owned by a
possessive pronoun is read with the units: :func:`kg.coding.groups.own_agents`.)

>>> sorted(PRONOUNS)[:3]
['he', 'it', 'she']
"""

from __future__ import annotations

from kg.coding.sentence import Sentence, Unit, conjuncts
from kg.coding.subjects import subject

__all__ = ["PRONOUNS", "resolve_pronouns"]

#: subject pronouns; those that cannot stand for a bare state ("he said he would")
PRONOUNS = {"it": False, "he": True, "she": True, "they": False, "we": False}
#: pronouns that stand for every actor of a coordinated subject
PLURAL = frozenset({"they", "we"})
#: clauses whose pronoun subject looks back to the governing verb's subject
CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "conj"})


def _fits(pronoun: str, unit: Unit) -> bool:
    """A person is coded by an office or a state with an agent (``USAGOV``): "he" fits
    it; a bare state code (``USA``) is no "he"."""
    return not PRONOUNS[pronoun] or len(unit.code) > 3


def resolve_pronouns(sent: Sentence, units: list[Unit]) -> list[Unit]:
    """``units`` with a unit added for every pronoun subject that stands for the subject of
    the verb governing its clause (see the module docstring), in text order."""
    by_word = {i: u for u in units for i in (u.words or {u.head})}
    added: list[Unit] = []
    for i in sent.ids:
        w = sent[i]
        pron = w.text.lower()
        if pron not in PRONOUNS or w.base != "nsubj" or w.upos != "PRON" or i in by_word:
            continue
        if w.text[:1].isupper() and i != sent.ids[0] and sent[i - 1].upos != "PUNCT":
            continue  # "met with He Weidong": a name
        clause = sent[w.head] if w.head else None
        if clause is None or clause.base not in CLAUSES or not clause.head:
            continue
        heads = sent.children(clause.head, "nsubj")
        joined = [c for k in heads for c in conjuncts(sent, k)]
        if joined and pron not in PLURAL:
            continue  # "X and Y said *it* ...": neither alone
        heads += joined  # "X and Y signed an accord as *they* concluded ...": both
        subjects: list[Unit] = []  # "The United States military says": one unit, two words
        for k in heads:
            if k in by_word and k < i and all(by_word[k] is not u for u in subjects):
                subjects.append(by_word[k])
        if len(subjects) > 1 and pron not in PLURAL and len({u.state[:3] for u in subjects}) == 1:
            # "Japan 's coastguard said it ...", "Japan" and "coastguard" hung as two subjects
            subjects = [max(subjects, key=lambda u: len(u.code))]
        if not subjects or (len(subjects) > 1 and pron not in PLURAL):
            continue
        if not all(_fits(pron, s) for s in subjects):
            continue
        added += [Unit(s.code, i, i, {i}, s.state, s.actor) for s in subjects]
    added += _objects(sent, units)
    added += _both_sides(sent, units + added)
    return sorted(units + added, key=lambda u: (u.start, u.head)) if added else units


#: nouns of the sides an act was done between: "the two sides", "both leaders"
SIDE_NOUNS = frozenset({
    "sides", "leaders", "countries", "ministers", "governments", "nations", "presidents",
    "parties",
})  # fmt: skip


def _both_sides(sent: Sentence, units: list[Unit]) -> list[Unit]:
    """A subject "the two sides" or "both leaders" (an act's sides named before it) stands for
    the first two actors of different states named earlier in the sentence: "X held a phone
    conversation with Y, and *the two sides* pledged to promote ties"."""
    out: list[Unit] = []
    for i in sent.ids:
        w = sent[i]
        if (
            w.base != "nsubj"
            or w.text.lower() not in SIDE_NOUNS
            or any(i in u.words for u in units)
        ):
            continue
        mods = {sent[k].text.lower() for k in sent.children(i, "nummod", "det", "amod")}
        marks = {sent[k].text.lower() for k in sent.children(w.head, "mark")} if w.head else set()
        marks |= {sent[k].text.lower() for k in sent.children(i, "case", "mark")}
        if not mods & {"two", "both"} or marks & {"as", "while"}:
            continue  # (not "*as* the two countries seek to strengthen ties": a background)
        before, states = [], set()
        for u in sorted(units, key=lambda u: u.start):
            if u.start < i and u.state and u.state[:3] not in states:
                before.append(u)
                states.add(u.state[:3])
        if len(before) >= 2:
            out += [Unit(u.code, i, i, {i}, u.state, u.actor) for u in before[:2]]
    return out


#: object pronouns that stand for a person
OBJECTS = frozenset({"him", "her"})


def _objects(sent: Sentence, units: list[Unit]) -> list[Unit]:
    """A unit for every "him" or "her" that is the object of a verb (not one whose
    infinitive tells what the person is to do: "ordered *him* to leave", an expulsion's
    wording) and stands for the nearest person before it that is not that verb's own doer: a
    name or a singular agent coded with its office ("discussed *with him*" the new US
    ambassador; "Hun Sen accused *him* of treason", the opposition leader)."""
    by_word = {i for u in units for i in (u.words or {u.head})}
    out: list[Unit] = []
    for i in sent.ids:
        w = sent[i]
        if w.text.lower() not in OBJECTS or w.upos != "PRON" or i in by_word or not w.head:
            continue
        if w.deprel not in ("obj", "iobj", "obl") or sent.children(w.head, "xcomp"):
            continue
        doers = {c for k in subject(sent, w.head)[0] for c in (k, *conjuncts(sent, k))}
        people = [
            u for u in units
            if u.words and max(u.words) < i and not (u.words | {u.head}) & doers
            and u.head in u.words and len(u.code) > 3
            and not (sent[u.head].upos == "NOUN" and sent[u.head].text.lower().endswith("s"))
        ]  # fmt: skip
        if people:
            u = max(people, key=lambda u: max(u.words))
            out.append(Unit(u.code, i, i, {i}, u.state, u.actor))
    return out
