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
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from minutier.core import clock
from minutier.core.errors import DatabaseProblem
from minutier.core.text import fold
from minutier.store import files, holder, probe, schema, schema_check
from minutier.store.serial import SerialConnection

if TYPE_CHECKING:
    from sqlite_utils import Database

BUSY_TIMEOUT_MS = probe.BUSY_TIMEOUT_MS
CHECK_WAIT_S = 120.0  # a write waits this long for the check of a file opened ``check_later``
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
    first_wait_ms: int = BUSY_TIMEOUT_MS,
    factory: type[sqlite3.Connection] = sqlite3.Connection,
) -> sqlite3.Connection:
    """A connection to a register: the single place every one is made.

    ``exclusive`` (the writer) takes SQLite's lock at once and keeps it until close; it is
    refused with ``probe.InUse`` (naming the holder) when another process has the file.
    ``immutable`` only for a file nobody can be writing (no journal, a folder we cannot write).
    ``first_wait_ms``: how long the first read waits for another process's lock.
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
        conn.execute(f"PRAGMA busy_timeout = {first_wait_ms}")
        conn.execute("PRAGMA schema_version").fetchone()  # "not a database" surfaces here
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
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
        conn: sqlite3.Connection | SerialConnection,
        path: Path,
        *,
        readonly: bool,
        who: str,
        owner: Store | None = None,
    ) -> None:
        # Shared with the jobs that borrow it, so one thread at a time calls into it (``serial``).
        self._conn = conn if isinstance(conn, SerialConnection) else SerialConnection(conn)
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
        # Set once the file passed its check (at once, unless opened with ``check_later``):
        # until then every write waits (``transaction``), and jobs that borrow it wait too.
        self.checked: threading.Event = owner.checked if owner else threading.Event()
        if owner is None:
            self.checked.set()
        self._on_checked: list[Callable[[Store], None]] = []
        self.checked_later = False  # opened ``check_later``: see ``when_checked``
        self._checking: threading.Thread | None = None
        self._checker: sqlite3.Connection | None = None

    @property
    def borrowed(self) -> bool:
        return self.owner is not None

    def when_checked(self, fn: Callable[[Store], None]) -> None:
        """Call ``fn(store)`` once the background check has ended (now if it has; else from
        the checking thread: a window hands it to its own thread with a queued signal)."""
        owner = self.owner or self
        with _check_lock:
            if not owner.checked.is_set():
                owner._on_checked.append(fn)
                return
        fn(owner)

    def begin_check(self) -> None:
        """Start the background check of a store opened with ``start_check=False`` (once).

        The window starts it once painted: on a 1.6 GB archive, the check reading the file
        beside the first paint delayed it by about 16 ms (python -m minutier.bench, 4×).
        """
        with _check_lock:
            thread = self._checking
            if thread is not None and thread.ident is None and not self.closed:
                thread.start()

    def wait_checked(self, timeout: float = CHECK_WAIT_S) -> None:
        """Wait for the background check; raises if it does not end in ``timeout`` seconds.

        A check left for later (``start_check=False``) starts now: whatever waits for it
        would otherwise hold the window's thread before the paint that was to start it.
        """
        (self.owner or self).begin_check()
        if not self.checked.wait(timeout):
            raise DatabaseProblem(
                f"{self.path.name} is still being checked (every page is read once at "
                "opening); nothing was changed. Try again in a moment.",
                path=str(self.path),
                hint="checking",
            )

    @property
    def conn(self) -> sqlite3.Connection:
        return self._conn  # type: ignore[return-value]  # a SerialConnection speaks the same

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
        self.wait_checked()  # opened with ``check_later``: writes are held until it passed
        if self.owner is not None and self.owner.readonly and not self.readonly:
            self.readonly, self.readonly_reason = True, self.owner.readonly_reason
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
        checked = self.checked.is_set()
        if self._checking is not None and self._checking.ident is None:
            with _check_lock:  # never started (closed before the window painted)
                if self._checker is not None:
                    with contextlib.suppress(sqlite3.Error):
                        self._checker.close()
                    self._checker = None
        elif self._checking is not None and self._checking.is_alive():
            with _check_lock:  # the thread lets go of its connection under this lock
                if self._checker is not None:
                    self._checker.interrupt()  # the check stops; its thread closes it
            self._checking.join()
        if not self.readonly and checked:
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
_check_lock = threading.Lock()  # between ``when_checked`` and the end of a check


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
    check_later: bool = False,
    start_check: bool = True,
) -> Store:
    """Open (or with ``create`` make) a Minutier file, bring its schema up to date, return it.

    Raises ``DatabaseProblem`` (with a ``hint`` naming the way out) when the file cannot be
    used; a damaged file is never written to. Falls back to read-only, saying why in
    ``store.notices``, when the file cannot be written, sits on a network drive, or the note
    naming the holder cannot be written. Another process holding it: ``hint="in_use"``.

    - ``backup``: take the day's automatic backup now (tests and the CLI; the window takes it
      in the background). A backup is always taken before a migration, whatever this says.
    - ``check_later`` (the window): a file that needs no migration is returned before its
      ``quick_check`` ends, which runs on a second, read-only connection in a thread while
      the window reads; writes wait for it (``Store.checked``), and only once it passed does
      the writer take SQLite's lock for good. A damaged file turns the store read-only.
      ``Store.when_checked`` says when it ended. With ``start_check=False`` the check waits
      for ``Store.begin_check`` (the window calls it once painted).
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
    store = _open(
        path,
        readonly=readonly,
        who=who,
        migrate=migrate,
        notices=notices,
        later=check_later,
        start_check=start_check,
    )
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


def _open(
    path: Path,
    *,
    readonly: bool,
    who: str,
    migrate: bool,
    notices: list[str],
    later: bool = False,
    start_check: bool = True,
) -> Store:
    # Read-only first: what the file is and every page of it (quick_check), through a
    # connection that never writes — a writer closing over a damaged file (or a journal that
    # does not belong to it) would checkpoint that journal into it.
    # With no journal beside the file there is nothing to replay: the probe reads the file
    # alone and creates nothing beside it (a refused file is left exactly as it was).
    conn = probe_connection(path)
    try:
        version = probe.identify(conn, path)
        later = later and not readonly and version == schema.LATEST_VERSION
        if not later:
            probe.quick_check(conn, path)
    finally:
        conn.close()
    if later:
        return _open_checking(path, who=who, notices=notices, start=start_check)
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
            try:
                note = _claim(path, who, notices)
            except OSError:
                conn.close()
                reason = _no_note(path)
                notices.append(reason)
                store = _open(path, readonly=True, who=who, migrate=migrate, notices=notices)
                store.readonly_reason = reason
                return store
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
            _writer_settings(conn)
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
        _hold_here(store)
    return store


def _hold_here(store: Store) -> None:
    """Make ``store`` the writer a second open of its file in this process borrows."""
    store.key = file_key(store.path)
    _held[store.key] = store
    _all_writers.add(store)


def _writer_settings(conn: sqlite3.Connection) -> None:
    if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed change survives a power cut, not only a crash of the app.
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(f"PRAGMA journal_size_limit = {JOURNAL_SIZE_LIMIT}")


def _claim(path: Path, who: str, notices: list[str]) -> tuple[int, int] | None:
    """Write the note naming us as the holder; say so if the last holder did not close."""
    crashed = holder.left_behind(path)
    previous = holder.read(path) if crashed else None
    note = holder.claim(path, who)
    if crashed:
        by = f" ({previous.describe()})" if previous else ""
        notices.append(
            f"{path.name} was not closed properly last time{by}; "
            "every change saved before that was kept."
        )
    return note


def _no_note(path: Path) -> str:
    return (
        f"The note naming who edits {path.name} ({path.name}-lock) cannot be "
        "written, so it is open read-only."
    )


def _open_checking(path: Path, *, who: str, notices: list[str], start: bool = True) -> Store:
    """The writer, returned before its check ends (``open_store(check_later=True)``).

    Until the check passed, the writer is an ordinary connection (SQLite's normal locking:
    it reads beside the checker, and another process that wants the file for good is
    refused, since both hold a shared lock); no write is let through (``Store.checked``).
    """
    conn = connect(path, readonly=False, first_wait_ms=LOCK_WAIT_MS)
    checker = None
    try:
        probe.identify(conn, path)  # as it is now that we have it open
        schema_check.trust_verified(conn)  # our own triggers need it: see schema_check
        checker = connect(path, readonly=True)
    except BaseException as e:
        conn.close()
        if isinstance(e, sqlite3.DatabaseError):
            raise probe.explain(e, path) from e
        raise
    store = Store(conn, path, readonly=False, who=who)
    store.notices = notices
    store.checked.clear()
    store.checked_later = True
    _hold_here(store)
    store._checker = checker
    store._checking = threading.Thread(
        target=_check_then_hold, args=(store, checker), name="minutier-open-check", daemon=True
    )
    if start:
        store._checking.start()
    return store


def _check_then_hold(store: Store, checker: sqlite3.Connection) -> None:
    """The check of a store opened ``check_later``; then SQLite's lock for good, or read-only."""
    path = store.path
    problem: DatabaseProblem | None = None
    with contextlib.suppress(OSError, AttributeError):  # Linux: a nice value per thread
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)  # the window first
    try:
        probe.quick_check(checker, path)
    except DatabaseProblem as e:
        problem = e
    except BaseException as e:  # interrupted by close, or anything the check met
        problem = probe.explain(e, path)
    with _check_lock:  # from here on ``close`` has nothing to interrupt
        store._checker = None
    try:
        if store.closed:
            checker.close()
        elif problem is None:
            checker.close()  # a shared lock of ours: the writer could not take the file for good
            problem = _hold(store)
        else:
            with store.conn.lock:  # the writer first, while the reader keeps the file open:
                store.conn.raw.close()  # closing last, it would checkpoint into a damaged file
                store.conn.raw = checker  # the window goes on reading, read-only
        if problem is not None and not store.closed:
            store.readonly, store.readonly_reason = True, str(problem)
            store.notices.append(str(problem))
    finally:
        with _check_lock:
            store.checked.set()
            waiting, store._on_checked = store._on_checked, []
    for fn in waiting:
        with contextlib.suppress(Exception):  # a window's callback must not kill this thread
            fn(store)


def _hold(store: Store) -> DatabaseProblem | None:
    """Take SQLite's lock for good on a checked writer (see ``connect``); None when held."""
    path, raw = store.path, store.conn.raw
    with store.conn.lock:
        try:
            raw.execute(f"PRAGMA busy_timeout = {LOCK_WAIT_MS}")
            raw.execute("PRAGMA locking_mode = EXCLUSIVE")
            raw.execute("BEGIN EXCLUSIVE")
            raw.execute("COMMIT")
            raw.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if sys.platform == "darwin":
                raw.execute("PRAGMA fullfsync = ON")
            _writer_settings(raw)
        except sqlite3.Error as e:
            with contextlib.suppress(sqlite3.Error):
                raw.execute("PRAGMA locking_mode = NORMAL")  # keep no lock we could not use
                raw.execute("SELECT 1 FROM sqlite_schema LIMIT 1").fetchall()
            return probe.explain(e, path)
    try:
        store.note = _claim(path, store.who, store.notices)
    except OSError:
        return DatabaseProblem(_no_note(path), path=str(path), hint="read_only")
    return None
