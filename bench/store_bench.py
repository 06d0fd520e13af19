"""Benchmark (not a test): kg's Store against raw pyoxigraph on ~1M triples, in one run.

    python bench/store_bench.py [--triples 1000000] [--articles N] [--events 5] [--repeat 2] [--dir /tmp] [--json]

Steps, each timed for kg and for raw pyoxigraph on the same data:
  * load: kg ``Store.add_article`` (one transaction per article: lookups, near-duplicate
    check, SPARQL UPDATE) vs raw ``pyoxigraph.Store.bulk_load`` of the same quads (no
    transactions) and raw ``Store.extend`` per article graph (one transaction each);
  * a 2-hop GROUP BY (event → article → language, grouped with the subject) through
    ``Store.query`` (checks, binding, results read into Python) vs ``pyoxigraph.Store.query``
    with the results read into a list;
  * Turtle of the union of all graphs: ``kg.export`` vs raw ``pyoxigraph.serialize`` of a
    CONSTRUCT.
Prints seconds and the ratios kg / raw. Peak memory (max RSS) at the end. With ``--json``
the last line is one JSON object: ``{"load_add_article": {"kg_s", "raw_s", "ratio"},
"load_vs_bulk": ..., "two_hop_group_by": ..., "turtle": ...}`` (ratio = kg_s / raw_s).
``--triples`` sets the corpus size (about ``9 + 19 * events`` triples per article);
``--articles`` overrides it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout

from kg.export import export  # noqa: E402
from kg.knowledge.ontology import PREFIXES  # noqa: E402
from kg.records import Article, Triple  # noqa: E402
from kg.store import META_GRAPH, Store  # noqa: E402

ACTORS = [f"actor_{i}" for i in range(400)]
RELATIONS = ["talks_with", "meets", "opposes", "criticizes", "sanctions", "cooperates_with"]
WORDS = [f"w{i}" for i in range(20000)]
TWO_HOP = """SELECT ?lang ?s (COUNT(?e) AS ?n) WHERE {
  ?e prov:wasDerivedFrom ?a ; ir:subject ?s . ?a dcterms:language ?lang
} GROUP BY ?lang ?s ORDER BY DESC(?n) ?lang ?s"""


def corpus(n: int, events: int, seed: int = 1):
    rng = random.Random(seed)
    for i in range(n):
        article = Article(
            text=" ".join(rng.choice(WORDS) for _ in range(80)),
            title=f"article {i}",
            url=f"https://example.org/{i}",
            date=dt.date(2020, 1, 1) + dt.timedelta(days=i % 1500),
            lang=rng.choice(["en", "id"]),
            source=f"bench/{i}.txt",
        )
        triples = []
        for j in range(events):
            s, o = rng.sample(ACTORS, 2)
            rel = rng.choice(RELATIONS)
            sent = f"Sentence {j} of article {i}: {s} {rel} {o}."
            triples.append(Triple(s, rel, o, "asserted", 0.8, "bench", sent, j, 0, len(sent)))
        yield article, triples


def extend_per_graph(store: ox.Store, nq: Path) -> None:
    """``store.extend`` once per graph (one transaction each); the dump is grouped by graph."""
    batch: list = []
    for q in ox.parse(path=str(nq), format=ox.RdfFormat.N_QUADS):
        if batch and q.graph_name != batch[-1].graph_name:
            store.extend(batch)
            batch = []
        batch.append(q)
    store.extend(batch)


def timed(fn):
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000, help="about this many triples")
    ap.add_argument("--articles", type=int, default=None, help="overrides --triples")
    ap.add_argument("--events", type=int, default=5)
    ap.add_argument("--dir", default=None, help="folder for the temporary stores")
    ap.add_argument("--json", action="store_true", help="end with one JSON line of the results")
    ap.add_argument(
        "--repeat", type=int, default=2, help="loads of each kind (interleaved; the best counts)"
    )
    args = ap.parse_args()
    if args.articles is None:
        args.articles = max(1, round(args.triples / triples_per_article(args.events)))
    work = Path(tempfile.mkdtemp(prefix="kg-store-bench-", dir=args.dir))
    prefixes = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    construct = (
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{META_GRAPH}>) }}"
    )
    rows: list[tuple[str, float, float]] = []
    try:
        with Store.open(work / "kg") as store:
            data = list(corpus(args.articles, args.events))
            load_kg, _ = timed(lambda: [store.add_article(a, t) for a, t in data])
            print(f"loaded through kg; max RSS so far {rss():.0f} MiB", flush=True)
            triples, quads = store.triple_count(), len(store)
            nq = work / "dump.nq"
            with open(nq, "wb") as fh:
                export(store, "nquads", fh)
            inner = store.endpoint.store  # the same pyoxigraph store, without kg in between
            q_kg = best(lambda: store.query(TWO_HOP))
            q_raw = best(
                lambda: list(inner.query(prefixes + TWO_HOP, use_default_graph_as_union=True))
            )
            ttl_kg = best(lambda: export(store, "turtle", io.BytesIO()), 1)
            ttl_raw = best(
                lambda: ox.serialize(
                    inner.query(construct), io.BytesIO(), ox.RdfFormat.TURTLE, prefixes=PREFIXES
                ),
                1,
            )
            print(f"queried and exported; max RSS so far {rss():.0f} MiB", flush=True)
        load_tx, _ = timed(lambda: extend_per_graph(ox.Store(str(work / "raw_tx")), nq))
        for k in range(1, args.repeat):  # interleaved repeats; the best of each counts
            with Store.open(work / f"kg{k}") as again:
                load_kg = min(
                    load_kg, timed(lambda st=again: [st.add_article(a, t) for a, t in data])[0]
                )
            path_k = str(work / f"raw_tx{k}")
            load_tx = min(load_tx, timed(lambda p=path_k: extend_per_graph(ox.Store(p), nq))[0])
            shutil.rmtree(work / f"kg{k}", ignore_errors=True)
            shutil.rmtree(work / f"raw_tx{k}", ignore_errors=True)
        raw = ox.Store(str(work / "raw_bulk"))
        load_bulk, _ = timed(lambda: raw.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS))
        q_bulk = best(lambda: list(raw.query(prefixes + TWO_HOP, use_default_graph_as_union=True)))
        rows = [
            ("load: kg add_article vs raw extend per graph", load_kg, load_tx),
            ("load: kg add_article vs raw bulk_load", load_kg, load_bulk),
            ("2-hop GROUP BY: kg Store.query vs raw (same store)", q_kg, q_raw),
            ("2-hop GROUP BY: kg vs raw on the bulk-loaded store", q_kg, q_bulk),
            ("Turtle of the union: kg export vs raw serialize", ttl_kg, ttl_raw),
        ]
        print(
            f"{args.articles} articles x {args.events} events: {triples:,} distinct triples, {quads:,} quads"
        )
        print(f"{'step':52} {'kg s':>8} {'raw s':>8} {'kg/raw':>7}")
        for name, ours, theirs in rows:
            print(f"{name:52} {ours:8.2f} {theirs:8.2f} {ours / theirs:7.2f}")
        print(
            f"kg load: {load_kg / args.articles * 1000:.2f} ms per article, {triples / load_kg:,.0f} triples/s"
        )
        print(f"max RSS {rss():.0f} MiB (the raw bulk_load is the hungriest step)")
        if args.json:
            steps = {
                "load_add_article": (load_kg, load_tx),
                "load_vs_bulk": (load_kg, load_bulk),
                "two_hop_group_by": (q_kg, q_raw),
                "turtle": (ttl_kg, ttl_raw),
            }
            print(json.dumps({k: result(ours, theirs) for k, (ours, theirs) in steps.items()}))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def triples_per_article(events: int) -> int:
    """Triples ``corpus`` writes per article: 9 for the article node, 19 per event (18 on
    the event node and its direct triple); the actor and ontology graphs come on top."""
    return 9 + 19 * events


def result(kg_s: float, raw_s: float) -> dict[str, float]:
    """One step of the ``--json`` line."""
    return {"kg_s": round(kg_s, 4), "raw_s": round(raw_s, 4), "ratio": round(kg_s / raw_s, 3)}


def best(fn, repeat: int = 3) -> float:
    """The fastest of ``repeat`` runs, in seconds."""
    return min(timed(fn)[0] for _ in range(repeat))


def rss() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
