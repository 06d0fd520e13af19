"""Who does and who undergoes an act, read off the words in order, for the shallow reading
(:mod:`kg.coding.shallow`) of sentences a small parser broke: the doer before phrases of place
or appositives, the target an object's "of" phrases lead to or an appositive describes, a
passive's ends, and the tests of where an actor stands (in a phrase of place, after "by").

>>> sorted(AT_PLACE)
['at', 'in', 'inside', 'near']
"""

from __future__ import annotations

from kg.coding.names import dateline_end
from kg.coding.patterns import QUANTIFIERS
from kg.coding.targets import joined_by_and
from kg.coding.tree import Sentence, Unit

__all__ = [
    "APPOSITIVE_START", "ARRIVALS", "AT_PLACE", "BREAKS", "CONDITIONS", "JOINING", "NEAR_AFTER",
    "NEAR_BEFORE", "OBJECT_START", "PLACE_OR_AIM", "after_be", "after_by",
    "alternative", "at_place", "before_appositives", "before_places", "described",
    "guest_after", "in_phrase", "joined", "object_before", "of_object", "passive",
]  # fmt: skip

#: marks that end a stretch of the sentence
BREAKS = frozenset({",", ";", ":", "—", "–"})
#: how far (in words) the source may stand before the verb and the target after it
NEAR_BEFORE, NEAR_AFTER = 4, 6
#: tags of a word that opens an object right after a verb
OBJECT_START = frozenset({"NOUN", "PROPN", "DET", "NUM", "ADJ", "PRON"})

#: prepositions of a place or an aim: an actor after them is no doer ("of", "from" and "by"
#: may name one: "troops from the border police clashed")
PLACE_OR_AIM = frozenset({
    "on", "in", "at", "near", "against", "into", "inside", "outside", "across", "to", "toward",
    "towards", "onto", "upon",
})  # fmt: skip


#: tags of the words of a name kg does not know, or of the words around it
NAME_TAGS = frozenset({"PROPN", "DET", "PUNCT"})
#: tags that may open an appositive ("*the* governor of ...", "*editor* of ...")
APPOSITIVE_START = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


def described(sent: Sentence, after: list[int], units: list[Unit]) -> list[Unit]:
    """The units of an appositive that describes a name kg does not know, right after the verb
    ("arrested Bornwell Chakaodza*, editor of the independent Standard newspaper*"; "detained
    Luis Fernando Camacho*, the governor of Santa Cruz and a prominent opposition leader*"):
    the person is what the appositive says."""
    if not after or any(sent[i].upos not in NAME_TAGS for i in after):
        return []
    if not any(sent[i].upos == "PROPN" for i in after):
        return []
    ids = sent.ids
    k = ids.index(after[-1]) + 1
    if (
        k + 1 >= len(ids)
        or sent[ids[k]].text != ","
        or sent[ids[k + 1]].upos not in APPOSITIVE_START
    ):
        return []
    stretch = []
    for i in ids[k + 1 : k + 1 + NEAR_AFTER + 2]:
        if sent[i].text in BREAKS or sent[i].upos in ("VERB", "AUX", "PRON"):
            break
        stretch.append(i)
    return [u for u in units if u.words and u.words <= set(stretch)][:1]


#: words that open a relative clause set off by commas, which a doer may stand before
RELATIVES = frozenset({"which", "who", "whose"})


def before_appositives(sent: Sentence, before: list[int], units: list[Unit], v: int) -> list[Unit]:
    """The doer a verb's stretch lacks, past appositives set off by commas: "Brazil's
    president, Lula, and his Angolan counterpart, João Lourenço, on Friday *signed*": the
    last actor of the nearest stretch before that has one and no verb, up to three stretches
    back (the actors of that stretch, with those "and" joins to it before), and those "and"
    joins to the noun an appositive names ("Mahama and his Ivoirian counterpart, *Alassane
    Ouattara*, held talks"). A stretch that a
    relative pronoun, a preposition or a subordinator opens is passed, verb or not, and so is a
    relative clause without its "which is" ("*locally known as Densus 88*")."""
    ids = sent.ids
    own = {i for i in before if sent[i].upos == "AUX" and sent[i].head == v}  # "*was* blocked"
    if any(sent[i].upos in ("VERB", "AUX", "SCONJ") for i in before if i not in own):
        return []
    k = ids.index(before[0] if before else v)  # (a comma right before the verb: none)
    for _ in range(3):
        if k < 2 or sent[ids[k - 1]].text != ",":
            return []
        j = k - 1
        while j > 0 and sent[ids[j - 1]].text not in BREAKS:
            j -= 1
        segment = set(ids[j : k - 1])
        if not segment or len(segment) > 10:
            return []
        if sent[ids[j]].text.lower() in RELATIVES or sent[ids[j]].upos in ("ADP", "SCONJ"):
            # "The coast guard, *which was patrolling the area*, was blocked by ...";
            # "Meloni, *on her second visit to Tunis since taking office*, met Saied"
            k = j
            continue
        if any(sent[i].upos in ("VERB", "AUX", "SCONJ") for i in segment):
            if not _reduced_relative(sent, segment):
                return []
            k = j  # "The police's anti-terror squad, *locally known as Densus 88*, has arrested"
            continue
        found = [u for u in units if u.words and u.words <= segment and not in_phrase(sent, u)]
        if found:
            return _with_joined_before(sent, j, units, found[-1])
        k = j
    return []


#: tags of the words of an object's noun phrase, up to an actor its "of" phrases name
OBJECT_PHRASE = frozenset({"DET", "NUM", "ADJ", "ADV", "NOUN", "PROPN", "PART", "PUNCT"})


def of_object(sent: Sentence, v: int, after: list[int], here: list[Unit]) -> list[Unit]:
    """The actor an object's "of" phrases name, however far ("arrested four leaders *of* one
    *of* the city's most prominent pro-democracy groups"): the first unit after the verb
    reached through nouns and "of" alone."""
    first = [u for u in here if min(u.words) > v]
    if not first:
        return []
    u = min(first, key=lambda x: min(x.words))
    between = [i for i in after if i < min(u.words)]
    if not between or not sent[between[0]].text.islower():
        return []  # (a name's words: "Revolutionary *Armed* Forces of Colombia")
    if not any(sent[i].text.lower() == "of" for i in between):
        return []
    for i in between:
        w = sent[i]
        if w.text.lower() != "of" and (w.upos not in OBJECT_PHRASE or w.text in BREAKS):
            return []
    return [u]


def before_places(sent: Sentence, v: int, units: list[Unit]) -> list[Unit]:
    """The doer before phrases of place between it and verb ``v``, however long ("Police *in
    central Tbilisi near the parliament building* detained ...", "Separatists *in the wee hours
    of Wednesday* killed ..."): the first actor, going back over nouns, "of" and such phrases,
    that stands in none."""
    ids = sent.ids
    k, placed = ids.index(v) - 1, False
    while k >= 0:
        w = sent[ids[k]]
        if w.upos == "ADP" and w.text.lower() in PLACE_OR_AIM:
            placed = True
        elif (
            w.upos not in ("NOUN", "PROPN", "DET", "ADJ", "NUM", "PART") and w.text.lower() != "of"
        ):
            return []
        u = next((u for u in units if ids[k] in u.words), None)
        if u is not None and not in_phrase(sent, u, None):
            return [u] if placed else []
        k -= 1
    return []


def in_phrase(sent: Sentence, u: Unit, preps: frozenset[str] | None = PLACE_OR_AIM) -> bool:
    """Whether a preposition of ``preps`` (any, for None) opens the phrase of ``u``, past
    determiners and adjectives ("on a village", "in northern Iraq"): an actor there is where or
    whom an act was done, not its doer ("region *of* Belgorod", with any)."""
    k = sent.ids.index(min(u.words))
    while k > 0:
        k -= 1
        w = sent[sent.ids[k]]
        if w.upos == "ADP":
            return preps is None or w.text.lower() in preps
        if w.upos not in ("DET", "ADJ", "NUM"):
            return False
    return False


#: prepositions of a place where an act happens: an actor after one is no target of it
#: (save of a visit, see :data:`VISITS`)
AT_PLACE = frozenset({"in", "at", "near", "inside"})
#: verbs of arriving, whose place is whom the visit is to, whatever a dictionary codes them
ARRIVALS = frozenset({"arrive", "visit", "land", "reach", "travel", "tour", "fly"})


def at_place(sent: Sentence, u: Unit, v: int) -> bool:
    """Whether ``u`` stands in a phrase of place after verb ``v`` ("in the capital Budapest")."""
    k = sent.ids.index(min(u.words))
    while k > sent.ids.index(v) + 1:
        k -= 1
        w = sent[sent.ids[k]]
        if w.upos == "ADP":  # (not "at least three police stations")
            nxt = sent.ids[k + 1]
            return w.text.lower() in AT_PLACE and sent[nxt].up not in QUANTIFIERS
        if w.upos not in ("DET", "ADJ", "ADV", "NUM", "NOUN", "PROPN"):
            return False
    return False


def object_before(sent: Sentence, v: int, u: Unit) -> bool:
    """Whether a noun stands between verb ``v`` and the phrase of place of ``u``: the act's
    object is there ("struck *targets* in Lebanon"), not the doer ("fought in Syria")."""
    between = sent.ids[sent.ids.index(v) + 1 : sent.ids.index(min(u.words))]
    if after_be(sent, v):
        return False  # "were kidnapped Monday in Nigeria": a passive's victims are before it
    return (
        bool(between)
        and sent[between[0]].upos in OBJECT_START
        and any(sent[i].upos == "NOUN" for i in between)
    )


def passive(sent: Sentence, v: int, u: Unit) -> bool:
    """Whether a form of "be" stands right before verb ``v``, past adverbs ("were *killed*",
    "was later *released*"): a passive, whose subject is whom it was done to, by ``u`` after
    it with no other verb between ("near a base *run* by Veltria": Veltria runs the base)."""
    between = sent.ids[sent.ids.index(v) + 1 : sent.ids.index(min(u.words))]
    if any(sent[i].upos in ("VERB", "AUX") for i in between):
        return False
    return after_be(sent, v) and sent[v].participle


def after_be(sent: Sentence, v: int) -> bool:
    """Whether a form of "be" stands right before word ``v``, past adverbs."""
    k = sent.ids.index(v) - 1
    while k >= 0 and sent[sent.ids[k]].upos == "ADV":
        k -= 1
    return k >= 0 and sent[sent.ids[k]].lemma.lower() == "be"


def after_by(sent: Sentence, u: Unit, v: int) -> bool:
    """Whether ``u`` stands right after "by" (past determiners and adjectives), with no other
    verb between it and verb ``v`` ("attacked near a base *run* by Veltria")."""
    k = sent.ids.index(min(u.words))
    while k > 0 and sent[sent.ids[k - 1]].upos in ("DET", "ADJ"):
        k -= 1
    between = sent.ids[sent.ids.index(v) + 1 : k - 1]
    return (
        k > 0
        and sent[sent.ids[k - 1]].text.lower() == "by"
        and not any(sent[i].upos in ("VERB", "AUX", "NOUN") for i in between)
    )  # (a noun between is the verb's object, and "by" its doer: "rejected claims *by* X")


#: tags of the words that may join two doers with "and" ("X *and his Argentine* counterpart Y")
JOINING = frozenset({"DET", "PRON", "ADJ", "PROPN", "CCONJ", "PUNCT"})


#: words that open a condition: the act after them is not done
CONDITIONS = frozenset({"if", "unless", "whether"})


def alternative(sent: Sentence, a: Unit, b: Unit) -> bool:
    """An "or" stands between units ``a`` and ``b``: "X or Y attacked" are no two sides."""
    return any(sent[i].text.lower() in ("or", "nor") for i in range(max(a.words) + 1, min(b.words)))


def _with_joined_before(sent: Sentence, j: int, units: list[Unit], found: Unit) -> list[Unit]:
    """``found``, the name of an appositive that opens at position ``j``, with the actors "and"
    joins to the noun it names in the stretch before ("Ghana's President Mahama *and* his
    Ivoirian counterpart, *Alassane Ouattara*, held talks": Mahama too)."""
    ids, low = sent.ids, sent.low
    if j < 2 or low[j - 1] != ",":
        return [found]
    start = j - 1
    while start > 0 and low[start - 1] not in BREAKS:
        start -= 1
    stretch = set(ids[start : j - 1])
    inside = [u for u in units if u.words and u.words <= stretch]
    tail = ids[j - 2]  # the noun the appositive names
    named = [u for u in inside if max(u.words) == tail]
    if named:
        before = [u for u in inside if u is not named[0] and joined(sent, u, named[0])]
    else:  # "Quell *and his* counterpart, Norland's minister,": the noun no actor of its own
        before = []
        for u in inside:
            k = ids.index(max(u.words | {u.head})) + 1
            lead = [sent[i].upos for i in ids[k + 1 : j - 2]]
            if low[k] == "and" and len(lead) <= 3 and set(lead) <= {"DET", "PRON", "ADJ", "NOUN"}:
                before.append(u)
    return [*before, found]


def joined(sent: Sentence, a: Unit, b: Unit) -> bool:
    """Whether unit ``a`` is joined to ``b`` by "and", past a possessive and a demonym ("Lula
    *and his Argentine* counterpart Fernandez signed"), however far both stand from the verb."""
    k = sent.ids.index(min(a.words))
    if k > 0 and sent[sent.ids[k - 1]].text.lower() == "between":
        return False  # "clashes between X and Y": a noun's two sides (kg.coding.nominal)
    return joined_by_and(sent, a, b, 4, JOINING)


def comma_listed(sent: Sentence, joined_units: list[Unit], units: list[Unit]) -> list[Unit]:
    """The actors a comma list puts before the first of ``joined_units`` (two or more actors
    "and" joins): "*Saudi Arabia, the United Arab Emirates,* Bahrain and Egypt cut ties"."""
    if len(joined_units) < 2 or not all(u.words for u in joined_units):
        return []
    first = min(joined_units, key=lambda u: min(u.words))
    # "ADDIS ABABA, South Sudan's government and rebels": a dateline, no list (not "the US")
    filed = dateline_end(sent)
    out: list[Unit] = []
    for u in sorted(units, key=lambda u: -max(u.words or {0})):
        if u in joined_units or u in out or not u.words or max(u.words) >= min(first.words):
            continue
        if min(u.words) <= filed or all(
            sent[i].text.isupper() and len(sent[i].text) > 3 for i in u.words
        ):
            break
        between = [i for i in sent.ids if max(u.words) < i < min(first.words)]
        if not between or sent[between[0]].text != "," or len(between) > 2:
            break
        if len(between) == 2 and sent[between[1]].upos != "DET":
            break
        out.append(u)
        first = u
    return out


def guest_after(sent: Sentence, v: int, u: Unit) -> bool:
    """Whether ``u`` is the object right after a verb of hosting ``v``, past titles and
    names ("received *Oman Sultan Haitham bin Tariq*"), not an actor in a phrase after it
    ("received a letter *from* X")."""
    between = sent.ids[sent.ids.index(v) + 1 : sent.ids.index(min(u.words))]
    return len(between) <= 3 and all(sent[i].upos in ("DET", "ADJ", "PROPN") for i in between)


#: past participles that do not end in "-ed"
PARTICIPLES = frozenset({"known", "called", "dubbed", "led", "seen", "held", "born"})


def _reduced_relative(sent: Sentence, segment: set[int]) -> bool:
    """Whether the verbs of ``segment`` are past participles with no subject of their own:
    a relative clause with its "which is" left out ("locally known as Densus 88")."""
    verbs = [i for i in segment if sent[i].upos in ("VERB", "AUX", "SCONJ")]
    participles = all(
        sent[i].upos == "VERB"
        and (sent[i].text.lower().endswith("ed") or sent[i].text.lower() in PARTICIPLES)
        for i in verbs
    )
    return participles and not any(sent[i].base in ("nsubj", "nsubj:pass") for i in segment)
