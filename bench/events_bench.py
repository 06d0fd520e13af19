"""Benchmark (not a test): the cost of merging an article's mentions into reported events
(``kg.store.event_graph.plan``) as the store grows.

    python bench/events_bench.py [--articles 1000] [--window 100] [--json]

A synthetic stream of articles in date order (no parsing), 10 a day: each reports 5 of the
20 true events of its day or the day before (80 state dyads × 6 relations), so most of its
mentions join events other articles created and the rest create new ones. Every article is written with
``Store.add_article`` into an on-disk store, and the time spent in ``plan`` (the event
lookup and the updates, written in the article's own transaction) is measured per article.
The same stream is written again with ``plan`` switched off: the difference is what events
cost a write. Times are CPU seconds of the writing thread (``time.thread_time``: the other
loads of a shared machine stay out); reported: the median per article over the first, the
middle and the last ``--window`` articles, and the ratios of the last to the others (flat:
about 1; the first articles find fewer events to join, in a store still in memory). With ``--json`` the last line is one JSON object.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout

from kg.records import Article, Triple  # noqa: E402
from kg.store import Store, event_graph  # noqa: E402

STATES = [
    "russia", "china", "united_states", "indonesia", "australia", "japan", "philippines",
    "india", "france", "germany", "united_kingdom", "ukraine", "iran", "israel", "turkey",
    "brazil", "south_africa", "malaysia", "vietnam", "singapore", "thailand", "south_korea",
    "north_korea", "canada", "mexico", "egypt", "saudi_arabia", "pakistan", "nigeria", "kenya",
    "argentina", "italy", "spain", "poland", "sweden", "norway", "netherlands", "belgium",
    "greece", "qatar",
]  # fmt: skip
RELATIONS = ["talks_with", "meets", "criticizes", "sanctions", "signs_agreement_with", "attacks"]


def stream(n: int, per_article: int = 5, seed: int = 3):
    """``n`` (article, triples) in date order, 10 articles a day; each day has 20 true events
    (a dyad and a relation), and an article reports 5 of its day's or the day before's."""
    rng = random.Random(seed)
    dyads = [tuple(rng.sample(STATES, 2)) for _ in range(80)]
    start, days = dt.date(2023, 1, 1), {}
    for i in range(n):
        day = start + dt.timedelta(days=i // 10)
        for d in (day, day - dt.timedelta(days=1)):
            days.setdefault(d, [(*rng.choice(dyads), rng.choice(RELATIONS)) for _ in range(20)])
        article = Article(
            text=f"Synthetic report {i} of {day}.", title=f"report {i}", date=day,
            url=f"https://outlet{i % 7}.example/{i}", lang=rng.choice(["en", "id"]),
            source=f"bench/{i}.txt",
        )  # fmt: skip
        triples = []
        for j in range(per_article):
            when = day - dt.timedelta(days=int(rng.random() < 0.3))
            s, o, rel = rng.choice(days[when])
            sent = f"Sentence {j} of report {i}: {s} {rel} {o}."
            triples.append(Triple(s, rel, o, "asserted", 0.8, "bench", sent, j, 0, len(sent), when))
        yield article, triples


def run(n: int, work: Path, merge: bool) -> tuple[list[float], list[float], int]:
    """Per-article seconds of add_article and of plan; the events stored."""
    plan, spent = event_graph.plan, []

    def timed_plan(*a, **k):
        t0 = time.thread_time()
        out = plan(*a, **k) if merge else ([], set())
        spent.append(time.thread_time() - t0)
        return out

    event_graph.plan = timed_plan
    writes = []
    try:
        with Store.open(work) as store:
            for article, triples in stream(n):
                t0 = time.thread_time()
                store.add_article(article, triples)
                writes.append(time.thread_time() - t0)
            events = store.stats()["events"]
    finally:
        event_graph.plan = plan
    return writes, spent, events


def ms(values: list[float]) -> float:
    """The median in milliseconds (a mean takes in the odd slow write)."""
    return round(1000 * statistics.median(values), 3)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--window", type=int, default=100)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    n, w = args.articles, args.window
    work = Path(tempfile.mkdtemp(prefix="kg-events-bench-"))
    try:
        from kg.knowledge.actors import load_actors

        load_actors()  # loaded once, outside the timings
        writes, plans, events = run(n, work / "with", merge=True)
        bare, _, _ = run(n, work / "without", merge=False)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    res = {
        "articles": n,
        "mentions": 5 * n,
        "events": events,
        "window": w,
        "plan_first_ms": ms(plans[:w]),
        "plan_middle_ms": ms(plans[n // 2 - w // 2 : n // 2 + w - w // 2]),
        "plan_last_ms": ms(plans[-w:]),
        "plan_ratio": round(statistics.median(plans[-w:]) / statistics.median(plans[:w]), 2),
        "plan_ratio_middle": round(
            statistics.median(plans[-w:])
            / statistics.median(plans[n // 2 - w // 2 : n // 2 + w - w // 2]),
            2,
        ),
        "write_first_ms": ms(writes[:w]),
        "write_last_ms": ms(writes[-w:]),
        "write_ratio": round(statistics.median(writes[-w:]) / statistics.median(writes[:w]), 2),
        "write_without_events_first_ms": ms(bare[:w]),
        "write_without_events_last_ms": ms(bare[-w:]),
        "events_share_pct": round(100 * (sum(writes) - sum(bare)) / sum(writes), 1),
    }
    print(
        f"{n} articles, {5 * n} mentions → {events} events; event merging per article: "
        f"{res['plan_first_ms']} ms over articles 1–{w}, {res['plan_middle_ms']} ms over the middle "
        f"{w}, {res['plan_last_ms']} ms over the last {w} ({res['plan_ratio']}× the first, "
        f"{res['plan_ratio_middle']}× the middle); a whole write {res['write_first_ms']} → "
        f"{res['write_last_ms']} ms ({res['write_ratio']}×), without events "
        f"{res['write_without_events_first_ms']} → {res['write_without_events_last_ms']} ms; "
        f"events are {res['events_share_pct']} % of the write time"
    )
    if args.json:
        print(json.dumps(res))


if __name__ == "__main__":
    main()
