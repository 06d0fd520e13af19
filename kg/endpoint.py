"""Where kg's SPARQL runs: a pyoxigraph store in this process, or a SPARQL 1.1 endpoint.

Both answer the same calls (``check``, ``query``, ``update``, ``quads``, ``load``,
``len``), which :func:`kg.query.execute` and :class:`kg.store.Store` use.
:func:`open_folder` opens the embedded store in a folder: one writer at a time, holding
``kg.lock`` (flock, with its PID and command) in the folder; readers open read-only.
"""

from __future__ import annotations

import fcntl
import os
import re
import sys
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError, StoreError, StoreLockedError
from kg.ontology import PREFIXES
from kg.query import analyse, syntax_error

__all__ = ["LOCK_FILE", "LocalEndpoint", "RemoteEndpoint", "open_folder"]

LOCK_FILE = "kg.lock"
READERS_FILE = (
    "kg.readers"  # readers hold a shared flock on it; the writer flushes only without readers
)


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


def open_folder(path: Path, *, read_only: bool, create: bool) -> tuple[LocalEndpoint, Any, str]:
    """The embedded store in the folder ``path`` (created when ``create``): its endpoint, the
    writer lock (None when read-only) and, read-only, the writer holding the lock ("" if none)."""
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path} is a file, not a store folder; give a folder with --store")
    is_store = (path / "CURRENT").is_file()
    if not is_store:
        others = (
            [p for p in path.iterdir() if p.name not in (LOCK_FILE, READERS_FILE)]
            if path.is_dir()
            else []
        )
        if others:
            raise StoreError(
                f"{path} is not a kg store (it holds other files); give an empty or new folder with --store"
            )
        if read_only or not create:
            raise StoreError(
                f"no store at {path}; build one with `kg build --store {path} ARTICLES`"
            )
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"cannot create the store folder {path}: {exc.strerror}; choose another --store"
            ) from None
    if read_only:
        return open_read_only(path)
    if not os.access(path, os.W_OK | os.X_OK):
        raise StoreError(
            f"the store folder {path} is not writable; fix its permissions or use another --store"
        )
    lock = _acquire(path)
    try:
        endpoint = LocalEndpoint(ox.Store(str(path)))
    except OSError as exc:
        lock.close()
        if "lock" in str(exc).lower():
            raise StoreLockedError(
                f"store {path} is in use by another program; stop it or use another --store"
            ) from None
        raise StoreError(f"cannot open the store at {path}: {exc}") from None
    return endpoint, lock, ""


def open_read_only(path: Path, tries: int = 20) -> tuple[LocalEndpoint, Any, str]:
    """Open a read-only view. While a writer flushes or compacts, the file list a reader
    reads can name a file the writer has just replaced (RocksDB reports "Corruption ... No
    such file"); a new attempt sees the new list, so such opens are retried a few times."""
    writer = _writer_of(path)
    shared = _reader_lock(path)
    for attempt in range(tries):
        try:
            return LocalEndpoint(ox.Store.read_only(str(path))), shared, writer
        except (OSError, RuntimeError) as exc:
            transient = "No such file" in str(exc) and attempt + 1 < tries
            if not transient:
                if shared is not None:
                    shared.close()
                busy = f" while {writer} writes it; try again when it finishes" if writer else ""
                raise StoreError(f"cannot read the store at {path}{busy} ({exc})") from None
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def _reader_lock(path: Path, wait: float = 30.0):
    """A shared flock on ``kg.readers``, held while this reader is open, so the writer never
    flushes RocksDB's buffers under an open reader (a read-only view opened across a flush
    can see an index half flushed). Waits while a flush runs; None where the folder allows
    no lock file (then reads are as safe as RocksDB alone makes them)."""
    try:
        fh = open(path / READERS_FILE, "a+")  # noqa: SIM115 (held open: the lock lives with it)
    except OSError:
        return None
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fh, fcntl.LOCK_SH | fcntl.LOCK_NB)
            return fh
        except OSError:
            if time.monotonic() > deadline:
                fh.close()
                return None
            time.sleep(0.02)


def flush_without_readers(path: Path, flush: Callable[[], None]) -> bool:
    """Run ``flush`` only while no reader holds ``kg.readers``; False when one does."""
    try:
        fh = open(path / READERS_FILE, "a+")  # noqa: SIM115
    except OSError:
        return False
    with fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False  # a reader is open: flush later (RocksDB also flushes on its own)
        flush()
        return True


def _who() -> str:
    prog = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "python"
    words = [prog] + [w for w in sys.argv[1:2] if re.fullmatch(r"[a-z][a-z-]*", w)]
    return " ".join(words)


def _writer_of(path: Path) -> str:
    """``"process N (cmd)"`` when a writer holds the store's lock, else ``""``."""
    lock = path / LOCK_FILE
    if not lock.exists():
        return ""
    try:
        with open(lock) as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_SH | fcntl.LOCK_NB)
                return ""
            except BlockingIOError:
                pid, _, cmd = fh.read().strip().partition(" ")
                return f"process {pid} ({cmd})" if pid else "another process"
    except OSError:
        return ""


def _acquire(path: Path):
    """Take the writer lock (flock on ``kg.lock``, holding our PID) or raise StoreLockedError."""
    try:
        fh = open(path / LOCK_FILE, "a+")  # noqa: SIM115 (held open: the lock lives with it)
    except OSError as exc:
        raise StoreError(
            f"cannot write in the store folder {path}: {exc.strerror}; fix its permissions or use another --store"
        ) from None
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        fh.seek(0)
        pid, _, cmd = fh.read().strip().partition(" ")
        fh.close()
        raise StoreLockedError(
            f"store {path} is in use by process {pid or '?'} ({cmd or 'kg'}); wait for it to finish or use another --store"
        ) from None
    fh.seek(0)
    fh.truncate()
    fh.write(f"{os.getpid()} {_who()}\n")
    fh.flush()
    return fh
