"""SPARQL text as kg reads it before running it: tokens, what kind of request it is (query or
update, SERVICE, LOAD), syntax errors in words a user understands, and parameters bound as
RDF terms (a ``VALUES`` block; see :mod:`kg.store.query` for the rules).

>>> analyse("SELECT * WHERE { ?s ?p ?o }").form
'SELECT'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from kg.errors import QueryError, UsageError
from kg.knowledge.ontology import PREFIXES

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


def line_col(text: str, pos: int) -> tuple[int, int]:
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
    here = lines[line - 1] if line <= len(lines) else ""
    near = here[max(0, col - 16) : col + 16].strip()
    near = f' near "{near}"' if near else ""
    if what.startswith("expected"):  # pyoxigraph lists grammar tokens: say what is wrong first
        offset = sum(len(x) + 1 for x in lines[: line - 1]) + col - 1
        rest = text[offset:].strip() if offset < len(text) else ""
        problem = (
            f"{rest.split()[0][:20]!r} is not allowed here"
            if rest
            else "the query stops before it is complete (a term, '}' or ')' missing?)"
        )
        words = [a or b for a, b in re.findall(r'"([^"\s]+)"|\b([A-Z][A-Z_]+)\b', what)]
        hint = f"; expected {', '.join(dict.fromkeys(words[:8]))}" if words else ""
        what = problem + hint
    return QueryError(f"SPARQL syntax error at line {line}, column {col}{near}: {what}")


def check_prefixes(text: str, info: Analysis) -> None:
    """A prefixed name whose prefix is neither declared nor one of kg's is a syntax error."""
    known = set(PREFIXES) | set(info.prefixes)
    for tok in info.toks:
        if tok.kind == "pname" and not tok.text.startswith("_:"):
            prefix = tok.text.split(":", 1)[0]
            if prefix not in known:
                line, col = line_col(text, tok.pos)
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
