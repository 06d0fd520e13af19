"""Results of a SPARQL request and their formats: table, CSV, TSV, JSON (SPARQL 1.1 results)."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from kg.errors import UsageError
from kg.knowledge.ontology import PREFIXES

FORMATS = ("table", "csv", "tsv", "json")
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@dataclass
class QueryResult:
    """A SPARQL answer: ``kind`` is select, ask, graph (CONSTRUCT/DESCRIBE) or update."""

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Any, ...]] = field(default_factory=list)  # pyoxigraph terms or None
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)

    def __len__(self) -> int:
        return {"select": len(self.rows), "graph": len(self.triples)}.get(self.kind, 1)

    def dicts(self) -> list[dict[str, Any]]:
        """Rows as ``{variable: python value}`` (IRIs and literals as strings, None when unbound)."""
        return [
            {v: plain(t) for v, t in zip(self.variables, row, strict=True)} for row in self.rows
        ]


def plain(term: Any) -> str | None:
    """A term's value as a string (IRI, literal lexical form, blank node id), None when unbound."""
    return None if term is None else term.value


def compact(term: Any) -> str:
    """A term for people: ``act:russia``, ``Russia``, ``_:b0``."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in PREFIXES.items():
            if term.value.startswith(ns) and re.fullmatch(r"[\w\-.]*", term.value[len(ns) :]):
                return f"{prefix}:{term.value[len(ns) :]}"
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def _json_term(term: Any) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": str(term)}


def _table(header: list[str], rows: Iterable[Sequence[str]], width: int = 120) -> str:
    cells = [[c if len(c) <= width else c[: width - 1] + "…" for c in r] for r in rows]
    cells = [[" ".join(c.split()) for c in r] for r in cells]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    return "\n".join(lines) + "\n"


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """``table`` (aligned), ``csv``/``tsv`` (SPARQL 1.1 CSV/TSV) or ``json`` (SPARQL 1.1 Results JSON)."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if result.kind == "update":
        return "" if fmt != "table" else "update applied\n"
    if result.kind == "ask":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": bool(result.boolean)}) + "\n"
        return ("true" if result.boolean else "false") + "\n"
    if result.kind == "graph":
        header = ["subject", "predicate", "object"]
        rows = [(t.subject, t.predicate, t.object) for t in result.triples]
    else:
        header, rows = result.variables, result.rows
    if fmt == "table":
        return _table(header, ([compact(t) for t in r] for r in rows))
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows([plain(t) or "" for t in r] for r in rows)
        return buf.getvalue()
    if fmt == "tsv":
        lines = ["\t".join("?" + h for h in header)]
        lines += ["\t".join("" if t is None else str(t) for t in r) for r in rows]
        return "\n".join(lines) + "\n"
    bindings = [
        {h: _json_term(t) for h, t in zip(header, r, strict=True) if t is not None} for r in rows
    ]
    doc = {"head": {"vars": header}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False) + "\n"
