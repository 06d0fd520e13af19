"""What every reader shares: :class:`Skipped`, decoding bytes to text, dates from a dateline
or a file name, and language tags."""

from __future__ import annotations

import codecs
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.records import MID_MONTH

DEFAULT_MAX_BYTES = 20_000_000

#: what the error messages offer as the formats kg reads
FORMATS = ".txt, .jsonl, .conllu, HTML, WARC (.warc, .warc.gz), RSS/Atom or news-please JSON"

BINARY_MAGIC = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"PK\x03\x04": "a ZIP/Office file",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip file (not a WARC)",
    b"\x7fELF": "an executable",
}
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_FILE_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
# "2023-03_summit.txt": dated to the month only
_FILE_MONTH = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})(?![\d-])")
# "JAKARTA, 12 Maret 2023 —", "MOSCOW, Dec. 15, 2021 (Reuters) -", "Rabu (15/12/2021)"
_DATELINE = re.compile(
    r"(\d{1,2}\s+[A-Za-z]{3,10}\.?\s+\d{4}|[A-Za-z]{3,10}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})"
)
# "BRUSSELS, March 2023 —", "Maret 2023": a dateline known to the month only
_DATELINE_MONTH = re.compile(r"\b([A-Za-z]{3,10}\.?\s+\d{4})\b")
_LANG_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$")
# old or regional codes kg reads as the language it has models for (as detection does)
_LANG_ALIASES = {"in": "id", "ms": "id", "iw": "he", "ji": "yi"}


@dataclass
class Skipped:
    """An input that could not be read; the build goes on without it."""

    source: str
    reason: str


Warn = Callable[[str], None]


def decode(data: bytes, source: str, warn: Warn | None = None) -> str:
    """Decode bytes to text: BOMs, UTF-8, then cp1252 (said through ``warn``).

    Raises :class:`InputError` for binary data.
    """
    for magic, kind in BINARY_MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{source}: this is {kind}, not text; give {FORMATS}")
    for bom, enc in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                raise InputError(f"{source}: broken {enc} text; re-save it as UTF-8") from None
    if b"\x00" in data[:4096]:
        raise InputError(f"{source}: binary data (NUL bytes), not text; give {FORMATS}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = data.decode("cp1252", errors="replace")
        if warn:
            warn(f"{source}: not valid UTF-8 (byte {exc.start}); decoded as cp1252 (Windows-1252)")
        return text


def clean(text: str) -> str:
    """Line ends folded to ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def compose(title: str, paragraphs: list[str]) -> str:
    """An article's text as kg reads a ``.txt`` file: the headline, a blank line, then the
    paragraphs separated by blank lines (a first paragraph repeating the headline dropped)."""
    paras = [" ".join(p.split()) for p in paragraphs]
    paras = [p for p in paras if p]
    title = " ".join(title.split())
    if paras and title and paras[0] == title:
        paras = paras[1:]
    return "\n\n".join([title, *paras] if title else paras)


def language_code(tag: str | None) -> str | None:
    """The language of a tag such as ``en-US``, ``id_ID`` or ``in`` as kg's code (``en``,
    ``id``); ``None`` for no tag or one that is not a language (``x-default``, ``*``).

    >>> language_code("en-GB"), language_code("id_ID"), language_code("zz9-")
    ('en', 'id', None)
    """
    m = _LANG_TAG.match((tag or "").strip())
    if not m:
        return None
    code = m.group(1).lower()
    return _LANG_ALIASES.get(code, code)


def guess_date(text: str, lang: str | None = None) -> dt.date | None:
    """Find a dateline date in the first few hundred characters, if any."""
    import dateparser  # light, but not needed for --help

    head = text[:400]
    for match in _DATELINE.finditer(head):
        languages = [lang] if lang and lang not in ("auto",) else None
        try:
            value = dateparser.parse(
                match.group(1), languages=languages, settings={"STRICT_PARSING": True}
            )
        except Exception:  # dateparser raises on unknown language codes
            value = None
        if value and 1900 < value.year < 2100:
            return value.date()
    return _guess_month(head, lang)


def _guess_month(head: str, lang: str | None) -> dt.date | None:
    """A month-only dateline ("March 2023") as the middle of that month, so that offices
    resolve for that month rather than for today."""
    import dateparser

    languages = [lang] if lang and lang not in ("auto",) else None
    settings = {"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["month", "year"]}
    for match in _DATELINE_MONTH.finditer(head):
        try:
            value = dateparser.parse(match.group(1), languages=languages, settings=settings)
        except Exception:  # dateparser raises on unknown language codes
            value = None
        if value and 1900 < value.year < 2100:
            return dt.date(value.year, value.month, MID_MONTH)
    return None


def date_from_name(path: Path) -> dt.date | None:
    """``2021-12-15_call.txt`` → 2021-12-15; ``2023-03_summit.txt`` → the middle of March 2023."""
    m = _FILE_DATE.search(path.name)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    m = _FILE_MONTH.search(path.name)
    if m and 1 <= int(m.group(2)) <= 12:
        return dt.date(int(m.group(1)), int(m.group(2)), MID_MONTH)
    return None


def date_from(value: object) -> dt.date | None:
    """A publication date from a metadata value: an ISO date or date-time (``2021-12-15``,
    ``2021-12-15 10:00:00``, ``2021-12-15T10:00:00+07:00``: the date as written, not moved
    to UTC), or an RFC 822 date (``Wed, 15 Dec 2021 10:00:00 GMT``); ``None`` otherwise."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        try:
            day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
        return day if 1900 < day.year < 2100 else None
    from email.utils import parsedate_to_datetime

    try:
        day = parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None
    return day if 1900 < day.year < 2100 else None
