"""Convert PETRARCH's unit-test records into the test fixture tests/data/petrarch/ (MIT).

    python scripts/convert_petrarch_unit.py [SOURCE] [--out tests/data/petrarch]

SOURCE is the folder holding SOURCE.txt, the LICENSE files and unit-tests/ (default
../shared/data/petrarch beside the repository). The UD version of the records
(``PETR.UnitTest.records.ud.xml``, UniversalPetrarch) is rewritten as compact PETRARCH input:
every ``<Sentence>`` with its attributes, its expected ``<EventCoding>`` rows, ``<Text>`` and
``<Parse>`` (CoNLL-U, as given), without the comments and the commented-out records, under an
XML comment carrying the origin and the MIT notice; gzip'd deterministically (mtime 0), so
running it twice gives byte-identical files. The licences and a SOURCE.md go beside it.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parent.parent
NAME = "PETR.UnitTest.records.ud.xml"
LICENCES = ("LICENSE-petrarch2", "LICENSE-UniversalPetrarch")
NOTICE = """\
PETRARCH's unit-test records with Universal Dependencies parses (UDPipe 2.0), converted for
kg's tests by scripts/convert_petrarch_unit.py: the <Sentence> records with their expected
<EventCoding> rows, <Text> and <Parse>; comments and commented-out records left out.
Source: {source}
sha256 of the source file: {sha}
The records are PETRARCH2's (openeventdata/petrarch2) and UniversalPetrarch's, under these
MIT licences (also in LICENSE-petrarch2 and LICENSE-UniversalPetrarch beside this file):

{licences}
"""


def origin(source: Path) -> str:
    """Where the UD records come from, read off SOURCE.txt: repository @ commit, path."""
    text = (source / "SOURCE.txt").read_text(encoding="utf-8")
    found = re.search(r"(openeventdata/UniversalPetrarch) @ ([0-9a-f]{40}),\s*(\S+/)", text)
    if found is None:
        return f"openeventdata/UniversalPetrarch, UniversalPetrarch/data/text/{NAME}"
    repo, commit, folder = found.groups()
    return f"{repo} @ {commit}, {folder}{NAME}"


def convert(raw: bytes, source_line: str, licences: str) -> bytes:
    """The compact XML of the records (see the module docstring)."""
    root = ET.fromstring(raw)
    sha = hashlib.sha256(raw).hexdigest()
    out = io.StringIO()
    out.write("<?xml version='1.0' encoding='utf-8'?>\n<!--\n")
    notice = NOTICE.format(source=source_line, sha=sha, licences=licences)
    out.write(notice.replace("--", "- -"))
    out.write("-->\n<Sentences>\n")
    for s in root.iter("Sentence"):
        attrs = " ".join(f"{k}={quoteattr(v)}" for k, v in s.attrib.items())
        out.write(f"<Sentence {attrs}>\n")
        for c in s.findall("EventCoding"):
            cattrs = " ".join(f"{k}={quoteattr(v)}" for k, v in c.attrib.items())
            out.write(f"<EventCoding {cattrs} />\n")
        text = " ".join((s.findtext("Text") or "").split())
        out.write(f"<Text>{escape(text)}</Text>\n")
        parse = s.findtext("Parse")
        if parse and parse.strip():
            rows = [line.strip() for line in parse.strip().splitlines() if line.strip()]
            out.write("<Parse>\n" + escape("\n".join(rows)) + "\n</Parse>\n")
        out.write("</Sentence>\n")
    out.write("</Sentences>\n")
    return out.getvalue().encode("utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", nargs="?", default=str(ROOT.parent / "shared" / "data" / "petrarch"))
    ap.add_argument("--out", default=str(ROOT / "tests" / "data" / "petrarch"))
    args = ap.parse_args(argv)
    source, out = Path(args.source), Path(args.out)
    raw = (source / "unit-tests" / NAME).read_bytes()
    licences = "\n\n".join((source / name).read_text(encoding="utf-8").strip() for name in LICENCES)
    data = convert(raw, origin(source), licences)
    out.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(data)
    target = out / f"{NAME}.gz"
    target.write_bytes(buf.getvalue())
    for name in LICENCES:
        shutil.copyfile(source / name, out / name)
    n = data.count(b"<Sentence ")
    codings = data.count(b"eventcode=")
    (out / "SOURCE.md").write_text(
        "# PETRARCH unit-test records (MIT)\n\n"
        f"`{target.name}`: {n} sentences, {codings} expected codings, written by "
        "`scripts/convert_petrarch_unit.py` from the shared data's "
        f"`unit-tests/{NAME}` (sha256 `{hashlib.sha256(raw).hexdigest()[:16]}`).\n\n"
        f"Origin: {origin(source)}\n\n"
        "The records test PETRARCH's coding logic with the `PETR.Validate.*` dictionaries\n"
        "(fictional states such as Arnor and Gondor; compiled in `ontologies/petrarch/`).\n"
        "Licences: `LICENSE-petrarch2`, `LICENSE-UniversalPetrarch` (MIT), beside this file.\n",
        encoding="utf-8",
    )
    print(f"wrote {target}: {n} sentences, {codings} expected codings", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
