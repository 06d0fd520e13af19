"""Benchmark (not a test): projecting 1M relation rows over 100k actors, and path queries.

    python bench/graph_bench.py [--nodes 100000] [--rows 1000000] [--seed 1]

Measures, in one run:
  * rows → aggregated edges (kg.graph.aggregate; shared by any engine),
  * building a networkx Graph from the aggregates vs a rustworkx PyGraph (``pip install
    rustworkx``; skipped when missing) with the same attribute dicts, and the ratio,
  * kg.graph.paths (networkx, Yen k-shortest with the recency/strength cost) in ms, and a
    single rustworkx Dijkstra on the same cost for comparison.
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout

from kg.analysis import edge_cost, paths  # noqa: E402
from kg.graph import aggregate  # noqa: E402

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
    gc.collect()
    t = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=100_000)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    (nodes, edges, meta), t_agg = clock(
        lambda: aggregate(rows(args.nodes, args.rows, args.seed), relations=RELATIONS)
    )
    print(
        f"rows → aggregates: {args.rows:,} rows, {len(nodes):,} actors, {len(edges):,} edges in {t_agg:.1f} s"
    )

    def build_nx():
        G = nx.Graph()
        G.add_nodes_from(nodes.items())
        G.add_edges_from((u, v, a) for (u, v), a in edges.items())
        G.graph.update(meta)
        return G

    G, t_nx = clock(build_nx)
    print(f"networkx Graph build: {t_nx:.2f} s (projection total {t_agg + t_nx:.1f} s)")
    try:
        import rustworkx as rx
    except ImportError:
        rx = None
        print("rustworkx not installed: pip install rustworkx to compare")
    if rx is not None:

        def build_rx():
            R = rx.PyGraph(multigraph=False)
            ids = dict(zip(nodes, R.add_nodes_from(list(nodes.values())), strict=True))
            R.add_edges_from([(ids[u], ids[v], a) for (u, v), a in edges.items()])
            return R, ids

        (R, ids), t_rx = clock(build_rx)
        print(
            f"rustworkx PyGraph build: {t_rx:.2f} s; networkx/rustworkx build ratio {t_nx / t_rx:.1f}x; end-to-end ratio {(t_agg + t_nx) / (t_agg + t_rx):.2f}x"
        )

    rnd = random.Random(args.seed)
    hubs = [f"a{i}" for i in range(3)]
    pairs = [(hubs[0], hubs[1]), (hubs[2], f"a{rnd.randrange(1000, args.nodes)}")]
    pairs += [
        (f"a{rnd.randrange(1000, args.nodes)}", f"a{rnd.randrange(1000, args.nodes)}")
        for _ in range(2)
    ]
    for a, b in pairs:
        for polarity, k in (("any", 3), ("cooperative", 1)):
            try:
                found, t = clock(
                    lambda a=a, b=b, polarity=polarity, k=k: paths(G, a, b, polarity=polarity, k=k)
                )
                print(
                    f"kg.graph.paths {a}→{b} polarity={polarity} k={k}: {t * 1000:.0f} ms, best {len(found[0].hops)} hops"
                )
            except Exception as exc:  # noqa: BLE001 - report and go on
                print(
                    f"kg.graph.paths {a}→{b} polarity={polarity} k={k}: {type(exc).__name__}: {exc}"
                )
        if rx is not None:
            _, t = clock(
                lambda a=a, b=b: rx.dijkstra_shortest_paths(
                    R, ids[a], ids[b], weight_fn=lambda d: edge_cost(d, meta["newest"])
                )
            )
            print(f"rustworkx dijkstra {a}→{b} (k=1, same cost): {t * 1000:.0f} ms")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
