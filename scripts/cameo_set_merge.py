"""Merge annotators' parts into a new CAMEO set, dropping sentences that overlap earlier sets.

    python scripts/cameo_set_merge.py PARTS_DIR OUT.xml [EXTRA_SET.xml ...]

Reads ``PARTS_DIR/part-*.xml`` (PETRARCH validation XML, one file per annotator) and writes
``OUT.xml`` with every sentence that shares no source, no opening (its first eight words) and
no run of seven words with a sentence of ``examples/cameo-dev*/sentences.xml`` or of the extra
sets named. Prints only the ids of the sentences it drops and why (the set that holds the
other id, and whether it is one that must never be read), so that a never-read set stays
unread. A development tool for making the sets of ``examples/`` (see their READMEs).
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parent.parent


def never_read(set_dir: Path) -> bool:
    """A set never read beside kg's output says so in its README's title."""
    readme = set_dir / "README.md"
    return readme.exists() and "never read" in readme.read_text(encoding="utf-8").split("\n", 1)[0]


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _runs(text: str, n: int = 7) -> set[str]:
    w = _words(text)
    return {" ".join(w[i : i + n]) for i in range(len(w) - n + 1)}


def _sentences(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter("Sentence"))


def _text(el: ET.Element) -> str:
    return " ".join((el.findtext("Text") or "").split())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("parts", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("extra", type=Path, nargs="*")
    args = ap.parse_args(argv)
    earlier: dict[str, tuple[str, str, str]] = {}  # id: (set folder, source, text)
    paths = [*sorted(ROOT.glob("examples/cameo-dev*/sentences.xml")), *args.extra]
    unread = {str(p.parent) for p in paths if never_read(p.parent)}
    for path in paths:
        if path.resolve() == args.out.resolve():
            continue
        for el in _sentences(path):
            earlier[el.get("id", "")] = (str(path.parent), el.get("source", ""), _text(el))
    by_source = {src: i for i, (_, src, _) in earlier.items()}
    by_opening = {" ".join(_words(t)[:8]): i for i, (_, _, t) in earlier.items()}
    by_run: dict[str, set[str]] = {}
    for i, (_, _, t) in earlier.items():
        for r in _runs(t):
            by_run.setdefault(r, set()).add(i)
    kept: list[ET.Element] = []
    for part in sorted(args.parts.glob("part-*.xml")):
        for el in _sentences(part):
            text, why = _text(el), []
            if el.get("source") in by_source:
                why.append(f"source {by_source[el.get('source', '')]}")
            if (opening := " ".join(_words(text)[:8])) in by_opening:
                why.append(f"opening {by_opening[opening]}")
            hits: dict[str, int] = {}
            for r in _runs(text):
                for i in by_run.get(r, ()):
                    hits[i] = hits.get(i, 0) + 1
            for i, n in sorted(hits.items()):
                kind = "never read" if earlier[i][0] in unread else "read"
                why.append(f"{n} runs with {i} ({kind})")
            if why:
                print("drop", el.get("id"), "; ".join(why))
            else:
                kept.append(el)
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<Sentences>"]
    for el in kept:
        attrs = " ".join(f"{k}={quoteattr(el.get(k, ''))}" for k in ("date", "id", "source"))
        lines.append(f'<Sentence {attrs} sentence="true">')
        for c in el.findall("EventCoding"):
            if c.get("noevents"):
                lines.append('<EventCoding noevents="True" />')
            else:
                codes = " ".join(
                    f"{k}={quoteattr(c.get(k, ''))}"
                    for k in ("sourcecode", "targetcode", "eventcode")
                )
                lines.append(f"<EventCoding {codes} />")
        lines += ["<Text>", escape(_text(el)), "</Text>", "</Sentence>"]
    lines.append("</Sentences>")
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    codings = sum(1 for el in kept for c in el.findall("EventCoding") if not c.get("noevents"))
    print(f"kept {len(kept)} sentences, {codings} codings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
