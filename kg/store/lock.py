"""Opening the embedded store in a folder: one writer at a time, holding ``kg.lock`` (flock,
with its PID and command) in the folder; readers open read-only and hold a shared flock on
``kg.readers``, and the writer flushes its buffers only when no reader holds it.
"""

from __future__ import annotations

import fcntl
import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import StoreError, StoreLockedError
from kg.store.endpoint import LocalEndpoint

__all__ = ["LOCK_FILE", "READERS_FILE", "flush_without_readers", "open_folder", "open_read_only"]

LOCK_FILE = "kg.lock"
READERS_FILE = (
    "kg.readers"  # readers hold a shared flock on it; the writer flushes only without readers
)


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
