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

import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from kg.errors import QueryError, StoreError
from kg.store.results import QueryResult
from kg.store.sparql import analyse, bind, check_prefixes, line_col, syntax_error

__all__ = ["collect", "execute"]


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
        line, col = line_col(sparql, info.service.pos)
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
            line, col = line_col(sparql, start.pos)
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
