"""Event coding of PETRARCH input: ``<Sentence>`` records → CAMEO events, one line each, as
PETRARCH prints them, so kg can stand in for a PETRARCH user's coder.

>>> records = read_records("PETR.UnitTest.records.ud.xml")                # doctest: +SKIP
>>> print(format_events(code_records(records, parses="given")), end="")   # doctest: +SKIP
19950101	ARN	GON	050	DEMO_00

Input: PETRARCH's XML (``<Sentences>`` holding ``<Sentence date="YYYYMMDD" id=".." source=".."
sentence="true">`` with ``<Text>`` and an optional ``<Parse>`` in CoNLL-U; the unit-test file's
``<EventCoding sourcecode= targetcode= eventcode=>`` rows are read as the expected codings).
Each record is coded on its own (one article of one sentence): with ``parses="given"`` kg's
extractor reads the record's CoNLL-U (UD v1 labels, as UDPipe 1 wrote them, are converted to
UD v2 first) and loads no Stanza model; with ``parses="stanza"`` Stanza parses ``<Text>``.

Output: ``date<TAB>source<TAB>target<TAB>code<TAB>sentence-id``, one line per distinct event of
a record; a symmetric relation (talks, meetings, fights) gives both directions, as PETRARCH
codes them. Actor codes: see :class:`ActorCodes`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.knowledge.actor_codes import ActorCodes
from kg.knowledge.petrarch.records import Coding, Record, read_records
from kg.records import DEFAULT_FACTUALITIES

__all__ = [
    "ActorCodes",
    "Coding",
    "Event",
    "Record",
    "code_records",
    "format_events",
    "read_records",
]

#: agent codes Phoenix splits off an actor code as its role (``RUSGOV`` → ``RUS`` + ``GOV``)
ROLES = frozenset({
    "GOV", "MIL", "COP", "REB", "OPP", "PTY", "BUS", "MED", "CVL", "JUD", "LEG", "SPY", "IGO",
    "NGO", "NGM", "IMG", "MNC", "ELI", "CRM", "UAF", "LAB", "EDU", "HLH", "REF", "AGR", "DEV",
    "HRI", "ENV", "RAD", "MOD", "INS", "SEP", "REL",
})  # fmt: skip


@dataclass(frozen=True)
class Event:
    """One coded event of a record, with the triple it comes from."""

    record: str
    date: dt.date | None
    source: str
    target: str
    code: str
    relation: str
    subject: str
    object: str
    factuality: str = "asserted"
    pattern: str = ""
    sentence: str = ""
    reverse: bool = False  # the second direction of a symmetric relation

    def coding(self) -> Coding:
        return Coding(self.source, self.target, self.code)

    def line(self) -> str:
        """``date source target code sentence-id``, tab-separated (PETRARCH's order)."""
        day = self.date.strftime("%Y%m%d") if self.date else ""
        return "\t".join((day, self.source, self.target, self.code, self.record))


def split_code(code: str) -> tuple[str, str, str]:
    """Phoenix's entity, role and attribute parts of an actor code: ``RUSGOV`` →
    ``("RUS", "GOV", "")``; ``IGOUNO`` → ``("IGO", "", "UNO")``.

    >>> split_code("IMGMUSISI"), split_code("USAMILGOV"), split_code("IGOAUKUS")
    (('IMG', '', 'MUS;ISI'), ('USA', 'MIL;GOV', ''), ('IGO', '', 'AUKUS'))
    """
    entity, rest = code[:3], code[3:]
    if len(rest) % 3:  # not a sequence of 3-letter codes: "IGOAUKUS" → attribute "AUKUS"
        return entity, "", rest
    parts = [rest[i : i + 3] for i in range(0, len(rest), 3)]
    roles = [p for p in parts if p in ROLES]
    attrs = [p for p in parts if p not in ROLES]
    return entity, ";".join(roles), ";".join(attrs)


def triple_events(
    triples: Iterable[Any],
    codes: ActorCodes,
    record: str = "",
    factualities: Sequence[str] = DEFAULT_FACTUALITIES,
) -> list[Event]:
    """The events of kg triples: one per distinct (source, target, code), both directions of a
    symmetric relation; structural relations and the factualities left out make none."""
    from kg.knowledge.ontology import load_relations

    relations = load_relations()
    out: dict[tuple[str, str, str], Event] = {}
    for t in triples:
        rel = relations.get(t.relation)
        if rel is None or rel.structural or not rel.cameo_code or t.factuality not in factualities:
            continue
        ends = [(t.subject, t.object, False)]
        if rel.symmetric:
            ends.append((t.object, t.subject, True))
        for s, o, rev in ends:
            src, dst = codes(s, t.date), codes(o, t.date)
            if not src or not dst or (src, dst, rel.cameo_code) in out:
                continue
            out[(src, dst, rel.cameo_code)] = Event(
                record, t.date, src, dst, rel.cameo_code, rel.name, s, o,
                t.factuality, t.pattern, t.sentence, rev,
            )  # fmt: skip
    return list(out.values())


@dataclass
class Coder:
    """What coding a batch of records needs: the extractor (with its actor index) and the
    actor codes; ``parser`` for ``parses="stanza"``."""

    extractor: Any
    codes: ActorCodes
    parser: Any = None
    lang: str = "en"
    #: record id → (parsed document, kg triples of every factuality, discourse), kept for scoring
    extracted: dict[str, tuple] = field(default_factory=dict)


def parses_of(records: Sequence[Record], parses: str) -> str:
    """``given`` or ``stanza`` for ``parses`` (``auto``: given when every record has a parse);
    InputError for another word, or for ``given`` when a record has no ``<Parse>``."""
    if parses == "auto":
        parses = "given" if records and all(r.parse for r in records) else "stanza"
    if parses not in ("given", "stanza"):
        raise InputError(f"unknown parses {parses!r}; use given, stanza or auto")
    missing = [r for r in records if not r.parse] if parses == "given" else []
    if missing:
        r = missing[0]
        raise InputError(f"{r.where}: sentence {r.id!r} has no <Parse>; use --parses stanza")
    return parses


def documents(records: Sequence[Record], parses: str, parser: Any = None) -> list[Any]:
    """A parsed document per record: its own ``<Parse>`` (``given``; UD v1 labels relabelled
    to v2) or Stanza's parse of its text (``stanza``; ``parser``: a
    :class:`kg.parse.stanza.Parser`, else one on the configured models)."""
    from kg.parse.conllu import to_document, ud1_to_ud2

    if parses_of(records, parses) == "given":
        return [
            to_document(
                f"# text = {r.text}\n" + ud1_to_ud2(r.parse or ""),
                f"{r.where}: the <Parse> of sentence {r.id!r}",
            )
            for r in records
        ]
    if not records:
        return []
    if parser is None:
        from kg.parse.stanza import Parser, models_dir

        parser = Parser(models_dir=models_dir(None), datelines=True)
    return parser.parse([r.text for r in records], "en")


def code_records(
    records: Sequence[Record],
    *,
    parses: str = "auto",
    dictionaries: str | Path | None = None,
    models: str | Path | None = None,
    factualities: Sequence[str] = DEFAULT_FACTUALITIES,
    coder: Coder | None = None,
) -> list[Event]:
    """The events of every record, in record order (see the module docstring).

    ``parses``: ``given`` (each record's ``<Parse>``; a record without one is an error),
    ``stanza`` (Stanza parses ``<Text>``, models from ``models``) or ``auto`` (given when every
    record has one). ``dictionaries``: a PETRARCH actor dictionary, or a folder of them, to
    resolve and code actors with instead of kg's own (see
    :mod:`kg.knowledge.petrarch.actor_index`). ``factualities``: the events that count (as
    ``kg export``: asserted and reported)."""
    parses = parses_of(records, parses)
    coder = coder or make_coder(dictionaries, models if parses == "stanza" else False)
    docs = documents(records, parses, coder.parser)
    events: list[Event] = []
    for r, doc in zip(records, docs):
        triples, discourse = coder.extractor.extract(doc, coder.lang, r.date)
        coder.extracted[r.id] = (doc, triples, discourse)
        coder.codes.new_actors = discourse.new_actors
        events += triple_events(triples, coder.codes, r.id, factualities)
    return events


def make_coder(
    dictionaries: str | Path | None = None, models: str | Path | None | bool = None
) -> Coder:
    """A :class:`Coder` with kg's actors, or those of a folder of PETRARCH dictionaries; a
    Stanza parser unless ``models`` is False."""
    from kg.extract import Extractor

    if dictionaries is not None:
        from kg.knowledge.petrarch.actor_index import load_dictionaries, petrarch_index

        index, entries = petrarch_index(load_dictionaries(dictionaries))
        codes = ActorCodes(index, entries)
    else:
        from kg.knowledge.actors import load_actors

        index = load_actors()
        codes = ActorCodes(index)
    parser = None
    if models is not False:
        from kg.parse.stanza import Parser, models_dir

        parser = Parser(models_dir=models_dir(models), datelines=True)
    return Coder(Extractor(index), codes, parser)


def format_events(events: Iterable[Event]) -> str:
    """PETRARCH-style lines: ``date source target code sentence-id`` (tab-separated)."""
    return "".join(e.line() + "\n" for e in events)
