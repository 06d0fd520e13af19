"""The compiled form of the PETRARCH dictionaries: one gzip'd JSON file per dictionary.

``scripts/convert_petrarch.py`` writes them into ``ontologies/petrarch`` (installed as
``kg.ontologies.petrarch``); :func:`load_compiled` reads them back into the same records
the text readers return. Records are stored as JSON arrays in a fixed field order (see
``FIELDS``), dates as ISO strings; the output is deterministic (sorted keys, gzip mtime 0).
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.knowledge.petrarch.model import (
    ActorEntry,
    ActorRole,
    AgentEntry,
    CameoCode,
    DiscardEntry,
    Pattern,
    PatternToken,
    Phrase,
    Synset,
    SynsetMember,
    Transformation,
    VerbBlock,
    VerbDictionary,
    VerbEntry,
)

__all__ = ["FORMAT", "compiled_dir", "compiled_names", "dump_compiled", "encode", "load_compiled"]

FORMAT = 1
SUFFIX = ".json.gz"
FIELDS = {
    "phrase": ["original", "*words"],
    "actors": ["name", "synonyms", "roles[code, start, end, raw, line]", "line"],
    "agents": ["phrase", "plurals", "code", "line", "marker"],
    "discards": ["phrase", "story", "whole_word", "line"],
    "verbs.synsets": ["name", "label", "plurals", "members[phrase, plural, ref]", "line"],
    "verbs.blocks": [
        "name",
        "code",
        "verbs[phrase, head, forms, code, line]",
        "patterns[tokens[kind, value, joined, np, pp], code, original, line, verbs]",
        "line",
    ],
    "verbs.transformations": ["source", "inner", "verb", "result", "original", "line"],
}


def _p(p: Phrase) -> list:
    return [p.original, *p.words]


def _unp(v: list) -> Phrase:
    return Phrase(v[0], tuple(v[1:]))


def _date(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _code(c: CameoCode | None) -> str | None:
    return c.code if c is not None else None


def encode(kind: str, data: Any) -> list | dict:
    """The JSON form of what a reader returned (``kind``: actors, agents, discards, verbs)."""
    if kind == "actors":
        return [
            [
                _p(a.name),
                [_p(s) for s in a.synonyms],
                [[r.code, _date(r.start), _date(r.end), r.raw, r.line] for r in a.roles],
                a.line,
            ]
            for a in data
        ]
    if kind == "agents":
        return [[_p(a.phrase), [_p(x) for x in a.plurals], a.code, a.line, a.marker] for a in data]
    if kind == "discards":
        return [[_p(d.phrase), d.story, d.whole_word, d.line] for d in data]
    if kind == "verbs":
        return {
            "synsets": [
                [
                    s.name,
                    s.label,
                    s.plurals,
                    [[_p(m.phrase), m.plural, m.ref] for m in s.members],
                    s.line,
                ]
                for s in data.synsets
            ],
            "blocks": [
                [
                    b.name,
                    b.code.code,
                    [
                        [_p(v.phrase), v.head, [_p(f) for f in v.forms], _code(v.code), v.line]
                        for v in b.verbs
                    ],
                    [
                        [
                            [[t.kind, t.value, t.joined, t.np, t.pp] for t in p.tokens],
                            p.code.code,
                            p.original,
                            p.line,
                            list(p.verbs),
                        ]
                        for p in b.patterns
                    ],
                    b.line,
                ]
                for b in data.blocks
            ],
            "transformations": [
                [t.source, list(t.inner), t.verb, list(t.result), t.original, t.line]
                for t in data.transformations
            ],
        }
    raise ValueError(f"unknown dictionary kind {kind!r}")


def _day(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def _decode(kind: str, e: Any) -> Any:
    if kind == "actors":
        return [
            ActorEntry(
                _unp(n),
                tuple(_unp(s) for s in syn),
                tuple(ActorRole(c, _day(a), _day(b), raw, ln) for c, a, b, raw, ln in roles),
                line,
            )
            for n, syn, roles, line in e
        ]
    if kind == "agents":
        return [AgentEntry(_unp(p), tuple(_unp(x) for x in pl), c, ln, m) for p, pl, c, ln, m in e]
    if kind == "discards":
        return [DiscardEntry(_unp(p), s, w, ln) for p, s, w, ln in e]
    codes: dict[str, CameoCode] = {}

    def code(c: str | None) -> CameoCode | None:
        if c is None:
            return None
        got = codes.get(c)
        if got is None:
            got = codes[c] = CameoCode(c)
        return got

    tokens: dict[tuple, PatternToken] = {}  # records are frozen: equal tokens can be shared

    def token(t: list) -> PatternToken:
        key = tuple(t)
        got = tokens.get(key)
        if got is None:
            got = tokens[key] = PatternToken(*t)
        return got

    synsets = tuple(
        Synset(n, lab, pl, tuple(SynsetMember(_unp(p), x, r) for p, x, r in ms), ln)
        for n, lab, pl, ms, ln in e["synsets"]
    )
    blocks = tuple(
        VerbBlock(
            name,
            code(c),
            tuple(
                VerbEntry(_unp(p), h, tuple(_unp(f) for f in fs), code(vc), vl)
                for p, h, fs, vc, vl in verbs
            ),
            tuple(
                Pattern(
                    tuple(token(t) for t in toks), code(pc), orig, pl, tuple(vs[0] if vs else ())
                )
                for toks, pc, orig, pl, *vs in patterns  # files before 'verbs' have four fields
            ),
            line,
        )
        for name, c, verbs, patterns, line in e["blocks"]
    )
    trans = tuple(
        Transformation(s, tuple(i), v, tuple(r), o, ln)
        for s, i, v, r, o, ln in e["transformations"]
    )
    return VerbDictionary(synsets, blocks, trans)


def dump_compiled(kind: str, data: Any, path: str | Path, **meta: Any) -> bytes:
    """Write ``data`` (a reader's result) to ``path`` as deterministic gzip'd JSON; return bytes."""
    doc = {"format": FORMAT, "kind": kind, "fields": FIELDS, "entries": encode(kind, data), **meta}
    raw = json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    Path(path).write_bytes(buf.getvalue())
    return buf.getvalue()


def compiled_dir() -> Path:
    """The folder of the compiled dictionaries: ``petrarch/`` in kg's ontology folder (the
    installed ``kg.ontologies`` package, else the source tree's ``ontologies/``)."""
    from kg.knowledge.ontology import ontology_dir

    return ontology_dir() / "petrarch"


def compiled_names(directory: str | Path | None = None) -> list[str]:
    """Names accepted by :func:`load_compiled` (``CAMEO.2.0``, ``Phoenix.agents``...)."""
    d = compiled_dir() if directory is None else Path(directory)
    return sorted(f.name[: -len(SUFFIX)] for f in d.iterdir() if f.name.endswith(SUFFIX))


def load_compiled(name: str, directory: str | Path | None = None) -> Any:
    """Read a compiled dictionary back: ``list[ActorEntry]``, ``list[AgentEntry]``,
    ``list[DiscardEntry]`` or a ``VerbDictionary``, as the text reader would return it.

    ``name``: the source file's name without ``.txt`` (``"CAMEO.2.0"``, ``"Phoenix.agents"``).
    """
    d = compiled_dir() if directory is None else Path(directory)
    stem = name.removesuffix(SUFFIX).removesuffix(".txt")
    f = d / f"{stem}{SUFFIX}"
    try:
        doc = json.loads(gzip.decompress(f.read_bytes()))
    except FileNotFoundError as exc:
        raise InputError(
            f"{f}: no compiled PETRARCH dictionary {name!r}; run "
            "scripts/convert_petrarch.py or pick one of compiled_names()"
        ) from exc
    except (OSError, EOFError, ValueError) as exc:
        raise InputError(
            f"{f}:1: not a compiled PETRARCH dictionary ({exc}); rerun scripts/convert_petrarch.py"
        ) from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or "kind" not in doc:
        raise InputError(
            f"{f}:1: unknown compiled format {doc.get('format')!r}; "
            "rerun scripts/convert_petrarch.py"
        )
    return _decode(doc["kind"], doc["entries"])
