"""Opening a Minutier file: checks before touching it, pragmas, migrations, one ``Store``.

Order matters: the header and ``user_version`` are read on a read-only handle first, so a file
that is not ours, damaged, or from a newer Minutier is refused before anything is written.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from minutier.core import clock
from minutier.core.errors import DatabaseProblem
from minutier.core.text import fold
from minutier.store import schema

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 3000


def register_functions(conn: sqlite3.Connection) -> None:
    """SQL functions the schema's triggers call; every connection to a Minutier file needs them."""
    conn.create_function("mz_fold", 1, fold, deterministic=True)


def _uri(path: Path, *, readonly: bool) -> str:
    mode = "ro" if readonly else "rwc"
    return f"{path.resolve().as_uri()}?mode={mode}"


def _probe(path: Path) -> int:
    """Return the file's schema version, or raise a DatabaseProblem without writing anything."""
    try:
        with open(path, "rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as e:
        raise DatabaseProblem(
            f"Cannot read {path.name}: {e.strerror}.", path=str(path), hint="check_permissions"
        ) from e
    if header != SQLITE_HEADER:
        if not header:
            raise DatabaseProblem(
                f"{path.name} is empty: it holds no Minutier data.",
                path=str(path),
                hint="restore_backup",
            )
        raise DatabaseProblem(
            f"{path.name} is not a Minutier database (it is not an SQLite file).",
            path=str(path),
            hint="choose_another",
        )
    try:
        conn = sqlite3.connect(_uri(path, readonly=True), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as e:
        raise DatabaseProblem(f"Cannot open {path.name}: {e}.", path=str(path)) from e
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as e:
        raise DatabaseProblem(
            f"{path.name} is damaged and cannot be read ({e}).",
            path=str(path),
            hint="restore_backup",
        ) from e
    finally:
        conn.close()
    if version > schema.LATEST_VERSION:
        raise DatabaseProblem(
            f"{path.name} was written by a newer Minutier (schema version {version}; "
            f"this version reads up to {schema.LATEST_VERSION}). Update Minutier to open it.",
            path=str(path),
            hint="update_app",
            version=version,
        )
    if tables and "meta" not in tables:
        raise DatabaseProblem(
            f"{path.name} is an SQLite database but not a Minutier one.",
            path=str(path),
            hint="choose_another",
        )
    return version


class Store:
    """An open Minutier file: the sqlite-utils Database plus who is writing and how."""

    def __init__(self, db: Database, path: Path, *, readonly: bool, who: str) -> None:
        self.db = db
        self.path = path
        self.readonly = readonly
        self.who = who

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        """Rows of a read query as dicts."""
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def query_one(self, sql: str, params: Any = ()) -> dict[str, Any] | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: Any = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Store]:
        """One write transaction, taken with BEGIN IMMEDIATE so writers queue instead of deadlock.

        Nested calls become savepoints. On any error everything since BEGIN is rolled back.
        """
        if self.readonly:
            raise DatabaseProblem(
                f"{self.path.name} is open read-only; changes cannot be saved.",
                path=str(self.path),
                hint="read_only",
            )
        if self.conn.in_transaction:
            with self.db.atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise

    def operation(self, label: str):  # -> Operation (import cycle kept out of module scope)
        """Start one user action: a transaction whose writes land in the history as one entry."""
        from minutier.store.writer import Operation

        return Operation(self, label)

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            if not self.readonly:
                self.conn.execute("PRAGMA optimize")
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _secure_new_file(path: Path) -> None:
    """Create the file user-only (0600) before SQLite does, so it never exists wider."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, stat.S_IRUSR | stat.S_IWUSR)
    os.close(fd)


def open_store(
    path: str | os.PathLike[str],
    *,
    create: bool = False,
    readonly: bool = False,
    who: str | None = None,
    migrate: bool = True,
) -> Store:
    """Open (or with ``create`` make) a Minutier file, bring its schema up to date, return it.

    Raises ``DatabaseProblem`` with a sentence for the user when the file cannot be used.
    """
    path = Path(path)
    who = who or clock.os_user()
    is_new = not path.exists()
    if is_new:
        if not create or readonly:
            raise DatabaseProblem(f"{path} does not exist.", path=str(path), hint="choose_another")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _secure_new_file(path)
        except OSError as e:
            raise DatabaseProblem(
                f"Cannot create {path}: {e.strerror}.", path=str(path), hint="check_permissions"
            ) from e
        version = 0
    else:
        version = _probe(path) if path.stat().st_size else 0
        if path.stat().st_size == 0 and not create:
            _probe(path)  # raises the "empty file" message
    try:
        conn = sqlite3.connect(
            _uri(path, readonly=readonly),
            uri=True,
            timeout=BUSY_TIMEOUT_MS / 1000,
            check_same_thread=False,
        )
    except sqlite3.Error as e:
        raise DatabaseProblem(f"Cannot open {path.name}: {e}.", path=str(path)) from e
    register_functions(conn)
    try:
        db = Database(conn, execute_plugins=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            # FULL: a committed change survives a power cut, not only a crash of the app.
            conn.execute("PRAGMA synchronous = FULL")
        store = Store(db, path, readonly=readonly, who=who)
        if version < schema.LATEST_VERSION:
            if readonly or not migrate:
                raise DatabaseProblem(
                    f"{path.name} uses an older schema (version {version}) and is open "
                    "read-only, so it cannot be brought up to date.",
                    path=str(path),
                    hint="open_writable",
                )
            schema.upgrade(db)
    except sqlite3.DatabaseError as e:
        conn.close()
        raise DatabaseProblem(
            f"{path.name} cannot be used: {e}.", path=str(path), hint="restore_backup"
        ) from e
    except BaseException:
        conn.close()
        raise
    return store
