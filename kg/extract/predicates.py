"""Predicates of a sentence: verbs, light verb + event noun ("held talks"), event nouns, each
matched against the lexicon (``ontologies/lexicon/<lang>.tsv``), which names its relation.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.knowledge.lexicon import PREDICATE_KINDS, Entry, Lexicon
from kg.parse.tokens import Tok


@dataclass
class Predicate:
    head: int  # clause head (the verb; the light verb for "held talks")
    trigger: int  # the word carrying the relation (verb or event noun)
    end: int  # one past the trigger's last word (multi-word forms)
    entry: Entry
    kind: str  # verb, light, noun


def _title_case(toks: list[Tok]) -> bool:
    """Headlines ("Putin dan Xi Jinping Perkuat Kemitraan"): taggers call every word PROPN."""
    words = [t.text for t in toks if t.text.isalpha() and len(t.text) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def predicates(toks: list[Tok], lex: Lexicon, covered: set[int] = frozenset()) -> list[Predicate]:
    """Triggers of the sentence: verbs, light verb + event noun, event nouns.

    ``covered`` are the tokens of actor mentions, which are never triggers.
    """
    headline = _title_case(toks)
    lowers = [t.lower for t in toks]
    lemmas = [t.lemma for t in toks]
    found: list[tuple[int, int, Entry]] = []
    starts = lex.first_words(*PREDICATE_KINDS)
    i = 0
    while i < len(toks):
        if lowers[i] not in starts and lemmas[i] not in starts:
            i += 1  # no predicate starts here (the common case)
            continue
        hit = lex.match_at(lowers, i, PREDICATE_KINDS, lemmas, toks[i].upos)
        bad = ("ADP", "PUNCT", "DET", "PRON", "CCONJ", "SCONJ") + (() if headline else ("PROPN",))
        # a lower-case word the tagger calls a name ("partnership") is no name
        upos = "NOUN" if toks[i].upos == "PROPN" and toks[i].text[:1].islower() else toks[i].upos
        if hit is not None and upos not in bad and i not in covered:
            found.append((i, hit[0], hit[1]))
            i = hit[0]
        else:
            i += 1
    preds: list[Predicate] = []
    nouns = [(s, e, en) for s, e, en in found if en.kind == "noun"]
    taken: set[int] = set()
    for s, _e, en in found:
        if en.kind == "light":
            # the event noun: an object/dependent of the light verb, or within the next 4 words
            cand = [
                n
                for n in nouns
                if n[0] not in taken and (toks[n[0]].head == s or 0 < n[0] - s <= 4)
            ]
            if cand:
                ns, ne, nen = cand[0]
                taken.add(ns)
                preds.append(Predicate(s, ns, ne, nen, "light"))
    for s, e, en in found:
        if en.kind == "verb":
            preds.append(Predicate(s, s, e, en, "verb"))
        elif en.kind == "noun" and s not in taken:
            preds.append(Predicate(s, s, e, en, "noun"))
    return preds


def markers(pred: Predicate) -> set[str]:
    """The case words (or ``obj``) a predicate takes its object with, from its lexicon row."""
    return {a.strip() for a in (pred.entry.arg or "").split(",") if a.strip() and a.strip() != "-"}
