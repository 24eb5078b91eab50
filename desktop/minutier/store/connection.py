"""Opening a Minutier file: checks before touching it, pragmas, migrations, one ``Store``.

Order matters: the header, ``user_version`` and a ``quick_check`` are read on a read-only handle
first, so a file that is not ours, damaged, or from a newer Minutier is refused before anything
is written. A file that cannot be written (permissions, read-only media) or that another
Minutier is editing (``holder``) opens read-only, with a sentence saying why in ``notices``.
A journal left missing or stale by a crash (``journal``) is refused unless read-only.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from minutier.core import clock
from minutier.core.errors import DatabaseProblem
from minutier.core.text import fold
from minutier.store import files, holder, journal, probe, schema, schema_check, verified

if TYPE_CHECKING:
    from sqlite_utils import Database

# Re-exported: integrity and backup read files through the same probe.
SQLITE_HEADER = probe.SQLITE_HEADER
BUSY_TIMEOUT_MS = probe.BUSY_TIMEOUT_MS
translate_operational = probe.translate_operational
_uri = probe.uri
_probe = probe.probe


def register_functions(conn: sqlite3.Connection) -> None:
    """SQL functions the schema's triggers call; every connection to a Minutier file needs them."""
    conn.create_function("mz_fold", 1, fold, deterministic=True)


def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


class Store:
    """An open Minutier file: its SQLite connection plus who is writing and how.

    ``db`` (a sqlite-utils ``Database`` over the same connection) is made on first use, so the
    window starts without importing sqlite-utils (~0.1 s) unless a file needs migrating.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, *, readonly: bool, who: str) -> None:
        self._conn = conn
        self._db: Database | None = None
        self._savepoints = 0
        self.path = path
        self.readonly = readonly
        self.who = who
        # Sentences for the user about this opening (read-only because…, recovered after a
        # crash, backup not made…): the window shows them once, the CLI may print them.
        self.notices: list[str] = []
        self.readonly_reason: str | None = None
        self.lock: holder.WriteLock | None = None
        self._release: weakref.finalize | None = None

    def hold(self, lock: holder.WriteLock | None) -> None:
        """Keep ``lock`` until close — or until this object is dropped or the program exits."""
        self.lock = lock
        if lock is not None:
            self._release = weakref.finalize(self, lock.release)

    @property
    def conn(self) -> sqlite3.Connection:
        return self._conn

    @property
    def db(self) -> Database:
        if self._db is None:
            from sqlite_utils import Database

            # recursive_triggers: sqlite-utils sets it on; _open already did the same.
            self._db = Database(self._conn, execute_plugins=False)
        return self._db

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
                self.readonly_reason
                or f"{self.path.name} is open read-only; changes cannot be saved.",
                path=str(self.path),
                hint="read_only",
            )
        if self.conn.in_transaction:  # nested: a savepoint inside the open transaction
            self._savepoints += 1
            name = f"minutier_{self._savepoints}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:  # a RAISE(ROLLBACK) may have ended it already
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            finally:
                self._savepoints -= 1
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")  # waits up to the busy timeout for a writer
        except sqlite3.OperationalError as e:
            raise (translate_operational(e, self.path) or e) from e
        try:
            yield self
        except BaseException as e:
            self._rollback()
            if isinstance(e, sqlite3.OperationalError):
                raise (translate_operational(e, self.path) or e) from e
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException as e:
                self._rollback()
                if isinstance(e, sqlite3.OperationalError):
                    raise (translate_operational(e, self.path) or e) from e
                raise

    def _rollback(self) -> None:
        # SQLite may already have rolled back (disk full); a failing ROLLBACK changes nothing.
        if self.conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")

    def operation(self, label: str, *, absorb: bool = False):  # -> Operation (no import cycle)
        """Start one user action: a transaction whose writes land in the history as one entry.

        ``absorb=True``: operations the services open inside it join its history entry.
        """
        from minutier.store.writer import Operation

        return Operation(self, label, absorb=absorb)

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            if not self.readonly:
                self.conn.execute("PRAGMA optimize")
        self._conn.close()
        if self._release is not None:  # after the close removed the journal: see ``journal``
            self._release()
            self._release = None
            self.lock = None
        if not self.readonly:
            verified.remember(self.path)  # closed cleanly: the next open may skip quick_check

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
    backup: bool = False,
    accept_journal: bool = False,
) -> Store:
    """Open (or with ``create`` make) a Minutier file, bring its schema up to date, return it.

    Raises ``DatabaseProblem`` (with a ``hint`` naming the way out) when the file cannot be
    used; a damaged file is never written to. Falls back to read-only, saying why in
    ``store.notices``, when the file cannot be written or another Minutier is editing it.

    - ``backup``: take the day's automatic backup if there is none yet (the window passes
      True; tests and command-line listings leave it off so they stay fast and write nowhere
      else). A backup is always taken before a migration, whatever this says.
    - ``accept_journal``: the user has read the "journal missing/stale" message and chose to
      continue with the file as it is (a stale journal is renamed aside, not deleted).
    """
    path = Path(path)
    who = who or clock.os_user()
    is_new = not files.require_regular(path, missing_ok=True)  # a FIFO must not hang us
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
    notices: list[str] = []
    reason, immutable = (None, False) if readonly or is_new else probe.unwritable(path)
    lock = None
    if not readonly and reason is None:
        lock, other = holder.acquire(path)
        if lock is None:
            who_has = other.describe() if other else "another Minutier window"
            reason = (
                f"{path.name} is being edited by {who_has}, so it is open read-only here. "
                "Close it there to make changes."
            )
    if reason is not None:
        readonly = True
        notices.append(reason)
    try:
        store = _open(
            path,
            is_new=is_new,
            readonly=readonly,
            immutable=immutable,
            who=who,
            migrate=migrate,
            lock=lock,
            accept_journal=accept_journal,
            notices=notices,
        )
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    store.readonly_reason = reason
    if backup and not store.readonly:
        from minutier.store import backup as backups

        try:
            backups.daily(store)
        except (DatabaseProblem, OSError, sqlite3.Error) as e:
            store.notices.append(f"Today's automatic backup could not be made: {e}")
    return store


def _open(
    path: Path,
    *,
    is_new: bool,
    readonly: bool,
    immutable: bool,
    who: str,
    migrate: bool,
    lock: holder.WriteLock | None,
    accept_journal: bool,
    notices: list[str],
) -> Store:
    if lock is not None:
        crashed = lock.previous
    else:
        previous, alive = holder.peek(path)
        crashed = previous if previous is not None and not alive else None
    kind = None if is_new else journal.problem(path, crashed=crashed is not None)
    if kind is not None:
        if readonly:
            immutable = True  # read the file alone: the journal is neither replayed nor touched
            notices.append(journal.message(path, kind))
        elif accept_journal:
            kept = journal.set_aside(path)
            if kept is not None:
                notices.append(
                    f"The journal that did not belong to {path.name} was kept as {kept.name}."
                )
        else:
            raise DatabaseProblem(journal.message(path, kind), path=str(path), hint=kind)
    elif crashed is not None and lock is not None:
        notices.append(
            f"{path.name} was not closed properly last time ({crashed.describe()}); "
            "every change saved before that was kept."
        )
    if is_new:
        version = 0
    elif path.stat().st_size == 0:
        # Only the file this call just created may be empty: an existing empty file may be a
        # register wiped by a failing disk or sync tool, and is refused rather than reused.
        _probe(path)  # raises the "empty file" message
    else:
        version, immutable = probe.probe_with_journal(
            path,
            immutable=immutable,
            readonly=readonly,
            accept_journal=accept_journal,
            notices=notices,
        )
    try:
        conn = sqlite3.connect(
            _uri(path, readonly=readonly, immutable=immutable),
            uri=True,
            timeout=BUSY_TIMEOUT_MS / 1000,
            check_same_thread=False,
        )
    except sqlite3.Error as e:
        raise DatabaseProblem(f"Cannot open {path.name}: {e}.", path=str(path)) from e
    register_functions(conn)
    # Bytes flipped inside a text value pass every structural check; show them as U+FFFD
    # instead of failing the whole query (measured: +40% on fetching text, 0.07 s per 500k).
    conn.text_factory = _lenient_text
    try:
        # Nothing of the file runs before its schema is found to be exactly ours.
        schema_check.verify(schema_check.harden(conn), path)
        if not readonly:  # our own triggers need it: see schema_check's docstring
            schema_check.trust_verified(conn)
        conn.execute("PRAGMA recursive_triggers = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if version < schema.LATEST_VERSION:
            if readonly or not migrate:
                raise DatabaseProblem(
                    f"{path.name} uses an older schema (version {version}) and is open "
                    "read-only, so it cannot be brought up to date.",
                    path=str(path),
                    hint="open_writable",
                )
            if version > 0:  # data to keep: copied aside before anything is written, or no write
                from minutier.store import backup as backups

                backups.before_migration(conn, path, version)
        if not readonly:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            # FULL: a committed change survives a power cut, not only a crash of the app.
            conn.execute("PRAGMA synchronous = FULL")
        store = Store(conn, path, readonly=readonly, who=who)
        if version < schema.LATEST_VERSION:
            schema.upgrade(store.db)
    except sqlite3.DatabaseError as e:
        conn.close()
        problem = translate_operational(e, path)
        if problem is not None:
            raise problem from e
        raise DatabaseProblem(
            f"{path.name} cannot be used: {e}.", path=str(path), hint="restore_backup"
        ) from e
    except BaseException:
        conn.close()
        raise
    if lock is not None:
        lock.claim(who)
    store.hold(lock)
    store.notices = notices
    return store
