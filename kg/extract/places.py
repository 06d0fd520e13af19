"""Targets named only as the place of an act: "missile strikes against civilian infrastructure
in Ukraine", "bantuan pembangunan ... di Indonesia"."""

from __future__ import annotations

from kg.extract.predicates import Predicate
from kg.extract.tree import children, subtree

#: markers of a place phrase; relations whose target may be the state an act takes place in
PLACE_MARKERS = frozenset({"in", "di", "inside", "within"})
PLACED = frozenset({"attacks", "aids"})


def placed_target(toks, pred: Predicate, owner, kind_of) -> list[str]:
    """The state an attack or aid takes place in, when no target is named: "missile strikes
    against civilian infrastructure in Ukraine", "bantuan pembangunan ... di Indonesia"."""
    if pred.entry.relation not in PLACED:
        return []
    root = pred.trigger if pred.kind == "noun" else pred.head
    subjects = {
        k for c in children(toks, root) if c.deprel.startswith("nsubj") for k in subtree(toks, c.i)
    }
    inside = subtree(toks, root, 30) - subjects
    for i in sorted(inside):
        m = owner.get(i)
        if m is None or i != m.start or kind_of(m.actor) != "State":
            continue
        case = {c.lower for k in m.tokens() for c in children(toks, k) if c.deprel == "case"}
        if case & PLACE_MARKERS or (i > 0 and toks[i - 1].lower in PLACE_MARKERS):
            return [m.actor]
    return []
