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


def language_batches(
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
    report = report or BuildReport()
    parsed, skipped = parse_batch(
        articles, parser=parser, lang=lang, date=date, cache=cache, report=report
    )
    done, failed = extract_batch(parsed, extractor=extractor, report=report)
    return done, skipped + failed


def parse_batch(
    articles: list[Article],
    *,
    parser,
    lang: str = "auto",
    date: dt.date | None = None,
    cache=None,
    report: BuildReport,
    fresh: list[tuple[Article, object]] | None = None,
) -> tuple[list[tuple[Article, object]], list[Skipped]]:
    """Language, date and Stanza Document of each article (batched per language, through
    the cache; CoNLL-U input is read, not parsed), in input order. New parses are put in
    the cache here, or appended to ``fresh`` for the caller to put (off the parse thread)."""
    from kg.conllu import to_document

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
                if cache is not None and fresh is not None:
                    fresh.append((a, doc))
                elif cache is not None:
                    cache.put(a, a.lang, doc)
    report.parse_seconds += time.perf_counter() - t0
    return [(a, docs[id(a)]) for a in articles if id(a) in docs], skipped


def extract_batch(
    parsed: list[tuple[Article, object]], *, extractor, report: BuildReport
) -> tuple[list[Processed], list[Skipped]]:
    """Triples of each parsed article (see :meth:`kg.extract.Extractor.extract`)."""
    t0 = time.perf_counter()
    out: list[Processed] = []
    skipped: list[Skipped] = []
    for a, doc in parsed:
        try:
            triples, discourse = extractor.extract(doc, a.lang, a.date)
        except KgError as exc:
            skipped.append(Skipped(a.source, str(exc)))
            continue
        out.append(Processed(a, triples, discourse.new_actors, len(doc.sentences)))
    report.extract_seconds += time.perf_counter() - t0
    return out, skipped


def write(store, done: list[Processed], index, report: BuildReport, *, force: bool = False) -> None:
    """Write processed articles to the store, one transaction each, and count them in ``report``.

    ``force`` (rebuild) rewrites articles whose derived graph changed, and leaves pruning the
    actors no article mentions any more to one ``store.prune_actors()`` at the end."""
    t0 = time.perf_counter()
    for p in done:
        status = store.add_article(
            p.article,
            p.triples,
            index,
            new_actors=p.new_actors,
            sentences=p.sentences,
            force=force,
            prune=not force,
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

    def finish(parsed: list[tuple[Article, object]], fresh: list, size: int) -> None:
        for a, doc in fresh:
            cache.put(a, a.lang, doc)
        done, failed = extract_batch(parsed, extractor=extractor, report=report)
        report.skipped.extend(failed)
        write(store, done, extractor.index, report)
        if bar is not None:
            bar.update(size)

    # Two stages overlap: while Stanza parses batch N+1 (torch releases the GIL), a
    # second thread extracts and stores batch N. One batch at most waits between them,
    # so memory stays bounded; an error in either stage stops the build at once.
    from concurrent.futures import ThreadPoolExecutor

    pending = None
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-write") as stage:
        try:
            for batch in language_batches(articles(), batch_size, lang, parser, report.skipped):
                fresh: list[tuple[Article, object]] = []
                parsed, skipped = parse_batch(
                    batch,
                    parser=parser,
                    lang=lang,
                    date=date,
                    cache=cache,
                    report=report,
                    fresh=fresh,
                )
                report.skipped.extend(skipped)
                if pending is not None:
                    pending.result()  # re-raises what went wrong in the other stage
                pending = stage.submit(finish, parsed, fresh, len(batch))
            if pending is not None:
                pending.result()
        finally:
            if pending is not None and not pending.done():
                pending.cancel() or pending.exception()  # not started: dropped; else let it end
            if bar is not None:
                bar.close()
    return report


def rebuild(store, *, extractor=None, workers: int = 1) -> BuildReport:
    """Re-run extraction over every cached parse of ``store`` (no parsing).

    Use after a lexicon or ontology change: each article whose derived graph changed is
    replaced, the others stay as they are. ``workers`` > 1 extracts in that many processes
    (the default extractor only; this process stays the one writer).
    """
    from kg.cache import ParseCache, read_entry
    from kg.errors import StoreError, UsageError
    from kg.extract import Extractor

    cache = ParseCache.for_store(store, None)
    if cache is None or not cache.root.is_dir():
        raise StoreError(
            "this store has no parse cache (only on-disk stores keep one); run kg build instead"
        )
    if workers < 1:
        raise UsageError(f"--workers must be 1 or more, not {workers}")
    report = BuildReport()
    paths = cache.paths()
    if workers > 1:
        if extractor is not None:
            raise UsageError(
                "rebuild with workers uses the default extractor; pass one or the other"
            )
        from kg.actors import load_actors
        from kg.parallel import extract_parallel

        index = load_actors()
        for done, skipped, secs in extract_parallel(paths, workers):
            report.skipped.extend(skipped)
            report.extract_seconds += secs["extract"]
            write(store, done, index, report, force=True)
    else:
        extractor = extractor or Extractor.default()
        for path in paths:
            entry = read_entry(path)
            if entry is None:
                continue  # damaged: a build re-parses that text
            done, failed = extract_batch([entry], extractor=extractor, report=report)
            report.skipped.extend(failed)
            write(store, done, extractor.index, report, force=True)
    if report.counts.get("replaced"):
        store.prune_actors()
    return report
