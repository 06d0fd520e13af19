"""PETRARCH's XML input: ``<Sentences>`` of ``<Sentence>`` records with ``<Text>``, an optional
``<Parse>`` (CoNLL-U) and, in PETRARCH's validation files, the expected ``<EventCoding>`` rows.

>>> records = read_records("x.xml", '<Sentences><Sentence id="s1" date="20210915"><Text>'
...     'France criticised AUKUS.</Text><EventCoding sourcecode="FRA" targetcode="IGOAUKUS" '
...     'eventcode="111"/></Sentence></Sentences>')
>>> records[0].id, records[0].date, records[0].expected[0].code, records[0].where
('s1', datetime.date(2021, 9, 15), '111', 'x.xml:1')

The structure is PETRARCH2's (``<Sentence date="YYYYMMDD" id=".." source=".." sentence="true">``);
``<EventCoding noevents="True"/>`` and commented-out records make no expected coding. A gzip'd
file is read as well. Malformed XML, a record without ``<Text>`` or a bad date raise
:class:`~kg.errors.InputError` naming the file and line.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError

__all__ = ["Coding", "Record", "read_records"]


@dataclass(frozen=True)
class Coding:
    """One coded event as PETRARCH writes it: source, target and CAMEO event codes."""

    source: str
    target: str
    code: str


@dataclass
class Record:
    """One ``<Sentence>`` of PETRARCH input."""

    id: str
    date: dt.date | None
    text: str
    parse: str | None = None
    source: str = ""
    expected: tuple[Coding, ...] = ()
    line: int = 0
    path: str = ""  # the file it was read from

    @property
    def where(self) -> str:
        """``file:line`` of the record, for messages."""
        return f"{self.path or '<input>'}:{self.line}"


def _date(value: str | None, where: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.datetime.strptime(value.strip()[:8], "%Y%m%d").date()
    except ValueError:
        raise InputError(f"{where}: date {value!r} is not YYYYMMDD") from None


def _parse_text(raw: str) -> str | None:
    lines = [ln.strip(" \r") for ln in raw.strip("\n").splitlines()]
    lines = [ln.lstrip() for ln in lines if ln.strip()]
    return "\n".join(lines) + "\n" if lines else None


def read_records(path: str | Path, text: str | bytes | None = None) -> list[Record]:
    """The ``<Sentence>`` records of a PETRARCH XML file (or of ``text``, named ``path``).

    Malformed XML, a record without ``<Text>`` or a bad date raise :class:`InputError` with
    the file and line."""
    name = str(path)
    try:
        data = Path(path).read_bytes() if text is None else text
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    if isinstance(data, str):
        data = data.encode("utf-8")
    if data[:2] == b"\x1f\x8b":  # gzip'd
        import gzip

        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise InputError(f"{name}: not a readable gzip file ({exc})") from None
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        line, col = exc.position
        why = str(exc).split(":")[0]
        raise InputError(
            f"{name}:{line}: not well-formed XML ({why}, column {col + 1}); "
            "PETRARCH input is <Sentences><Sentence ...><Text>...</Text></Sentence></Sentences>"
        ) from None
    sentences = [root] if root.tag == "Sentence" else list(root.iter("Sentence"))
    if not sentences:
        raise InputError(f"{name}: no <Sentence> records; is this PETRARCH input?")
    lines = _sentence_lines(data)
    if len(lines) != len(sentences):
        lines = [0] * len(sentences)
    out: list[Record] = []
    for k, s in enumerate(sentences):
        line = lines[k]
        where = f"{name}:{line}" if line else name
        rid = s.get("id") or f"{k + 1}"
        body = s.find("Text")
        if body is None or not (body.text or "").strip():
            raise InputError(f"{where}: sentence {rid!r} has no <Text>")
        parse = s.find("Parse")
        expected = tuple(
            Coding(c.get("sourcecode", ""), c.get("targetcode", ""), c.get("eventcode", ""))
            for c in s.findall("EventCoding")
            if c.get("eventcode")
        )
        out.append(
            Record(
                rid,
                _date(s.get("date"), where),
                " ".join((body.text or "").split()),
                _parse_text(parse.text or "") if parse is not None and parse.text else None,
                s.get("source", ""),
                expected,
                line,
                name,
            )
        )
    return out


def _sentence_lines(data: bytes) -> list[int]:
    """The line of each ``<Sentence`` start tag, comments and CDATA skipped."""
    text = data.decode("utf-8", "replace")
    text = _HIDDEN.sub(lambda m: "\n" * m.group().count("\n"), text)
    return [text.count("\n", 0, m.start()) + 1 for m in _SENTENCE_TAG.finditer(text)]


_HIDDEN = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>", re.S)
_SENTENCE_TAG = re.compile(r"<Sentence[\s/>]")
