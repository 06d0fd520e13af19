"""WARC files (``.warc``, ``.warc.gz``: web crawls such as Common Crawl's CC-NEWS) → one
:class:`kg.records.Article` per HTML page, streamed: warcio reads one record at a time and
each page is extracted (:mod:`kg.read.html`) before the next is read, so a crawl of any size
is read in the memory of one page.

Pages are ``response`` records with status 2xx and an HTML Content-Type (and ``resource``
records of HTML); requests, metadata, redirects, images and the like are passed over
silently. A page over ``max_bytes``, with no main text, or cut short is skipped with its
reason (named ``path:N``, N counting the file's records from 1); a file damaged beyond a
record ends there, with one skipped entry saying so.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from kg.errors import InputError
from kg.read.base import Skipped, Warn
from kg.read.html import charset_of, read_html
from kg.records import Article

_PAGE_TYPES = ("text/html", "application/xhtml+xml")


def _page(record) -> tuple[str, str | None] | None:
    """``(url, charset)`` when ``record`` is an HTML page, else ``None`` (not read further)."""
    if record.rec_type == "response":
        http = record.http_headers
        if http is None or not str(http.get_statuscode() or "").startswith("2"):
            return None
        content_type = http.get_header("Content-Type") or ""
    elif record.rec_type in ("resource", "conversion"):
        content_type = record.rec_headers.get_header("Content-Type") or ""
    else:
        return None
    if not any(t in content_type.lower() for t in _PAGE_TYPES):
        return None
    url = (record.rec_headers.get_header("WARC-Target-URI") or "").strip().strip("<>")
    return url, charset_of(content_type)


@cache
def _iterator_class():
    from warcio.archiveiterator import ArchiveIterator

    class Records(ArchiveIterator):
        """warcio's iterator, its warnings about records of a wrong length (several lines on
        stderr each) counted instead: kg says it once per file, in one line."""

        wrong_length = 0

        def _consume_blanklines(self):
            with contextlib.redirect_stderr(io.StringIO()) as said:
                found = super()._consume_blanklines()
            self.wrong_length += bool(said.getvalue())
            return found

    return Records


def _records(path: Path, fh) -> Iterator[tuple[int, object, object]]:
    """``(number, record, iterator)`` for each record of an open WARC; a file warcio cannot
    read (no WARC at all, damaged gzip) raises :class:`InputError`."""
    it = _iterator_class()(fh, arc2warc=True)
    number = 0
    while True:
        try:
            record = next(it)
        except StopIteration:
            return
        except Exception as exc:  # warcio's ArchiveLoadFailed, zlib.error, EOFError, ...
            raise _damaged(path, number, exc) from None
        number += 1
        yield number, record, it


def _damaged(path: Path, number: int, exc: Exception) -> InputError:
    after = f" after record {number}" if number else ""
    return InputError(
        f"{path}: damaged or truncated WARC{after} ({type(exc).__name__}: "
        f"{str(exc).strip()[:120]}); the rest of the file cannot be read"
    )


def _end(path: Path, it, number: int) -> int:
    """Where the record just read ends in the file (warcio reads the rest of it)."""
    try:
        return it.get_record_offset() + it.get_record_length()
    except Exception as exc:  # a gzip member damaged after the part that was read
        raise _damaged(path, number, exc) from None


def read_warc(
    path: Path, *, max_bytes: int, warn: Warn | None = None
) -> Iterator[Article | Skipped]:
    """The pages of the WARC at ``path``, one at a time (see the module's docstring)."""
    size = path.stat().st_size
    with path.open("rb") as fh:
        pages = records = end = 0
        it = None
        try:
            for records, record, it in _records(path, fh):
                page = _page(record)
                if page is not None:
                    pages += 1
                    yield _article(path, records, record, page, max_bytes, warn)
                end = _end(path, it, records)
        except InputError as exc:
            yield Skipped(str(path), str(exc))
            return
        finally:
            if it is not None and it.wrong_length and warn:
                warn(
                    f"{path}: {it.wrong_length} WARC record(s) not followed by the blank line "
                    "WARC requires (a wrong Content-Length?); their pages may be cut or joined"
                )
        if end < size and _trailing(fh, end, size):
            yield Skipped(
                str(path),
                f"{path}: truncated or damaged WARC after byte {end:,} of {size:,} "
                f"(after record {records}); the records before it were read",
            )
        elif pages == 0:
            raise InputError(
                f"{path}: no HTML pages among its {records} WARC record(s); nothing to build"
            )


def _trailing(fh, end: int, size: int) -> bool:
    """Whether bytes other than blank lines follow the last whole record."""
    fh.seek(end)
    return bool(fh.read(min(size - end, 1 << 16)).strip(b"\r\n\x00"))


def _article(path: Path, number: int, record, page, max_bytes: int, warn) -> Article | Skipped:
    url, charset = page
    where = f"{path}:{number}"
    try:
        data = record.content_stream().read(max_bytes + 1)
    except Exception as exc:  # a damaged gzip member, a bad chunked or compressed body
        return Skipped(where, f"{url}: unreadable record ({type(exc).__name__}); page skipped")
    if len(data) > max_bytes:
        return Skipped(
            where, f"{url}: page over the input limit of {max_bytes:,} bytes; raise --max-bytes"
        )
    if _cut_short(record.raw_stream):
        return Skipped(where, f"{url}: record cut short (truncated WARC); page skipped")
    try:
        return read_html(data, where, url=url, charset=charset, warn=warn)
    except InputError as exc:
        return Skipped(where, f"{url}: {str(exc).split(': ', 1)[-1]}")


def _cut_short(raw) -> bool:
    """Whether the record's block (what its Content-Length promised) ends before its length:
    bytes promised, and the file has no more."""
    try:
        return bool(getattr(raw, "limit", 0)) and not raw.read(1)
    except Exception:  # the damage shows in reading on
        return True


def count_pages(path: Path) -> int:
    """How many HTML pages the WARC holds, without extracting them (for a progress bar's
    total: a gzipped crawl is still decompressed once)."""
    pages = 0
    with path.open("rb") as fh:
        try:
            for _, record, _ in _records(path, fh):
                pages += _page(record) is not None
        except InputError:  # the build says so; the pages before it count
            pass
    return pages
