"""Parallel builds: worker processes (one pipeline each) or a Ray actor pool.

Parsing and extraction run in the workers; the calling process is the only
writer to the store, one transaction per article, so crash safety and
idempotence are the same as for the local build.
"""

from __future__ import annotations

import datetime as dt
import functools
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from kg.errors import UsageError
from kg.model import Article
from kg.pipeline import BuildReport, Processed, _batches, process
from kg.read import DEFAULT_MAX_BYTES, Skipped, read_paths


class Worker:
    """What each worker process (or Ray actor) holds: one parser, one extractor, one cache."""

    def __init__(
        self,
        models: str | None,
        threads: int,
        lang: str,
        date: dt.date | None,
        cache_root: str | None,
    ) -> None:
        from kg.cache import ParseCache
        from kg.extract import Extractor
        from kg.nlp import Parser, models_dir

        self.parser = Parser(models_dir=models_dir(models), threads=threads)
        self.extractor = Extractor.default()
        self.lang, self.date = lang, date
        self.cache = ParseCache(Path(cache_root), self.parser) if cache_root else None

    def run(self, batch: list[Article]) -> tuple[list[Processed], list[Skipped], dict[str, float]]:
        report = BuildReport()
        done, skipped = process(
            batch,
            parser=self.parser,
            extractor=self.extractor,
            lang=self.lang,
            date=self.date,
            cache=self.cache,
            report=report,
        )
        return (
            done,
            skipped,
            {
                "parse": report.parse_seconds,
                "extract": report.extract_seconds,
                "cached": report.cached,
            },
        )


@functools.lru_cache(maxsize=1)
def _worker(args: tuple) -> Worker:
    """The worker of this process, built once (its pipeline loads once)."""
    return Worker(*args)


def _run(job: tuple[tuple, list[Article]]):
    args, batch = job
    return _worker(args).run(batch)


def build_parallel(
    paths: Iterable[str | Path],
    store,
    *,
    workers: int = 2,
    engine: str = "local",
    address: str | None = None,
    lang: str = "auto",
    date: dt.date | None = None,
    models: str | Path | None = None,
    threads: int = 1,
    batch_size: int = 8,
    max_bytes: int = DEFAULT_MAX_BYTES,
    use_cache: bool = True,
    progress: bool = False,
    warn: Callable[[str], None] | None = None,
) -> BuildReport:
    """Like :func:`kg.pipeline.build`, with ``workers`` processes or a Ray cluster."""
    from kg.actors import load_actors
    from kg.cache import ParseCache
    from kg.nlp import models_dir

    report = BuildReport()
    stream = read_paths(paths, max_bytes=max_bytes, warn=warn)  # lazy: memory stays flat

    def articles():
        for item in stream:
            if isinstance(item, Skipped):
                report.skipped.append(item)
            else:
                yield item

    mdir = models_dir(models)
    cache = ParseCache.for_store(store, None) if use_cache else None
    args = (str(mdir) if mdir else None, threads, lang, date, str(cache.root) if cache else None)
    batches = _batches(articles(), batch_size)
    index = load_actors()
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(unit="article", file=sys.stderr, leave=False, delay=1.0)

    def _store(result) -> None:
        done, skipped, secs = result
        report.skipped.extend(skipped)
        report.parse_seconds += secs["parse"]
        report.extract_seconds += secs["extract"]
        report.cached += int(secs["cached"])
        t0 = time.perf_counter()
        for p in done:
            status = store.add_article(p.article, p.triples, index, new_actors=p.new_actors, sentences=p.sentences)
            report.counts[status] = report.counts.get(status, 0) + 1
            if status != "unchanged":
                report.triples += len(p.triples)
        report.store_seconds += time.perf_counter() - t0
        if bar is not None:
            bar.update(len(done) + len(skipped))

    try:
        if engine == "ray":
            for result in _ray_map(batches, args, workers, address):
                _store(result)
        elif engine == "local":
            import multiprocessing as mp

            ctx = mp.get_context("spawn")  # a fresh interpreter per worker: no forked torch state
            with ctx.Pool(processes=max(1, workers)) as pool:
                for result in pool.imap(_run, ((args, b) for b in batches)):
                    _store(result)
        else:
            raise UsageError(f"unknown engine {engine!r}: use local or ray")
    finally:
        if bar is not None:
            bar.close()
    return report


def _ray_map(batches: list[list[Article]], args: tuple, workers: int, address: str | None):
    """Run batches on a Ray actor pool (one pipeline per actor); results in order."""
    try:
        import ray
        from ray.util import ActorPool
    except ImportError:
        raise UsageError("--engine ray needs Ray: pip install 'kg[ray]'") from None
    started = False
    if not ray.is_initialized():
        if address:
            ray.init(address=address, ignore_reinit_error=True, log_to_driver=False)
        else:
            ray.init(
                num_cpus=max(1, workers),
                ignore_reinit_error=True,
                log_to_driver=False,
                include_dashboard=False,
            )
        started = True
    try:
        remote_worker = ray.remote(num_cpus=1)(Worker)
        pool = ActorPool([remote_worker.remote(*args) for _ in range(max(1, workers))])
        yield from pool.map(lambda actor, batch: actor.run.remote(batch), batches)
    finally:
        if started:
            ray.shutdown()
