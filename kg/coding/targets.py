"""Where a verb's target stands, when the tree alone does not say.

* :func:`in_adjunct`: an actor in a phrase of time, place or topic ("talks *over* North
  Korea's launches") or another verb's doer ("talks mediated *by* Malaysia") is a target only
  when the phrase has no other;
* :func:`first_target`: the first actor of the phrase after the verb, with its conjuncts;
* :func:`surface_target`: read in word order, the first actor right behind a preposition of
  receiving ("contribute a million dollars *to Australia*");
* :func:`by_phrases`: the doer of a passive verb, in a "by" phrase a parser may have hung on
  a noun of its clause;
* :func:`in_purpose`: an actor inside an infinitive clause ("met *to discuss Ukraine*");
* :func:`aimed_at`: the phrases that say at whom a noun's act was aimed ("air attacks *on
  X*"), no doers;
* :func:`opened_by`: the preposition that opens an actor's phrase, in word order;
* :func:`joined_targets`: actors "and" joins to a target in word order ("denounced South
  Korea and the United States", the second hung elsewhere);
* :func:`held_people`: whom an arrest takes when no actor is named ("detained *a man*").
"""

from __future__ import annotations

from kg.coding.sentence import Sentence, Unit, conjuncts

__all__ = [
    "ADJUNCT", "AIMED", "ARREST_CODES", "ARRESTED", "HOSTS", "RECEIVING", "TOPIC", "after_being", "aimed_at",
    "arresting_police", "by_phrases",
    "first_target",
    "held_people", "hosted", "in_adjunct", "in_purpose",
    "joined_by_and", "joined_targets", "opened_by", "opens_with", "opens_with_by", "results", "surface_target",
]  # fmt: skip

#: prepositions of adjuncts (time, place, circumstance): an actor there is a target only
#: when the phrase has no other
ADJUNCT = frozenset({
    "during", "after", "before", "since", "amid", "despite", "in", "on", "near", "over",
    "ahead", "following", "until", "throughout", "within", "across", "around",
})  # fmt: skip


#: prepositions of a topic: an actor right after one is what is talked about
TOPIC = frozenset({"over", "regarding", "concerning"})


def in_adjunct(sent: Sentence, u: Unit, v: int) -> bool:
    """``u`` sits in a phrase with an adjunct preposition between it and verb ``v``, in the
    "by" phrase of another, passive verb (its doer), or right after a preposition of
    :data:`TOPIC` however the parser hung it. A "by" phrase on a noun is none: it names who
    did what the noun says ("condemned an attack *by* Osgiliath soldiers"); on an active
    verb it is that, misplaced by a parser."""
    j, seen = u.head, set()
    while j and j != v and j not in seen:
        seen.add(j)
        if sent[j].base in ("obl", "nmod", "advcl", "acl") and sent.case_of(j) in ADJUNCT:
            return True
        h = sent[j].head
        if sent.case_of(j) == "by" and h and h != v and sent.children(h, "aux:pass", "auxpass"):
            return True  # "talks that were mediated *by* Malaysia": the other verb's doer
        j = h
    k = sent.ids.index(min(u.words)) if u.words else 0
    while k > 0 and sent[sent.ids[k - 1]].upos in ("DET", "ADJ"):
        k -= 1
    # "held phone talks Friday *over* North Korea's launches", whatever the parser hung it on
    return k > 0 and sent[sent.ids[k - 1]].text.lower() in TOPIC


def first_target(sent: Sentence, after: list[int], units: list[Unit], v: int = 0) -> list[Unit]:
    inside = set(after)
    by_start = sorted((u for u in units if u.start in inside), key=lambda u: u.start)
    if not by_start:
        return []
    core = [u for u in by_start if not in_adjunct(sent, u, v)]
    first = (core or by_start)[0]
    # "Eriadori and Calenardhon leaders": the conjunct may hang on a word of the unit
    partners = {c for w in (first.head, *first.words) for c in conjuncts(sent, w)}
    return [first] + [
        u for u in units if u is not first and (u.head in partners or u.words & partners)
    ]


#: prepositions that put an actor at the receiving end of the verb before them
RECEIVING = frozenset({"to", "with", "against", "toward", "towards", "on", "at"})


def surface_target(sent: Sentence, v: int, units: list[Unit], code: str = "") -> list[Unit]:
    """The first actor after verb ``v`` right behind a preposition of :data:`RECEIVING`,
    before any other verb or comma (an article, a possessive or a demonym may stand between:
    "met ... *with his Argentine* counterpart"): "contribute a million dollars *to
    Australia*" when a parser has hung "to Australia" elsewhere; behind it a name no
    dictionary knows, the actor its apposition names ("met *with He Weidong, vice chairman
    of China's* ..."). Of a criticism (11x), first who did what is criticized
    (:func:`criticized_doers`)."""
    if code[:2] == "11" and (doers := criticized_doers(sent, v, units)):
        return doers
    by_start = {u.start: u for u in units}
    covered = {j for u in units for j in u.words}
    name: list[int] | None = None  # words of a name no dictionary knows, after a preposition
    for i in sent.ids:
        if i <= v:
            continue
        w = sent[i]
        if w.text == "," and name:  # "met with He Weidong, vice chairman of China's ..."
            return _apposed(sent, i, by_start)
        capital = w.text[:1].isupper() and i not in covered  # "He Weidong", however tagged
        if name is not None:
            name = name + [i] if capital else None
            if capital:
                continue
        if i in by_start and _behind_receiving(sent, i, v):
            return [by_start[i]]  # (a name after "to" a tagger made a verb: "a visit to *Nepal*")
        if w.text in (",", ";", ":") or (w.upos == "VERB" and i != v):
            return []
        if i - 1 > v and sent[i - 1].text.lower() in RECEIVING:
            name = [i] if capital else None
    return []


#: words that may stand between a preposition and the actor it opens ("with *his Argentine*
#: counterpart")
LEADING = frozenset({"the", "his", "her", "its", "their"})


def _behind_receiving(sent: Sentence, i: int, v: int) -> bool:
    """The actor starting at word ``i`` stands after verb ``v`` behind a preposition of
    :data:`RECEIVING`, with at most an article, a possessive or demonyms between ("met ...
    *with his Argentine* counterpart Javier Milei", the demonym outside the unit), not other
    adjectives ("on his first *official* visit": no one met)."""
    k = sent.ids.index(i) - 1
    while k > 0 and sent.ids[k] > v and (sent.low[k] in LEADING or _demonym(sent, sent.ids[k])):
        k -= 1
    return sent.ids[k] > v and sent.low[k] in RECEIVING


def _demonym(sent: Sentence, k: int) -> bool:
    """Word ``k`` is a capitalised adjective (a demonym: "Argentine")."""
    return sent[k].upos == "ADJ" and sent[k].text[:1].isupper()


def criticized_doers(sent: Sentence, v: int, units: list[Unit]) -> list[Unit]:
    """The actors of a "by" phrase on a verb inside what verb ``v`` is about: who did what is
    criticized ("denounced the hostile rhetoric *being used by Washington*", "condemned the
    sanctions that were imposed *by the United States*")."""
    inside = sent.subtree(v) - {v}
    for k in sorted(inside):
        h = sent[k].head
        if sent.case_of(k) == "by" and h in inside and sent[h].upos == "VERB":
            found = [u for u in units if u.head == k or k in u.words]
            if found:
                return found
    return []


def _apposed(sent: Sentence, comma: int, by_start: dict[int, Unit]) -> list[Unit]:
    """The first actor of the apposition that follows ``comma``, within five words and
    before the next comma: who the unknown name before the comma is."""
    ids = sent.ids
    for i in ids[ids.index(comma) + 1 : ids.index(comma) + 6]:
        if sent[i].text in (",", ";", ":"):
            return []
        if i in by_start:
            return [by_start[i]]
    return []


def after_being(sent: Sentence, v: int) -> bool:
    """A verb right after "being" or "been" with a "by" phrase of its own is passive, however
    a parser hung it ("after *being released by* Chinese authorities", "being" made its head),
    and so is a participle a parser made a predicate of "be" ("Kharkiv *was struck by*
    Russian drones", "was" a copula)."""
    prev = sent.words.get(v - 1)
    be = prev is not None and (
        prev.text.lower() in ("being", "been")
        or (prev.lemma.lower() == "be" and prev.head == v and prev.deprel == "cop")
        and sent[v].participle
    )  # ("was *struck* by": "was" made a copula of "struck")
    heads = [v, *results(sent, v)]  # "were shot dead *by* Israeli forces", "by" under "dead"
    return be and any(
        sent.case_of(k) == "by" for h in heads for k in sent.children(h, "obl", "nmod", "obl:agent")
    )


#: words of the result of a harm that parsers make the head of its "by" phrase ("shot *dead*
#: by", "beaten to *death* by")
RESULTS = frozenset({"dead", "death"})


def results(sent: Sentence, v: int) -> list[int]:
    """The children of verb ``v`` that name its result (:data:`RESULTS`), however hung."""
    return [k for k in sent.children(v) if sent[k].lemma.lower() in RESULTS]


def by_phrases(sent: Sentence, v: int) -> list[int]:
    """The "by" phrases that name the doer of passive verb ``v``: its own, else one a parser
    hung on a noun of its clause ("were greeted on *arrival by Indonesian President Joko
    Widodo*"), never one inside another verb's clause ("a base *operated by* the US")."""
    obliques = [
        k for h in (v, *results(sent, v))
        for k in sent.children(h, "obl", "nmod", "obl:agent", "nmod:agent")
    ]  # fmt: skip
    own = [k for k in obliques if opens_with_by(sent, k)]
    for k in list(own):  # "by *the country's* last guerrilla group", the group hung apart
        if any(sent[c].text in ("'s", "’s") for c in sent.children(k, "case")):
            own += [j for j in obliques if j > k and not sent.case_of(j)][:1]
    if own:
        return own
    nested, todo = [], [k for k in sent.children(v, "obl", "nmod")]
    while todo:
        k = todo.pop(0)
        for c in sent.children(k, "nmod", "obl", "conj", "appos"):  # (past "Palace, headquarters")
            if sent[c].upos in ("VERB", "AUX"):
                continue
            (nested if opens_with_by(sent, c) else todo).append(c)
    return nested[:1]


def opens_with_by(sent: Sentence, k: int) -> bool:
    """The phrase of ``k`` opens with "by" (see :func:`opens_with`)."""
    return opens_with(sent, k, "by")


def opens_with(sent: Sentence, k: int, prep: str) -> bool:
    """The phrase of ``k`` opens with preposition ``prep``: its own, or the first word of the
    phrase where a parser hung the preposition on a word inside it ("*by* Italian Prime
    Minister Giorgia Meloni", "by" on "Italian"; "*with* communist New People's Army rebels",
    "with" on "People")."""
    if any(sent[c].text.lower() == prep for c in sent.children(k, "case")):
        return True  # (also "gunned *down by* X", "down" a second preposition of the phrase)
    return sent.case_of(k) == prep  # (hung inside the phrase: see Sentence.case_of)


#: verbs of arresting: said in the passive with no doer, the police the sentence names did it
ARRESTED = frozenset({"arrest", "detain", "apprehend", "round"})


def arresting_police(sent: Sentence, v: int, units: list[Unit]) -> list[Unit]:
    """The police (or prosecutors, or security services) of one state that the sentence
    names, as who made an arrest that passive verb ``v`` names no doer of: "20 demonstrators
    were arrested ..., police said", "were arrested on Friday as police fired tear gas", "was
    arrested in a police raid", "was arrested ..., prosecutors said"; with none named, the one
    state "in" which it happened ("were arrested in Bangkok"). None when those of two states
    are named, or the arrested belong to another state."""
    if sent[v].lemma.lower() not in ARRESTED:
        return []
    police = [u for u in units if u.agents & {"COP", "JUD", "SPY"} and u.state]
    if not police:  # "were arrested in Bangkok": the state where it happened, named once
        police = [u for u in units if len(u.code) == 3 and opened_by(sent, u) == "in"]
    if len({u.state for u in police}) != 1:
        return []
    held = {u.state[:3] for u in units if u.head in sent.children(v, "nsubj:pass", "nsubjpass")}
    return police[:1] if held <= {police[0].state[:3]} else []


#: codes of arrest and detention: whom they take is a person, named or not
ARREST_CODES = ("173",)


def held_people(sent: Sentence, v: int, passive: bool, units: list[Unit]) -> list[Unit]:
    """An unnamed person that verb ``v`` of arrest takes ("detained *a man*", "arrested
    *15 members* of ..."): a civilian of no state (``---CVL``) on its object, or its subject
    when passive, whom the arresting state then holds as its own
    (:data:`kg.coding.pairs.HELD`); none for a pronoun ("arrested *him*": someone named
    before, of whatever state), nor for "others" (see :func:`others_targets`)."""
    for k in sent.children(v, *(("nsubj:pass", "nsubjpass") if passive else ("obj", "dobj"))):
        if sent[k].upos in ("NOUN", "PROPN", "NUM") and sent[k].lemma.lower() != "other":
            # an actor a place made of the object ("protesters in Norland") is who it is
            named = [u for u in units if k in u.words]
            return named[:1] or [Unit("---CVL", k, min(sent.subtree(k)), {k})]
    return []


def in_purpose(sent: Sentence, u: Unit, v: int) -> bool:
    """Whether ``u`` stands in an infinitive clause under ``v`` ("met *to discuss Ukraine*")."""
    j = u.head
    while j and sent[j].head != v:
        j = sent[j].head
    return bool(j) and sent[j].base in ("xcomp", "advcl")


#: tags of the words that may join two targets with "and" ("urged India *and* Pakistan")
JOINING = frozenset({"DET", "CCONJ", "PUNCT"})


def joined_by_and(
    sent: Sentence, a: Unit, b: Unit, most: int = 3, tags: frozenset[str] | None = None
) -> bool:
    """Unit ``a`` stands before ``b`` with one "and" (or "&") and at most ``most`` words
    between them, all of ``tags`` when given ("X and the Y", "X and his Argentine Y")."""
    if not a.words or not b.words:
        return False
    between = [i for i in sent.ids if max(a.words) < i < min(b.words)]
    ands = sum(sent[i].text.lower() in ("and", "&") for i in between)
    return (
        ands == 1 and len(between) <= most
        and (tags is None or all(sent[i].upos in tags for i in between))
    )  # fmt: skip


def joined_targets(sent: Sentence, targets: list[Unit], units: list[Unit]) -> list[Unit]:
    """The actors "and" joins to the last of ``targets`` in word order, whatever the parser
    hung them on ("denounced South Korea and the United States", with "the United States" a
    second object; "urged India and Pakistan to exercise restraint", with "Pakistan" the
    subject of "exercise"), but not the subject of a clause of its own ("attacked X and Y
    protested")."""
    if not targets or not targets[-1].words:
        return []
    last, out = targets[-1], []
    k = sent.ids.index(min(last.words))
    if "between" in {sent[i].text.lower() for i in sent.ids[max(0, k - 2) : k]}:
        return []  # "ties between X and Y": a noun's two sides, no targets of the verb
    for u in sorted(units, key=lambda u: u.start):
        if u in targets or not u.words or min(u.words) <= max(last.words):
            continue
        if not joined_by_and(sent, last, u, 3, JOINING):
            break
        w = sent[u.head]
        if (
            w.base == "nsubj"
            and w.head
            and not any(sent[k].text.lower() == "to" for k in sent.children(w.head, "mark"))
        ):
            break  # "attacked X and Y protested": Y does an act of its own
        out.append(u)
        last = u
    return out


#: prepositions of what an act named by a noun is aimed at: "air attacks *on* X killed ..."
AIMED = frozenset({"on", "against", "near", "into", "toward", "towards", "at"})


def aimed_at(sent: Sentence, h: int) -> set[int]:
    """The words of the phrases of ``h`` that say at whom or where it was aimed: "several air
    attacks *on the Russian region of Belgorod* killed ..." are no doers."""
    return {
        j for k in sent.children(h, "nmod", "obl") if sent.case_of(k) in AIMED
        for j in sent.subtree(k)
    }  # fmt: skip


def opened_by(sent: Sentence, u: Unit) -> str:
    """The preposition that opens the phrase of ``u`` (past determiners and adjectives), else
    "" ("*in* Sri Lanka", "*to* Libya's coast")."""
    k = sent.ids.index(min(u.words))
    while k > 0:
        k -= 1
        w = sent[sent.ids[k]]
        if w.upos == "ADP":
            return w.text.lower()
        if w.upos not in ("DET", "ADJ", "NUM", "PROPN"):
            return ""
    return ""


#: verbs whose direct object, when it is an actor, is a guest: the subject hosts (043) and
#: the guest visits (042). "welcomed the President of Azerbaijan" is no praise (051), which
#: "welcomed the decision" stays
HOSTS = frozenset({"receive", "welcome", "greet", "host"})


def hosted(sent: Sentence, v: int, units: list[Unit]) -> list[Unit]:
    """The actors that are the direct object of a verb of hosting (see :data:`HOSTS`)."""
    if sent[v].lemma.lower() not in HOSTS:
        return []
    if sent.children(v, "aux:pass", "auxpass"):  # "X was greeted by Y": X is the guest
        subj = set(sent.children(v, "nsubj:pass", "nsubjpass"))
        subj |= {c for k in subj for c in conjuncts(sent, k)}
        return [u for u in units if u.head in subj or u.words & subj]
    objs = set(sent.children(v, "obj", "dobj"))  # and a bare noun a parser made an obl
    objs |= {k for k in sent.children(v, "obl") if not sent.case_of(k)}
    objs |= {c for k in objs for c in conjuncts(sent, k)}  # "received X and his delegation"
    # (not the owner of a thing: "welcomed Xi's decision" praises it; "Portugal's Heads of
    # State" are guests)
    return [
        u for u in units
        if u.words & objs or (u.head in objs and (u.head in u.words or sent[u.head].text.istitle()))
    ]  # fmt: skip
