"""Measure kg as a PETRARCH coder on PETRARCH's unit-test records (issue #19).

    python scripts/petrarch_unit.py [--parses given,stanza] [--models DIR] [--json FILE]
                                    [--factuality asserted,reported] [--records FILE]
                                    [--dictionaries FILE_OR_DIR]

Codes tests/data/petrarch/PETR.UnitTest.records.ud.xml.gz (converted by
scripts/convert_petrarch_unit.py) with kg's extractor, once on the records' own UD parses
(``given``: no Stanza) and once on Stanza's parse of the text (``stanza``: models from
--models, $KG_MODELS or ``kg models use``), resolving actors with the records' own actor
dictionary (``PETR.Validate.actors``, compiled in ontologies/petrarch), and prints recall and
precision of (source, target, event code) and of (source country, target country, CAMEO root),
then the misses by cause (see kg.code_score). --json writes the numbers.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.code import code_records, make_coder  # noqa: E402
from kg.code_score import score  # noqa: E402
from kg.coding.dictionaries import load_coding_dictionaries  # noqa: E402
from kg.coding.records import DictionaryCoder  # noqa: E402
from kg.knowledge.petrarch import compiled_dir  # noqa: E402
from kg.knowledge.petrarch.records import read_records  # noqa: E402

RECORDS = ROOT / "tests" / "data" / "petrarch" / "PETR.UnitTest.records.ud.xml.gz"


def measure(
    parses: str,
    *,
    records: Path = RECORDS,
    dictionaries: Path | None = None,
    models: str | None = None,
    factualities: tuple[str, ...] = ("asserted", "reported", "future"),
    engine: str = "dictionary",
):
    """(score, seconds) of coding ``records`` with ``parses`` (given or stanza) and
    ``engine`` (dictionary: the PETR.Validate set; kg: kg's extractor with its actors)."""
    recs = read_records(records)
    t0 = time.perf_counter()
    if engine == "kg":
        dictionaries = dictionaries or compiled_dir() / "PETR.Validate.actors.json.gz"
        coder = make_coder(dictionaries, models if parses == "stanza" else False)
        events = code_records(recs, parses=parses, coder=coder, factualities=factualities)
    else:
        parser = None
        if parses == "stanza":
            from kg.parse.stanza import Parser, models_dir

            parser = Parser(models_dir=models_dir(models), datelines=True)
        dicts = load_coding_dictionaries(dictionaries or "PETR.Validate")
        coder = DictionaryCoder(dicts, parser)
        events = coder.code(recs, parses, factualities)
    seconds = time.perf_counter() - t0
    return score(recs, events, coder, factualities), seconds, recs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--parses", default="given,stanza", help="given, stanza or both")
    ap.add_argument("--models", default=None, help="Stanza model folder (for stanza)")
    ap.add_argument("--records", type=Path, default=RECORDS)
    ap.add_argument("--dictionaries", default=None, help="a set name or a folder")
    ap.add_argument("--factuality", default="asserted,reported,future")
    ap.add_argument("--coder", default="dictionary", choices=["dictionary", "kg"])
    ap.add_argument("--json", type=Path, default=None, help="write the numbers here")
    args = ap.parse_args(argv)
    factualities = tuple(f.strip() for f in args.factuality.split(",") if f.strip())
    results = {}
    for parses in [p.strip() for p in args.parses.split(",") if p.strip()]:
        result, seconds, recs = measure(
            parses,
            records=args.records,
            dictionaries=args.dictionaries,
            models=args.models,
            factualities=factualities,
            engine=args.coder,
        )
        agents = sum(len(c.source) > 3 or len(c.target) > 3 for r in recs for c in r.expected)
        print(f"== parses: {parses} ({len(recs)} sentences, {seconds:.1f} s)")
        print(result.report())
        print(f"({agents} of the {result.expected} expected codings name a sub-state agent)\n")
        results[parses] = result.as_dict() | {"seconds": round(seconds, 1)}
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
