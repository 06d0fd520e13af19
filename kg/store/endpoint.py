"""Where kg's SPARQL runs: a pyoxigraph store in this process, or a SPARQL 1.1 endpoint.

Both answer the same calls (``check``, ``query``, ``update``, ``quads``, ``load``,
``len``), which :func:`kg.store.query.execute` and :class:`kg.store.Store` use. Opening the
embedded store in a folder (one writer, many readers) is :mod:`kg.store.lock`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.knowledge.ontology import PREFIXES
from kg.store.sparql import analyse, syntax_error

__all__ = ["LocalEndpoint", "RemoteEndpoint"]


class LocalEndpoint:
    """A pyoxigraph store (on disk or in memory) in this process."""

    remote = False

    def __init__(self, store: ox.Store) -> None:
        self.store = store

    def check(self, text: str) -> None:
        """Parse ``text`` as a query (on an empty store: nothing runs); QueryError if malformed."""
        try:
            ox.Store().query(text, prefixes=PREFIXES)
        except SyntaxError as exc:
            raise syntax_error(text, exc) from None

    def query(self, text: str, kind: str = "select", *, union: bool = False, timeout=None) -> Any:
        return self.store.query(text, prefixes=PREFIXES, use_default_graph_as_union=union)

    def update(self, text: str, *, timeout: float | None = None) -> None:
        self.store.update(text, prefixes=PREFIXES)

    def quads(self) -> Iterable[ox.Quad]:
        return self.store.quads_for_pattern(None, None, None, None)

    def load(self, data: bytes, fmt: ox.RdfFormat) -> None:
        self.store.load(data, fmt)

    def flush(self) -> None:
        """Write RocksDB's in-memory tables to disk (frees their memory)."""
        self.store.flush()

    def __len__(self) -> int:
        return len(self.store)


class RemoteEndpoint:
    """A SPARQL 1.1 endpoint over HTTP (stdlib urllib): Protocol for queries and updates,
    Graph Store Protocol for bulk loads.

    ``url`` is the query endpoint. Updates go to ``?update=URL`` when given, else to the
    sibling ``/update`` of a ``.../query`` URL, else to ``URL/update``; bulk loads to
    ``?store=URL``, else the sibling ``/store`` (Oxigraph server: ``/query``, ``/update``,
    ``/store``). ``?union=0`` stops kg asking for the union default graph
    (``union-default-graph``, which Oxigraph needs and other servers ignore). Credentials
    come from the URL, ``KG_STORE_USER``/``KG_STORE_PASSWORD`` or ``~/.netrc``; they are never
    printed.
    """

    remote = True

    def __init__(self, url: str, env: Mapping[str, str] | None = None) -> None:
        from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

        parts = urlsplit(url)
        opts = dict(parse_qsl(parts.query, keep_blank_values=True))
        own = {k: opts.pop(k) for k in ("update", "store", "union") if k in opts}
        host = parts.hostname or ""
        netloc = host + (f":{parts.port}" if parts.port else "")
        self.query_url = urlunsplit((parts.scheme, netloc, parts.path, urlencode(opts), ""))
        self.shown = urlunsplit((parts.scheme, netloc, parts.path, "", ""))
        base, _, last = parts.path.rstrip("/").rpartition("/")
        sibling = last in ("query", "sparql")
        root = urlunsplit(
            (parts.scheme, netloc, base if sibling else parts.path.rstrip("/"), "", "")
        )
        self.update_url = own.get("update") or root + "/update"
        self.store_url = own.get("store") or root + "/store"
        self.union = own.get("union", "1") not in ("0", "false", "no")
        env = os.environ if env is None else env
        user, password = parts.username, parts.password
        if user is None and env.get("KG_STORE_USER"):
            user, password = env.get("KG_STORE_USER"), env.get("KG_STORE_PASSWORD", "")
        if user is None:
            user, password = _netrc(host)
        self._auth = None
        if user is not None:
            import base64

            token = base64.b64encode(f"{user}:{password or ''}".encode()).decode()
            self._auth = f"Basic {token}"

    def __repr__(self) -> str:
        return f"RemoteEndpoint({self.shown!r})"

    def _send(self, url: str, body: bytes, ctype: str, accept: str, timeout: float | None):
        import urllib.error
        import urllib.request

        headers = {"Content-Type": ctype, "Accept": accept, "User-Agent": "kg"}
        if self._auth:
            headers["Authorization"] = self._auth
        req = urllib.request.Request(url, data=body, headers=headers, method="POST")
        try:
            return urllib.request.urlopen(req, timeout=timeout or 600)
        except urllib.error.HTTPError as exc:
            detail = " ".join(exc.read(2000).decode("utf-8", "replace").split())[:300]
            if exc.code in (401, 403):
                raise StoreError(
                    f"{self.shown} refused access (HTTP {exc.code}); set KG_STORE_USER and "
                    "KG_STORE_PASSWORD or add the host to ~/.netrc"
                ) from None
            if exc.code == 400 and detail.startswith("error at"):
                raise SyntaxError(detail) from None
            if exc.code in (400, 500) and detail:
                raise QueryError(
                    f"the endpoint {self.shown} refused the request: {detail}"
                ) from None
            raise StoreError(
                f"the endpoint {self.shown} answered HTTP {exc.code} {exc.reason}; check the URL "
                "(a SPARQL 1.1 query endpoint such as http://host:7878/query)"
            ) from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            if "timed out" in str(reason):
                raise QueryError(f"{self.shown} did not answer in time; raise --timeout") from None
            raise StoreError(
                f"cannot reach the SPARQL endpoint {self.shown}: {reason}; is the server running?"
            ) from None

    def _prefixed(self, text: str) -> str:
        declared = analyse(text).prefixes
        lines = [f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items() if p not in declared]
        return "\n".join(lines) + "\n" + text

    def check(self, text: str) -> None:
        LocalEndpoint.check(self, text)  # the same parser as the server: no round trip

    def query(self, text: str, kind: str = "select", *, union: bool = False, timeout=None) -> Any:
        from urllib.parse import urlencode

        form = {"query": self._prefixed(text)}
        if union and self.union:
            form["union-default-graph"] = ""
        accept = "application/n-triples" if kind == "graph" else "application/sparql-results+json"
        body = urlencode(form).encode()
        resp = self._send(
            self.query_url, body, "application/x-www-form-urlencoded", accept, timeout
        )
        if kind == "graph":
            return (ox.Triple(q.subject, q.predicate, q.object) for q in _read_nt(resp))
        return ox.parse_query_results(resp, ox.QueryResultsFormat.JSON)

    def update(self, text: str, *, timeout: float | None = None) -> None:
        from urllib.parse import urlencode

        body = urlencode({"update": self._prefixed(text)}).encode()
        self._send(
            self.update_url, body, "application/x-www-form-urlencoded", "*/*", timeout
        ).read()

    def quads(self) -> Iterable[ox.Quad]:
        sols = self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return (ox.Quad(s["s"], s["p"], s["o"], s["g"]) for s in sols)

    def load(self, data: bytes, fmt: ox.RdfFormat) -> None:
        """Graph Store Protocol: POST the data (N-Quads/TriG: into their graphs)."""
        self._send(self.store_url, data, fmt.media_type, "*/*", None).read()

    def __len__(self) -> int:
        sols = self.query(
            "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
        )
        return int(next(iter(sols))["n"].value)


def _read_nt(resp) -> Iterable[ox.Quad]:
    try:
        yield from ox.parse(resp, ox.RdfFormat.N_TRIPLES)
    finally:
        resp.close()


def _netrc(host: str) -> tuple[str | None, str | None]:
    import netrc

    try:
        found = netrc.netrc().authenticators(host)
    except (OSError, netrc.NetrcParseError):
        return None, None
    return (found[0], found[2]) if found else (None, None)


# --- the embedded store's folder and its writer lock --------------------------------------
