"""A shallow reading, as TABARI coded before parsers: for a sentence whose tree gave no event.

Small parsers break many news sentences ("Iran and the Republic of Azerbaijan *signed* eight
cooperation documents" with "signed" hung as an adjective); the words still read in order. For
each word the verb dictionary knows in an inflected verb form (not one right after a
preposition or a possessive, or a hyphen: "following *increased* deployment", "its *renewed*
offensive", "Saudi-*led*"), the source is the last actor before it (not one in a phrase a
preposition opens: "a strike *on a village* killed ...") and the target the first actor after
it, both inside its stretch of the sentence (between commas, semicolons, colons and dashes);
patterns match on that stretch. A coordinated pair before the verb with nothing after it codes
each other ("X and Y signed ...", "X and Y clashed", "Lula and his Argentine counterpart
Fernandez on Monday signed ...", not the two sides of "clashes between X and Y"); "met for
talks" is a meeting held (040, not the dictionary's 036), as in the tree's reading; an actor
in a phrase of place is no target but of a visit ("X and Y met *in Budapest*", "arrived *in
Gondor*"); an actor right after "by" is the doer of a passive ("prisoners released *by
Israel*"); a name kg does not know right after the verb is who its appositive says ("arrested
Bornwell Chakaodza*, editor of the Standard newspaper*"), and a verb whose stretch names no
doer takes one from before the appositives set off by commas ("The president of Mexico, Andrés
Manuel López Obrador, *arrives* in Guatemala"). A target far after the verb counts when only
nouns and "of" lead to it ("arrested four leaders *of* one *of* the city's pro-democracy
groups"); force on an object in a place is on the place's state ("struck targets *in southern
Lebanon*"); doers joined by "and" all do an act that has a target ("The U.S. and Britain struck
Houthi targets"); a lower-case word a tagger took for a name may be the verb; a participle
after "be" is a passive, done to the actor before it by the one after ("civilians *were
killed* as a result of Russian attacks"); a doer may stand before phrases of place ("Police *in
central Tbilisi near the parliament building* detained"). A negation or "will/would" right before the
verb codes nothing, nor does a verb after "if" or "unless" in its stretch; "X or Y" are no two
sides.

>>> sorted(BREAKS)
[',', ':', ';', '–', '—']
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.coding.dictionaries import CodingDictionaries
from kg.coding.modality import SCHEDULED
from kg.coding.names import named_as
from kg.coding.pairs import FORCE, pairs, visiting, with_each_other
from kg.coding.patterns import QUANTIFIERS, best_match
from kg.coding.reading import VISITS, no_act
from kg.coding.targets import joined_by_and
from kg.coding.tree import Sentence, Unit

__all__ = ["BREAKS", "shallow_events"]

#: marks that end a stretch of the sentence
BREAKS = frozenset({",", ";", ":", "—", "–"})
#: how far (in words) the source may stand before the verb and the target after it
NEAR_BEFORE, NEAR_AFTER = 4, 6
#: words right before a verb that make it no event of its own
BLOCKERS = frozenset({
    "not", "n't", "never", "no", "will", "would", "could", "may", "might", "to", "should",
    "the", "a", "an",
})  # fmt: skip


#: tags of a word that opens an object right after a verb
OBJECT_START = frozenset({"NOUN", "PROPN", "DET", "NUM", "ADJ", "PRON"})
#: verbs whose past tense is their base form, read as verbs right after an actor
SAME_PAST = frozenset({"cut", "hit", "put", "set", "shut", "quit"})
#: words right before a participle that make it an adjective of the noun after it
#: ("following *increased* troop deployment", "after *renewed* clashes")
FRAMING = frozenset({
    "following", "after", "before", "amid", "despite", "with", "by", "for", "of", "over",
    "against", "from", "into", "on", "in", "at", "its", "their", "his", "her",
})  # fmt: skip


def _stretch(sent: Sentence, v: int) -> tuple[list[int], list[int]]:
    """The words before and after ``v`` in its stretch of the sentence."""
    ids = sent.ids
    k = ids.index(v)
    lo = k
    while lo > 0 and sent[ids[lo - 1]].text not in BREAKS:
        lo -= 1
    hi = k
    while hi + 1 < len(ids) and sent[ids[hi + 1]].text not in BREAKS:
        hi += 1
    return ids[lo:k], ids[k + 1 : hi + 1]


def _inflected(sent: Sentence, v: int) -> bool:
    w = sent[v]
    low = w.text.lower()
    return low != w.lemma.lower() or low.endswith(("ed", "es"))


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


def _described(sent: Sentence, after: list[int], units: list[Unit]) -> list[Unit]:
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


def _before_appositives(sent: Sentence, before: list[int], units: list[Unit], v: int) -> list[Unit]:
    """The doer a verb's stretch lacks, past appositives set off by commas: "Brazil's
    president, Lula, and his Angolan counterpart, João Lourenço, on Friday *signed*": the
    last actor of the nearest stretch before that has one and no verb, up to three stretches
    back (the actors of that stretch, with those "and" joins to it before)."""
    ids = sent.ids
    if any(sent[i].upos in ("VERB", "AUX", "SCONJ") for i in before if i in sent.words):
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
        if any(sent[i].upos in ("VERB", "AUX", "SCONJ") for i in segment):
            return []
        found = [u for u in units if u.words and u.words <= segment and not _in_phrase(sent, u)]
        if found:
            return found[-1:]
        k = j
    return []


#: tags of the words of an object's noun phrase, up to an actor its "of" phrases name
OBJECT_PHRASE = frozenset({"DET", "NUM", "ADJ", "ADV", "NOUN", "PROPN", "PART", "PUNCT"})


def _of_object(sent: Sentence, v: int, after: list[int], here: list[Unit]) -> list[Unit]:
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


def _before_places(sent: Sentence, v: int, units: list[Unit]) -> list[Unit]:
    """The doer before phrases of place between it and verb ``v``, however long ("Police *in
    central Tbilisi near the parliament building* detained ..."): the first actor, going
    back over nouns and such phrases, that stands in none."""
    ids = sent.ids
    k, placed = ids.index(v) - 1, False
    while k >= 0:
        w = sent[ids[k]]
        if w.upos == "ADP" and w.text.lower() in PLACE_OR_AIM:
            placed = True
        elif w.upos not in ("NOUN", "PROPN", "DET", "ADJ", "NUM", "PART"):
            return []
        u = next((u for u in units if ids[k] in u.words), None)
        if u is not None and not _after_preposition(sent, u):
            return [u] if placed else []
        k -= 1
    return []


def _after_preposition(sent: Sentence, u: Unit) -> bool:
    """Whether a preposition (any) opens the phrase of ``u``, past determiners and
    adjectives ("region *of* Belgorod")."""
    k = sent.ids.index(min(u.words))
    while k > 0 and sent[sent.ids[k - 1]].upos in ("DET", "ADJ", "NUM"):
        k -= 1
    return k > 0 and sent[sent.ids[k - 1]].upos == "ADP"


def _in_phrase(sent: Sentence, u: Unit) -> bool:
    """Whether a preposition opens the phrase of ``u`` ("on a village", "in northern Iraq"):
    an actor there is where or whom an act was done, not its doer."""
    k = sent.ids.index(min(u.words))
    while k > 0:
        k -= 1
        w = sent[sent.ids[k]]
        if w.upos == "ADP":
            return w.text.lower() in PLACE_OR_AIM
        if w.upos not in ("DET", "ADJ", "NUM"):
            return False
    return False


#: prepositions of a place where an act happens: an actor after one is no target of it
#: (save of a visit, see :data:`VISITS`)
AT_PLACE = frozenset({"in", "at", "near", "inside"})
#: verbs of arriving, whose place is whom the visit is to, whatever a dictionary codes them
ARRIVALS = frozenset({"arrive", "visit", "land", "reach", "travel", "tour", "fly"})


def _at_place(sent: Sentence, u: Unit, v: int) -> bool:
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


def _object_before(sent: Sentence, v: int, u: Unit) -> bool:
    """Whether a noun stands between verb ``v`` and the phrase of place of ``u``: the act's
    object is there ("struck *targets* in Lebanon"), not the doer ("fought in Syria")."""
    k = sent.ids.index(v)
    between = sent.ids[k + 1 : sent.ids.index(min(u.words))]
    if k > 0 and sent[sent.ids[k - 1]].lemma.lower() == "be":
        return False  # "were kidnapped Monday in Nigeria": a passive's victims are before it
    return (
        bool(between)
        and sent[between[0]].upos in OBJECT_START
        and any(sent[i].upos == "NOUN" for i in between)
    )


def _passive(sent: Sentence, v: int, u: Unit) -> bool:
    """Whether a form of "be" stands right before verb ``v``, past adverbs ("were *killed*",
    "was later *released*"): a passive, whose subject is whom it was done to, by ``u`` after
    it with no other verb between ("near a base *run* by Veltria": Veltria runs the base)."""
    between = sent.ids[sent.ids.index(v) + 1 : sent.ids.index(min(u.words))]
    if any(sent[i].upos in ("VERB", "AUX") for i in between):
        return False
    k = sent.ids.index(v) - 1
    while k >= 0 and sent[sent.ids[k]].upos == "ADV":
        k -= 1
    low = sent[v].text.lower()
    participle = low != sent[v].lemma.lower() and not low.endswith(("ing", "s"))
    return k >= 0 and sent[sent.ids[k]].lemma.lower() == "be" and participle


def _after_by(sent: Sentence, u: Unit, v: int) -> bool:
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


def _or(sent: Sentence, a: Unit, b: Unit) -> bool:
    """An "or" stands between units ``a`` and ``b``: "X or Y attacked" are no two sides."""
    return any(sent[i].text.lower() in ("or", "nor") for i in range(max(a.words) + 1, min(b.words)))


def _joined(sent: Sentence, a: Unit, b: Unit) -> bool:
    """Whether unit ``a`` is joined to ``b`` by "and", past a possessive and a demonym ("Lula
    *and his Argentine* counterpart Fernandez signed"), however far both stand from the verb."""
    k = sent.ids.index(min(a.words))
    if k > 0 and sent[sent.ids[k - 1]].text.lower() == "between":
        return False  # "clashes between X and Y": a noun's two sides (kg.coding.nominal)
    return joined_by_and(sent, a, b, 4, JOINING)


def shallow_events(
    sent: Sentence, dicts: CodingDictionaries, units: list[Unit]
) -> Iterator[tuple[int, str, str, str, str]]:
    """(verb, source, target, code, pattern) read off the words (see the module docstring)."""
    for v in sent.ids:
        w = sent[v]
        if w.upos not in ("VERB", "NOUN", "ADJ", "AUX") and not (
            w.upos == "PROPN" and w.text.islower()
        ):
            continue  # (a tagger's lower-case "name": "The U.S. and Britain *struck* 13 ...")
        same_past = w.text.lower() in SAME_PAST and any(v - 1 in u.words for u in units)
        if not (_inflected(sent, v) or same_past):  # "Morocco *cut* ties with Iran"
            continue
        if w.text.lower() in SCHEDULED or w.lemma.lower() in SCHEDULED:
            continue  # "Modi is *expected* to meet Xi": an act to come, no act of its own
        entries = []
        for form in dict.fromkeys((w.up, w.lemma.upper())):
            entries += [(e, b) for e, b in dicts.verbs_for(form) if len(e.phrase.words) == 1]
        prev = sent[v - 1].text.lower() if v - 1 in sent.words else ""
        at = sent.ids.index(v)
        nxt = sent[sent.ids[at + 1]] if at + 1 < len(sent.ids) else None
        if (
            prev
            and sent[v - 1].upos == "VERB"
            and w.text.lower().endswith("ed")
            and (nxt is not None and nxt.upos == "NOUN")
        ):
            continue  # "returned *looted* artefacts": a participle of the verb's object
        hyphen = prev.endswith(("-", "–")) or w.text.startswith("-")  # "Saudi- led"
        if not entries or prev in BLOCKERS or prev in FRAMING or hyphen:
            continue  # "will not attack"; "US-backed coalition" qualifies a noun
        before, after = _stretch(sent, v)
        if any(sent[i].text.lower() in CONDITIONS for i in before) or named_as(sent, v):
            continue  # "Tehran would strike back if ...": not done; "what he called": naming
        inside = set(before) | set(after)
        here = [u for u in units if u.words and u.words <= inside]
        src = [  # (a unit the parser grouped across the verb counts by its words before it:
            u for u in here  # "Hezbollah fired dozens", "Hezbollah" hung on "dozens")
            if min(u.words) < v and v - max(k for k in u.words if k < v) <= NEAR_BEFORE
            and not _in_phrase(sent, u)
        ]  # fmt: skip
        tgt = [u for u in here if min(u.words) > v and min(u.words) - v <= NEAR_AFTER]
        tgt = tgt or _described(sent, after, units) or _of_object(sent, v, after, here)
        src = src or _before_appositives(sent, before, units, v) or _before_places(sent, v, here)
        if not src:
            continue
        patterns = dicts.patterns_for(entries)
        by_start = {u.start: u for u in units}
        match = best_match(patterns, sent, before, after, by_start, dicts.synsets, dicts.needed)
        entry, block = entries[0]
        code = str(match.pattern.code) if match else str(block.code_of(entry))
        if not code[:2].isdigit() or code[:3] == "010":
            continue
        if not match and no_act(sent, w.lemma.lower(), tgt):
            continue  # "issued a directive", "has left 14 insurgents dead"
        if code.startswith("036") and w.lemma.lower() == "meet":
            code = code.replace("036", "040")  # "X and Y met for talks": held, as the tree reads
        last = src[-1]
        partner = [
            u for u in src[:-1] if max(u.words) + 2 >= min(last.words) and not _or(sent, u, last)
        ]
        partner += [
            u for u in here
            if u not in partner and u.words and max(u.words) < min(last.words)
            and _joined(sent, u, last) and not _in_phrase(sent, u)
        ]  # fmt: skip
        aimed = match.target if match else None  # "fired rockets *at* Israel": the pattern's
        if code[:3] not in VISITS and w.lemma.lower() not in ARRIVALS:
            # "met in Budapest": a place, not whom they met ("arrived in Gondor" is a visit)
            placed = [u for u in tgt if u is not aimed and _at_place(sent, u, v)]
            tgt = [u for u in tgt if u not in placed]
            if not tgt and code[:2] in FORCE and placed and _object_before(sent, v, placed[0]):
                tgt = placed[:1]  # "struck targets in southern Lebanon": the place's state
        forces = []  # "X and Y struck Houthi targets": an object, not each other
        if code[:2] in FORCE and ":" not in code and nxt is not None and nxt.upos in OBJECT_START:
            forces, partner = [u for u in partner if _joined(sent, u, last)], []
        if with_each_other(code, [*partner, last], tgt):
            tgt = []  # "X and Y exchanged prisoners": each other's, not the prisoners'
        joined = forces or [u for u in partner if _joined(sent, u, last)]
        sources = [*joined, last] if tgt else [*partner, last]
        targets = tgt[:1]
        if targets and (_after_by(sent, targets[0], v) or _passive(sent, v, targets[0])):
            # "prisoners released Saturday by Israel": a passive, whose doer follows "by";
            # "civilians were killed as a result of Russian attacks": the victims are before
            sources, targets = targets, [last]
        if not targets and len(sources) < 2:
            continue
        for s, t, c in pairs(code, sources, targets, guest=visiting(sent)):
            yield v, s, t, c, match.pattern.original if match else ""
