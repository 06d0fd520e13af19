"""A shallow reading, as TABARI coded before parsers: for a sentence whose tree gave no event.

Small parsers break many news sentences ("Iran and the Republic of Azerbaijan *signed* eight
cooperation documents" with "signed" hung as an adjective); the words still read in order. For
each word the verb dictionary knows in an inflected verb form (not one right after a preposition
or a possessive, or a hyphen: "following *increased* deployment", "its *renewed* offensive",
"Saudi-*led*"), the source is the last actor near before it, or with only the rest of a long
name between (not one in a phrase a preposition opens: "a strike *on a village* killed ...") and
the target the first actor after it, both inside its stretch of the sentence (between commas,
semicolons, colons and dashes); patterns match on that stretch. A coordinated pair before the
verb with nothing after it codes each other ("X and Y signed ...", "X and Y clashed", "Lula and
his Argentine counterpart Fernandez on Monday signed ...", not the two sides of "clashes between
X and Y"), and so does a comma list before such a pair, across the commas ("Saudi Arabia, the
United Arab Emirates, Bahrain and Egypt cut ties"); "met for talks" is a meeting held (040, not
the dictionary's 036), as in the tree's reading; an actor in a phrase of place is no target but
of a visit ("X and Y met *in Budapest*", "arrived *in Gondor*"); an actor right after "by" is
the doer of a passive ("prisoners released *by Israel*"); a name kg does not know right after
the verb is who its appositive says ("arrested Bornwell Chakaodza*, editor of the Standard
newspaper*"), and a verb whose stretch names no doer takes one from before the appositives set
off by commas ("The president of Mexico, Andrés Manuel López Obrador, *arrives* in Guatemala"),
or, right after "and", the doer of the main verb before ("Deby inaugurated the embassy in
Israel and *held* talks with Netanyahu").
A target far after the verb counts when only nouns and "of" lead to it ("arrested four leaders
*of* one *of* the city's pro-democracy groups"); force on an object in a place is on the place's
state ("struck targets *in southern Lebanon*"); doers joined by "and" all do an act that has a
target ("The U.S. and Britain struck Houthi targets"); a lower-case word a tagger took for a
name may be the verb; a participle after "be" is a passive, done to the actor before it by the
one after ("civilians *were killed* as a result of Russian attacks"); a doer may stand before
phrases of place ("Police *in central Tbilisi near the parliament building* detained"). A
negation or "will/would" right before the verb codes nothing, nor does a verb after "if" or
"unless" in its stretch; "X or Y" are no two sides. A verb of agreeing (05), of intent (03) or
of assault (18) that no pattern of its own matched is not read this way (:data:`UNORDERED`).

>>> sorted(BREAKS)
[',', ':', ';', '–', '—']
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.coding.dictionaries import CodingDictionaries
from kg.coding.modality import SCHEDULED
from kg.coding.names import named_as
from kg.coding.pairs import FORCE, pairs, visiting, with_each_other
from kg.coding.patterns import best_match
from kg.coding.reading import VISITS, no_act
from kg.coding.speech import claimed
from kg.coding.subjects import subject, units_under
from kg.coding.targets import HOSTS
from kg.coding.tree import Sentence, Unit
from kg.coding.word_order import (
    ARRIVALS,
    BREAKS,
    CONDITIONS,
    NEAR_AFTER,
    NEAR_BEFORE,
    OBJECT_START,
    after_by,
    alternative,
    at_place,
    before_appositives,
    before_places,
    comma_listed,
    described,
    guest_after,
    in_phrase,
    joined,
    object_before,
    of_object,
    passive,
)

__all__ = ["BREAKS", "broken_past", "shallow_events"]

#: words right before a verb that make it no event of its own
BLOCKERS = frozenset({
    "not", "n't", "never", "no", "will", "would", "could", "may", "might", "to", "should",
    "the", "a", "an",
})  # fmt: skip


#: words right before a participle that make it an adjective of the noun after it
#: ("following *increased* troop deployment", "after *renewed* clashes")
FRAMING = frozenset({
    "following", "after", "before", "amid", "despite", "with", "by", "for", "of", "over",
    "against", "from", "into", "on", "in", "at", "its", "their", "his", "her",
})  # fmt: skip


#: nouns of a place whose name an "of" phrase gives ("the city *of Kharkiv*")
PLACE_NOUNS = frozenset({
    "city", "town", "village", "region", "province", "district", "state", "capital", "area",
    "port", "county", "governorate", "oblast", "island", "islands", "republic",
})  # fmt: skip


def _named_place(sent: Sentence, u: Unit) -> bool:
    """``u`` names the place a noun of place stands for ("the city *of Kharkiv*"): where,
    not who."""
    k = sent.ids.index(min(u.words))
    bare = len(u.code) == 3  # (not "the area of Haiti's capital as police ...": an agent)
    return bare and k >= 2 and sent.low[k - 1] == "of" and sent.low[k - 2] in PLACE_NOUNS


def _near_before(sent: Sentence, k: int, v: int) -> bool:
    """Word ``k`` of an actor is near enough before verb ``v`` to be its doer: at most
    :data:`NEAR_BEFORE` words, more where the rest of a long name leads to the verb ("Sheikh
    Meshal *Al-Ahmad Al-Jaber Al-Sabah* received", the dictionary naming its start)."""
    gap = [i for i in sent.ids if k < i < v]
    rest = all(sent[i].upos == "PROPN" or sent[i].text in ("-", "–") for i in gap)
    return v - k <= NEAR_BEFORE or rest


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


def _inflected(sent: Sentence, v: int, dicts: CodingDictionaries) -> bool:
    """Word ``v`` is a verb's inflected form: lemmatised to another word, ending like one, a
    participle, or, tagged a name, an irregular form the verb dictionary lists ("Germany
    *froze* aid", the tagger and lemmatiser at a loss)."""
    w = sent[v]
    low = w.text.lower()
    irregular = w.upos == "PROPN" and any(  # (only where the tagger took it for a name)
        e.phrase.words[0] != w.up for e, _b in dicts.verbs_for(w.up)
    )
    return low != w.lemma.lower() or low.endswith(("ed", "es")) or w.participle or irregular


#: roots whose acts word order does not read: agreeing, "agreed upon in Minsk", "allied with
#: a Saudi-led coalition" (05), intents (03), and assaults, which wire copy writes in the
#: passive ("were abducted ... by kidnap-for-ransom groups", 18)
UNORDERED = frozenset({"03", "05", "18"})


def _first_verbs_doer(sent: Sentence, v: int, units: list[Unit]) -> list[Unit]:
    """The doer of the main verb before ``v`` (the last root or conjoined verb), for a verb
    the tagger broke right after "and": "Deby inaugurated the embassy in Israel and *held*
    talks with Netanyahu", "held" an adjective."""
    earlier = [
        k for k in sent.ids if k < v and sent[k].upos == "VERB" and sent[k].base in ("root", "conj")
    ]
    return units_under(sent, subject(sent, earlier[-1])[0], units) if earlier else []


def shallow_events(
    sent: Sentence, dicts: CodingDictionaries, units: list[Unit]
) -> Iterator[tuple[int, str, str, str, str]]:
    """(verb, source, target, code, pattern) read off the words (see the module docstring)."""
    named = {k for u in units for k in u.words if sent[k].upos != "VERB"}
    for v in sent.ids:
        w = sent[v]
        if w.upos not in ("VERB", "NOUN", "ADJ", "AUX") and not (
            w.upos == "PROPN" and w.text.islower()
        ):
            continue  # (a tagger's lower-case "name": "The U.S. and Britain *struck* 13 ...")
        if v in named:
            continue  # "Israeli *forces* shelled ...": an actor's noun, no verb
        if not _inflected(sent, v, dicts):  # (a past in its base form: "Morocco *cut* ties")
            continue
        if w.text.lower() in SCHEDULED or w.lemma.lower() in SCHEDULED or claimed(sent, v):
            continue  # "Modi is *expected* to meet Xi": to come; "allegations that": claimed
        entries = []
        for form in dict.fromkeys((w.up, w.lemma.upper())):
            entries += [(e, b) for e, b in dicts.verbs_for(form) if len(e.phrase.words) == 1]
        prev = sent[v - 1].text.lower() if v - 1 in sent.words else ""
        at = sent.ids.index(v)
        nxt = sent[sent.ids[at + 1]] if at + 1 < len(sent.ids) else None
        if (
            prev
            and sent[v - 1].upos == "VERB"
            and sent[v - 1].text[:1].islower()  # (not a name a tagger made a verb: "Beijing")
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
            if min(u.words) < v and _near_before(sent, max(k for k in u.words if k < v), v)
            and not in_phrase(sent, u) and not _named_place(sent, u)
        ]  # fmt: skip
        tgt = [u for u in here if min(u.words) > v and min(u.words) - v <= NEAR_AFTER]
        tgt = tgt or described(sent, after, units) or of_object(sent, v, after, here)
        appositive: list[Unit] = []  # "X and his counterpart, *Y*, held talks": X and Y
        if not src:
            src = appositive = before_appositives(sent, before, units, v)
        src = src or before_places(sent, v, here)
        if not src and prev == "and" and w.upos != "NOUN":
            src = _first_verbs_doer(sent, v, units)  # "X arrived in Y and *held* talks"
        if not src:
            continue
        patterns = dicts.patterns_for(entries)
        by_start = {u.start: u for u in units}
        match = best_match(patterns, sent, before, after, by_start, dicts.synsets, dicts.needed)
        entry, block = entries[0]
        code = str(match.pattern.code) if match else str(block.code_of(entry))
        hosts = w.lemma.lower() in HOSTS and tgt and not (match and code[:2] == "04")
        if hosts and guest_after(sent, v, tgt[0]):
            code = "043:042"  # "King Abdullah on Wednesday received Oman Sultan Haitham"
        if not code[:2].isdigit() or code[:3] == "010" or (not match and code[:2] in UNORDERED):
            continue
        if not match and no_act(sent, v, tgt, code):
            continue  # "issued a directive", "has left 14 insurgents dead"
        if code.startswith("036") and w.lemma.lower() == "meet":
            code = code.replace("036", "040")  # "X and Y met for talks": held, as the tree reads
        last = src[-1]
        partner = [
            u
            for u in src[:-1]
            if max(u.words) + 2 >= min(last.words) and not alternative(sent, u, last)
        ]
        partner += [
            u for u in here
            if u not in partner and u.words and max(u.words) < min(last.words)
            and joined(sent, u, last) and not in_phrase(sent, u)
        ]  # fmt: skip
        partner += [u for u in appositive[:-1] if u not in partner]
        aimed = match.target if match else None  # "fired rockets *at* Israel": the pattern's
        if code[:3] not in VISITS and w.lemma.lower() not in ARRIVALS:
            # "met in Budapest": a place, not whom they met ("arrived in Gondor" is a visit)
            placed = [u for u in tgt if u is not aimed and at_place(sent, u, v)]
            tgt = [u for u in tgt if u not in placed]
            if not tgt and code[:2] in FORCE and placed and object_before(sent, v, placed[0]):
                tgt = placed[:1]  # "struck targets in southern Lebanon": the place's state
        # "Saudi Arabia, the UAE, Bahrain and Egypt cut ties": a comma list before the "and"
        listed = comma_listed(sent, [*(u for u in partner if joined(sent, u, last)), last], units)
        partner += listed
        forces = []  # "X and Y struck Houthi targets": an object, not each other
        if code[:2] in FORCE and ":" not in code and nxt is not None and nxt.upos in OBJECT_START:
            forces, partner = [u for u in partner if joined(sent, u, last)], []
        if with_each_other(code, [*partner, last], tgt):
            tgt = []  # "X and Y exchanged prisoners": each other's, not the prisoners'
        allied = forces or [u for u in partner if joined(sent, u, last) or u in listed]
        sources = [*allied, last] if tgt else [*partner, last]
        targets = tgt[:1]
        if targets and (after_by(sent, targets[0], v) or passive(sent, v, targets[0])):
            # "prisoners released Saturday by Israel": a passive, whose doer follows "by";
            # "civilians were killed as a result of Russian attacks": the victims are before
            sources, targets = targets, [last]
        if not targets and len(sources) < 2:
            continue
        for s, t, c in pairs(code, sources, targets, guest=visiting(sent)):
            yield v, s, t, c, match.pattern.original if match else ""


def broken_past(sent: Sentence, v: int) -> bool:
    """``v`` is a past form a tagger hung as an adjective on the noun after it, right after a
    name or noun, not before "by" ("Tunisian police on *Wednesday arrested* Issam Chebbi"):
    a main verb the tree lost, for the word-order reading."""
    prev, nxt = sent.words.get(v - 1), sent.words.get(v + 1)
    return (
        sent[v].base == "amod"
        and sent[v].text.lower().endswith("ed")
        and prev is not None
        and prev.upos in ("PROPN", "NOUN")
        and not (nxt is not None and nxt.text.lower() == "by")
    )
