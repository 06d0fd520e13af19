"""PETRARCH input coded with dictionaries: ``<Sentence>`` records → events, the way
``kg code`` prints them, and what a scoring needs to say why an expected event was missed.

>>> from kg.knowledge.petrarch.records import read_records                    # doctest: +SKIP
>>> coder = DictionaryCoder(load_coding_dictionaries("PETR.Validate"))         # doctest: +SKIP
>>> events = coder.code(read_records("PETR.UnitTest.records.ud.xml"), "given") # doctest: +SKIP

``engine="kg"`` in :func:`code_file` codes with kg's own extractor instead (:mod:`kg.code`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.code import Event, code_records, documents
from kg.coding.coder import code_sentence
from kg.coding.dictionaries import CodingDictionaries, load_coding_dictionaries
from kg.coding.reading import read_verb
from kg.coding.sentence import Sentence, find_mentions, find_units
from kg.errors import InputError
from kg.knowledge.petrarch.records import Record
from kg.records import DEFAULT_FACTUALITIES

__all__ = ["DictionaryCoder", "code_file"]

ENGINES = ("dictionary", "kg")


def _relations_by_code() -> dict[str, str]:
    from kg.knowledge.ontology import load_relations

    out: dict[str, str] = {}
    for rel in load_relations().values():
        if rel.cameo_code and not rel.structural:
            out.setdefault(rel.cameo_code, rel.name)
    return out


@dataclass
class DictionaryCoder:
    """Codes records with :func:`kg.coding.coder.code_sentence`; keeps each record's
    sentences for :meth:`facts`."""

    dicts: CodingDictionaries
    parser: Any = None
    sentences: dict[str, list[Sentence]] = field(default_factory=dict)

    def code(
        self,
        records: Sequence[Record],
        parses: str = "auto",
        factualities: Sequence[str] = DEFAULT_FACTUALITIES,
    ) -> list[Event]:
        """The events of every record, in record order."""
        by_code = _relations_by_code()
        events: list[Event] = []
        for r, doc in zip(records, documents(records, parses, self.parser)):
            sents = [Sentence.from_stanza(s) for s in doc.sentences]
            self.sentences[r.id] = sents
            seen = set()
            for s in sents:
                for e in code_sentence(s, self.dicts, r.date):
                    if e.factuality not in factualities or (e.source, e.target, e.code) in seen:
                        continue
                    seen.add((e.source, e.target, e.code))
                    rel = by_code.get(e.code) or by_code.get(e.code[:2] + "0", "")
                    events.append(
                        Event(r.id, r.date, e.source, e.target, e.code, rel, e.source, e.target,
                              e.factuality, e.pattern, e.sentence)
                    )  # fmt: skip
        return events

    def facts(self, r: Record, factualities: Sequence[str]) -> dict:
        """For a scoring: the country parts of the actors found in the record, the CAMEO roots
        its verbs have, and the pairs of events coded with another factuality."""
        entities, roots, uncounted = set(), set(), set()
        for s in self.sentences.get(r.id, []):
            units = find_units(s, find_mentions(s, self.dicts), r.date)
            entities |= {u.code[:3] for u in units}
            for v in s.ids:
                reading = read_verb(s, v, self.dicts, units)
                if reading is not None and reading.code:
                    roots.add(reading.code[:2])
            for e in code_sentence(s, self.dicts, r.date):
                if e.factuality not in factualities:
                    uncounted.add((e.source[:3], e.target[:3]))
        return {"entities": entities, "roots": roots, "uncounted": uncounted}


def code_file(
    records: Sequence[Record],
    *,
    engine: str = "dictionary",
    parses: str = "auto",
    dictionaries: str | Path | None = None,
    models: str | Path | None = None,
    factualities: Sequence[str] = DEFAULT_FACTUALITIES,
) -> list[Event]:
    """Code PETRARCH records with ``engine``: ``dictionary`` (PETRARCH verb, actor and agent
    dictionaries matched on UD trees; ``dictionaries`` a set name such as ``Phoenix`` or
    ``PETR.Validate``, or a folder of dictionaries) or ``kg`` (kg's extractor and lexicon;
    ``dictionaries`` a PETRARCH actor dictionary or folder)."""
    if engine not in ENGINES:
        raise InputError(f"unknown coder {engine!r}; use {' or '.join(ENGINES)}")
    if engine == "kg":
        return code_records(
            records, parses=parses, dictionaries=dictionaries, models=models,
            factualities=factualities,
        )  # fmt: skip
    parser = None
    if parses == "stanza" or (parses == "auto" and not all(r.parse for r in records)):
        from kg.parse.stanza import Parser, models_dir

        parser = Parser(models_dir=models_dir(models), datelines=True)
    coder = DictionaryCoder(load_coding_dictionaries(dictionaries or "Phoenix"), parser)
    return coder.code(records, parses, factualities)
