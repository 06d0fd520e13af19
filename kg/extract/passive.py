"""Indonesian di- passives the small parser labels as actives: the agent acts on the patient
("ia disambut Menteri Luar Negeri Jepang Takeshi Iwaya": Iwaya welcomes him)."""

from __future__ import annotations

from kg.extract.arguments import _case_of, _top_mentions, actors_of
from kg.extract.predicates import Predicate
from kg.extract.tree import children


def di_passive(toks, pred: Predicate, owner) -> tuple[list[str], list[str]] | None:
    """(agent, patient) of an Indonesian di- passive whose patient the parser labelled a plain
    subject ("ia disambut Penjabat Kepala Protokol AS": the protocol chief welcomes him) or
    none of its own ("Prabowo melanjutkan perjalanan ... dan disambut langsung oleh Presiden
    Joe Biden": the first conjunct's subject). None for other predicates."""
    verb = toks[pred.trigger]
    if (
        pred.kind != "verb"
        or not verb.lower.startswith("di")
        or verb.lemma.lower().startswith("di")
    ):
        return None
    kids = children(toks, pred.head)
    patient = [
        m for c in kids if c.deprel == "nsubj" for m in _top_mentions(toks, c.i, owner, set())
    ]
    agent = [
        m
        for c in kids
        if c.deprel in ("obj", "obl:agent")
        or (c.deprel.startswith("obl") and "oleh" in _case_of(toks, c.i))
        for m in _top_mentions(toks, c.i, owner, set(), {"oleh"})
    ]
    if not patient and toks[pred.head].deprel == "conj":  # the first conjunct's subject
        first = toks[pred.head].head
        patient = [
            m
            for c in children(toks, first)
            if c.deprel.startswith("nsubj")
            for m in _top_mentions(toks, c.i, owner, set())
        ]
    return (actors_of(agent), actors_of(patient)) if agent and patient else None
