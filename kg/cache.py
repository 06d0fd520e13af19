"""Parse cache: Stanza parses stored as CoNLL-U, keyed by content hash and model identity.

A store folder ``kg-store`` keeps its parses in ``kg-store.parses/`` beside it,
so ``kg build`` never parses the same text with the same models twice and
``kg rebuild`` re-runs extraction over every cached parse.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.model import Article


@dataclass
class ParseCache:
    """A folder of ``<key>.conllu.gz`` files plus ``<key>.json`` article metadata."""

    root: Path
    parser: object  # kg.nlp.Parser: gives the model identity per language

    @classmethod
    def for_store(cls, store, parser) -> ParseCache | None:
        """The cache beside an on-disk store; ``None`` for memory or remote stores."""
        path = getattr(store, "path", None)
        if path is None:
            return None
        return cls(Path(str(path).rstrip("/") + ".parses"), parser)

    def _key(self, article: Article, lang: str) -> str:
        ident = self.parser.identity(lang)
        return hashlib.sha256(f"{article.sha256}|{lang}|{ident}".encode()).hexdigest()[:32]

    def get(self, article: Article, lang: str):
        """The cached Stanza Document for this text and these models, or ``None``."""
        path = self.root / f"{self._key(article, lang)}.conllu.gz"
        if not path.exists():
            return None
        from kg.conllu import to_document

        try:
            raw = gzip.decompress(path.read_bytes()).decode("utf-8")
            return to_document(raw, str(path))
        except Exception:  # a damaged cache entry is re-parsed, never fatal
            return None

    def put(self, article: Article, lang: str, doc) -> None:
        from kg.conllu import from_document

        self.root.mkdir(parents=True, exist_ok=True)
        key = self._key(article, lang)
        meta = {
            "title": article.title,
            "url": article.url,
            "source": article.source,
            "lang": lang,
            "date": article.date.isoformat() if article.date else None,
            "sha256": article.sha256,
            "text": article.text,
        }
        for name, data in (
            (f"{key}.conllu.gz", gzip.compress(from_document(doc).encode("utf-8"))),
            (f"{key}.json", json.dumps(meta, ensure_ascii=False).encode("utf-8")),
        ):
            tmp = self.root / (name + ".tmp")
            tmp.write_bytes(data)
            os.replace(tmp, self.root / name)  # atomic: a killed build leaves no half entry

    def entries(self) -> Iterator[tuple[Article, str]]:
        """Every cached article with its parse (CoNLL-U text), for ``kg rebuild``."""
        import datetime as dt

        for meta_path in sorted(self.root.glob("*.json")):
            data_path = meta_path.with_name(meta_path.name[:-5] + ".conllu.gz")
            if not data_path.exists():
                continue
            meta = json.loads(meta_path.read_text("utf-8"))
            art = Article(
                text=meta["text"],
                title=meta.get("title") or "",
                url=meta.get("url") or "",
                date=dt.date.fromisoformat(meta["date"]) if meta.get("date") else None,
                lang=meta.get("lang"),
                source=meta.get("source") or "",
                sha256=meta.get("sha256") or "",
            )
            art.conllu = gzip.decompress(data_path.read_bytes()).decode("utf-8")
            yield art, meta.get("lang") or ""
