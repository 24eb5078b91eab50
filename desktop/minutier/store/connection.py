"""Opening a Minutier file: one function makes every connection, SQLite is the lock, one ``Store``.

Only SQLite touches a register: nothing here ``open()``s the file or its journals (closing
any descriptor of it would drop this process's SQLite locks). ``connect`` is the one place
every connection to a register is made — the writer, a reader, a backup's source, the check —
so settings and checks of the file's schema live there.

A writable open takes SQLite's lock for good (``locking_mode=EXCLUSIVE``, as Anki and Zotero
do): no other process can read or write the file until it is closed, and a refused opener is
told who has it (``holder``). Within this process a second open of the same file (by
``(st_dev, st_ino)``, so a symlink or another path counts) borrows that connection instead.
SQLite replays a crashed writer's journal itself; ``PRAGMA quick_check`` then reads the
whole file before anything is written, so damage is found and the file refused untouched.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sqlite3
import sys
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from minutier.core import clock
from minutier.core.errors import DatabaseProblem
from minutier.core.text import fold
from minutier.store import files, holder, probe, schema, schema_check

if TYPE_CHECKING:
    from sqlite_utils import Database

BUSY_TIMEOUT_MS = probe.BUSY_TIMEOUT_MS
LOCK_WAIT_MS = 500  # a closing instance lets go quickly; a working one holds for hours
JOURNAL_SIZE_LIMIT = 16 * 1024 * 1024  # the -wal shrinks back to this after a checkpoint
translate_operational = probe.translate_operational


def register_functions(conn: sqlite3.Connection) -> None:
    """SQL functions the schema's triggers call; every connection to a Minutier file needs them."""
    conn.create_function("mz_fold", 1, fold, deterministic=True)


def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def file_key(path: Path) -> tuple[int, int]:
    """What identifies a file whatever the path used to reach it."""
    st = os.stat(path)
    return st.st_dev, st.st_ino


def connect(
    path: Path,
    *,
    readonly: bool,
    exclusive: bool = False,
    immutable: bool = False,
    factory: type[sqlite3.Connection] = sqlite3.Connection,
) -> sqlite3.Connection:
    """A connection to a register: the single place every one is made.

    ``exclusive`` (the writer) takes SQLite's lock at once and keeps it until close; it is
    refused with ``probe.InUse`` (naming the holder) when another process has the file.
    ``immutable`` only for a file nobody can be writing (no journal, a folder we cannot write).
    """
    mode = "ro" if readonly else "rw"
    uri = f"{Path(os.path.realpath(path)).as_uri()}?mode={mode}" + (
        "&immutable=1" if immutable else ""
    )
    try:
        conn = sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False, factory=factory
        )
    except sqlite3.Error as e:
        raise DatabaseProblem(f"Cannot open {path.name}: {e}.", path=str(path)) from e
    try:
        # trusted_schema off: SQL of the file calls none of our functions nor virtual tables
        # until ``schema_check.verify`` (in ``probe.identify``) found its schema to be ours.
        schema_check.harden(conn)
        register_functions(conn)
        # Bytes flipped inside a text value pass every structural check; show them as U+FFFD
        # instead of failing the whole query (measured: +40% on fetching text, 0.07 s per 500k).
        conn.text_factory = _lenient_text
        conn.execute("PRAGMA recursive_triggers = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        if exclusive:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute(f"PRAGMA busy_timeout = {LOCK_WAIT_MS}")
            # Reads the header, replays a crashed writer's journal, and takes the lock.
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
            if sys.platform == "darwin":
                conn.execute("PRAGMA fullfsync = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA schema_version").fetchone()  # "not a database" surfaces here
    except sqlite3.Error as e:
        conn.close()
        raise probe.explain(e, path) from e
    return conn


class Store:
    """An open Minutier file: its SQLite connection plus who is writing and how.

    ``db`` (a sqlite-utils ``Database`` over the same connection) is made on first use, so the
    window starts without importing sqlite-utils (~0.1 s) unless a file needs migrating. A
    store ``borrowed`` from the writer of the same file in this process shares its connection
    (and its transaction lock, so two threads never write into one transaction).
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        *,
        readonly: bool,
        who: str,
        owner: Store | None = None,
    ) -> None:
        self._conn = conn
        self._db: Database | None = None
        self._savepoints = 0
        self.path = path
        self.readonly = readonly
        self.who = who
        self.owner = owner
        self.txlock: threading.RLock = owner.txlock if owner else threading.RLock()
        # Sentences for the user about this opening (read-only because…, recovered after a
        # crash, backup not made…): the window shows them once, the CLI may print them.
        self.notices: list[str] = []
        self.readonly_reason: str | None = None
        self.note: tuple[int, int] | None = None  # the holder note this writer wrote
        self.key: tuple[int, int] | None = None
        self.closed = False

    @property
    def borrowed(self) -> bool:
        return self.owner is not None

    @property
    def conn(self) -> sqlite3.Connection:
        return self._conn

    @property
    def db(self) -> Database:
        if self._db is None:
            from sqlite_utils import Database

            # recursive_triggers: sqlite-utils sets it on; connect already did the same.
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

    def _busy(self) -> DatabaseProblem:
        return translate_operational(sqlite3.OperationalError("database is busy"), self.path)  # type: ignore[return-value]

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
        if not self.txlock.acquire(timeout=BUSY_TIMEOUT_MS / 1000):
            raise self._busy()  # another thread of this process is writing a long job
        try:
            with self._transaction():
                yield self
        finally:
            self.txlock.release()

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[Store]:
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
            self._rollback(e)
            if isinstance(e, sqlite3.OperationalError):
                raise (translate_operational(e, self.path) or e) from e
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException as e:
                self._rollback(e)
                if isinstance(e, sqlite3.OperationalError):
                    raise (translate_operational(e, self.path) or e) from e
                raise

    def _rollback(self, error: BaseException | None = None) -> None:
        # SQLite may already have rolled back (disk full); a failing ROLLBACK changes nothing.
        if self.conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
        full = isinstance(error, sqlite3.OperationalError) and "full" in str(error).lower()
        if full or getattr(error, "hint", None) == "disk_full":
            # The refused pages still fill the -wal, as far as the disk had room: give it back.
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def operation(self, label: str, *, absorb: bool = False):  # -> Operation (no import cycle)
        """Start one user action: a transaction whose writes land in the history as one entry.

        ``absorb=True``: operations the services open inside it join its history entry.
        """
        from minutier.store.writer import Operation

        return Operation(self, label, absorb=absorb)

    def close(self) -> None:
        """Close; a writer checkpoints the journal away, lets SQLite's lock go, removes its note."""
        if self.closed:
            return
        self.closed = True
        if self.borrowed:
            return  # the connection is the writer's
        if self.key is not None and _held.get(self.key) is self:
            del _held[self.key]
        if not self.readonly:
            self._rollback()
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("PRAGMA optimize")
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()
        holder.release(self.path, self.note)
        self.note = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# Writers open in this process, by file identity: a second open borrows their connection.
_held: dict[tuple[int, int], Store] = {}
_all_writers: weakref.WeakSet[Store] = weakref.WeakSet()


def held(path: Path) -> Store | None:
    """The writer of ``path`` open in this process, if any."""
    try:
        key = file_key(path)
    except OSError:
        return None
    store = _held.get(key)
    return store if store is not None and not store.closed else None


@atexit.register
def close_all() -> None:
    """Close every writer still open (SIGTERM, Ctrl+C, an exit without close): clean journals."""
    for store in list(_all_writers):
        with contextlib.suppress(Exception):
            store.close()


def refuse_if_held(path: str | os.PathLike[str]) -> None:
    """Refuse to read a register this process holds as a plain file (attach, import, verify):
    closing that file handle would drop the writer's locks (see the module's docstring)."""
    if held(Path(path)) is not None:
        raise DatabaseProblem(
            f"{Path(path).name} is the register open here; it cannot be used as a file while "
            "it is open. Use Save a copy, then choose the copy.",
            path=str(path),
            hint="choose_another",
        )


def _borrow(writer: Store, *, readonly: bool, who: str) -> Store:
    store = Store(
        writer.conn, writer.path, readonly=readonly or writer.readonly, who=who, owner=writer
    )
    store.readonly_reason = writer.readonly_reason
    return store


def open_store(
    path: str | os.PathLike[str],
    *,
    create: bool = False,
    readonly: bool = False,
    who: str | None = None,
    migrate: bool = True,
    backup: bool = False,
) -> Store:
    """Open (or with ``create`` make) a Minutier file, bring its schema up to date, return it.

    Raises ``DatabaseProblem`` (with a ``hint`` naming the way out) when the file cannot be
    used; a damaged file is never written to. Falls back to read-only, saying why in
    ``store.notices``, when the file cannot be written, sits on a network drive, or the note
    naming the holder cannot be written. Another process holding it: ``hint="in_use"``.

    - ``backup``: take the day's automatic backup now (tests and the CLI; the window takes it
      in the background). A backup is always taken before a migration, whatever this says.
    """
    path = Path(path)
    who = who or clock.os_user()
    if not files.require_regular(path, missing_ok=True):  # a FIFO must not hang us
        if not create or readonly:
            raise DatabaseProblem(f"{path} does not exist.", path=str(path), hint="choose_another")
        from minutier.store import atomic

        atomic.create_register(path, who=who)
    if path.is_dir():
        raise DatabaseProblem(
            f"{path.name} is a folder, not a Minutier file.", path=str(path), hint="choose_another"
        )
    writer = held(path)
    if writer is not None:
        return _borrow(writer, readonly=readonly, who=who)
    notices: list[str] = []
    reason = None if readonly else probe.unwritable(path)
    if reason is not None:
        readonly = True
        notices.append(reason)
    probe.refuse_empty(path)
    store = _open(path, readonly=readonly, who=who, migrate=migrate, notices=notices)
    store.readonly_reason = reason
    if backup and not store.readonly:
        from minutier.store import backup as backups

        try:
            backups.daily(store)
        except (DatabaseProblem, OSError, sqlite3.Error) as e:
            store.notices.append(f"Today's automatic backup could not be made: {e}")
    return store


def probe_connection(path: Path) -> sqlite3.Connection:
    """A read-only connection to look at a file that this process does not hold.

    With no journal beside the file there is nothing to replay: it is read alone and nothing
    is created beside it (a refused file is left exactly as it was). Never used for a session.
    """
    quiet = not any(os.path.lexists(f"{path}{s}") for s in ("-wal", "-journal"))
    return connect(path, readonly=True, immutable=True) if quiet else _read_only_fallback(path)


def _read_only_fallback(path: Path, notices: list[str] | None = None) -> sqlite3.Connection:
    try:
        return connect(path, readonly=True)
    except DatabaseProblem as e:
        # A WAL file in a folder we cannot write: SQLite cannot make its -shm. With no journal
        # beside it the file alone is the whole truth, but its owner may write it at any
        # moment: read a private snapshot of it, never the live file as immutable.
        if e.hint == "in_use" or os.access(path.parent, os.W_OK):
            raise
        if os.path.lexists(f"{path}-wal"):
            raise
        from minutier.store import snapshot

        conn = snapshot.open_snapshot(path)
        if notices is not None and getattr(conn, "notice", ""):
            notices.append(conn.notice)  # type: ignore[attr-defined]
        return conn


def _open(path: Path, *, readonly: bool, who: str, migrate: bool, notices: list[str]) -> Store:
    # Read-only first: what the file is and every page of it (quick_check), through a
    # connection that never writes — a writer closing over a damaged file (or a journal that
    # does not belong to it) would checkpoint that journal into it.
    # With no journal beside the file there is nothing to replay: the probe reads the file
    # alone and creates nothing beside it (a refused file is left exactly as it was).
    conn = probe_connection(path)
    try:
        version = probe.identify(conn, path)
        probe.quick_check(conn, path)
    finally:
        conn.close()
    # The session's own connection: never immutable, so changes by others are seen.
    conn = (
        _read_only_fallback(path, notices)
        if readonly
        else connect(path, readonly=False, exclusive=True)
    )
    note = None
    try:
        version = probe.identify(conn, path)  # as it is now that we hold it
        if not readonly:
            schema_check.trust_verified(conn)  # our own triggers need it: see schema_check
            crashed = holder.left_behind(path)
            previous = holder.read(path) if crashed else None
            try:
                note = holder.claim(path, who)
            except OSError:
                conn.close()
                reason = (
                    f"The note naming who edits {path.name} ({path.name}-lock) cannot be "
                    "written, so it is open read-only."
                )
                notices.append(reason)
                store = _open(path, readonly=True, who=who, migrate=migrate, notices=notices)
                store.readonly_reason = reason
                return store
            if crashed:
                by = f" ({previous.describe()})" if previous else ""
                notices.append(
                    f"{path.name} was not closed properly last time{by}; "
                    "every change saved before that was kept."
                )
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
            conn.execute(f"PRAGMA journal_size_limit = {JOURNAL_SIZE_LIMIT}")
        store = Store(conn, path, readonly=readonly, who=who)
        if version < schema.LATEST_VERSION:
            schema.upgrade(store.db)
    except sqlite3.DatabaseError as e:
        conn.close()
        holder.release(path, note)
        raise probe.explain(e, path) from e
    except BaseException:
        conn.close()
        holder.release(path, note)
        raise
    store.note = note
    store.notices = notices
    if not readonly:
        store.key = file_key(path)
        _held[store.key] = store
        _all_writers.add(store)
    return store
