"""Crash-safety stress: kill a real `kg build` with SIGKILL at random moments.

After every kill the store must open and pass `kg validate`; at the end, re-running
the same build must complete the rest with exactly the relation instances of a clean
build (no duplicates, nothing lost). Uses parsed CoNLL-U articles, so no Stanza model
is needed (articles are generated). The test suite runs it with --kills 10; run it with more by hand:

    python scripts/kill_stress.py --kills 200 --articles 60
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [
    ROOT / "tests" / "data" / n
    for n in ("2021-12-15_putin_xi_en.conllu", "2022-06-30_jokowi_putin_id.conllu")
]


ACTORS = [
    "Russia",
    "China",
    "Indonesia",
    "Japan",
    "India",
    "Brazil",
    "Kenya",
    "France",
    "Germany",
    "Turkey",
]
VERBS = [
    ("supports", "support"),
    ("criticizes", "criticize"),
    ("warns", "warn"),
    ("praises", "praise"),
    ("invites", "invite"),
]


def make_articles(folder: Path, n: int, start: int = 0) -> None:
    """``n`` distinct parsed articles (CoNLL-U), six short sentences each, with relations."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        rng = random.Random(i)
        blocks = []
        for j in range(6):
            a, b = rng.sample(ACTORS, 2)
            form, lemma = rng.choice(VERBS)
            num = str(i * 10 + j)
            words = [(a, a, "PROPN", 2, "nsubj"), (form, lemma, "VERB", 0, "root"), (b, b, "PROPN", 2, "obj"),
                     ("on", "on", "ADP", 5, "case"), ("day", "day", "NOUN", 2, "obl"), (num, num, "NUM", 5, "nummod"),
                     (".", ".", "PUNCT", 2, "punct")]  # fmt: skip
            lines = [f"# text = {a} {form} {b} on day {num}."]
            lines += [
                f"{k}\t{w}\t{lm}\t{u}\t_\t_\t{h}\t{d}\t_\t_"
                for k, (w, lm, u, h, d) in enumerate(words, 1)
            ]
            blocks.append("\n".join(lines))
        (folder / f"a{i:07d}.conllu").write_text("\n\n".join(blocks) + "\n\n", encoding="utf-8")


def kg(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    out = subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True)
    if check and out.returncode != 0:
        raise SystemExit(f"kg {' '.join(args)} failed ({out.returncode}): {out.stderr.strip()}")
    return out


def instances(store: Path) -> list[tuple]:
    rows = json.loads(kg("triples", "--all", "--format", "json", "--store", str(store)).stdout)
    # the article column is left out: which of two near-identical copies is stored as the
    # original (with the events) and which as its duplicate depends on the order of writing
    return sorted(
        (r["subject"], r["relation"], r["object"], r["factuality"], r["sentence"]) for r in rows
    )


def stress(kills: int, articles: int, seed: int = 1, log=print) -> int:
    """Each round builds ``articles`` new articles into the same store and is killed part-way."""
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="kg-kill-") as tmp:
        work = Path(tmp)
        store, clean = work / "store", work / "clean"
        make_articles(work / "probe", articles, start=10**6)
        t0 = time.perf_counter()
        kg(
            "build",
            str(work / "probe"),
            "--store",
            str(work / "probe-store"),
            "-q",
            "--no-cache",
            "--lang",
            "en",
        )
        full = time.perf_counter() - t0  # kills land anywhere from start-up to the last article
        survived = 0
        for k in range(kills):
            folder = work / "in" / f"r{k:04d}"
            make_articles(folder, articles, start=k * articles)
            proc = subprocess.Popen(
                [sys.executable, "-m", "kg", "build", str(folder), "--store", str(store), "-q", "--no-cache", "--lang", "en"],
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
            )  # fmt: skip
            time.sleep(rng.uniform(0.3, 1.0) * full)
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
            proc.wait()
            if not store.exists():
                log(f"kill {k + 1}: before the store was created")
                survived += 1
                continue
            stats = kg("stats", "--store", str(store), check=False)
            valid = kg("validate", "--store", str(store), check=False)
            ok = stats.returncode == 0 and valid.returncode == 0
            counts = {
                ln.split()[0]: ln.split()[-1] for ln in stats.stdout.splitlines() if ln.split()
            }
            stored = int(counts.get("articles", 0)) + int(
                counts.get("duplicates", 0)
            )  # copies count too
            log(
                f"kill {k + 1}: store {'opens and validates' if ok else 'BROKEN'} ({stored} of {(k + 1) * articles} articles)"
            )
            if not ok:
                log(stats.stderr + valid.stdout + valid.stderr)
                continue
            survived += 1
        kg("build", str(work / "in"), "--store", str(store), "-q", "--no-cache", "--lang", "en")
        kg("build", str(work / "in"), "--store", str(clean), "-q", "--no-cache", "--lang", "en")
        same = instances(store) == instances(clean)
        counts = [kg("stats", "--store", str(x)).stdout.splitlines()[:3] for x in (store, clean)]
        same = same and counts[0] == counts[1]  # articles, duplicates, sentences
        log(
            f"re-run completes: {'identical to a clean build' if same else 'DIFFERENT from a clean build'}"
        )
        log(f"{survived}/{kills} kills left a store that opens and validates")
        return 0 if survived == kills and same else 1


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--kills", type=int, default=100)
    ap.add_argument("--articles", type=int, default=40, help="new articles per round")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    sys.exit(stress(args.kills, args.articles, args.seed))


if __name__ == "__main__":
    main()
