"""Parallel builds: worker processes (one pipeline each) or a Ray actor pool.

Parsing and extraction run in the workers; the calling process is the only
writer to the store, one transaction per article, in input order, so crash
safety, idempotence and the result are the same as for :func:`kg.pipeline.build`.

>>> import kg
>>> with kg.open("kg-store") as store:                                   # doctest: +SKIP
...     build_parallel(["examples/articles"], store, workers=2)
...     build_parallel(["examples/articles"], store, engine="ray", address="auto")

The local engine starts workers with ``spawn``: a script that calls it must guard its
entry point with ``if __name__ == "__main__":``, as for any multiprocessing code.
With ``engine="ray"`` every node of the cluster needs kg (and its models) installed;
on a node of a running cluster ``address="auto"`` finds it (and its auth token). The
parse cache is a folder beside the store, so on a multi-node cluster the nodes only
share it when that folder is on a shared file system.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.errors import KgError, UsageError
from kg.extract import Extractor
from kg.parse.cache import ParseCache, read_entry
from kg.parse.stanza import Parser, models_dir, set_threads
from kg.protocols import ArticleStore
from kg.read import DEFAULT_MAX_BYTES, Skipped
from kg.records import Article
from kg.stages import (
    BuildReport,
    Processed,
    extract_batch,
    language_batches,
    process,
    progress_bar,
    read_articles,
    write,
)

ENGINES = ("local", "ray")
Result = tuple[list[Processed], list[Skipped], dict[str, float]]


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
        set_threads(threads)  # before any model loads: one torch thread per worker by default
        self.parser = Parser(models_dir=Path(models) if models else None, threads=threads)
        self.extractor = Extractor.default()
        self.lang, self.date = lang, date
        self.cache = ParseCache(Path(cache_root), self.parser) if cache_root else None

    def run(self, batch: list[Article]) -> Result:
        """Parse and extract one batch; returns what the writer needs and the timings."""
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
        secs = {
            "parse": report.parse_seconds,
            "extract": report.extract_seconds,
            "cached": report.cached,
        }
        return done, skipped, secs


@functools.lru_cache(maxsize=1)
def _worker(args: tuple) -> Worker:
    """The worker of this process, built once (its pipelines load once)."""
    return Worker(*args)


def _run(args: tuple, batch: list[Article]) -> Result:
    return _worker(args).run(batch)


@functools.lru_cache(maxsize=1)
def _extractor() -> Extractor:
    return Extractor.default()


def _extract_run(args: tuple, paths: list[str]) -> Result:
    """Extraction over a batch of parse-cache files (``kg rebuild --workers``)."""
    report = BuildReport()
    parsed = [e for e in (read_entry(Path(p)) for p in paths) if e is not None]
    done, skipped = extract_batch(parsed, extractor=_extractor(), report=report)
    return done, skipped, {"parse": 0.0, "extract": report.extract_seconds, "cached": len(parsed)}


def extract_parallel(paths: list[Path], workers: int, batch_size: int = 16) -> Iterator[Result]:
    """Results of extraction over parse-cache files in ``workers`` processes, in order."""
    batches = _spread((str(p) for p in paths), batch_size, workers)
    yield from _local_map(batches, (), workers, fn=_extract_run)


def _spread(articles: Iterable[Article], size: int, workers: int) -> Iterator[list[Article]]:
    """Batches of at most ``size`` articles, read ``workers`` batches at a time; a short
    last window is split evenly so that every worker gets a share of a small corpus."""
    window: list[Article] = []
    for a in articles:
        window.append(a)
        if len(window) >= size * workers:
            yield from _split(window, workers)
            window = []
    if window:
        yield from _split(window, workers)


def _split(items: list, parts: int) -> Iterator[list]:
    step = -(-len(items) // parts)  # ceil
    for i in range(0, len(items), step):
        yield items[i : i + step]


def build_parallel(
    paths: Iterable[str | Path],
    store: ArticleStore,
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
    """Like :func:`kg.pipeline.build`, with ``workers`` processes (``engine="local"``)
    or ``workers`` actors of a Ray cluster (``engine="ray"``; a local one with
    ``workers`` CPUs when ``address`` is None). The store gets the same content."""
    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r}: use local or ray")
    if workers < 1:
        raise UsageError(f"--workers must be 1 or more, not {workers}")
    if address and engine != "ray":
        raise UsageError("--address is for --engine ray; add --engine ray or drop --address")
    if address:
        _check_address(address)
    threads = max(1, int(threads))
    paths = list(paths)
    report = BuildReport()
    stream = read_articles(paths, report, max_bytes=max_bytes, warn=warn)
    mdir = models_dir(models)
    cache = ParseCache.for_store(store, None) if use_cache else None
    args = (str(mdir) if mdir else None, threads, lang, date, str(cache.root) if cache else None)
    size = max(1, batch_size)
    # windows of one language (detected here when not given), each split among the workers:
    # every worker hands Stanza a batch of one language
    windows = language_batches(
        stream, size * workers, lang, Parser(models_dir=mdir), report.skipped
    )
    batches = (part for window in windows for part in _split(window, workers))
    index = Extractor.default().index
    bar = progress_bar(progress, paths)

    def _store(result: Result) -> None:
        done, skipped, secs = result
        report.skipped.extend(skipped)
        report.parse_seconds += secs["parse"]
        report.extract_seconds += secs["extract"]
        report.cached += int(secs["cached"])
        write(store, done, index, report)
        if bar is not None:
            bar.update(len(done) + len(skipped))

    run = _ray_map if engine == "ray" else _local_map
    try:
        for result in run(batches, args, workers, address):
            _store(result)
    finally:
        if bar is not None:
            bar.close()
    return report


def _local_map(
    batches: Iterable[list],
    args: tuple,
    workers: int,
    address: str | None = None,
    fn: Callable[[tuple, list], Result] = _run,
) -> Iterator[Result]:
    """Run batches in ``workers`` spawned processes; results in input order, at most
    two batches per worker in flight (memory stays flat on any corpus size)."""
    import multiprocessing as mp

    ctx = mp.get_context("spawn")  # a fresh interpreter per worker: no forked torch state
    with ctx.Pool(processes=workers) as pool:
        pending: deque = deque()
        for batch in batches:
            pending.append(pool.apply_async(fn, (args, batch)))
            if len(pending) >= 2 * workers:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


def _check_address(address: str, timeout: float = 5.0) -> None:
    """Fail fast on a Ray head node that does not answer (Ray itself retries for minutes)."""
    import socket

    if address in ("auto", "local"):
        return
    host, _, port = address.removeprefix("ray://").rpartition(":")
    if not host or not port.isdigit():
        raise UsageError(
            f"invalid Ray address {address!r}: use HOST:PORT of the head node "
            "(e.g. 10.0.0.1:6379), ray://HOST:10001, or auto"
        )
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=timeout).close()
    except OSError as exc:
        raise UsageError(
            f"cannot reach the Ray cluster at {address} ({exc.strerror or exc}); "
            "start it with `ray start --head`, check --address, or use --engine local"
        ) from None


def _ray_map(
    batches: Iterable[list[Article]], args: tuple, workers: int, address: str | None
) -> Iterator[Result]:
    """Run batches on a Ray actor pool (one pipeline per actor, one CPU and one torch
    thread each unless ``threads`` says more); results in input order."""
    try:
        import ray
        from ray.util import ActorPool
    except ImportError:
        raise UsageError("--engine ray needs Ray: pip install 'kg[ray]'") from None
    import logging

    started = False
    if not ray.is_initialized():
        options = {"log_to_driver": False, "logging_level": logging.ERROR}
        try:
            if address:
                ray.init(address=address, **options)
            else:
                # a fresh local instance, even when `ray start` runs one on this machine
                ray.init(address="local", num_cpus=workers, include_dashboard=False, **options)
        except ImportError:
            raise UsageError(
                "ray:// addresses need the Ray client: pip install 'ray[client]'"
            ) from None
        except (ConnectionError, RuntimeError, ValueError) as exc:
            where = f"the Ray cluster at {address}" if address else "a local Ray instance"
            raise UsageError(
                f"cannot start or reach {where} ({str(exc).splitlines()[0][:160]}); "
                "check --address (on a cluster node: --address auto) and the cluster's auth "
                "token, or use --engine local"
            ) from None
        started = True
    threads = args[1]
    try:
        remote_worker = ray.remote(num_cpus=threads)(Worker)
        pool = ActorPool([remote_worker.remote(*args) for _ in range(workers)])
        for submitted, batch in enumerate(batches, start=1):
            pool.submit(lambda actor, b: actor.run.remote(b), batch)
            if submitted >= 2 * workers:
                yield _ray_result(pool, ray)
        while pool.has_next():
            yield _ray_result(pool, ray)
    finally:
        if started:
            ray.shutdown()


def _ray_result(pool, ray) -> Result:
    """The next result in order; a kg error raised in an actor is re-raised as itself."""
    try:
        return pool.get_next()
    except ray.exceptions.RayTaskError as exc:
        if isinstance(exc.cause, KgError):
            raise exc.cause from None
        raise
    except ray.exceptions.RayActorError as exc:
        raise KgError(
            f"a Ray worker died ({str(exc).splitlines()[0][:160]}); "
            "check the cluster's memory, or use --engine local"
        ) from None
