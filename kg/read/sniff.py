"""What an input file is, from its first bytes rather than its name: a WARC (plain or
gzipped), an HTML page, an RSS/Atom feed, JSON (news-please), JSON lines, CoNLL-U or plain
text; ``None`` for binary data and XML kg does not read.

>>> sniff(b"<!DOCTYPE html><html lang='en'>", ".txt"), sniff(b"WARC/1.0\\r\\n", "")
('html', 'warc')
"""

from __future__ import annotations

import json
import re
import zlib
from pathlib import Path

from kg.read.base import BINARY_MAGIC, BOMS

#: how much of a file the sniffing reads
HEAD = 1 << 16

#: the kinds a folder holds besides files named for them: a file of another name is read
#: when its content is one of these (plain text only under a text file's name)
FOUND_KINDS = ("warc", "html", "feed", "json", "jsonl", "conllu")

#: names read whatever they hold (what they hold says how): a binary file under one of them
#: is skipped with its reason rather than passed over
SUFFIXES = (".txt", ".jsonl", ".conllu", ".html", ".htm", ".xhtml", ".warc", ".rss", ".atom")

#: the kind a name suggests, when the content says nothing clearer
_BY_SUFFIX = {
    ".txt": "text",
    ".text": "text",
    ".jsonl": "jsonl",
    ".conllu": "conllu",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".warc": "warc",
    ".rss": "feed",
    ".atom": "feed",
    ".json": "json",
}
_ROOT = re.compile(r"<([A-Za-z][\w:.-]*)")
_SKIP = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)", re.S | re.I)
_NEWSPLEASE_KEY = re.compile(r'"(?:maintext|date_publish|source_domain|title_page)"\s*:')
_TEXT_KEY = re.compile(r'"(?:text|maintext)"\s*:')
_CONLLU_LINE = re.compile(r"^\d+(?:[-.]\d+)?\t[^\t\n]*(?:\t[^\t\n]*){8}$")


def suffix_of(path: Path) -> str:
    """``.warc.gz`` for a gzipped WARC's name, else the lower-case suffix."""
    name = path.name.lower()
    return ".warc.gz" if name.endswith((".warc.gz", ".arc.gz")) else path.suffix.lower()


def by_name(path: Path) -> str | None:
    """The kind a file's name suggests (``None`` for names kg does not know)."""
    suffix = suffix_of(path)
    return "warc" if suffix in (".warc.gz", ".arc") else _BY_SUFFIX.get(suffix)


def sniff_file(path: Path) -> str | None:
    """:func:`sniff` of the first :data:`HEAD` bytes of ``path``."""
    with path.open("rb") as fh:
        return sniff(fh.read(HEAD), suffix_of(path))


def _gunzip_head(head: bytes) -> bytes:
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
    except zlib.error:
        return b""


def _text(head: bytes) -> str | None:
    for bom, enc in BOMS:
        if head.startswith(bom):
            return head[len(bom) :].decode(enc.replace("-sig", ""), errors="ignore")
    if b"\x00" in head[:4096]:
        return None
    return head.decode("utf-8", errors="replace")


def sniff(head: bytes, suffix: str = "") -> str | None:
    """The kind of a file whose first bytes are ``head`` (and whose name ends in ``suffix``,
    which decides only between kinds the content cannot tell apart)."""
    if head.startswith((b"WARC/", b"filedesc://")):
        return "warc"
    if head.startswith(b"\x1f\x8b"):  # each record of a WARC.gz is its own gzip member
        return "warc" if _gunzip_head(head).startswith((b"WARC/", b"filedesc://")) else None
    if any(head.startswith(magic) for magic in BINARY_MAGIC):
        return None
    text = _text(head)
    if text is None:
        return None
    body = text.lstrip()
    if body.startswith("<"):
        return _markup(body, suffix)
    if body.startswith(("{", "[")):
        return _json(body, suffix)
    if suffix == ".conllu" or _is_conllu(body):
        return "conllu"
    return "text"


def _markup(body: str, suffix: str) -> str | None:
    rest = body
    while True:  # past the XML declaration, comments and the doctype
        m = _SKIP.match(rest)
        if not m or not m.group(0).strip():
            break
        rest = rest[m.end() :]
    root = _ROOT.match(rest.lstrip())
    name = root.group(1).lower() if root else ""
    if name in ("rss", "feed", "rdf:rdf"):
        return "feed"
    if name in ("html", "head", "body") or body[:15].lower().startswith("<!doctype html"):
        return "html"
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"  # a fragment saved as a page
    if body.startswith("<?xml") or suffix in (".xml", ".rss", ".atom"):
        return None  # XML kg does not read
    return "text" if suffix in (".txt", ".text") else None


def _json(body: str, suffix: str) -> str | None:
    first = body.split("\n", 1)[0]
    try:
        whole_line = isinstance(json.loads(first), dict)
    except ValueError:  # JSONDecodeError, or a number too large
        whole_line = False
    if suffix == ".jsonl":
        return "jsonl"
    if _NEWSPLEASE_KEY.search(body) or _TEXT_KEY.search(body):  # an article's keys
        return "jsonl" if whole_line else "json"
    return "text" if suffix in (".txt", ".text") else None


def _is_conllu(body: str) -> bool:
    lines = [line for line in body.split("\n")[:50] if line.strip()]
    words = [line for line in lines if not line.startswith("#")]
    return bool(words) and all(_CONLLU_LINE.match(line.rstrip("\r")) for line in words[:5])
