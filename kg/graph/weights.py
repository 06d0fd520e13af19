"""How much one relation instance says about alignment: the rule behind an edge's ``weight``.

An edge's ``weight`` (:mod:`kg.graph.project`) is the sum of :func:`instance_weight` over its
relation instances: the relation's Goldstein score (+1 / −1 by polarity where it has none)
times the factor of its class, read from ``ir.ttl``'s CAMEO root and quad class
(:func:`relation_factor`):

``asks``, factor 0
    CAMEO roots 01 (make a public statement), 02 (appeal or request, invitations included:
    ``appeals_to``, ``requests``, ``invites``) and 10 (demand). Asking, inviting or pressing
    someone says what the subject wants from the object, not whose side either is on; these
    instances stay in the edge's ``counts``, ``goldstein`` and evidence but weigh nothing.
``words``, factor 0.5
    The rest of quad classes 1 (verbal cooperation: intent, talks, meetings, visits,
    negotiations, diplomatic cooperation, support, praise, agreements) and 3 (verbal conflict:
    investigate, criticise, accuse, reject, warn, threaten). Statements are cheap, so they count
    half; the Goldstein score still ranks them: an agreement (8 → 4) weighs more than a praise
    (3.4 → 1.7), a meeting (2.5 → 1.25) or a call (1 → 0.5).
``deeds``, factor 1
    Quad classes 2 (material cooperation: trade, alliance, aid, concessions) and 4 (material
    conflict: protests, force posture, sanctions, coercion, violence): what states do counts in
    full.

A relation the ontology gives no CAMEO class keeps its full score. An instance the article
negates or only anticipates (factuality ``negated`` or ``future``; the projection leaves both
out unless asked) weighs 0: weight counts what happened. ``reported`` instances count in full.

Blocs (:func:`kg.graph.analysis.blocs`) are built only from cooperative ties of weight at
least :data:`MIN_BLOC_WEIGHT` (3): one agreement, negotiation or act of material cooperation, or
repeated words (two statements of support, three meetings); one praise (1.7) is not a bloc tie.

>>> from kg.knowledge.ontology import load_relations
>>> R = load_relations()
>>> [relation_factor(R[r].cameo_root, R[r].quad_class) for r in ("requests", "meets", "aids")]
[0.0, 0.5, 1.0]
>>> instance_weight("cooperative", 8.0, 0.5), instance_weight("conflictual", None, 1.0)
(4.0, -1.0)
>>> instance_weight("cooperative", 8.0, 0.5, "negated")
0.0
"""

from __future__ import annotations

ASK_ROOTS = frozenset({"01", "02", "10"})  # statement, appeal/request/invitation, demand
MATERIAL_QUADS = frozenset({2, 4})  # material cooperation, material conflict
VERBAL_FACTOR = 0.5  # quad classes 1 and 3, asks aside
UNREAL = frozenset({"negated", "future"})  # factualities that weigh nothing
MIN_BLOC_WEIGHT = 3.0  # a tie's weight for blocs
_SIGN = {"cooperative": 1.0, "conflictual": -1.0}


def relation_class(cameo_root: str | None, quad_class: int | None) -> str:
    """'asks', 'words', 'deeds', or 'unclassed' (no CAMEO class in the ontology)."""
    if cameo_root is not None and str(cameo_root).zfill(2) in ASK_ROOTS:
        return "asks"
    if quad_class is None:
        return "unclassed"
    return "deeds" if int(quad_class) in MATERIAL_QUADS else "words"


def relation_factor(cameo_root: str | None, quad_class: int | None) -> float:
    """The factor a relation's Goldstein score is multiplied by: asks 0, words 0.5, deeds 1."""
    return {"asks": 0.0, "words": VERBAL_FACTOR}.get(relation_class(cameo_root, quad_class), 1.0)


def instance_weight(
    polarity: str, goldstein: float | None, factor: float, factuality: str | None = "asserted"
) -> float:
    """One instance's signed contribution to its edge's ``weight``."""
    if factuality in UNREAL or factor == 0:
        return 0.0
    base = goldstein if goldstein is not None else _SIGN.get(polarity, 0.0)
    return base * factor
