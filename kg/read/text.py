"""Plain formats → :class:`kg.records.Article`: ``.txt`` (first non-empty line is the
headline), ``.jsonl`` (one article per line: ``text`` and optional ``title``, ``url``, ``date``,
``lang``, ``outlet``; a news-please record per line also reads) and ``.conllu`` (already parsed;
no Stanza needed)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from kg.errors import InputError
from kg.read.base import Skipped, Warn, clean, date_from_name, decode
from kg.read.newsplease import is_newsplease, newsplease_record
from kg.records import Article, article_date


def read_text_file(path: Path, data: bytes, warn: Warn | None = None) -> Article:
    text = clean(decode(data, str(path), warn))
    if not text.strip():
        raise InputError(f"{path}: empty file (no text); nothing to build")
    lines = text.split("\n")
    first = next(i for i, line in enumerate(lines) if line.strip())
    title = lines[first].strip()
    body = "\n".join(lines[first + 1 :]).strip("\n")
    full = title + "\n\n" + body if body.strip() else title
    return Article(text=full, title=title, source=str(path), date=date_from_name(path))


def json_record(obj: object, where: str) -> Article:
    """The article of one JSON object: kg's own (``text``, ``title``, ``url``, ``date``,
    ``lang``, ``outlet``) or news-please's (``maintext``, ``date_publish``, ...)."""
    if not isinstance(obj, dict):
        raise InputError(f'{where}: expected a JSON object with a "text" field')
    if "text" not in obj and is_newsplease(obj):
        return newsplease_record(obj, where)
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f'{where}: missing or empty "text" (a string is required)')
    for key in ("title", "url", "date", "lang", "outlet"):
        if key in obj and obj[key] is not None and not isinstance(obj[key], str):
            raise InputError(f'{where}: "{key}" must be a string')
    date = article_date(obj["date"], what=f"date in {where}") if obj.get("date") else None
    title = (obj.get("title") or "").strip()
    full = clean(text).strip()
    if title and not full.startswith(title):
        full = title + "\n\n" + full
    return Article(
        text=full,
        title=title or full.split("\n", 1)[0][:200],
        url=(obj.get("url") or "").strip(),
        date=date,
        lang=(obj.get("lang") or None),
        source=where,
        outlet=(obj.get("outlet") or "").strip(),
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
            yield json_record(json.loads(line), where)
        except json.JSONDecodeError as exc:
            yield Skipped(where, f"malformed JSON ({exc.msg} at column {exc.colno}); line skipped")
        except (ValueError, RecursionError) as exc:  # huge integers, deep nesting
            yield Skipped(where, f"unreadable JSON ({type(exc).__name__}); line skipped")
        except InputError as exc:
            yield Skipped(where, str(exc))
    if not seen:
        raise InputError(f"{path}: empty file (no JSON lines); nothing to build")


def read_json(path: Path, data: bytes, warn: Warn | None = None) -> Iterator[Article | Skipped]:
    """A ``.json`` file: one article object (news-please's, or kg's with ``text``), or an array
    of them (each named ``path:N`` when skipped)."""
    text = decode(data, str(path), warn)
    if not text.strip():
        raise InputError(f"{path}: empty file (no JSON); nothing to build")
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{path}: malformed JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
        ) from None
    except (ValueError, RecursionError) as exc:  # huge integers, deep nesting
        raise InputError(f"{path}: unreadable JSON ({type(exc).__name__})") from None
    if isinstance(value, dict):
        yield json_record(value, str(path))
        return
    if not isinstance(value, list) or not value:
        raise InputError(f"{path}: expected a JSON object (a news-please article) or an array")
    for number, obj in enumerate(value, start=1):
        try:
            yield json_record(obj, f"{path}:{number}")
        except InputError as exc:
            yield Skipped(f"{path}:{number}", str(exc))


def read_conllu(path: Path, data: bytes, warn: Warn | None = None) -> Article:
    from kg.parse.conllu import check_conllu, conllu_text

    raw = decode(data, str(path), warn)
    if not raw.strip():
        raise InputError(f"{path}: empty file (no sentences); nothing to build")
    check_conllu(raw, str(path))
    text = conllu_text(raw)
    title = text.split("\n", 1)[0].strip()
    return Article(text=text, title=title, source=str(path), date=date_from_name(path), conllu=raw)
