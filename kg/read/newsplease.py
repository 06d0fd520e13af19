"""news-please records → :class:`kg.records.Article` (news-please's output: ``maintext``,
``title``, ``date_publish``, ``url``, ``language``, ``source_domain``); :mod:`kg.read.text`
reads them from a ``.json`` file (one object, or an array) or a ``.jsonl`` line."""

from __future__ import annotations

from kg.errors import InputError
from kg.read.base import compose, date_from, language_code
from kg.records import Article

#: keys only news-please writes; two of them (or ``maintext``) make an object news-please's
KEYS = frozenset(
    {
        "maintext",
        "date_publish",
        "date_download",
        "date_modify",
        "source_domain",
        "title_page",
        "title_rss",
        "localpath",
        "image_url",
    }
)


def is_newsplease(obj: object) -> bool:
    return isinstance(obj, dict) and ("maintext" in obj or len(KEYS.intersection(obj)) >= 2)


def _string(obj: dict, key: str, where: str) -> str:
    value = obj.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InputError(f'{where}: "{key}" must be a string')
    return value.strip()


def newsplease_record(obj: dict, where: str) -> Article:
    """The article of one news-please object; :class:`InputError` when it has no main text."""
    text = _string(obj, "maintext", where)
    if not text:
        raise InputError(
            f'{where}: news-please record with no "maintext" (the page gave no article text)'
        )
    title = _string(obj, "title", where) or _string(obj, "title_rss", where)
    title = title or _string(obj, "title_page", where)
    paragraphs = [line for line in text.replace("\r", "\n").split("\n") if line.strip()]
    if not title:
        title, paragraphs = paragraphs[0][:200], paragraphs
    date = date_from(obj.get("date_publish"))
    if obj.get("date_publish") and date is None:
        raise InputError(f"{where}: unreadable date_publish {obj['date_publish']!r}")
    return Article(
        text=compose(title, paragraphs),
        title=" ".join(title.split()),
        url=_string(obj, "url", where),
        date=date,
        lang=language_code(_string(obj, "language", where)),
        source=where,
        outlet=_string(obj, "source_domain", where).lower().removeprefix("www."),
    )
