"""One thread at a time inside SQLite on a shared connection: a lock around every call into it.

The window's writer is shared with its background jobs (SQLite's exclusive lock admits no
second connection). Python's ``sqlite3`` calls parts of SQLite that take the connection's
mutex (binding parameters, reading columns, naming them, setting a progress handler) while
holding the GIL, and SQLite calls our SQL functions (``mz_fold``) while holding that mutex:
two threads on one connection can each hold what the other waits for. Measured on the raw
module: a thread running ``SELECT … mz_fold(x)`` beside one binding parameters hangs within
seconds. Every call into the connection or one of its cursors therefore takes ``lock``
first (waiting for a Python lock lets the GIL go), so SQLite's mutex is never contended.

A cursor stays usable between calls: two threads may each read their own statement in turn.
``interrupt`` takes no lock (SQLite makes it safe from any thread; it must reach a statement
that holds the lock). ``backup`` takes none either: ``sqlite3_backup_step`` runs without the
GIL and calls none of our functions, and a step-by-step backup of a large file must not hold
the window's reads for its whole length.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from typing import Any


def raw(conn: Any) -> sqlite3.Connection:
    """The ``sqlite3.Connection`` behind ``conn`` (itself if it is one)."""
    return conn.raw if isinstance(conn, SerialConnection) else conn


@contextlib.contextmanager
def alone(conn: Any) -> Iterator[sqlite3.Connection]:
    """The raw connection behind ``conn``, no other thread calling into it meanwhile
    (a backup written into the window's own connection)."""
    if isinstance(conn, SerialConnection):
        with conn.lock:
            yield conn.raw
    else:
        yield conn


class SerialCursor:
    """A cursor whose every call into SQLite holds its connection's lock."""

    __slots__ = ("_cursor", "_lock")

    def __init__(self, cursor: sqlite3.Cursor, lock: threading.RLock) -> None:
        self._cursor = cursor
        self._lock = lock

    def execute(self, sql: str, params: Any = ()) -> SerialCursor:
        with self._lock:
            self._cursor.execute(sql, params)
        return self

    def executemany(self, sql: str, seq: Any) -> SerialCursor:
        with self._lock:
            self._cursor.executemany(sql, seq)
        return self

    def fetchone(self) -> Any:
        with self._lock:
            return self._cursor.fetchone()

    def fetchmany(self, size: int | None = None) -> list[Any]:
        with self._lock:
            return self._cursor.fetchmany(self._cursor.arraysize if size is None else size)

    def fetchall(self) -> list[Any]:
        with self._lock:
            return self._cursor.fetchall()

    def __iter__(self) -> Iterator[Any]:
        return self

    def __next__(self) -> Any:
        with self._lock:
            return next(self._cursor)

    def close(self) -> None:
        with self._lock:
            self._cursor.close()

    def __getattr__(self, name: str) -> Any:  # description, lastrowid, rowcount, arraysize…
        return getattr(self._cursor, name)


class SerialConnection:
    """A ``sqlite3.Connection`` that lets one thread at a time call into SQLite."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.raw = conn
        self.lock = threading.RLock()

    def execute(self, sql: str, params: Any = ()) -> SerialCursor:
        with self.lock:
            return SerialCursor(self.raw.execute(sql, params), self.lock)

    def executemany(self, sql: str, seq: Any) -> SerialCursor:
        with self.lock:
            return SerialCursor(self.raw.executemany(sql, seq), self.lock)

    def executescript(self, script: str) -> SerialCursor:
        with self.lock:
            return SerialCursor(self.raw.executescript(script), self.lock)

    def cursor(self) -> SerialCursor:
        with self.lock:
            return SerialCursor(self.raw.cursor(), self.lock)

    def commit(self) -> None:
        with self.lock:
            self.raw.commit()

    def rollback(self) -> None:
        with self.lock:
            self.raw.rollback()

    def close(self) -> None:
        with self.lock:
            self.raw.close()

    def create_function(self, *args: Any, **kwargs: Any) -> None:
        with self.lock:
            self.raw.create_function(*args, **kwargs)

    def set_progress_handler(self, handler: Any, n: int) -> None:
        with self.lock:
            self.raw.set_progress_handler(handler, n)

    def interrupt(self) -> None:
        self.raw.interrupt()

    def backup(self, target: Any, **kwargs: Any) -> None:
        self.raw.backup(raw(target), **kwargs)

    @property
    def in_transaction(self) -> bool:
        return self.raw.in_transaction

    @property
    def isolation_level(self) -> str | None:
        return self.raw.isolation_level

    @isolation_level.setter
    def isolation_level(self, value: str | None) -> None:
        with self.lock:  # may COMMIT
            self.raw.isolation_level = value

    def __enter__(self) -> SerialConnection:
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> bool:
        with self.lock:
            return self.raw.__exit__(exc_type, exc, tb)

    def __getattr__(self, name: str) -> Any:  # total_changes, text_factory, row_factory…
        return getattr(self.raw, name)
