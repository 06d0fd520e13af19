"""Benchmark (not a test): projecting 1M relation rows over 100k actors, and path queries.

    python bench/graph_bench.py [--nodes 100000] [--rows|--edges 1000000] [--seed 1]
                                [--queries 8] [--json]

Measures, in one run:
  * rows → aggregated edges (kg.graph.aggregate; shared by any engine, it also stores each
    edge's path cost),
  * building a networkx Graph from the aggregates vs a rustworkx PyGraph (``pip install
    rustworkx``; skipped when missing) with the same attribute dicts, and the ratio,
  * kg.graph.routes.paths (bidirectional Dijkstra, Yen's k best for k > 1, on the
    recency/strength cost) in ms for ``--queries`` actor pairs (two hub pairs, the rest random),
    polarity=cooperative k=1 and polarity=any k=3, and a single rustworkx Dijkstra on the same
    cost for comparison.

``--json`` prints one JSON object as the last stdout line (the human-readable lines go to
stderr): nodes, edges, projection_s (aggregate + networkx build), networkx_s, rustworkx_s (null
without rustworkx), ratio (networkx_s / rustworkx_s), path_ms (median, cooperative k=1),
path_ms_k3 (median, any k=3), peak_rss_mb, and a few more.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import resource
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout

from kg.errors import NotFoundError  # noqa: E402
from kg.graph.project import aggregate  # noqa: E402
from kg.graph.routes import paths  # noqa: E402

RELATIONS = {
    "talks_with": {"polarity": "cooperative", "goldstein": 1.0},
    "cooperates_with": {"polarity": "cooperative", "goldstein": 6.0},
    "trades_with": {"polarity": "cooperative", "goldstein": 3.5},
    "supports": {"polarity": "cooperative", "goldstein": 3.4},
    "criticizes": {"polarity": "conflictual", "goldstein": -2.0},
    "threatens": {"polarity": "conflictual", "goldstein": -5.0},
    "sanctions": {"polarity": "conflictual", "goldstein": -8.0},
    "makes_statement": {"polarity": "neutral", "goldstein": 0.0},
}
NAMES = list(RELATIONS)
WEIGHTS = [30, 20, 8, 8, 15, 8, 3, 8]


def rows(n_nodes: int, n_rows: int, seed: int):
    """Synthetic relation instances: 20% of endpoints among 1,000 hub actors, the rest uniform."""
    rnd = random.Random(seed)
    start = date(2020, 1, 1)
    types = ("State", "Person", "Organization")
    hubs = min(1000, n_nodes)
    for i in range(n_rows):
        s = rnd.randrange(hubs) if rnd.random() < 0.2 else rnd.randrange(n_nodes)
        o = rnd.randrange(hubs) if rnd.random() < 0.2 else rnd.randrange(n_nodes)
        if s == o:
            o = (o + 1) % n_nodes
        yield {
            "subject": f"a{s}",
            "subject_label": f"Actor {s}",
            "subject_type": types[s % 3],
            "relation": rnd.choices(NAMES, WEIGHTS)[0],
            "object": f"a{o}",
            "object_label": f"Actor {o}",
            "object_type": types[o % 3],
            "date": start + timedelta(days=rnd.randrange(2000)),
            "factuality": "asserted",
            "confidence": 0.5 + rnd.random() / 2,
            "sentence": f"Sentence {i}.",
            "article": f"art{i // 20}",
            "url": f"https://news.example/{i // 20}",
            "title": f"Article {i // 20}",
        }


def clock(fn):
    """(fn(), seconds); a NotFoundError (no path: an answer too) is returned, not raised."""
    gc.collect()
    t = time.perf_counter()
    try:
        out = fn()
    except NotFoundError as exc:
        out = exc
    return out, time.perf_counter() - t


def query_pairs(n_nodes: int, n_queries: int, seed: int) -> list[tuple[str, str]]:
    """Two pairs touching hubs (hub–hub, hub–ordinary), the rest between ordinary actors."""
    rnd = random.Random(seed)
    hubs = min(1000, n_nodes)

    def ordinary() -> str:
        return (
            f"a{rnd.randrange(hubs, n_nodes)}" if n_nodes > hubs else f"a{rnd.randrange(n_nodes)}"
        )

    pairs = [("a0", "a1"), ("a2", ordinary())]
    pairs += [(ordinary(), ordinary()) for _ in range(max(0, n_queries - 2))]
    return [(a, b) for a, b in pairs[:n_queries] if a != b]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=100_000)
    ap.add_argument("--rows", "--edges", dest="rows", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--queries", type=int, default=8, help="actor pairs to query")
    ap.add_argument("--json", action="store_true", help="last stdout line: one JSON object")
    args = ap.parse_args()
    out = sys.stderr if args.json else sys.stdout

    def say(text: str) -> None:
        print(text, file=out, flush=True)

    (nodes, edges, meta), t_agg = clock(
        lambda: aggregate(rows(args.nodes, args.rows, args.seed), relations=RELATIONS)
    )
    say(
        f"rows → aggregates: {args.rows:,} rows, {len(nodes):,} actors, {len(edges):,} edges in {t_agg:.1f} s"
    )

    def build_nx():
        G = nx.Graph()
        G.add_nodes_from(nodes.items())
        G.add_edges_from((u, v, a) for (u, v), a in edges.items())
        G.graph.update(meta)
        return G

    G, t_nx = clock(build_nx)
    say(f"networkx Graph build: {t_nx:.2f} s (projection total {t_agg + t_nx:.1f} s)")
    try:
        import rustworkx as rx
    except ImportError:
        rx = None
        say("rustworkx not installed: pip install rustworkx to compare")
    t_rx = None
    if rx is not None:

        def build_rx():
            R = rx.PyGraph(multigraph=False)
            ids = dict(zip(nodes, R.add_nodes_from(list(nodes.values())), strict=True))
            R.add_edges_from([(ids[u], ids[v], a) for (u, v), a in edges.items()])
            return R, ids

        (R, ids), t_rx = clock(build_rx)
        say(
            f"rustworkx PyGraph build: {t_rx:.2f} s; networkx/rustworkx build ratio {t_nx / t_rx:.1f}x; end-to-end ratio {(t_agg + t_nx) / (t_agg + t_rx):.2f}x"
        )

    times: dict[tuple[str, int], list[float]] = {("cooperative", 1): [], ("any", 3): []}
    rx_times, missing = [], 0
    for a, b in query_pairs(args.nodes, args.queries, args.seed):
        for polarity, k in times:
            found, t = clock(
                lambda a=a, b=b, polarity=polarity, k=k: paths(G, a, b, polarity=polarity, k=k)
            )
            if isinstance(found, NotFoundError):
                note, missing = f"no path ({found})", missing + 1
            else:
                note = f"best {len(found[0].hops)} hops, {len(found)} path(s)"
            times[polarity, k].append(t * 1000)
            say(
                f"kg.graph.routes.paths {a}→{b} polarity={polarity} k={k}: {t * 1000:.1f} ms, {note}"
            )
        if rx is not None:
            _, t = clock(
                lambda a=a, b=b: rx.dijkstra_shortest_paths(
                    R, ids[a], ids[b], weight_fn=lambda d: d["cost"]
                )
            )
            rx_times.append(t * 1000)
            say(f"rustworkx dijkstra {a}→{b} (k=1, same cost): {t * 1000:.0f} ms")
    path_ms = statistics.median(times["cooperative", 1])
    path_ms_k3 = statistics.median(times["any", 3])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    say(f"path query median: {path_ms:.1f} ms (cooperative, k=1), {path_ms_k3:.1f} ms (any, k=3)")
    say(f"peak RSS {peak:.0f} MiB")
    if args.json:
        print(
            json.dumps(
                {
                    "nodes": G.number_of_nodes(),
                    "edges": G.number_of_edges(),
                    "rows": args.rows,
                    "aggregate_s": round(t_agg, 2),
                    "projection_s": round(t_agg + t_nx, 2),
                    "networkx_s": round(t_nx, 2),
                    "rustworkx_s": None if t_rx is None else round(t_rx, 2),
                    "ratio": None if t_rx is None else round(t_nx / t_rx, 2),
                    "queries": len(times["any", 3]),
                    "no_path": missing,
                    "path_ms": round(path_ms, 1),
                    "path_ms_k3": round(path_ms_k3, 1),
                    "rustworkx_dijkstra_ms": round(statistics.median(rx_times), 1)
                    if rx_times
                    else None,
                    "peak_rss_mb": round(peak),
                }
            )
        )


if __name__ == "__main__":
    main()
