"""Factuality (asserted, negated, future, reported), speakers and quantities of an event."""

from __future__ import annotations

import re

from kg.extract.arguments import is_kind
from kg.extract.predicates import Predicate
from kg.extract.tree import ancestors, children, subtree
from kg.knowledge.lexicon import Lexicon

_QUANT = re.compile(
    r"(?:US)?\$\s?[\d.,]+\s*(?:miliar|triliun|juta|billion|million|trillion|bn|m)?|[\d.,]+\s*(?:miliar|triliun|juta|billion|million|trillion)\s*(?:dolar|dollars?|USD)?",
    re.I,
)
_PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s?(?:%|persen|percent|per cent)", re.I)


def factuality(toks, pred: Predicate, lex: Lexicon, quotes: set[int], reports: list[int]) -> str:
    heads = {pred.head, pred.trigger}
    near = [toks[j] for j in range(max(0, pred.trigger - 3), pred.trigger)]
    deps = [c for h in heads for c in children(toks, h)]
    if any(is_kind(lex, "negation", t) for t in deps + near[-2:]):
        return "negated"
    above = ancestors(toks, pred.head)
    if any(is_kind(lex, "future", t) for t in deps + near) or any(
        is_kind(lex, "future", toks[a]) for a in above[:2]
    ):
        return "future"
    if any(is_kind(lex, "allege", t) for t in near) or any(
        is_kind(lex, "allege", toks[a]) for a in above[:2]
    ):
        return "reported"
    if pred.trigger in quotes or pred.head in quotes:
        return "reported"
    if any(r in above for r in reports):
        return "reported"
    if (
        reports
        and any(r < pred.trigger for r in reports)
        and any(t.lower in ("bahwa", "that") for t in toks[: pred.trigger])
    ):
        return "reported"
    if reports and quotes:
        return "reported"
    return "asserted"


def speaker(toks, reports: list[int], owner) -> str | None:
    for r in reports:
        for c in children(toks, r):
            if c.deprel.startswith("nsubj") and c.i in owner:
                return owner[c.i].actor
            for i in subtree(toks, c.i, 8) if c.deprel.startswith("nsubj") else ():
                if i in owner:
                    return owner[i].actor
        # postposed speaker: "..., kata Xi Jinping" / "said Putin"
        if r + 1 < len(toks) and (r + 1) in owner:
            return owner[r + 1].actor
    return None


def quantities(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    amounts = [
        m.group(0).strip() for m in _QUANT.finditer(text) if any(ch.isdigit() for ch in m.group(0))
    ]
    if amounts:
        out["quantity"] = amounts[0]
    pct = _PERCENT.search(text)
    if pct:
        out["percent"] = pct.group(1)
    return out
