"""Scores on the real-news development set (examples/real, examples/gold-real), per language and
per region, next to the project's own examples. Not a test: a measurement (`make eval-real`).

Only articles whose text may be redistributed are in examples/real/; the others of the
manifests are annotated but cannot be scored here.

    python scripts/eval_real.py [--models DIR] [--verbose]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def regions(lang: str) -> dict[str, str]:
    manifest = ROOT / "examples" / "gold-real" / f"manifest-{lang}.tsv"
    with manifest.open(encoding="utf-8", newline="") as fh:
        return {row["file"]: row["region"] for row in csv.DictReader(fh, delimiter="\t")}


def line(name: str, n: int, views: dict) -> str:
    s, st = views["strict"], views["state"]
    return (
        f"{name:<28} {n:>5} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {st.f1:7.3f}"
        f" {s.tp:5d} {s.fp:5d} {s.fn:5d}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--models", default=None, help="Stanza model folder (default: kg's lookup)")
    ap.add_argument("--verbose", "-v", action="store_true", help="missed and extra triples")
    args = ap.parse_args()
    from kg.evaluate import VIEWS, Score, evaluate

    head = f"{'set':<28} {'files':>5} {'P':>6} {'R':>6} {'F1':>6} {'stateF1':>7} {'tp':>5} {'fp':>5} {'fn':>5}"
    for lang in ("en", "id"):
        texts = ROOT / "examples" / "real" / lang
        result = evaluate(
            [texts], ROOT / "examples" / "gold-real" / lang, models=args.models, lang=lang
        )
        by_region: dict[str, dict[str, Score]] = defaultdict(lambda: {v: Score() for v in VIEWS})
        count: dict[str, int] = defaultdict(int)
        where = regions(lang)
        for name, views in result.files.items():
            region = where.get(Path(name).stem, where.get(name, "?"))
            count[region] += 1
            for v in VIEWS:
                by_region[region][v].add(views[v])
        print(f"\n{lang}: real news ({len(result.files)} articles with text)\n{head}")
        for region in sorted(by_region):
            print(line(region, count[region], by_region[region]))
        print(line("ALL", len(result.files), result.overall))
        if args.verbose:
            sys.stdout.write(result.differences())


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
