"""Input formats → :class:`kg.records.Article` records.

Supported: ``.txt`` (first non-empty line is the headline), ``.jsonl`` (one
article per line: ``text`` and optional ``title``, ``url``, ``date``, ``lang``),
``.conllu`` (already parsed; no Stanza needed) and folders of these.

>>> from kg.read import read_paths
>>> for item in read_paths(["examples/articles"]):  # doctest: +SKIP
...     print(item.title)
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.records import MID_MONTH, Article, article_date

SUFFIXES = (".txt", ".jsonl", ".conllu")
DEFAULT_MAX_BYTES = 20_000_000

_BINARY_MAGIC = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"PK\x03\x04": "a ZIP/Office file",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip file",
    b"\x7fELF": "an executable",
}
_BOMS = (
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
    for magic, kind in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{source}: this is {kind}, not text; convert it to .txt first")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                raise InputError(f"{source}: broken {enc} text; re-save it as UTF-8") from None
    if b"\x00" in data[:4096]:
        raise InputError(
            f"{source}: binary data (NUL bytes), not text; give a .txt, .jsonl or .conllu file"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = data.decode("cp1252", errors="replace")
        if warn:
            warn(f"{source}: not valid UTF-8 (byte {exc.start}); decoded as cp1252 (Windows-1252)")
        return text


def _clean(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


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


def _date_from_name(path: Path) -> dt.date | None:
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


def read_text_file(path: Path, data: bytes, warn: Warn | None = None) -> Article:
    text = _clean(decode(data, str(path), warn))
    if not text.strip():
        raise InputError(f"{path}: empty file (no text); nothing to build")
    lines = text.split("\n")
    first = next(i for i, line in enumerate(lines) if line.strip())
    title = lines[first].strip()
    body = "\n".join(lines[first + 1 :]).strip("\n")
    full = title + "\n\n" + body if body.strip() else title
    return Article(text=full, title=title, source=str(path), date=_date_from_name(path))


def _jsonl_record(obj: object, where: str) -> Article:
    if not isinstance(obj, dict):
        raise InputError(f'{where}: expected a JSON object with a "text" field')
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f'{where}: missing or empty "text" (a string is required)')
    for key in ("title", "url", "date", "lang"):
        if key in obj and obj[key] is not None and not isinstance(obj[key], str):
            raise InputError(f'{where}: "{key}" must be a string')
    date = article_date(obj["date"], what=f"date in {where}") if obj.get("date") else None
    title = (obj.get("title") or "").strip()
    full = _clean(text).strip()
    if title and not full.startswith(title):
        full = title + "\n\n" + full
    return Article(
        text=full,
        title=title or full.split("\n", 1)[0][:200],
        url=(obj.get("url") or "").strip(),
        date=date,
        lang=(obj.get("lang") or None),
        source=where,
    )


def read_jsonl(path: Path, data: bytes, warn: Warn | None = None) -> Iterator[Article | Skipped]:
    text = decode(data, str(path), warn)
    seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        seen = True
        where = f"{path}:{number}"
        try:
            yield _jsonl_record(json.loads(line), where)
        except json.JSONDecodeError as exc:
            yield Skipped(where, f"malformed JSON ({exc.msg} at column {exc.colno}); line skipped")
        except (ValueError, RecursionError) as exc:  # huge integers, deep nesting
            yield Skipped(where, f"unreadable JSON ({type(exc).__name__}); line skipped")
        except InputError as exc:
            yield Skipped(where, str(exc))
    if not seen:
        raise InputError(f"{path}: empty file (no JSON lines); nothing to build")


def read_conllu(path: Path, data: bytes, warn: Warn | None = None) -> Article:
    from kg.parse.conllu import check_conllu, conllu_text

    raw = decode(data, str(path), warn)
    if not raw.strip():
        raise InputError(f"{path}: empty file (no sentences); nothing to build")
    check_conllu(raw, str(path))
    text = conllu_text(raw)
    title = text.split("\n", 1)[0].strip()
    return Article(text=text, title=title, source=str(path), date=_date_from_name(path), conllu=raw)


def _files(path: Path) -> list[Path]:
    if path.is_dir():
        found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        if not found:
            raise InputError(f"{path}: folder has no .txt, .jsonl or .conllu articles")
        return found
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if path.suffix.lower() not in SUFFIXES:
        raise InputError(
            f"{path}: unsupported file type {path.suffix or '(none)'}; use .txt, .jsonl or .conllu"
        )
    return [path]


def count_inputs(paths: Iterable[str | Path]) -> int | None:
    """How many articles ``paths`` hold, cheaply (a file each, a JSONL file a line each), for
    a progress bar's total; ``None`` when a path cannot be listed (the build says why)."""
    try:
        files = [f for p in paths for f in _files(Path(p))]
        return sum(
            f.read_bytes().count(b"\n") or 1 if f.suffix.lower() == ".jsonl" else 1 for f in files
        )
    except (InputError, OSError):
        return None


def read_paths(
    paths: Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    warn: Warn | None = None,
) -> Iterator[Article | Skipped]:
    """Yield an :class:`Article` per readable article and a :class:`Skipped` per bad one.

    A missing path or an empty folder raises :class:`InputError` at once (nothing
    is read); bad files inside the inputs are yielded as ``Skipped`` so a build
    of many files goes on.
    """
    files: list[Path] = []
    for p in paths:
        files.extend(_files(Path(p)))
    for path in files:
        try:
            size = path.stat().st_size
            if size > max_bytes:
                raise InputError(
                    f"{path}: {size:,} bytes is over the input limit of {max_bytes:,}; "
                    "split it or raise --max-bytes"
                )
            data = path.read_bytes()
            suffix = path.suffix.lower()
            if suffix == ".jsonl":
                yield from read_jsonl(path, data, warn)
            elif suffix == ".conllu":
                yield read_conllu(path, data, warn)
            else:
                yield read_text_file(path, data, warn)
        except InputError as exc:
            yield Skipped(str(path), str(exc))
        except OSError as exc:
            yield Skipped(str(path), f"cannot read: {exc.strerror or exc}")
