"""Matching PETRARCH verb patterns on a UD sentence.

A pattern ``- WORDS * WORDS [code]`` is read as TABARI and PETRARCH read it: its words must
occur in order (before the verb among the words of its clause before it, after the verb among
the words of its phrase after it), other words may come between them unless ``_`` joins two
words, a synset ``&NAME`` matches any of its phrases, ``+`` is where the target actor
stands, ``$`` the source (the subject then becomes the target), ``%`` a compound actor, and
``^`` skips a phrase; a preposition does not match one that opens a phrase of time ("called
Hasina *on Wednesday*" is no ``CALL * (ON)``). A word matches a sentence word's form or lemma ("TIES" matches "ties",
"TIE" matches "ties"). Of the patterns that match, the most specific (the most words matched)
wins, the first written on a tie; none matching leaves the verb's own code.

>>> toks = tokenize_pattern("* {DIPLOMATIC TIES}")
>>> [t.kind for t in toks]
['verb', 'word', 'word']
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from kg.coding.sentence import BORDERS, Sentence, Unit
from kg.knowledge.petrarch.model import Pattern, PatternToken
from kg.knowledge.petrarch.verbs import tokenize_pattern

__all__ = ["QUANTIFIERS", "PatternMatch", "best_match", "needs", "tokenize_pattern"]

#: words that negate a verb in a pattern ("- NOT * RELATIONS")
NEGATIONS = frozenset({"NOT", "N'T", "NEVER", "NO"})


@dataclass
class PatternMatch:
    pattern: Pattern
    score: int
    target: Unit | None = None
    source: Unit | None = None
    compound: Unit | None = None
    negated: bool = False  # the pattern itself names a negation


def _word_ok(sent: Sentence, i: int, word: str) -> bool:
    if word == "AT" and sent.upper.get(i + 1) in QUANTIFIERS:
        return False  # "fired *at least* one missile" aims at no one
    return word == sent.upper[i] or word == sent.lemma_up[i]


#: words after "at" that make it a quantifier, not a preposition ("at least", "at most")
QUANTIFIERS = frozenset({"LEAST", "MOST"})


def _phrase_at(sent: Sentence, seq: Sequence[int], q: int, words: Sequence[str]) -> bool:
    if q + len(words) > len(seq):
        return False
    return all(_word_ok(sent, seq[q + k], words[k]) for k in range(len(words)))


def _match_side(
    tokens: Sequence[PatternToken],
    sent: Sentence,
    seq: Sequence[int],
    units: Mapping[int, Unit],
    synsets: Mapping[str, list[tuple[str, ...]]],
    found: PatternMatch,
    anchored: bool,
    reverse: bool = False,
) -> int | None:
    """Match ``tokens`` in order over ``seq``; the number of words matched, or None.
    ``anchored``: the first token must match ``seq[0]`` (a ``_`` to the verb)."""
    p = 0
    score = 0
    first = True
    for n, t in enumerate(tokens):
        must = (t.joined and not first) or (first and anchored)
        first = False
        if t.kind in ("word", "preposition"):
            # a phrase's preposition is no infinitive's marker: "to disperse" is no (TO +);
            # one followed by a word is ("ordered him to leave" is (TO LEAVE))
            adp = t.kind == "preposition"
            infinitive = not reverse and n + 1 < len(tokens) and tokens[n + 1].kind == "word"
            q = _find(
                lambda q, x=t.value, adp=adp, inf=infinitive: _word_ok(sent, seq[q], x)
                and (not adp or inf or sent[seq[q]].deprel not in ("mark", "aux"))
                and (not adp or not _of_time(sent, seq, q))
                and not _of_place(sent, seq[q]),
                p, len(seq), must,
            )  # fmt: skip
            if q is None:
                return None
            p, score = q + 1, score + 1
            if t.value in NEGATIONS:
                found.negated = True
        elif t.kind == "synset":
            phrases = synsets.get(t.value, [])
            firsts = {(w[-1] if reverse else w[0]) for w in phrases if w}
            hit = None
            for q in range(p, len(seq)):
                i = seq[q]
                if sent.upper[i] not in firsts and sent.lemma_up[i] not in firsts:
                    if must:
                        break
                    continue  # no phrase of the synset starts here
                for words in phrases:
                    if _phrase_at(sent, seq, q, words[::-1] if reverse else words):
                        hit = (q, len(words))
                        break
                if hit or must:
                    break
            if hit is None:
                return None
            p, score = hit[0] + hit[1], score + 1
        elif t.kind in ("target", "source", "compound"):
            q = _find(lambda q: seq[q] in units, p, len(seq), False)
            if q is None:
                return None
            unit = units[seq[q]]
            setattr(found, t.kind, unit)
            words = unit.words or {seq[q]}
            while q < len(seq) and min(words) <= seq[q] <= max(words):
                q += 1
            p, score = q, score + 1
        # "skip" (^) and anything else match nothing
    return score


#: words that make a phrase one of time, not of a pattern's preposition: "called Hasina *on
#: Wednesday*" is no CALL * (ON), a call on someone
TIMES = frozenset({
    "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY", "JANUARY",
    "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER",
    "NOVEMBER", "DECEMBER", "MORNING", "AFTERNOON", "EVENING", "NIGHT", "WEEKEND", "DAY",
})  # fmt: skip


def _of_time(sent: Sentence, seq: Sequence[int], q: int) -> bool:
    """Whether the preposition at ``seq[q]`` opens a phrase of time ("on Wednesday", "on the
    morning of", "on 3 April")."""
    for k in range(q + 1, min(q + 3, len(seq))):
        w = sent.upper[seq[k]]
        if w in TIMES or w.isdigit():
            return True
        if w not in ("THE", "THIS", "LAST", "NEXT", "EARLY", "LATE"):
            return False
    return False


#: nouns of a line between two sides: "the border *between* the two Koreas" names a place, no
#: exchange between them (SHOOT * BETWEEN)
LINES = BORDERS | {"line"}


def _of_place(sent: Sentence, i: int) -> bool:
    """Whether "between" at ``i`` names where a line runs ("crossed the border between the
    two Koreas")."""
    head = sent[i].head
    if sent.upper[i] != "BETWEEN" or not head:
        return False
    line = sent[head].head if sent[head].base != "obl" else 0
    return any(k and sent[k].lemma.lower() in LINES for k in (head, line))


def _find(ok, start: int, stop: int, must: bool) -> int | None:
    for q in range(start, stop):
        if ok(q):
            return q
        if must:
            return None
    return None


def best_match(
    patterns: Sequence[Pattern],
    sent: Sentence,
    before: Sequence[int],
    after: Sequence[int],
    units: Mapping[int, Unit],
    synsets: Mapping[str, list[tuple[str, ...]]],
    needed: Mapping[int, tuple[frozenset[str], tuple[frozenset[str], ...]]] | None = None,
) -> PatternMatch | None:
    """The most specific pattern matching the words ``before`` and ``after`` the verb
    (``units``: the actors by their first word). ``needed``: :func:`needs` of each pattern
    by ``id``, computed once when the dictionary is loaded, so that a pattern whose words are
    not all in the sentence is skipped without a match being tried."""
    best: PatternMatch | None = None
    present = {sent.upper[i] for i in (*before, *after)} | {
        sent.lemma_up[i] for i in (*before, *after)
    }
    for pat in patterns:
        words, alternatives = needs(pat, synsets) if needed is None else needed[id(pat)]
        if not words <= present or any(not (alt & present) for alt in alternatives):
            continue  # a word the pattern needs is not in the sentence: no match to try
        found = PatternMatch(pat, 0)
        vi = pat.verb_index
        verb_tok = pat.tokens[vi]
        before_toks = pat.tokens[:vi]
        after_toks = pat.tokens[vi + 1 :]
        score = 0
        if before_toks:
            # matched right to left from the verb: reverse both sides
            rev = list(reversed(before))
            toks = _reverse(before_toks, verb_tok.joined)
            s = _match_side(
                toks, sent, rev, _last_words(units), synsets, found, verb_tok.joined, True
            )
            if s is None:
                continue
            score += s
        if after_toks:
            anchored = after_toks[0].joined
            s = _match_side(after_toks, sent, after, units, synsets, found, anchored)
            if s is None:
                continue
            score += s
        found.score = score
        if best is None or score > best.score:
            best = found
    return best


def needs(
    pattern: Pattern, synsets: Mapping[str, list[tuple[str, ...]]]
) -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
    """The words a pattern needs in the sentence, and for each of its synsets the words one
    of which must be there (their phrases' first words)."""
    words = frozenset(t.value for t in pattern.tokens if t.kind in ("word", "preposition"))
    alternatives = tuple(
        frozenset(p[0] for p in synsets.get(t.value, []) if p)
        for t in pattern.tokens
        if t.kind == "synset"
    )
    return words, alternatives


def _reverse(tokens: Sequence[PatternToken], verb_joined: bool) -> list[PatternToken]:
    """The tokens in reverse order, each ``joined`` to the one that now precedes it."""
    out = []
    toks = list(tokens)
    for k in range(len(toks) - 1, -1, -1):
        t = toks[k]
        nxt_joined = toks[k + 1].joined if k + 1 < len(toks) else verb_joined
        out.append(PatternToken(t.kind, t.value, nxt_joined, t.np, t.pp))
    if out:  # anchoring of the first (nearest the verb) is passed separately
        out[0] = PatternToken(out[0].kind, out[0].value, False, out[0].np, out[0].pp)
    return out


def _last_words(units: Mapping[int, Unit]) -> dict[int, Unit]:
    """The units by their last word (a reversed scan meets that first)."""
    return {max(u.words) if u.words else k: u for k, u in units.items()}
