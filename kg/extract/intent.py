"""Intent to cooperate (CAMEO 03): cooperation a party commits itself to, looks forward to or
stands ready for is an expressed intent, not cooperation done.

"The United States' commitment to work with Egypt", "We look forward to enhancing this
partnership with President Ruto", "stands ready to help", "berkomitmen untuk perkuat kerja sama
dengan Kenya": the frame word (lexicon kind ``intent``) sits above a cooperation predicate, and
the frame's holder expresses the intent towards the cooperation's other parties.
"""

from __future__ import annotations

from kg.extract.predicates import Predicate
from kg.extract.tree import ancestors, children, possessor_before, subtree
from kg.knowledge.lexicon import Lexicon
from kg.parse.tokens import Tok

#: relations whose promise is an intent to cooperate (CAMEO 03x); a promised meeting or visit
#: stays a meeting or visit in the future
INTENDED = frozenset({"cooperates_with", "aids"})
#: how far above the cooperation predicate its frame may stand ("commitment to deepening the
#: partnership": two steps; "look forward to enhancing this partnership": three)
REACH = 4


def intent_frame(toks: list[Tok], lex: Lexicon, pred: Predicate) -> int | None:
    """The token of the intent word governing ``pred`` (a cooperation), or None.

    The frame is an ancestor of the predicate's clause head, or its trigger for an event noun,
    reached through complements and modifiers, never through a subject.
    """
    lowers = [t.lower for t in toks]
    lemmas = [t.lemma.lower() for t in toks]
    node = pred.head if pred.kind != "noun" else pred.trigger
    for up in [node, *ancestors(toks, node)[:REACH]]:
        if up != node and toks[node].deprel.startswith(("nsubj", "csubj")):
            return None
        if up != node and _is_frame(lex, lowers, lemmas, up):
            return up
        # "commitment to deepening ...", parsed with the clause beside the noun, not under it
        mark = next((c.i for c in children(toks, up) if c.deprel == "mark" and c.lower in TO), -1)
        for k in range(mark - 1, max(mark - 4, 0), -1):  # "komitmen AS untuk": past its holder
            if _is_frame(lex, lowers, lemmas, k):
                return k
            if toks[k].upos not in ("PROPN", "NOUN", "PART", "DET"):
                break
        node = up
    return None


#: the infinitive markers that join a frame to its complement
TO = frozenset({"to", "untuk", "guna"})


def _is_frame(lex: Lexicon, lowers: list[str], lemmas: list[str], i: int) -> bool:
    for start in (i, i - 1):  # "look forward": the parser heads it on either word
        if start < 0:
            continue
        hit = lex.match_at(lowers, start, "intent", lemmas)
        if hit is not None and hit[0] > i:
            return True
    return False


def frame_holder(toks: list[Tok], frame: int, owner: dict) -> list[str]:
    """The actors who hold the frame: the possessor of a frame noun ("the United
    States' commitment", "komitmen AS") or the subject of a frame verb or adjective ("We look
    forward", "Indonesia berkomitmen", "The United States stands ready"), climbing from a
    frame in a complement to the clause it completes."""
    node = frame
    for _ in range(3):
        for c in children(toks, node):
            if c.deprel in ("nmod:poss", "nsubj") or (
                toks[node].upos == "NOUN" and c.deprel == "nmod" and c.i in owner
                and not any(g.deprel == "case" for g in children(toks, c.i))
            ):  # fmt: skip
                inside = sorted(k for k in subtree(toks, c.i, 8) if k in owner)
                if inside:
                    return owner[inside[0]].actors()
        if toks[node].deprel.split(":")[0] not in ("xcomp", "ccomp", "conj", "advcl"):
            break
        node = toks[node].head
        if node < 0:
            break
    own = possessor_before(toks, frame, owner)  # "the United States' commitment", misparsed
    return own.actors() if own is not None else []


__all__ = ["INTENDED", "frame_holder", "intent_frame"]
