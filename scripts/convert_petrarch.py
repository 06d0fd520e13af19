"""Compile PETRARCH2's dictionaries into ontologies/petrarch (gzip'd JSON, deterministic).

    python scripts/convert_petrarch.py [SOURCE] [--out ontologies/petrarch] [--timing]

SOURCE is the folder holding SOURCE.txt, LICENSE-petrarch2 and dictionaries/ (default
../shared/data/petrarch beside the repository). Each dictionary is read with the readers
of kg.knowledge.petrarch and written as ``<name>.json.gz``; the MIT licence and a
SOURCE.md (origin, commit, checksums, counts, lines left out and why) go beside them.
Running it twice gives byte-identical files.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.errors import InputError  # noqa: E402
from kg.knowledge.petrarch import (  # noqa: E402
    ReadReport,
    load_compiled,
    read_actors,
    read_agents,
    read_discards,
    read_verbs,
)
from kg.knowledge.petrarch.compiled import dump_compiled  # noqa: E402

READERS = {"actors": read_actors, "agents": read_agents, "verbs": read_verbs}
READERS["discards"] = read_discards
LICENCES = ("LICENSE-petrarch2",)  # the dictionaries come from petrarch2 only
NOT_CONVERTED = {
    "Phoenix.IssueCoding.txt": "issue phrases, not read by kg",
    "Phoenix.prepositions.txt": "a plain word list, not read by kg",
}


def kind_of(name: str) -> str | None:
    """The dictionary kind from a file name (CAMEO*.txt and *.verbs.txt are verbs)."""
    if name.startswith("CAMEO"):
        return "verbs"
    m = re.search(r"\.(actors|agents|verbs|discards)\.txt$", name)
    return m.group(1) if m else None


def counts(kind: str, data) -> str:
    """A one-line count of what a reader returned."""
    if kind == "verbs":
        return (
            f"{len(data.blocks)} verb blocks, {len(data.verbs)} verbs, {len(data.patterns)} "
            f"patterns, {len(data.synsets)} synsets, {len(data.transformations)} transformations"
        )
    if kind == "actors":
        return (
            f"{len(data)} actors, {sum(len(a.synonyms) for a in data)} synonyms, "
            f"{sum(len(a.roles) for a in data)} codes"
        )
    return f"{len(data)} {kind}"


def source_commits(source: Path) -> str:
    """The lines of SOURCE.txt that name a repository and commit."""
    text = (source / "SOURCE.txt").read_text(encoding="utf-8")
    return "\n".join(
        f"- `{m.group(1)}` @ `{m.group(2)}`" for m in re.finditer(r"(\S+/\S+) @ (\w+)", text)
    )


def convert(source: Path, out: Path) -> list[str]:
    """Write the compiled dictionaries, licence and SOURCE.md; return the report lines."""
    out.mkdir(parents=True, exist_ok=True)
    rows, report_lines = [], []
    for f in sorted((source / "dictionaries").glob("*.txt")):
        kind = kind_of(f.name)
        if kind is None:
            report_lines.append(f"{f.name}: not converted ({NOT_CONVERTED.get(f.name, 'unknown')})")
            continue
        rep = ReadReport()
        data = READERS[kind](f, report=rep)
        stem = f.name.removesuffix(".txt")
        sha = hashlib.sha256(f.read_bytes()).hexdigest()
        skipped = [str(n) for n in rep.skipped]
        blob = dump_compiled(
            kind,
            data,
            out / f"{stem}.json.gz",
            source=f"petrarch2/data/dictionaries/{f.name}",
            source_sha256=sha,
            encoding=rep.encoding,
            skipped=skipped,
            irregular=[str(n) for n in rep.irregular],
        )
        rows.append((f.name, kind, counts(kind, data), len(skipped), len(rep.irregular), sha, blob))
        report_lines.append(
            f"{f.name}: {counts(kind, data)}; {rep.lines} lines read, {rep.ignored} blank or "
            f"comment lines, {len(skipped)} defective lines skipped, {len(rep.irregular)} "
            f"irregular lines read anyway; {len(blob) / 1024:.0f} KiB compiled"
        )
        report_lines += [f"    skipped {n}" for n in skipped]
    for lic in LICENCES:
        shutil.copyfile(source / lic, out / lic)
    write_source_md(source, out, rows)
    return report_lines


def write_source_md(source: Path, out: Path, rows: list) -> None:
    """SOURCE.md: where each compiled file came from and what was left out."""
    lines = [
        "# PETRARCH2 / Phoenix dictionaries, compiled",
        "",
        "Event-coding dictionaries of the Open Event Data Alliance (MIT licence, see",
        "`LICENSE-petrarch2`), read by `kg.knowledge.petrarch` and written by",
        "`scripts/convert_petrarch.py` as gzip'd JSON (`load_compiled(name)` reads them back).",
        "",
        "Upstream (from the shared data's SOURCE.txt):",
        "",
        source_commits(source),
        "",
        "Every dictionary below is `petrarch2/data/dictionaries/<file>` at the petrarch2 commit.",
        "",
        "| compiled | source file | kind | entries | skipped lines | irregular lines | source sha256 |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, kind, count, skipped, irregular, sha, _ in rows:
        compiled = name.removesuffix(".txt") + ".json.gz"
        lines.append(
            f"| `{compiled}` | `{name}` | {kind} | {count} | {skipped} | {irregular} | `{sha[:16]}` |"
        )
    lines += [
        "",
        "Not converted: "
        + "; ".join(f"`{k}` ({v})" for k, v in sorted(NOT_CONVERTED.items()))
        + ".",
        "",
        "Each compiled file lists its skipped lines (`skipped`: `file:line: why`) and the",
        "irregular lines read anyway (`irregular`) beside the entries; `fields` names the",
        "order of the values in each record.",
        "",
    ]
    (out / "SOURCE.md").write_text("\n".join(lines), encoding="utf-8")


def timing(source: Path, out: Path, repeat: int = 5) -> str:
    """Best-of-``repeat`` seconds to parse CAMEO.2.0.txt vs to load its compiled form."""
    text = source / "dictionaries" / "CAMEO.2.0.txt"
    parse = min(_clock(lambda: read_verbs(text)) for _ in range(repeat))
    load = min(_clock(lambda: load_compiled("CAMEO.2.0", out)) for _ in range(repeat))
    return f"CAMEO.2.0: parse text {parse * 1000:.1f} ms, load compiled {load * 1000:.1f} ms, ratio {parse / load:.2f}x"


def _clock(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("source", nargs="?", default=str(ROOT.parent / "shared" / "data" / "petrarch"))
    ap.add_argument("--out", default=str(ROOT / "ontologies" / "petrarch"))
    ap.add_argument("--timing", action="store_true", help="time parsing vs loading CAMEO.2.0")
    args = ap.parse_args(argv)
    source, out = Path(args.source), Path(args.out)
    if not (source / "dictionaries").is_dir():
        print(
            f"error: {source}/dictionaries not found; pass the PETRARCH data folder",
            file=sys.stderr,
        )
        return 2
    try:
        for line in convert(source, out):
            print(line)
        if args.timing:
            print(timing(source, out))
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
