"""Check what kg wrote against the SHACL shapes of ``ontologies/shapes.ttl``.

>>> from kg.store.validate import validate, format_violations
>>> for line in format_violations(validate(dataset)):   # doctest: +SKIP
...     print(line)
ev:3f2a…  ir:confidence: A relation mention needs exactly one confidence, a decimal from 0 to 1 (found 1.7).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH

from kg.errors import InputError, NotFoundError
from kg.knowledge.ontology import PREFIXES, ontology_dir

__all__ = [
    "Violation",
    "format_violations",
    "shapes_path",
    "union_graph",
    "validate",
    "validate_store",
]

# attributes under which a kg store may hold its rdflib Dataset or pyoxigraph Store
_STORE_ATTRS = ("dataset", "graph", "ds", "_dataset", "oxigraph", "store", "_store")


@dataclass(frozen=True)
class Violation:
    """One problem found by SHACL validation.

    ``focus`` is the node that has the problem and ``path`` the property, both
    shortened with kg's prefixes (``ev:3f2a…``, ``ir:confidence``); ``value`` is
    the offending value when there is one.
    """

    focus: str
    path: str
    message: str
    value: str = ""
    severity: str = "Violation"


def shapes_path() -> Path:
    """The shipped shapes file (``ontologies/shapes.ttl``)."""
    path = ontology_dir() / "shapes.ttl"
    if not path.is_file():
        raise NotFoundError(f"cannot find the SHACL shapes at {path}; reinstall kg")
    return path


def union_graph(data: Any) -> Graph:
    """One graph holding every triple of ``data``: an rdflib Graph or Dataset, or a pyoxigraph Store."""
    if isinstance(data, Graph) and hasattr(data, "contexts"):  # Dataset / ConjunctiveGraph
        union = Graph()
        for s, p, o, _ in data.quads((None, None, None, None)):
            union.add((s, p, o))
        return union
    if isinstance(data, Graph):
        return data
    if hasattr(data, "quads_for_pattern"):  # pyoxigraph.Store
        union = Graph()
        for quad in data.quads_for_pattern(None, None, None, None):
            union.add(
                (
                    _from_oxigraph(quad.subject),
                    _from_oxigraph(quad.predicate),
                    _from_oxigraph(quad.object),
                )
            )
        return union
    raise InputError(
        f"cannot validate a {type(data).__name__}; pass an rdflib Graph or Dataset or a pyoxigraph Store"
    )


def _from_oxigraph(term: Any) -> Any:
    kind = type(term).__name__
    if kind == "NamedNode":
        return URIRef(term.value)
    if kind == "BlankNode":
        return BNode(term.value)
    if kind == "Literal":
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise InputError(f"cannot validate RDF-star triple terms ({term}); remove them first")


def _short(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        return str(term)
    text = str(term)
    best = ""
    for prefix, ns in PREFIXES.items():
        if text.startswith(ns) and len(ns) > len(best):
            best, name = ns, f"{prefix}:{text[len(ns) :]}"
    return name if best else f"<{text}>" if isinstance(term, URIRef) else text


def _message(results: Graph, node: Any) -> str:
    messages = [m for m in results.objects(node, SH.resultMessage) if isinstance(m, Literal)]
    for m in messages:  # prefer English, then untagged
        if m.language == "en":
            return str(m)
    return str(messages[0]) if messages else "does not match its shape"


def validate(data: Any, shapes: str | Path | None = None) -> list[Violation]:
    """SHACL violations of ``data`` (union of its named graphs) against kg's shapes; empty when valid."""
    import pyshacl

    shapes_graph = Graph().parse(Path(shapes) if shapes else shapes_path(), format="turtle")
    data_graph = union_graph(data)
    _, results, _ = pyshacl.validate(
        data_graph,
        shacl_graph=shapes_graph,
        inference="none",
        advanced=False,
        allow_warnings=True,
        abort_on_first=False,
    )
    violations = []
    for node in results.subjects(RDF.type, SH.ValidationResult):
        value = results.value(node, SH.value)
        severity = results.value(node, SH.resultSeverity)
        violations.append(
            Violation(
                focus=_short(results.value(node, SH.focusNode)),
                path=_short(results.value(node, SH.resultPath)),
                message=_message(results, node),
                value="" if value is None else _short(value),
                severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            )
        )
    return sorted(violations, key=lambda v: (v.focus, v.path, v.message, v.value))


def validate_store(store: Any, shapes: str | Path | None = None) -> list[Violation]:
    """Like :func:`validate` for a kg store object (``kg.open(...)``) or anything ``validate`` takes."""
    if isinstance(store, Graph) or hasattr(store, "quads_for_pattern"):
        return validate(store, shapes)
    for attr in _STORE_ATTRS:
        inner = getattr(store, attr, None)
        if isinstance(inner, Graph) or hasattr(inner, "quads_for_pattern"):
            return validate(inner, shapes)
    raise InputError(
        f"cannot find the RDF data of a {type(store).__name__}; "
        "pass its rdflib Dataset or pyoxigraph Store to kg.store.validate.validate"
    )


def format_violations(violations: list[Violation]) -> list[str]:
    """One plain-English line per violation: ``focus path: message (found value).``"""
    lines = []
    for v in violations:
        where = f"{v.focus} {v.path}".strip()
        text = v.message.rstrip(". ")
        found = f" (found {v.value})" if v.value else ""
        level = "" if v.severity == "Violation" else f"[{v.severity.lower()}] "
        lines.append(f"{level}{where}: {text}{found}.")
    return lines
