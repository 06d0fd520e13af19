"""The main job: article files → parses → triples → the store.

>>> import kg
>>> with kg.open("memory") as store:                                        # doctest: +SKIP
...     report = build(["examples/articles"], store, models="../shared/models/stanza-small")
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from kg.errors import StoreError, UsageError
from kg.extract import Extractor
from kg.parse.cache import ParseCache, read_entry
from kg.parse.stanza import Parser, models_dir
from kg.protocols import ArticleStore, ExtractorLike, ParserLike
from kg.read import DEFAULT_MAX_BYTES
from kg.records import Article
from kg.stages import (
    BuildReport,
    Processed,
    extract_batch,
    language_batches,
    parse_batch,
    progress_bar,
    read_articles,
    write,
)

__all__ = ["BuildReport", "build", "build_at", "rebuild"]


def build(
    paths: Iterable[str | Path],
    store: ArticleStore,
    *,
    workers: int = 1,
    engine: str = "local",
    address: str | None = None,
    lang: str = "auto",
    date: dt.date | None = None,
    models: str | Path | None = None,
    threads: int = 1,
    batch_size: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool = False,
    use_cache: bool = True,
    parser: ParserLike | None = None,
    extractor: ExtractorLike | None = None,
    warn: Callable[[str], None] | None = None,
) -> BuildReport:
    """Read, parse, extract and store every article under ``paths``.

    Each article is written in its own transaction, so an interrupted build
    leaves whole articles only and re-running it completes the rest. Bad inputs
    are skipped and listed in the report (:meth:`BuildReport.problem` says what that
    means for the build); a missing path raises at once. ``workers`` > 1, ``engine="ray"``
    or an ``address`` run the build in worker processes (:func:`kg.parallel.build_parallel`;
    its default batch is 8 articles per worker, this process's 32).
    """
    options = dict(
        lang=lang, date=date, models=models, threads=threads, max_bytes=max_bytes,
        progress=progress, use_cache=use_cache, warn=warn,
    )  # fmt: skip
    paths = list(paths)
    if engine == "ray" or workers > 1 or address:
        if parser is not None or extractor is not None:
            raise UsageError("a build with workers uses the default parser and extractor")
        from kg.parallel import build_parallel

        return build_parallel(
            paths, store, workers=workers, engine=engine, address=address,
            batch_size=batch_size or 8, **options,
        )  # fmt: skip
    report = BuildReport()
    stream = read_articles(paths, report, max_bytes=max_bytes, warn=warn)
    parser = parser or Parser(models_dir=models_dir(models), threads=threads)
    extractor = extractor or Extractor.default()
    cache = ParseCache.for_store(store, parser) if use_cache else None
    bar = progress_bar(progress, paths)

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
    pending = None
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-write") as stage:
        try:
            for batch in language_batches(stream, batch_size or 32, lang, parser, report.skipped):
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


def build_at(
    location: str | Path, paths: Iterable[str | Path], **options
) -> tuple[BuildReport, str]:
    """:func:`build` into the store at ``location`` (opened and closed here); returns the report
    and the store's location as shown to users. A store folder this build created is removed
    again, with its parse cache, when nothing was written to it (nothing built, or the build
    failed before its first article): a failed first build leaves no debris behind, and an
    interrupted one keeps the articles it wrote.
    """
    from kg.store import Store

    folder = Path(location) if Store.is_folder(location) else None
    made = [d for d in (folder, ParseCache.folder_of(folder)) if d is not None and not d.exists()]
    wrote = False
    try:
        with Store.open(location) as st:
            try:
                report = build(paths, st, **options)
            finally:
                wrote = len(st) > 0
            report.held, shown = st.instance_count(), st.location
    finally:
        if not wrote:
            _remove(made)
    return report, shown


def _remove(folders: list[Path]) -> None:
    import shutil

    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)


def _copy(article: Article, doc) -> Processed:
    """A near copy of a stored article, written as :func:`kg.store.articles.add_article`
    keeps one: no events, so no triples extracted."""
    return Processed(article, [], {}, len(doc.sentences))


def rebuild(store, *, extractor: Extractor | None = None, workers: int = 1) -> BuildReport:
    """Re-run extraction over every cached parse of ``store`` (no parsing).

    Use after a lexicon or ontology change: each article whose derived graph changed is
    replaced, the others stay as they are. ``workers`` > 1 extracts in that many processes
    (the default extractor only; this process stays the one writer).
    """
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
        from kg.parallel import extract_parallel

        index = Extractor.default().index
        todo = []
        for path in paths:  # near copies are written here, with nothing to extract
            entry = read_entry(path)
            if entry is not None and store.near_copy_of(entry[0]) is not None:
                write(store, [_copy(*entry)], index, report, force=True)
            else:
                todo.append(path)
        for done, skipped, secs in extract_parallel(todo, workers):
            report.skipped.extend(skipped)
            report.extract_seconds += secs["extract"]
            write(store, done, index, report, force=True)
    else:
        extractor = extractor or Extractor.default()
        for path in paths:
            entry = read_entry(path)
            if entry is None:
                continue  # damaged: a build re-parses that text
            if store.near_copy_of(entry[0]) is not None:  # kept without events: none to extract
                done = [_copy(*entry)]
            else:
                done, failed = extract_batch([entry], extractor=extractor, report=report)
                report.skipped.extend(failed)
            write(store, done, extractor.index, report, force=True)
    if report.counts.get("replaced"):
        store.prune_actors()
    if hasattr(store, "repair_events"):  # a store written before reported events existed
        store.repair_events(index if workers > 1 else extractor.index)
    return report
