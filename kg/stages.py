"""The build's stages over a batch of articles: choose languages, parse (through the parse
cache), extract, write; and the :class:`BuildReport` that counts what they did. The one-process
build (:mod:`kg.pipeline`) and the worker pools (:mod:`kg.parallel`) run the same stages.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import KgError, LanguageError, ModelNotFoundError, PartialSuccess, UsageError
from kg.parse.conllu import to_document
from kg.protocols import ArticleStore, ExtractorLike, ParserLike
from kg.read import Skipped, guess_date, read_paths
from kg.records import Article, Triple


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
    held: int | None = None  # relation instances in the store after the build, when counted

    @property
    def articles(self) -> int:
        return sum(self.counts.values())

    def problem(self) -> KgError | None:
        """What the skipped inputs mean for the build as a whole: nothing built (a
        :class:`UsageError`), some built (:class:`PartialSuccess`), or ``None`` when every
        input was used. The CLI maps it to an exit code."""
        if not self.skipped:
            return None
        if self.articles == 0:
            first = self.skipped[0]
            return UsageError(
                f"nothing built: {first.reason}"
                if len(self.skipped) == 1
                else f"nothing built: all {len(self.skipped)} inputs were skipped"
            )
        return PartialSuccess(
            f"{len(self.skipped)} input(s) skipped, {self.articles} article(s) built; see the lines above"
        )

    def summary(self) -> str:
        """What was built and what the store holds: ``33 article(s): 33 unchanged; the store
        holds 326 relation instance(s)`` (an unchanged article keeps its relations)."""
        parts = [f"{v} {k}" for k, v in sorted(self.counts.items()) if v]
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped")
        text = f"{self.articles} article(s)" + (f": {', '.join(parts)}" if parts else "")
        if self.triples or not self.held:
            text += f"; {self.triples} relation instance(s) written"
        if self.held is not None:
            text += f"; the store holds {self.held} relation instance(s)"
        return text


@dataclass
class Processed:
    article: Article
    triples: list[Triple]
    new_actors: dict
    sentences: int = 0


def language_batches(
    articles: Iterable[Article], size: int, lang: str, parser: ParserLike, skipped: list[Skipped]
) -> Iterator[list[Article]]:
    """Batches of at most ``size`` articles of one language each, so Stanza always gets
    full batches (a mixed stream would hand it half batches of each language). At most
    ``size`` articles per language wait here: memory stays bounded. Articles whose
    language cannot be told go to ``skipped``."""
    waiting: dict[str, list[Article]] = {}
    candidates = None
    for a in articles:
        # the languages with models: to detect one, or to check the one an article declares
        needed = a.conllu is None and lang == "auto" and candidates is None
        if needed and (parser is not None or not a.lang):
            candidates = _models_here(parser)
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


def _models_here(parser: ParserLike) -> list[str]:
    """The languages ``parser`` has models for; none at all stops the build with one line
    (rather than one skipped article per file)."""
    from kg.parse.stanza import HOW_TO_GET

    langs = parser.available()
    if not langs:
        where = getattr(parser, "models_dir", None)
        place = f"in {where}" if where else "(no --models, KG_MODELS or `kg models use` folder)"
        raise ModelNotFoundError(f"no Stanza models found {place}; {HOW_TO_GET}")
    return langs


def _language(article: Article, lang: str, candidates: list[str] | None) -> str:
    if lang and lang != "auto":
        return lang
    if article.lang:
        if candidates is not None and article.lang not in candidates:
            # the article (a page's <html lang>, a feed, a JSONL field) names a language
            # without models: skipped, where --lang would stop the build
            raise LanguageError(
                f"{article.source}: the article is in '{article.lang}', which has no models "
                f"here (have: {', '.join(candidates) or 'none'}); get them with "
                f"`kg models download {article.lang}`"
            )
        return article.lang
    from kg.parse.language import detect_language

    try:
        return detect_language(article.text, candidates)
    except LanguageError as exc:
        raise LanguageError(f"{article.source}: {exc}") from None


def process(
    articles: list[Article],
    *,
    parser: ParserLike,
    extractor: ExtractorLike,
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
    parser: ParserLike,
    lang: str = "auto",
    date: dt.date | None = None,
    cache=None,
    report: BuildReport,
    fresh: list[tuple[Article, object]] | None = None,
) -> tuple[list[tuple[Article, object]], list[Skipped]]:
    """Language, date and Stanza Document of each article (batched per language, through
    the cache; CoNLL-U input is read, not parsed), in input order. New parses are put in
    the cache here, or appended to ``fresh`` for the caller to put (off the parse thread)."""
    skipped: list[Skipped] = []
    by_lang: dict[str, list[Article]] = {}
    docs: dict[int, object] = {}
    candidates = None
    for a in articles:
        try:
            if a.conllu is None and lang == "auto" and not a.lang and candidates is None:
                candidates = _models_here(parser)
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
    parsed: list[tuple[Article, object]], *, extractor: ExtractorLike, report: BuildReport
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


def write(
    store: ArticleStore,
    done: list[Processed],
    index: Any,
    report: BuildReport,
    *,
    force: bool = False,
) -> None:
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


def read_articles(
    paths: Iterable[str | Path],
    report: BuildReport,
    *,
    max_bytes: int,
    warn: Callable[[str], None] | None = None,
) -> Iterator[Article]:
    """The articles under ``paths``, read lazily (memory stays flat); inputs that cannot be
    used go to ``report.skipped``, warnings to ``report.warnings`` and ``warn``."""

    def _warn(msg: str) -> None:
        report.warnings.append(msg)
        if warn:
            warn(msg)

    for item in read_paths(paths, max_bytes=max_bytes, warn=_warn):
        if isinstance(item, Skipped):
            report.skipped.append(item)
        else:
            yield item


def progress_bar(enabled: bool, paths: list[str | Path] | None = None) -> Any:
    """A tqdm bar counting articles on stderr (out of the articles ``paths`` hold), or
    ``None``: none off a terminal (logs, pipes, CI), where the inputs are not even counted.
    Shown once the build lasts more than a second."""
    if not enabled or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    from kg.read import count_inputs

    return tqdm(
        total=count_inputs(paths) if paths is not None else None,
        unit=" articles",
        bar_format="{l_bar}{bar}| {n_fmt}/{total_fmt} articles [{elapsed}<{remaining}, {rate_fmt}]",
        file=sys.stderr,
        leave=False,
        delay=1.0,
    )
