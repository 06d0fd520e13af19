"""SPARQL for kg stores: safety checks, parameter binding, execution, result formats.

>>> import kg
>>> with kg.open("memory") as store:                                     # doctest: +SKIP
...     result = store.query("SELECT ?a ?l WHERE { ?a rdfs:label ?l . FILTER(STR(?l) = ?name) }",
...                          {"name": "Russia"})
...     print(format_result(result, "table"))

Rules (the same for the embedded store and a remote endpoint):

* read-only unless ``update=True``; ``SERVICE`` (and ``LOAD``) refused unless ``allow_service``;
* the default graph is the union of all graphs (kg writes one named graph per article);
* kg's prefixes (``ir: act: art: ev: prov: sem: dcterms: schema: xsd: rdfs: ...``) need no
  ``PREFIX`` line;
* ``params`` bind variables to RDF terms: a ``VALUES ?name { term }`` block is added to the
  query's top-level ``WHERE`` group, the term written by pyoxigraph's serializer (so
  ``"> } DROP ALL #`` stays one string literal). pyoxigraph's own ``substitutions=`` is not
  used because it only binds projected variables and is not available on remote endpoints.
  A value is an IRI when written ``<...>`` or as a known prefixed name (``act:russia``),
  otherwise a plain string literal; labels are matched in the query itself
  (``FILTER(LCASE(STR(?label)) = LCASE(?actor))``).
"""

from __future__ import annotations

import csv
import io
import json
import re
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError, StoreError, UsageError
from kg.ontology import PREFIXES

__all__ = [
    "QueryResult",
    "analyse",
    "bind",
    "execute",
    "format_result",
    "parse_params",
    "term_for",
]

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
QUERY_FORMS = {"SELECT", "CONSTRUCT", "DESCRIBE", "ASK"}
UPDATE_FORMS = {
    "INSERT",
    "DELETE",
    "LOAD",
    "CLEAR",
    "CREATE",
    "DROP",
    "COPY",
    "MOVE",
    "ADD",
    "WITH",
}
FORMATS = ("table", "csv", "tsv", "json")

_TOKEN = re.compile(
    r"""
     (?P<ws>\s+)
    |(?P<comment>\#[^\n]*)
    |(?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
               |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
    |(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    |(?P<var>[?$]\w+)
    |(?P<pname>(?:[^\W\d][\w\-]*(?:\.[\w\-]+)*)?:(?:[\w\-:%]|\\.|\.(?=[\w\-:%]))*)
    |(?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
    |(?P<number>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)
    |(?P<name>[^\W\d]\w*)
    |(?P<punct>\^\^|&&|\|\||!=|<=|>=|.)
    """,
    re.X | re.S,
)


@dataclass(frozen=True)
class Token:
    kind: str  # string iri var pname lang number name punct
    text: str
    pos: int


def tokens(text: str) -> list[Token]:
    """SPARQL tokens of ``text`` without whitespace and comments (never fails)."""
    out = []
    for m in _TOKEN.finditer(text):
        if m.lastgroup not in ("ws", "comment"):
            out.append(Token(m.lastgroup or "punct", m.group(), m.start()))
    return out


@dataclass(frozen=True)
class Analysis:
    """What a query or update is, found from its tokens."""

    form: str  # SELECT CONSTRUCT DESCRIBE ASK, an update keyword, or "" when unknown
    is_update: bool
    service: Token | None  # the first SERVICE keyword
    load: Token | None  # the first LOAD keyword (updates)
    prefixes: dict[str, str]  # PREFIX declarations of the text
    variables: frozenset[str]
    toks: list[Token]
    body: int  # index of the first token after the prologue (BASE/PREFIX declarations)


def analyse(text: str) -> Analysis:
    """Classify ``text`` (query or update), find SERVICE/LOAD, declared prefixes, variables."""
    toks = tokens(text)
    i, prefixes = 0, {}
    while i < len(toks) and toks[i].text.upper() in ("BASE", "PREFIX"):
        if toks[i].text.upper() == "PREFIX" and i + 2 < len(toks) and toks[i + 2].kind == "iri":
            prefixes[toks[i + 1].text[:-1]] = toks[i + 2].text[1:-1]
            i += 3
        else:
            i += 2
    form = toks[i].text.upper() if i < len(toks) and toks[i].kind == "name" else ""
    names = [t for t in toks if t.kind == "name"]
    return Analysis(
        form=form if form in QUERY_FORMS | UPDATE_FORMS else "",
        is_update=form in UPDATE_FORMS,
        service=next((t for t in names if t.text.upper() == "SERVICE"), None),
        load=next((t for t in names if t.text.upper() == "LOAD"), None),
        prefixes=prefixes,
        variables=frozenset(t.text[1:] for t in toks if t.kind == "var"),
        toks=toks,
        body=i,
    )


def _line_col(text: str, pos: int) -> tuple[int, int]:
    line = text.count("\n", 0, pos) + 1
    return line, pos - (text.rfind("\n", 0, pos) + 1) + 1


def syntax_error(text: str, exc: Exception) -> QueryError:
    """pyoxigraph's ``error at L:C: ...`` as one line with line, column and the text there."""
    msg = str(exc).strip().splitlines()[0] if str(exc).strip() else "invalid query"
    m = re.match(r"error at (\d+):(\d+):\s*(.*)", msg)
    if not m:
        return QueryError(f"SPARQL syntax error: {msg}; fix the query and run it again")
    line, col, what = int(m.group(1)), int(m.group(2)), m.group(3)
    lines = text.splitlines() or [""]
    near = lines[line - 1][max(0, col - 16) : col + 16].strip() if line <= len(lines) else ""
    near = f' near "{near}"' if near else ""
    return QueryError(f"SPARQL syntax error at line {line}, column {col}{near}: {what}")


def check_prefixes(text: str, info: Analysis) -> None:
    """A prefixed name whose prefix is neither declared nor one of kg's is a syntax error."""
    known = set(PREFIXES) | set(info.prefixes)
    for tok in info.toks:
        if tok.kind == "pname" and not tok.text.startswith("_:"):
            prefix = tok.text.split(":", 1)[0]
            if prefix not in known:
                line, col = _line_col(text, tok.pos)
                raise QueryError(
                    f"SPARQL syntax error at line {line}, column {col}: unknown prefix "
                    f"'{prefix}:'; declare it with PREFIX {prefix}: <...>"
                )


# --- parameters -------------------------------------------------------------------------

_PARAM_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_PNAME_VALUE = re.compile(r"^([A-Za-z][\w\-]*)?:([^\s<>\"{}|^`\\]*)$")


def parse_params(items: Iterable[str]) -> dict[str, list[str]]:
    """``["actor=Russia", "since=2021-01-01"]`` → ``{"actor": ["Russia"], ...}`` (a name may repeat)."""
    out: dict[str, list[str]] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not _PARAM_NAME.match(name):
            raise UsageError(f"bad --param {item!r}: write NAME=VALUE, e.g. --param actor=Russia")
        out.setdefault(name, []).append(value)
    return out


def term_for(value: str, prefixes: Mapping[str, str] | None = None) -> ox.NamedNode | ox.Literal:
    """An RDF term for a parameter value: ``<iri>`` or ``prefix:local`` → IRI, else a plain literal."""
    known = {**PREFIXES, **(prefixes or {})}
    text = value.strip()
    if text.startswith("<") and text.endswith(">"):
        try:
            return ox.NamedNode(text[1:-1])
        except ValueError as exc:
            raise UsageError(f"parameter value {value!r} is not a valid IRI: {exc}") from None
    m = _PNAME_VALUE.match(text)
    if m and (m.group(1) or "") in known:
        try:
            return ox.NamedNode(known[m.group(1) or ""] + m.group(2))
        except ValueError:
            pass
    try:
        return ox.Literal(value)
    except ValueError:  # lone surrogates (a non-UTF-8 byte on the command line)
        raise UsageError(f"parameter value {value!r} is not valid UTF-8 text") from None


def _where_brace(info: Analysis) -> int:
    """Index (in ``info.toks``) of the ``{`` opening the top-level WHERE group."""
    toks, i = info.toks, 0
    while i < len(toks) and not (toks[i].kind == "name" and toks[i].text.upper() in QUERY_FORMS):
        i += 1
    if i < len(toks) and toks[i].text.upper() == "CONSTRUCT":
        j = i + 1
        if j < len(toks) and toks[j].text == "{":  # the template: skip to its end
            depth = 0
            for j in range(i + 1, len(toks)):
                depth += {"{": 1, "}": -1}.get(toks[j].text, 0)
                if depth == 0:
                    break
            if not any(t.text.upper() == "WHERE" for t in toks[j + 1 : j + 2]):
                raise QueryError(
                    "parameters need a WHERE clause; write CONSTRUCT {...} WHERE {...}"
                )
            i = j + 1
        else:
            raise QueryError("parameters need the long form CONSTRUCT {...} WHERE {...}")
    for k in range(i, len(toks)):
        if toks[k].text == "{":
            return k
    raise QueryError("parameters need a WHERE clause to bind them in; add WHERE { ... }")


def bind(text: str, params: Mapping[str, str | Sequence[str]] | None) -> str:
    """``text`` with one ``VALUES ?name { term ... }`` block per parameter in its WHERE group."""
    if not params:
        return text
    info = analyse(text)
    if info.is_update:
        raise QueryError("--param works with queries only, not with SPARQL UPDATE")
    blocks = []
    for name, values in params.items():
        if not _PARAM_NAME.match(name):
            raise UsageError(f"bad parameter name {name!r}: use letters, digits and _")
        if name not in info.variables:
            raise QueryError(f"parameter {name!r} is not used in the query: it has no ?{name}")
        values = [values] if isinstance(values, str) else list(values)
        terms = [str(term_for(v, info.prefixes)) for v in values]
        block = f"VALUES ?{name} {{ {' '.join(terms)} }}"
        # the serializer's output must read back as exactly these terms (belt and braces)
        expect = ["iri" if t.startswith("<") else "string" for t in terms]
        if [t.kind for t in tokens(block)] != ["name", "var", "punct", *expect, "punct"]:
            raise QueryError(f"cannot bind parameter {name!r} safely; simplify its value")
        blocks.append(block)
    brace = info.toks[_where_brace(info)]
    cut = brace.pos + 1
    rest = text[cut:]
    return text[:cut] + " " + " ".join(blocks) + ("" if rest[:1].isspace() else " ") + rest


# --- results --------------------------------------------------------------------------


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


# --- execution ------------------------------------------------------------------------


def _with_timeout(fn: Callable[[], QueryResult], timeout: float | None) -> QueryResult:
    """Run ``fn``; past ``timeout`` seconds raise QueryError (the work is abandoned)."""
    if not timeout:
        return fn()
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["result"] = fn()
        except BaseException as exc:  # handed to the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=work, daemon=True, name="kg-sparql")
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise QueryError(
            f"the query ran longer than {timeout:g} s and was stopped; narrow it "
            "(LIMIT, more specific patterns) or raise --timeout"
        )
    if "error" in box:
        raise box["error"]
    return box["result"]


def collect(answer: Any, kind: str) -> QueryResult:
    """A pyoxigraph answer (solutions, boolean or triples) read into a QueryResult."""
    if kind == "ask":
        return QueryResult("ask", boolean=bool(answer))
    if kind == "graph":
        return QueryResult("graph", triples=list(answer))
    variables = [v.value for v in answer.variables]
    return QueryResult("select", variables, [tuple(s[v] for v in variables) for s in answer])


def execute(
    endpoint: Any,
    sparql: str,
    params: Mapping[str, str | Sequence[str]] | None = None,
    *,
    update: bool = False,
    allow_service: bool = False,
    timeout: float | None = None,
    after_update: str = "",
) -> QueryResult:
    """Check, bind and run ``sparql`` on ``endpoint`` (see :mod:`kg.endpoint`).

    ``after_update`` is appended to an update so that it commits in the same request.
    """
    try:
        sparql.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise QueryError(
            f"the query has a character that is not valid UTF-8 at position {exc.start}; "
            "save it as UTF-8 text"
        ) from None
    info = analyse(sparql)
    if info.is_update and not update:
        raise QueryError("this is a SPARQL UPDATE; add --update to run it")
    if info.service is not None and not allow_service:
        line, col = _line_col(sparql, info.service.pos)
        raise QueryError(
            f"SERVICE (federated query, line {line}, column {col}) is refused: it sends data to "
            "another server; add --allow-service to run it"
        )
    if info.is_update and info.load is not None and not allow_service:
        raise QueryError("LOAD fetches data from the network and is refused; add --allow-service")
    check_prefixes(sparql, info)
    if info.is_update:
        if params:
            raise QueryError("--param works with queries only, not with SPARQL UPDATE")
        text = sparql.rstrip()
        if after_update:
            ends = info.toks[-1].text == ";" if info.toks else True
            text += ("\n" if ends else "\n;\n") + after_update

        def run() -> QueryResult:
            endpoint.update(text, timeout=timeout)
            return QueryResult("update")

    else:
        if not info.form:
            start = info.toks[info.body] if info.body < len(info.toks) else None
            if start is None:
                raise QueryError("empty query: give a SELECT, CONSTRUCT, DESCRIBE or ASK query")
            line, col = _line_col(sparql, start.pos)
            raise QueryError(
                f"SPARQL syntax error at line {line}, column {col}: {start.text!r} does not start "
                "a query; use SELECT, CONSTRUCT, DESCRIBE or ASK"
            )
        if info.service is None:  # (a local parse of ASK { SERVICE ... } would call it)
            endpoint.check(sparql)  # errors point into the text as the user wrote it
        text = bind(sparql, params)
        kind = {"ASK": "ask", "CONSTRUCT": "graph", "DESCRIBE": "graph"}.get(info.form, "select")

        def run() -> QueryResult:
            return collect(endpoint.query(text, kind, union=True, timeout=timeout), kind)

    try:
        return _with_timeout(run, timeout)
    except SyntaxError as exc:
        raise syntax_error(sparql, exc) from None
    except OSError as exc:
        raise StoreError(f"the store failed to run the query: {exc}") from None
