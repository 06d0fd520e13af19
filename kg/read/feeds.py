"""RSS and Atom files → one :class:`kg.records.Article` per entry (feedparser; nothing is
fetched): the entry's full content, else its summary, as text; its title, link, publication
date and language (the entry's, else the feed's)."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from pathlib import Path

from kg.errors import InputError
from kg.read.base import Skipped, compose, date_from, language_code
from kg.read.html import fragment_paragraphs
from kg.records import Article

_ENTRY = re.compile(rb"<(?:[A-Za-z][\w.-]*:)?(?:item|entry)[\s>/]")


def count_entries(data: bytes) -> int:
    """How many entries a feed holds, cheaply (its ``<item>``/``<entry>`` tags), at least 1."""
    return max(1, len(_ENTRY.findall(data)))


def _entry_date(entry) -> dt.date | None:
    """The date as the feed writes it (RSS or ISO, in the publisher's time zone), else
    feedparser's reading of it (in UTC)."""
    for key in ("published", "updated", "created", "dc_date"):
        day = date_from(entry.get(key))
        if day is not None:
            return day
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
            except ValueError:
                continue
    return None


def _entry_text(entry) -> tuple[list[str], str | None]:
    """The entry's paragraphs (the longest of its contents, else its summary) and the
    language the content declares."""
    best: list[str] = []
    lang = None
    for part in [*(entry.get("content") or []), entry.get("summary_detail") or {}]:
        value = part.get("value") or ""
        kind = part.get("type") or "text/html"
        paras = (
            fragment_paragraphs(value)
            if "html" in kind
            else [" ".join(line.split()) for line in value.split("\n") if line.strip()]
        )
        if sum(map(len, paras)) > sum(map(len, best)):
            best, lang = paras, part.get("language")
    return best, lang


def read_feed(path: Path, data: bytes) -> Iterator[Article | Skipped]:
    """The entries of an RSS or Atom file, each named ``path:N``; an entry without text
    (a title and a link only: kg fetches nothing) is skipped with that reason."""
    import feedparser

    # a file object, never a string: feedparser would fetch a string that looks like a URL
    parsed = feedparser.parse(io.BytesIO(data))
    if not parsed.entries:
        why = parsed.get("bozo_exception") if parsed.get("bozo") else None
        raise InputError(
            f"{path}: malformed RSS/Atom feed ({why}); nothing to build"
            if why
            else f"{path}: RSS/Atom feed with no entries; nothing to build"
        )
    if parsed.get("bozo") and not any(_entry_text(e)[0] for e in parsed.entries):
        raise InputError(
            f"{path}: malformed RSS/Atom feed ({parsed.get('bozo_exception')}); nothing to build"
        )
    feed_lang = language_code(parsed.feed.get("language"))
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{path}:{number}"
        paragraphs, lang = _entry_text(entry)
        title = " ".join(fragment_paragraphs(entry.get("title") or ""))
        if not paragraphs or paragraphs == [title]:
            yield Skipped(
                where,
                "feed entry with no text (a title and a link only; kg fetches nothing: "
                "save the page and build it)",
            )
            continue
        if not title:
            title = paragraphs[0][:200]
        yield Article(
            text=compose(title, paragraphs),
            title=title,
            url=(entry.get("link") or "").strip(),
            date=_entry_date(entry),
            lang=language_code(lang) or feed_lang,
            source=where,
        )
