"""The machine's ceiling for bench c: Stanza alone (no kg) parsing a share of the corpus.

`python bench/parse_ceiling.py MODELS CORPUS.jsonl PART PARTS` parses every PARTS-th
article from PART on, in batches of 32 of one language, with one torch thread, and
prints its timings as JSON. bench/run.py starts one such process for the whole corpus,
then two at once for the halves: their ratio is the best any 2-worker build can get here.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    t0 = time.perf_counter()
    from run import parse_rows  # bench/run.py: the same batches as section a

    from kg.parse.stanza import Parser, set_threads

    models, feed, part, parts = Path(sys.argv[1]), Path(sys.argv[2]), *map(int, sys.argv[3:5])
    set_threads(1)
    rows = [json.loads(line) for line in feed.read_text(encoding="utf-8").splitlines()]
    rows = rows[part::parts]
    parser = Parser(models_dir=models, threads=1)
    for lang in ("en", "id"):
        parser.pipeline(lang)
    t1 = time.perf_counter()
    parse_rows(parser, rows)
    t2 = time.perf_counter()
    print(json.dumps({"start_s": t1 - t0, "parse_s": t2 - t1, "articles": len(rows)}))


if __name__ == "__main__":
    main()
