"""Coded event rows of a store's relation instances, as event-data users read them: Phoenix's
CAMEO columns (``kg export --format cameo``) and POLECAT/PLOVER JSON lines (``--format plover``);
see :mod:`kg.export` for the columns and fields.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["CAMEO_COLUMNS", "PHOENIX_COLUMNS", "cameo", "plover"]

#: Phoenix's columns, in its order (phoenix_pipeline's events.full files), then kg's provenance
PHOENIX_COLUMNS = (
    "EventID", "Date", "Year", "Month", "Day", "SourceActorFull", "SourceActorEntity",
    "SourceActorRole", "SourceActorAttribute", "TargetActorFull", "TargetActorEntity",
    "TargetActorRole", "TargetActorAttribute", "EventCode", "EventRootCode", "QuadClass",
    "GoldsteinScore", "Issues", "Lat", "Lon", "LocationName", "StateName", "CountryCode",
    "SentenceID", "URLs", "NewsSources",
)  # fmt: skip
CAMEO_COLUMNS = (
    *PHOENIX_COLUMNS,
    "Factuality",
    "Relation",
    "Source",
    "Target",
    "Article",
    "Sentence",
)
#: PLOVER modes kg's relations state (PLOVER manual, CONSULT modes)
PLOVER_MODES = {"visits": "visit"}


def _event_rows(rows: Iterable[Mapping[str, Any]], actors: Any):
    """(row, relation, codes) of the rows that are events: not structural, not negated, with a
    CAMEO code."""
    from kg.knowledge.actor_codes import ActorCodes
    from kg.knowledge.ontology import load_relations

    if actors is None:
        from kg.knowledge.actors import load_actors

        actors = load_actors()
    from kg.knowledge.cameo import load_cameo

    relations, codes, table = load_relations(), ActorCodes(actors), load_cameo()
    for r in rows:
        rel = relations.get(r["relation"])
        if rel is None or rel.structural or not rel.cameo_code or r["factuality"] == "negated":
            continue
        yield r, rel, codes, _code_of(r, rel, table)


def _code_of(r: Mapping[str, Any], rel: Any, table: Any) -> tuple[str, Any, Any, Any, Any]:
    """(event code, quad class, Goldstein, PLOVER type, PLOVER mode) of a row: its own full
    code when kg coded one finer than the relation's (quad class and Goldstein then follow
    the code), else the relation's."""
    code = r.get("event_code") or rel.cameo_code
    entry = table.nearest(code) if code != rel.cameo_code else None
    if entry is None:
        return rel.cameo_code, rel.quad_class, rel.goldstein, rel.plover, PLOVER_MODES.get(rel.name)
    return code, entry.quad_class, entry.goldstein, entry.plover, entry.plover_mode


def cameo(rows: Iterable[Mapping[str, Any]], actors: Any = None) -> str:
    """Phoenix-style CAMEO event rows (tab-separated, header first); see the module docstring."""
    from urllib.parse import urlsplit

    from kg.code import split_code

    lines = ["\t".join(CAMEO_COLUMNS)]
    for r, rel, codes, (code, quad, goldstein, _type, _mode) in _event_rows(rows, actors):
        day = r["date"]
        ends = [(r["subject"], r["object"], "")]
        if rel.symmetric:
            ends.append((r["object"], r["subject"], "-r"))
        label = {r["subject"]: r["subject_label"], r["object"]: r["object_label"]}
        agents = {r["subject"]: r.get("subject_agent", ""), r["object"]: r.get("object_agent", "")}
        for s, o, suffix in ends:
            src, dst = _with_agent(codes(s, day), agents[s]), _with_agent(codes(o, day), agents[o])
            if not src or not dst:
                continue
            values = [
                str(r.get("event") or "").rsplit("/", 1)[-1] + suffix,
                day.strftime("%Y%m%d") if day else "",
                *((str(day.year), str(day.month), str(day.day)) if day else ("", "", "")),
                src, *split_code(src), dst, *split_code(dst),
                code, code[:2],
                "" if quad is None else str(quad),
                "" if goldstein is None else f"{goldstein:g}",
                "", "", "", "", "", "",
                f"{r['article']}_{r.get('sentence_index') or 0}",
                r.get("url") or "",
                urlsplit(r.get("url") or "").hostname or "",
                r["factuality"], rel.name, label[s], label[o], r["article"],
                " ".join(str(r["sentence"]).split()),
            ]  # fmt: skip
            lines.append("\t".join(str(v).replace("\t", " ") for v in values))
    return "\n".join(lines) + "\n"


def plover(rows: Iterable[Mapping[str, Any]], actors: Any = None) -> str:
    """POLECAT/PLOVER-style JSON lines; see the module docstring."""
    from kg.code import split_code
    from kg.version import __version__

    out = []
    for r, rel, codes, (ecode, quad, goldstein, ptype, mode) in _event_rows(rows, actors):
        if not ptype:
            continue
        day = r["date"]
        record: dict[str, Any] = {
            "id": str(r.get("event") or "").rsplit("/", 1)[-1],
            "event_type": ptype,
            "mode": mode,
            "quad_code": quad,
            "event_date": day.isoformat() if day else None,
        }
        for role, key in (("actor", "subject"), ("recipient", "object")):
            code = _with_agent(codes(r[key], day), r.get(f"{key}_agent", ""))
            record |= {
                f"{role}_name": r[f"{key}_label"],
                f"{role}_country": _country(codes.index, r[key], day),
                f"{role}_code": code or None,
                f"{role}_sector": (split_code(code)[1] or None) if code else None,
                f"{role}_wikidata": _qid(codes.index, r[key]),
                f"{role}_id": r[key],
            }
        record |= {
            "reciprocal": rel.symmetric,
            "cameo_code": ecode,
            "goldstein": goldstein,
            "factuality": r["factuality"],
            "relation": rel.name,
            "story_id": r["article"],
            "url": r.get("url") or None,
            "title": r.get("title") or None,
            "language": r.get("lang") or None,
            "sentence_index": r.get("sentence_index"),
            "text": " ".join(str(r["sentence"]).split()),
            "coder": f"kg {__version__}",
        }
        out.append(json.dumps(record, ensure_ascii=False))
    return "".join(line + "\n" for line in out)


def _with_agent(code: str, agent: str) -> str:
    """A state's code with its agent (``NGA`` + ``COP``); other codes as they are."""
    return code + agent if agent and len(code) == 3 else code


def _country(index: Any, actor_id: str, day: dt.date | None) -> str | None:
    """ISO3 of the state an actor stands for on ``day`` (None for organisations)."""
    if actor_id not in index:
        return None
    state = index.state_of(actor_id, day)
    if state is None or state not in index:
        return None
    return index.get(state).iso3 or None


def _qid(index: Any, actor_id: str) -> str | None:
    return index.get(actor_id).qid if actor_id in index else None
