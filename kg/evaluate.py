"""``kg eval``: score extracted triples against gold TSV files.

Gold files have a header with at least ``subject relation object`` and
``factuality`` (the format of the seed article's gold file), and pair with
articles by file name stem (``x.txt`` ↔ ``x.tsv``). Three views:

* **strict** — (subject, relation, object); symmetric relations in either order;
* **pair** — the unordered actor pair, whatever the relation;
* **state** — strict after rolling persons up to the state they led or served.

Negated gold rows are not positives; negated predictions are not claims.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError

VIEWS = ("strict", "pair", "state")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list[tuple] = field(default_factory=list)
    extra: list[tuple] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class Evaluation:
    """Scores per file and overall, for each view."""

    files: dict[str, dict[str, Score]] = field(default_factory=dict)
    overall: dict[str, Score] = field(default_factory=lambda: {v: Score() for v in VIEWS})
    seconds: dict[str, float] = field(default_factory=dict)

    def differences(self) -> str:
        """One line per missed and extra triple of each file (strict view), tab-separated."""
        lines = []
        for name, views in self.files.items():
            lines += [f"{name}\tmissed\t{' | '.join(row)}" for row in views["strict"].missed]
            lines += [f"{name}\textra\t{' | '.join(row)}" for row in views["strict"].extra]
        return "".join(line + "\n" for line in lines)

    def timing(self) -> str:
        """Parse and extraction time, and extraction as a share of parsing."""
        s = self.seconds
        share = 100 * s["extract"] / s["parse"] if s.get("parse") else 0.0
        return f"time: parse {s.get('parse', 0):.2f}s, extract {s.get('extract', 0):.2f}s ({share:.1f}% of parse)"

    def table(self) -> str:
        lines = [
            f"{'file':<40} {'view':<7} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"
        ]
        rows = list(self.files.items()) + [("OVERALL", self.overall)]
        for name, views in rows:
            for v in VIEWS:
                s = views[v]
                # nothing expected, nothing found: right, but no ratio to show
                p, r, f = (
                    f"{x:6.3f}" if s.tp + s.fp + s.fn else f"{'—':>6}"
                    for x in (s.precision, s.recall, s.f1)
                )
                lines.append(f"{name[:40]:<40} {v:<7} {p} {r} {f} {s.tp:4d} {s.fp:4d} {s.fn:4d}")
        if any("—" in line for line in lines[1:]):
            lines.append("(—: the gold file lists no relation and none was found, as it should be)")
        return "\n".join(lines)


def read_gold(path: Path) -> list[dict[str, str]]:
    """Rows of a gold TSV file (header required)."""
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = {"subject", "relation", "object"} - set(reader.fieldnames or [])
        if missing:
            raise InputError(
                f"{path}: gold file lacks column(s) {', '.join(sorted(missing))}; header must name subject relation object ... factuality"
            )
        return [dict(r) for r in reader if (r.get("subject") or "").strip()]


def _keys(
    rows: Iterable[tuple[str, str, str]], view: str, symmetric: set[str], roll: Callable[[str], str]
) -> set[tuple]:
    out: set[tuple] = set()
    for s, r, o in rows:
        if view == "state":
            s, o = roll(s), roll(o)
            if s == o:
                continue
        if view == "pair":
            out.add(tuple(sorted((s, o))))
        elif r in symmetric:
            out.add((*sorted((s, o)), r))
        else:
            out.add((s, r, o))
    return out


def score(
    predicted: Iterable[tuple[str, str, str]],
    gold: Iterable[tuple[str, str, str]],
    view: str,
    symmetric: set[str],
    roll: Callable[[str], str] = lambda x: x,
    general: dict[str, frozenset[str]] | None = None,
) -> Score:
    """Precision/recall of predicted against gold (label, relation, label) triples in one view.

    ``general`` maps a relation to its specialisations (``member_of`` →
    ``{official_of}``): a predicted specialisation matches a gold general row.
    """
    gold = list(gold)
    if general:
        gold_set = set(gold)
        predicted = [
            next(
                ((s, p, o) for p, kids in general.items() if r in kids and (s, p, o) in gold_set),
                (s, r, o),
            )
            for s, r, o in predicted
        ]
    p = _keys(predicted, view, symmetric, roll)
    g = _keys(gold, view, symmetric, roll)
    return Score(len(p & g), len(p - g), len(g - p), sorted(g - p), sorted(p - g))


def evaluate(
    paths: list[Path],
    gold_dir: Path,
    *,
    models: str | Path | None = None,
    lang: str = "auto",
    parser=None,
    extractor=None,
) -> Evaluation:
    """Build ``paths`` into a temporary in-memory store and score ``kg triples`` against ``gold_dir``."""
    import time

    from kg.knowledge.actors import load_actors
    from kg.knowledge.ontology import load_relations, specialisations
    from kg.pipeline import build
    from kg.read import SUFFIXES
    from kg.store import Store

    files: list[Path] = []
    for p in paths:
        p = Path(p)
        files.extend(sorted(x for x in p.rglob("*") if x.suffix in SUFFIXES) if p.is_dir() else [p])
    golds = {g.stem: g for g in Path(gold_dir).rglob("*.tsv")}
    if not golds:
        raise InputError(
            f"{gold_dir}: no gold .tsv files; give the folder of gold files paired by name with the articles"
        )
    pairs = [(f, golds[f.stem]) for f in files if f.stem in golds]
    if not pairs:
        raise InputError(
            f"no article in {', '.join(map(str, paths))} has a gold file of the same name in {gold_dir}"
        )
    relations = load_relations()
    symmetric = {r.name for r in relations.values() if r.symmetric}
    index = load_actors()
    label_to_id = {a.label: a.id for a in index}
    general = specialisations()

    def canon(label: str) -> str:
        """A gold label as kg labels it ("West" → "the West")."""
        label = label.strip()
        if label in label_to_id:
            return label
        found = index.find(label)
        return found[0].label if len(found) == 1 else label

    result = Evaluation()
    with Store.open("memory") as store:
        t0 = time.perf_counter()
        report = build(
            [f for f, _ in pairs],
            store,
            lang=lang,
            models=models,
            parser=parser,
            extractor=extractor,
            use_cache=False,
        )
        result.seconds = {
            "total": time.perf_counter() - t0,
            "parse": report.parse_seconds,
            "extract": report.extract_seconds,
            "store": report.store_seconds,
        }
        rows = store.relation_instances(factualities=("asserted", "reported", "future"))
    by_source: dict[str, list[dict]] = {}
    for r in rows:
        by_source.setdefault(Path(r["source"]).stem, []).append(r)
    for f, g in pairs:
        gold_rows = [
            r for r in read_gold(g) if (r.get("factuality") or "asserted").strip() != "negated"
        ]
        preds = by_source.get(f.stem, [])
        date = next((r["date"] for r in preds if r.get("date")), None)

        def roll(label: str, date: dt.date | None = date) -> str:
            actor = label_to_id.get(label)
            if actor is None:
                return label
            state = index.state_of(actor, date)
            return index.get(state).label if state and state in index else label

        p3 = [(r["subject_label"], r["relation"], r["object_label"]) for r in preds]
        g3 = [(canon(r["subject"]), r["relation"].strip(), canon(r["object"])) for r in gold_rows]
        views = {v: score(p3, g3, v, symmetric, roll, general) for v in VIEWS}
        result.files[f.name] = views
        for v in VIEWS:
            result.overall[v].add(views[v])
    return result
