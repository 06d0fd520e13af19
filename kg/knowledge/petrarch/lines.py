"""Line reading shared by the PETRARCH dictionary readers: encoding, comments, errors."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.knowledge.petrarch.model import Note, Phrase, ReadReport

__all__ = ["Line", "Reader", "parse_date", "phrase"]

_XML_INLINE = re.compile(r"<!--.*?-->")
_SPLIT = re.compile(r"[\s_]+")
_HASH_CODE = re.compile(r"\[#+\]")
_COMMENT = re.compile(r"[#;]")


@dataclass(frozen=True, slots=True)
class Line:
    """A dictionary line: ``number`` (1-based), ``text`` without comments, ``raw`` as read."""

    number: int
    text: str
    raw: str


def strip_comment(text: str) -> str:
    """Drop ``#`` and TABARI ``;`` comments; ``[###]`` (TABARI's discard code) is kept."""
    if "#" not in text and ";" not in text:
        return text
    codes = [m.span() for m in _HASH_CODE.finditer(text)]
    for m in _COMMENT.finditer(text):
        if not any(a <= m.start() < b for a, b in codes):
            return text[: m.start()]
    return text


def phrase(text: str) -> Phrase:
    """A Phrase from dictionary text: words split on blanks and underscores, ``_`` ends dropped."""
    text = text.strip()
    return Phrase(text, tuple(w for w in _SPLIT.split(text) if w))


def parse_date(text: str) -> dt.date:
    """A PETRARCH date: YYYYMMDD (8 or more digits: the first 8 are read) or YYMMDD (6-7
    digits: the first 6; YY <= 30 is 20YY, else 19YY). ValueError when invalid."""
    if not text.isdigit() or len(text) < 6:
        raise ValueError(f"not a date: {text!r}")
    if len(text) > 7:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    year = int(text[:2])
    return dt.date(year + (2000 if year <= 30 else 1900), int(text[2:4]), int(text[4:6]))


class Reader:
    """Reads one dictionary file line by line and keeps the report (skips, irregular lines).

    ``strict``: a defective line raises InputError instead of being skipped.
    """

    def __init__(self, path: str | Path, report: ReadReport | None, strict: bool) -> None:
        self.path = Path(path)
        self.name = self.path.name
        self.report = report if report is not None else ReadReport()
        self.strict = strict
        try:
            data = self.path.read_bytes()
        except OSError as exc:
            raise InputError(
                f"{self.path}: cannot read the dictionary ({exc.strerror}); check the path"
            ) from exc
        if b"\0" in data:
            raise InputError(f"{self.path}:1: binary data, not a PETRARCH dictionary")
        try:
            self.text = data.decode("utf-8")
            self.report.encoding = "utf-8"
        except UnicodeDecodeError as exc:
            self.text = data.decode("latin-1")
            self.report.encoding = "latin-1"
            line = data[: exc.start].count(b"\n") + 1
            self.note(line, f"not UTF-8 (byte {data[exc.start]:#04x}); read as latin-1")
        self.text = self.text.lstrip("\ufeff")

    def where(self, line: int) -> str:
        """``file:line`` for messages."""
        return f"{self.name}:{line}"

    def fail(self, line: int, message: str) -> InputError:
        """The InputError for a line that cannot be read at all."""
        return InputError(f"{self.where(line)}: {message}")

    def skip(self, line: int, message: str) -> None:
        """Record a defective line that is left out (or raise when strict)."""
        if self.strict:
            raise self.fail(line, message)
        self.report.skipped.append(Note(self.name, line, message))

    def note(self, line: int, message: str) -> None:
        """Record an irregular line that was read anyway."""
        self.report.irregular.append(Note(self.name, line, message))

    def lines(self) -> Iterator[Line]:
        """Non-blank lines without comments (``#``, ``;``, ``<!-- -->`` possibly multi-line,
        and lines starting ``<!``)."""
        in_xml = False
        total = read = 0
        for number, raw in enumerate(self.text.splitlines(), 1):
            total = number
            text = raw
            if in_xml:
                if "-->" in text:
                    in_xml = False
                continue
            if text.lstrip().startswith("<!"):
                if "<!--" in text and "-->" not in text:
                    in_xml = True
                continue
            if "<!--" in text:
                text = _XML_INLINE.sub(" ", text)
                if "<!--" in text:
                    text, in_xml = text[: text.index("<!--")], True
            text = strip_comment(text)
            if text.strip():
                read += 1
                yield Line(number, text.rstrip(), raw)
        self.report.lines += read
        self.report.ignored += total - read
