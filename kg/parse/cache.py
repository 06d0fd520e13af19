"""Parse cache: Stanza parses keyed by content hash and model identity.

A store folder ``kg-store`` keeps its parses in ``kg-store.parses/`` beside it,
so ``kg build`` never parses the same text with the same models twice and
``kg rebuild`` re-runs extraction over every cached parse. Each entry is one
gzipped JSON file: the article's metadata and Stanza's own dict form of the
Document (``Document.to_dict()``), which reads back three times faster than CoNLL-U.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from kg.records import Article

SUFFIX = ".parse.json.gz"


def _document(data: dict):
    """What extraction needs of a cached parse: its words read straight from the dicts
    (:class:`kg.extract.Parsed`), or Stanza's Document for dicts only Stanza reads."""
    from kg.parse.tokens import parsed_from_dicts

    parsed = parsed_from_dicts(data["sentences"], data["article"]["text"])
    if parsed is not None:
        return parsed
    from stanza.models.common.doc import Document

    return Document(data["sentences"], text=data["article"]["text"])


@dataclass
class ParseCache:
    """A folder of ``<key>.parse.json.gz`` files."""

    root: Path
    parser: (
        object  # kg.parse.stanza.Parser: gives the model identity per language (None: read only)
    )

    @classmethod
    def for_store(cls, store, parser) -> ParseCache | None:
        """The cache beside an on-disk store; ``None`` for memory or remote stores."""
        folder = cls.folder_of(getattr(store, "path", None))
        return None if folder is None else cls(folder, parser)

    @staticmethod
    def folder_of(store_folder: str | Path | None) -> Path | None:
        """Where the cache of the store in ``store_folder`` lives (``<store>.parses``)."""
        return None if store_folder is None else Path(str(store_folder).rstrip("/") + ".parses")

    def _key(self, article: Article, lang: str) -> str:
        ident = self.parser.identity(lang)
        return hashlib.sha256(f"{article.sha256}|{lang}|{ident}".encode()).hexdigest()[:32]

    def get(self, article: Article, lang: str):
        """The cached parse of this text with these models (for extraction), or ``None``."""
        path = self.root / f"{self._key(article, lang)}{SUFFIX}"
        if not path.exists():
            return None
        try:
            return _document(json.loads(gzip.decompress(path.read_bytes())))
        except Exception:  # a damaged entry is re-parsed, never fatal
            return None

    def put(self, article: Article, lang: str, doc) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        meta = {
            "title": article.title,
            "url": article.url,
            "outlet": article.outlet,
            "source": article.source,
            "lang": lang,
            "date": article.date.isoformat() if article.date else None,
            "sha256": article.sha256,
            "text": article.text,
        }
        data = json.dumps({"article": meta, "sentences": doc.to_dict()}, ensure_ascii=False)
        name = f"{self._key(article, lang)}{SUFFIX}"
        tmp = self.root / f"{name}.{os.getpid()}.tmp"  # per process: parallel workers may race
        tmp.write_bytes(gzip.compress(data.encode("utf-8"), compresslevel=1))
        os.replace(tmp, self.root / name)  # atomic: a killed build leaves no half entry

    def paths(self) -> list[Path]:
        """The cache's entry files, in a fixed order."""
        return sorted(self.root.glob(f"*{SUFFIX}"))


def read_entry(path: Path) -> tuple[Article, object] | None:
    """The article and its parse (for extraction) of one cache file; ``None`` when it is
    damaged (a build re-parses that text)."""
    try:
        data = json.loads(gzip.decompress(path.read_bytes()))
        meta = data["article"]
        art = Article(
            text=meta["text"],
            title=meta.get("title") or "",
            url=meta.get("url") or "",
            outlet=meta.get("outlet") or "",
            date=dt.date.fromisoformat(meta["date"]) if meta.get("date") else None,
            lang=meta.get("lang"),
            source=meta.get("source") or "",
            sha256=meta.get("sha256") or "",
        )
        return art, _document(data)
    except Exception:
        return None
