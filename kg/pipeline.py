"""The main job: article files → parses → triples → the store.

>>> import kg
>>> with kg.open("memory") as store:                                        # doctest: +SKIP
...     report = build(["examples/articles"], store, models="../shared/models/stanza-small")
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KgError, LanguageError
from kg.model import Article, Triple
from kg.read import DEFAULT_MAX_BYTES, Skipped, guess_date, read_paths


@dataclass
class BuildReport:
    """What a build did; ``skipped`` lists inputs that could not be used, with reasons."""

    counts: dict[str, int] = field(default_factory=dict)  # added/unchanged/replaced/duplicate
    triples: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    parse_seconds: float = 0.0
    extract_seconds: float = 0.0
    store_seconds: float = 0.0
    cached: int = 0

    @property
    def articles(self) -> int:
        return sum(self.counts.values())

    def summary(self) -> str:
        parts = [f"{self.articles} article(s)"]
        parts += [f"{v} {k}" for k, v in sorted(self.counts.items()) if v]
        parts.append(f"{self.triples} relation instance(s)")
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped")
        return ", ".join(parts)


@dataclass
class Processed:
    article: Article
    triples: list[Triple]
    new_actors: dict
    sentences: int = 0


def _by_language(
    articles: Iterable[Article], size: int, lang: str, parser, skipped: list[Skipped]
) -> Iterator[list[Article]]:
    """Batches of at most ``size`` articles of one language each, so Stanza always gets
    full batches (a mixed stream would hand it half batches of each language). At most
    ``size`` articles per language wait here: memory stays bounded. Articles whose
    language cannot be told go to ``skipped``."""
    waiting: dict[str, list[Article]] = {}
    candidates = None
    for a in articles:
        if a.conllu is None and lang == "auto" and not a.lang and candidates is None:
            candidates = parser.available()
        try:
            a.lang = _language(a, lang, candidates if a.conllu is None else None)
        except KgError as exc:
            skipped.append(Skipped(a.source, str(exc)))
            continue
        group = waiting.setdefault(a.lang, [])
        group.append(a)
        if len(group) >= size:
            yield waiting.pop(a.lang)
    yield from waiting.values()


def _language(article: Article, lang: str, candidates: list[str] | None) -> str:
    if lang and lang != "auto":
        return lang
    if article.lang:
        return article.lang
    from kg.nlp import detect_language

    try:
        return detect_language(article.text, candidates)
    except LanguageError as exc:
        raise LanguageError(f"{article.source}: {exc}") from None


def process(
    articles: list[Article],
    *,
    parser,
    extractor,
    lang: str = "auto",
    date: dt.date | None = None,
    cache=None,
    report: BuildReport | None = None,
) -> tuple[list[Processed], list[Skipped]]:
    """Parse (batched per language, through the cache) and extract a batch of articles."""
    from kg.conllu import to_document

    report = report or BuildReport()
    skipped: list[Skipped] = []
    by_lang: dict[str, list[Article]] = {}
    docs: dict[int, object] = {}
    candidates = None
    for a in articles:
        try:
            if a.conllu is None and lang == "auto" and not a.lang and candidates is None:
                candidates = parser.available()
            a.lang = _language(a, lang, candidates if a.conllu is None else None)
            if date is not None:
                a.date = date
            elif a.date is None:
                a.date = guess_date(a.text, a.lang)
            if a.conllu is not None:
                docs[id(a)] = to_document(a.conllu, a.source)
            else:
                by_lang.setdefault(a.lang, []).append(a)
        except KgError as exc:
            skipped.append(Skipped(a.source, str(exc)))
    t0 = time.perf_counter()
    for code, group in by_lang.items():
        todo = group
        if cache is not None:
            todo = []
            for a in group:
                doc = cache.get(a, code)
                if doc is None:
                    todo.append(a)
                else:
                    docs[id(a)] = doc
                    report.cached += 1
        if todo:
            parsed = parser.parse([a.text for a in todo], code)
            for a, doc in zip(todo, parsed):
                docs[id(a)] = doc
                if cache is not None:
                    cache.put(a, code, doc)
    report.parse_seconds += time.perf_counter() - t0
    t0 = time.perf_counter()
    out: list[Processed] = []
    for a in articles:
        if id(a) not in docs:
            continue
        try:
            triples, discourse = extractor.extract(docs[id(a)], a.lang, a.date)
        except KgError as exc:
            skipped.append(Skipped(a.source, str(exc)))
            continue
        out.append(Processed(a, triples, discourse.new_actors, len(docs[id(a)].sentences)))
    report.extract_seconds += time.perf_counter() - t0
    return out, skipped


def write(store, done: list[Processed], index, report: BuildReport, *, force: bool = False) -> None:
    """Write processed articles to the store, one transaction each, and count them in ``report``."""
    t0 = time.perf_counter()
    for p in done:
        status = store.add_article(
            p.article, p.triples, index, new_actors=p.new_actors, sentences=p.sentences, force=force
        )
        report.counts[status] = report.counts.get(status, 0) + 1
        if status != "unchanged":
            report.triples += len(p.triples)
    report.store_seconds += time.perf_counter() - t0


def build(
    paths: Iterable[str | Path],
    store,
    *,
    lang: str = "auto",
    date: dt.date | None = None,
    models: str | Path | None = None,
    threads: int = 1,
    batch_size: int = 32,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool = False,
    use_cache: bool = True,
    parser=None,
    extractor=None,
    warn: Callable[[str], None] | None = None,
) -> BuildReport:
    """Read, parse, extract and store every article under ``paths``.

    Each article is written in its own transaction, so an interrupted build
    leaves whole articles only and re-running it completes the rest. Bad inputs
    are skipped and listed in the report; a missing path raises at once.
    """
    from kg.extract import Extractor
    from kg.nlp import Parser, models_dir

    report = BuildReport()
    warnings = report.warnings

    def _warn(msg: str) -> None:
        warnings.append(msg)
        if warn:
            warn(msg)

    stream = read_paths(paths, max_bytes=max_bytes, warn=_warn)  # lazy: memory stays flat
    parser = parser or Parser(models_dir=models_dir(models), threads=threads)
    extractor = extractor or Extractor.default()
    cache = None
    if use_cache:
        from kg.cache import ParseCache

        cache = ParseCache.for_store(store, parser)

    def articles() -> Iterator[Article]:
        for item in stream:
            if isinstance(item, Skipped):
                report.skipped.append(item)
            else:
                yield item

    bar = None
    if progress:
        from tqdm import tqdm

        # shown only when the build lasts more than a second (more than a few articles)
        bar = tqdm(unit="article", file=sys.stderr, leave=False, delay=1.0)
    try:
        for batch in _by_language(articles(), batch_size, lang, parser, report.skipped):
            done, skipped = process(
                batch,
                parser=parser,
                extractor=extractor,
                lang=lang,
                date=date,
                cache=cache,
                report=report,
            )
            report.skipped.extend(skipped)
            write(store, done, extractor.index, report)
            if bar is not None:
                bar.update(len(batch))
    finally:
        if bar is not None:
            bar.close()
    return report


def rebuild(store, *, extractor=None) -> BuildReport:
    """Re-run extraction over every cached parse of ``store`` (no parsing).

    Use after a lexicon or ontology change: each article's graph is replaced.
    """
    from kg.cache import ParseCache
    from kg.errors import StoreError
    from kg.extract import Extractor

    cache = ParseCache.for_store(store, None)
    if cache is None or not cache.root.is_dir():
        raise StoreError(
            "this store has no parse cache (only on-disk stores keep one); run kg build instead"
        )
    extractor = extractor or Extractor.default()
    report = BuildReport()
    for article, doc in cache.entries():
        t0 = time.perf_counter()
        try:
            triples, discourse = extractor.extract(doc, article.lang or "en", article.date)
        except KgError as exc:
            report.skipped.append(Skipped(article.source, str(exc)))
            continue
        report.extract_seconds += time.perf_counter() - t0
        done = [Processed(article, triples, discourse.new_actors, len(doc.sentences))]
        write(store, done, extractor.index, report, force=True)
    return report
