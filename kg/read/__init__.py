"""Input files → :class:`kg.records.Article` records, one at a time.

Read: ``.txt`` (the first non-empty line is the headline), ``.jsonl`` (one article per line:
``text`` and optional ``title``, ``url``, ``date``, ``lang``, ``outlet``), ``.conllu`` (already
parsed; no Stanza needed), HTML pages (:mod:`.html`: the main text, headline, date, URL and
language of a saved page), WARC crawls, plain or gzipped (:mod:`.warc`: their HTML pages,
streamed), RSS/Atom feeds (:mod:`.feeds`: one article per entry; nothing is fetched),
news-please JSON (:mod:`.newsplease`), and folders of any of these, mixed. What a file is comes
from its content (:mod:`.sniff`), not only its name: a ``.txt`` that holds a web page is read as
one, and a folder's files of other names are read when their content is one of these formats.

>>> from kg.read import read_paths
>>> for item in read_paths(["examples/articles"]):  # doctest: +SKIP
...     print(item.title)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import InputError
from kg.read.base import (
    BINARY_MAGIC,
    DEFAULT_MAX_BYTES,
    FORMATS,
    Skipped,
    Warn,
    date_from_name,
    decode,
    guess_date,
    language_code,
)
from kg.read.sniff import FOUND_KINDS, SUFFIXES, by_name, sniff_file, suffix_of
from kg.read.text import read_conllu, read_json, read_jsonl, read_text_file
from kg.records import Article

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUFFIXES",
    "Skipped",
    "count_inputs",
    "decode",
    "guess_date",
    "kind_of",
    "language_code",
    "read_paths",
]


def kind_of(path: Path) -> str | None:
    """What ``path`` holds (see :func:`kg.read.sniff.sniff`), else what its name says."""
    return sniff_file(path) or by_name(path)


def _found(path: Path, folder: Path) -> bool:
    """Whether a file in a folder is an input: a name kg reads (whatever it holds), or other
    content in one of :data:`~kg.read.sniff.FOUND_KINDS` (not in hidden files or folders)."""
    if suffix_of(path) in SUFFIXES or suffix_of(path) == ".warc.gz":
        return True
    if any(part.startswith(".") for part in path.relative_to(folder).parts):
        return False
    try:
        return sniff_file(path) in FOUND_KINDS
    except OSError:
        return False


def _files(path: Path) -> list[Path]:
    if path.is_dir():
        found = sorted(p for p in path.rglob("*") if p.is_file() and _found(p, path))
        if not found:
            raise InputError(
                f"{path}: folder has no .txt, .jsonl, .conllu, HTML, WARC, RSS/Atom or "
                "news-please JSON articles"
            )
        return found
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    try:
        known = kind_of(path) is not None
    except OSError:  # unreadable: read_paths says so, as it does for a folder's files
        return [path]
    if not known:
        with path.open("rb") as fh:
            head = fh.read(8)
        what = next((k for m, k in BINARY_MAGIC.items() if head.startswith(m)), None)
        raise InputError(
            f"{path}: unsupported file type {suffix_of(path) or '(none)'}"
            f"{f' ({what})' if what else ''}; use {FORMATS}"
        )
    return [path]


def count_inputs(paths: Iterable[str | Path]) -> int | None:
    """How many articles ``paths`` hold, cheaply, for a progress bar's total: a file each, a
    JSONL file a line each, a feed an entry each, a WARC its HTML pages (counted, not
    extracted); ``None`` when a path cannot be listed (the build says why)."""
    from kg.read.feeds import count_entries
    from kg.read.warc import count_pages

    try:
        total = 0
        for f in (f for p in paths for f in _files(Path(p))):
            kind = kind_of(f)
            if kind == "warc":
                total += count_pages(f)
            elif kind == "jsonl":
                total += f.read_bytes().count(b"\n") or 1
            elif kind == "feed":
                total += count_entries(f.read_bytes())
            else:
                total += 1
        return total
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
    of many files goes on. ``max_bytes`` bounds a file, or a WARC's page (a WARC is
    streamed, whatever its size).
    """
    files: list[Path] = []
    for p in paths:
        files.extend(_files(Path(p)))
    for path in files:
        try:
            kind = kind_of(path)
            if kind == "warc":
                from kg.read.warc import read_warc

                yield from read_warc(path, max_bytes=max_bytes, warn=warn)
                continue
            size = path.stat().st_size
            if size > max_bytes:
                raise InputError(
                    f"{path}: {size:,} bytes is over the input limit of {max_bytes:,}; "
                    "split it or raise --max-bytes"
                )
            yield from _read(path, kind, path.read_bytes(), warn)
        except InputError as exc:
            yield Skipped(str(path), str(exc))
        except OSError as exc:
            yield Skipped(str(path), f"cannot read: {exc.strerror or exc}")


def _read(
    path: Path, kind: str | None, data: bytes, warn: Warn | None
) -> Iterator[Article | Skipped]:
    if kind == "jsonl":
        yield from read_jsonl(path, data, warn)
    elif kind == "json":
        yield from read_json(path, data, warn)
    elif kind == "conllu":
        yield read_conllu(path, data, warn)
    elif kind == "html":
        from kg.read.html import read_html

        article = read_html(data, str(path), warn=warn)
        if article.date is None:  # a saved page named for its day
            article.date = date_from_name(path)
        yield article
    elif kind == "feed":
        from kg.read.feeds import read_feed

        yield from read_feed(path, data)
    else:  # text, or binary under a text file's name: decode says what it is
        yield read_text_file(path, data, warn)
