"""Where kg's own actors and the Phoenix actor dictionaries meet, and where they disagree
(issue #19): writes ontologies/petrarch/MERGE.md.

    python scripts/phoenix_merge_report.py [--out FILE]

The dictionary coder (kg.coding) matches kg's actors first and Phoenix's for names kg lacks,
so every disagreement below is resolved for kg: its actors keep their Wikidata ids, their
Indonesian names and their dated offices. The report says how often the two agree:

* states: kg's ISO3 code vs Phoenix's default code of the same name;
* persons: on each day a term of office of kg's starts (and the day after it ends), kg's code
  (state + GOV in office, else nationality) vs Phoenix's dated code for that name;
* organisations: kg's code vs Phoenix's default code.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.knowledge.actor_codes import ActorCodes  # noqa: E402
from kg.knowledge.actors import load_actors  # noqa: E402
from kg.knowledge.names import normalize  # noqa: E402
from kg.knowledge.petrarch import load_compiled  # noqa: E402
from kg.knowledge.petrarch.actor_index import code_on  # noqa: E402

PHOENIX = ("Phoenix.Countries.actors", "Phoenix.International.actors", "Phoenix.MilNonState.actors")


def phoenix_names() -> dict[str, list]:
    out: dict[str, list] = defaultdict(list)
    for name in PHOENIX:
        for entry in load_compiled(name):
            for phrase in entry.names:
                if entry.roles:
                    out[normalize(phrase.text)].append(entry)
    return out


def _days(actor) -> list[dt.date]:
    days = []
    for t in actor.terms:
        if t.start:
            days.append(t.start + dt.timedelta(days=1))
        if t.end:
            days.append(t.end + dt.timedelta(days=1))
    return sorted(set(days))


def compare() -> tuple[Counter, list[tuple[str, str, str, str, str]]]:
    index = load_actors()
    codes = ActorCodes(index)
    names = phoenix_names()
    counts: Counter = Counter()
    conflicts: list[tuple[str, str, str, str, str]] = []
    for actor in index:
        entries = []
        for label in actor.names.get("en", []) or [actor.label]:
            entries = names.get(normalize(label), [])
            if entries:
                break
        kind = "state" if actor.type == "State" else "person" if actor.type == "Person" else "org"
        counts[f"{kind}: kg actors"] += 1
        if not entries:
            counts[f"{kind}: not in Phoenix"] += 1
            continue
        counts[f"{kind}: in Phoenix"] += 1
        days = _days(actor) if kind == "person" else [dt.date(2015, 1, 1)]
        bad = []
        for day in days or [dt.date(2015, 1, 1)]:
            ours = codes(actor.id, day)
            theirs = {code_on(e, day) for e in entries}
            if ours and ours not in theirs:
                bad.append((day.isoformat(), ours, "/".join(sorted(theirs))))
        if bad:
            counts[f"{kind}: conflicts"] += 1
            day, ours, theirs = bad[0]
            conflicts.append((kind, actor.id, day, ours, theirs))
        else:
            counts[f"{kind}: agree"] += 1
    return counts, conflicts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "ontologies" / "petrarch" / "MERGE.md")
    args = ap.parse_args(argv)
    counts, conflicts = compare()
    lines = [
        "# kg's actors and the Phoenix actor dictionaries",
        "",
        "Written by `scripts/phoenix_merge_report.py`. The dictionary coder (`kg code`, and the",
        "agents and event codes of `kg build`) matches kg's own actors first and Phoenix's only",
        "for names kg lacks, so each conflict below is resolved for kg: its actors keep their",
        "Wikidata ids, Indonesian names and dated offices.",
        "",
        "| actors | kg | in Phoenix | agree | conflict |",
        "|---|---|---|---|---|",
    ]
    for kind in ("state", "person", "org"):
        lines.append(
            f"| {kind}s | {counts[f'{kind}: kg actors']} | {counts[f'{kind}: in Phoenix']} | "
            f"{counts[f'{kind}: agree']} | {counts[f'{kind}: conflicts']} |"
        )
    lines += [
        "",
        "A person is compared on the day after each start and end of a term of office kg holds;",
        "states and organisations on 2015-01-01. The first disagreeing day is listed.",
        "",
        "| kind | kg actor | day | kg's code | Phoenix's code |",
        "|---|---|---|---|---|",
    ]
    lines += [f"| {k} | {a} | {d} | {o} | {t} |" for k, a, d, o, t in sorted(conflicts)]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(conflicts)} conflicts")
    for kind in ("state", "person", "org"):
        print(kind, {k.split(": ")[1]: v for k, v in counts.items() if k.startswith(kind)})
    return 0


if __name__ == "__main__":
    sys.exit(main())
