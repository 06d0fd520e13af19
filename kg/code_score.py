"""How kg's coding of PETRARCH input compares with the codings a file expects (PETRARCH's
validation records carry them as ``<EventCoding>``): recall and precision, and why each
expected event was missed.

>>> from kg.code import code_records, make_coder                            # doctest: +SKIP
>>> coder = make_coder("PETR.Validate.actors.txt", models=False)            # doctest: +SKIP
>>> events = code_records(records, parses="given", coder=coder)             # doctest: +SKIP
>>> print(score(records, events, coder).report())                           # doctest: +SKIP

Two levels are counted, each over (sentence, source, target, code) sets:

* **exact**: the source and target codes and the CAMEO event code as PETRARCH writes them;
* **country**: the first three letters of each actor code (the country or IGO/NGO prefix: an
  agent such as ``GOV`` dropped; Kosovo's ``XKX`` read as ``KSV``) and the CAMEO root (the
  first two digits).

A missed expected event gets the first cause that applies (:data:`CAUSES`, in order).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from kg.code import Coder, Event
from kg.knowledge.petrarch.records import Coding, Record

__all__ = ["CAUSES", "Score", "score"]

#: why an expected event was missed, in the order they are tested
CAUSES = {
    "actor not resolved": "the source or target (its country part) is not an actor kg resolves "
    "in the sentence (an invented or null actor, a name kg lacks)",
    "sub-state agent": "kg codes the event between the right countries with the right code but "
    "not the agent PETRARCH adds (ARN for ARNGOV, the police, the opposition)",
    "event code": "kg codes an event between these actors, with another CAMEO code",
    "modality": "kg extracts the event but as negated or future (not counted)",
    "verb not in lexicon": "no word of the sentence codes this CAMEO root (kg's lexicon, or the "
    "verb dictionary for the dictionary coder)",
    "extraction": "both actors resolved and a predicate of this root found, but no event "
    "between them (arguments, direction, or a clause kg does not read)",
}


#: codes of one state that codings write either way: ISO's user-range Kosovo and CAMEO's
SAME_STATE = {"XKX": "KSV"}


def _ent(code: str) -> str:
    return SAME_STATE.get(code[:3], code[:3])


def _loose(c: Coding) -> tuple[str, str, str]:
    return (_ent(c.source), _ent(c.target), c.code[:2])


@dataclass
class Score:
    """Counts of a scoring (see the module docstring); ``misses`` and ``extras`` by cause, with
    up to five examples each (``record: source target code``)."""

    expected: int = 0
    produced: int = 0
    found: int = 0
    country_expected: int = 0
    country_produced: int = 0
    country_found: int = 0
    misses: Counter = field(default_factory=Counter)
    extras: Counter = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 0.0

    @property
    def recall(self) -> float:
        return self._ratio(self.found, self.expected)

    @property
    def precision(self) -> float:
        return self._ratio(self.found, self.produced)

    @property
    def country_recall(self) -> float:
        return self._ratio(self.country_found, self.country_expected)

    @property
    def country_precision(self) -> float:
        return self._ratio(self.country_found, self.country_produced)

    def as_dict(self) -> dict:
        return {
            "exact": {"expected": self.expected, "produced": self.produced, "found": self.found,
                      "recall": round(self.recall, 4), "precision": round(self.precision, 4)},
            "country": {"expected": self.country_expected, "produced": self.country_produced,
                        "found": self.country_found, "recall": round(self.country_recall, 4),
                        "precision": round(self.country_precision, 4)},
            "misses": dict(self.misses.most_common()),
            "extras": dict(self.extras.most_common()),
        }  # fmt: skip

    def report(self) -> str:
        """The scores, then the misses and the extra events by cause, with examples."""
        lines = [
            f"exact (source, target, code):     recall {self.recall:.3f} "
            f"({self.found}/{self.expected})  precision {self.precision:.3f} "
            f"({self.found}/{self.produced})",
            f"country (countries, CAMEO root):  recall {self.country_recall:.3f} "
            f"({self.country_found}/{self.country_expected})  precision "
            f"{self.country_precision:.3f} ({self.country_found}/{self.country_produced})",
            f"missed expected events by cause ({sum(self.misses.values())}):",
        ]
        for cause, n in self.misses.most_common():
            lines.append(f"  {n:4d}  {cause}: {CAUSES[cause]}")
            lines += [f"          e.g. {x}" for x in self.examples[cause][:3]]
        lines.append(f"events kg codes that are not expected ({sum(self.extras.values())}):")
        for why, n in self.extras.most_common():
            lines.append(f"  {n:4d}  {why}")
            lines += [f"          e.g. {x}" for x in self.examples["extra: " + why][:3]]
        return "\n".join(lines)


def score(
    records: Sequence[Record],
    events: Sequence[Event],
    coder: Any,
    factualities: Sequence[str] = ("asserted", "reported"),
) -> Score:
    """Score ``events`` (coded by ``coder`` from ``records``) against the records' codings.
    ``coder``: kg's :class:`~kg.code.Coder`, or any object whose ``facts(record,
    factualities)`` says what it found in a record (:class:`kg.coding.records.DictionaryCoder`)."""
    out = Score()
    by_record: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        by_record[e.record].append(e)
    for r in records:
        expected = set(r.expected)
        produced = {e.coding() for e in by_record[r.id]}
        out.expected += len(expected)
        out.produced += len(produced)
        out.found += len(expected & produced)
        loose_e, loose_p = {_loose(c) for c in expected}, {_loose(c) for c in produced}
        out.country_expected += len(loose_e)
        out.country_produced += len(loose_p)
        out.country_found += len(loose_e & loose_p)
        if expected - produced:
            facts = (
                coder.facts(r, factualities)
                if hasattr(coder, "facts")
                else _sentence_facts(r, coder, factualities)
            )
            for c in sorted(expected - produced, key=lambda c: (c.source, c.target, c.code)):
                cause = _cause(c, produced, facts)
                out.misses[cause] += 1
                out.examples[cause].append(f"{r.id}: {c.source} {c.target} {c.code}")
        for c in sorted(produced - expected, key=lambda c: (c.source, c.target, c.code)):
            why = _extra(c, expected)
            out.extras[why] += 1
            out.examples["extra: " + why].append(f"{r.id}: {c.source} {c.target} {c.code}")
    return out


def _sentence_facts(r: Record, coder: Coder, factualities: Sequence[str]) -> dict:
    """What kg found in the record's sentence: the country parts of the actors it resolves,
    the CAMEO roots of its predicates, and the (source, target) country pairs of the events it
    extracted but does not count (other factualities)."""
    from kg.extract.predicates import predicates
    from kg.knowledge.ontology import load_relations
    from kg.parse.tokens import tokens_of

    doc, triples, discourse = coder.extracted.get(r.id, (None, [], None))
    relations = load_relations()
    codes = coder.codes
    if discourse is not None:
        codes.new_actors = discourse.new_actors
    entities: set[str] = set()
    roots: set[str] = set()
    lex = coder.extractor.lexicon(coder.lang)
    for sent in getattr(doc, "sentences", []):
        toks = tokens_of(sent)
        for sp in codes.index.spans([t.text for t in toks], coder.lang):
            if sp.kind != "title" and (code := codes(sp.value, r.date)):
                entities.add(_ent(code))
        for p in predicates(toks, lex):
            rel = relations.get(p.entry.relation)
            if rel is not None and rel.cameo_root:
                roots.add(rel.cameo_root)
    for t in triples:
        for a in (t.subject, t.object):
            if code := codes(a, r.date):
                entities.add(_ent(code))
    uncounted = set()
    for t in triples:
        rel = relations.get(t.relation)
        if t.factuality in factualities or rel is None or rel.structural:
            continue
        pair = (_ent(codes(t.subject, r.date)), _ent(codes(t.object, r.date)))
        uncounted |= {pair, pair[::-1]} if rel.symmetric else {pair}
    return {"entities": entities, "roots": roots, "uncounted": uncounted}


def _cause(c: Coding, produced: set[Coding], facts: dict) -> str:
    pair = (_ent(c.source), _ent(c.target))
    if not set(pair) <= facts["entities"]:
        return "actor not resolved"
    same_pair = [p for p in produced if (_ent(p.source), _ent(p.target)) == pair]
    if any(p.code == c.code for p in same_pair):
        return "sub-state agent"
    if same_pair:
        return "event code"
    if pair in facts["uncounted"]:
        return "modality"
    if c.code[:2] not in facts["roots"]:
        return "verb not in lexicon"
    return "extraction"


def _extra(c: Coding, expected: set[Coding]) -> str:
    pair = (_ent(c.source), _ent(c.target))
    same = [e for e in expected if (_ent(e.source), _ent(e.target)) == pair]
    if any(e.code == c.code for e in same):
        return "agent differs (country and code right)"
    if same:
        return "another code for an expected pair"
    if any((_ent(e.target), _ent(e.source)) == pair for e in expected):
        return "the reverse of an expected pair"
    return "a pair not expected"
