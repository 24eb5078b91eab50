"""Backups with SQLite's online backup API: automatic, rotated, verified, and restored safely.

A backup is a consistent snapshot taken through ``sqlite3.Connection.backup`` (never a file
copy of a live database), written beside its final name, checked with ``integrity_check`` and
``foreign_key_check``, then renamed into place, user-only (0600). Automatic backups go to
``backups_dir()/<file stem>-<hash of its path>/`` as
``<stem>.<UTC time>.<reason>.<number>.minutier``:

- ``daily``: on the first open of the day by the window (``open_store(..., backup=True)``),
  rotated: the 7 newest are kept, plus the newest of each of 4 ISO weeks and 12 months;
- ``before-migration``: always, before a newer Minutier changes the file's schema;
- ``before-restore``: the current file, before a backup replaces it;
- ``manual``: ``minutier backup DB`` without a destination; never deleted automatically.

The 5 newest ``before-migration`` and ``before-restore`` backups are kept.

"Newest" means created last, never "with the latest time": the number in each name counts the
backups of that register (one more than the highest number already in its folder), so a
clock set back — a laptop's reset clock, a backup made under a wrong one — never makes
rotation delete the latest backups. Names of an older Minutier, without a number, count as
older than any numbered one (and by their time among themselves). Only files named after
this register are ever listed or deleted; the copy just made is never deleted.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from minutier.core import clock
from minutier.core.errors import DatabaseProblem
from minutier.store import atomic, connection, locations, probe, schema_check
from minutier.store.writer import RECORD_TABLES

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
KEEP_SPECIAL = 5  # before-migration, before-restore
REASONS = ("daily", "before-migration", "before-restore", "manual")
_NAME = re.compile(
    r"^(?P<stem>.+)\.(?P<stamp>\d{8}-\d{6}Z)(?:-(?P<n>\d+))?\.(?P<reason>[a-z-]+)"
    r"(?:\.(?P<number>\d{1,18}))?\.minutier$"
)
COUNTED = ("meeting", "decision", "action")


@dataclass
class BackupInfo:
    """One backup file as the restore dialog lists it."""

    path: Path
    taken_at: dt.datetime | None  # aware UTC (from the name; file time for other files)
    reason: str
    number: int | None = None  # creation order among the register's backups (None: older)
    size: int = 0
    version: int | None = None
    counts: dict[str, int] = field(default_factory=dict)  # meeting, decision, action, records
    problem: str = ""

    @property
    def ok(self) -> bool:
        return not self.problem

    @property
    def records(self) -> int:
        return self.counts.get("records", 0)


# -- where ---------------------------------------------------------------------------------------
def folder_for(db_path: str | os.PathLike[str]) -> Path:
    """The backups folder of one register (by its full path, so two registers never mix)."""
    path = Path(db_path).resolve()
    digest = hashlib.sha256(str(path).encode("utf-8")).hexdigest()[:10]
    return locations.backups_dir() / f"{path.stem}-{digest}"


def _stamp(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).strftime("%Y%m%d-%H%M%SZ")


@dataclass(frozen=True)
class Entry:
    """A backup of one register as its name tells: creation number, time, reason."""

    number: int | None  # None: named by an older Minutier (older than any numbered one)
    when: dt.datetime
    reason: str
    path: Path
    n: int = 1  # an older Minutier's "-2", "-3"… for two backups in one second

    @property
    def order(self) -> tuple[bool, int, dt.datetime, int, str]:
        """Sorts by creation: numbered after unnumbered, then by number (or time)."""
        return (self.number is not None, self.number or 0, self.when, self.n, self.path.name)


def _parse_name(path: Path) -> tuple[str, Entry] | None:
    m = _NAME.match(path.name)
    if not m or m["reason"] not in REASONS:
        return None
    when = dt.datetime.strptime(m["stamp"], "%Y%m%d-%H%M%SZ").replace(tzinfo=dt.UTC)
    number = int(m["number"]) if m["number"] else None
    return m["stem"], Entry(number, when, m["reason"], path, int(m["n"] or 1))


def _new_name(folder: Path, stem: str, reason: str, when: dt.datetime) -> Path:
    """The next backup's name: one more than the highest number of this register's backups."""
    number = max((e.number or 0 for e in _entries(folder, stem)), default=0) + 1
    while True:
        candidate = folder / f"{stem}.{_stamp(when)}.{reason}.{number:06d}.minutier"
        if not os.path.lexists(candidate):
            return candidate
        number += 1


def _make_folder(folder: Path) -> None:
    atomic.make_private_dir(folder)


# -- writing -------------------------------------------------------------------------------------
class Cancelled(Exception):
    """A backup was stopped (the window closed); its private file was removed."""


PAGES_PER_STEP = 256  # the writer's connection is free for the window between two steps


@contextlib.contextmanager
def reading(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection to read ``path``: this process's writer if it holds it, else a read-only one.

    Never a Python ``open()``: closing it would drop this process's locks on the file.
    """
    writer = connection.held(path)
    if writer is not None:
        yield writer.conn
        return
    conn = connection.probe_connection(path)
    try:
        yield conn
    finally:
        conn.close()


def verify(path: Path) -> list[str]:
    """Problems found by ``integrity_check`` and ``foreign_key_check`` on a file (read-only)."""
    try:
        with reading(Path(path)) as conn:
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check(20)") if r[0] != "ok"]
            problems += [
                f"{t} row {rowid} refers to a missing {parent}"
                for t, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")
            ]
    except DatabaseProblem as e:
        return [str(e)]
    except sqlite3.DatabaseError as e:
        return [f"damaged: {e}"]
    return problems


def _no_room(dest: Path, e: BaseException) -> DatabaseProblem:
    text = str(e).lower()
    if "full" in text or getattr(e, "errno", None) == 28:
        return DatabaseProblem(
            f"There is no room left on the disk for the copy {dest.name}; nothing was kept "
            "and the register itself is untouched. Free some space, then try again.",
            path=str(dest),
            hint="disk_full",
        )
    detail = getattr(e, "strerror", None) or e
    return DatabaseProblem(
        f"The copy {dest.name} could not be written ({detail}); nothing was kept and the "
        "register itself is untouched.",
        path=str(dest),
        hint="backup_failed",
    )


def write_copy(
    source: sqlite3.Connection, dest: Path, *, cancel: Callable[[], bool] | None = None
) -> None:
    """Snapshot ``source`` into a new file ``dest`` (0600, self-contained), verified, atomically.

    Stepped through the backup API (writes made meanwhile through ``source`` are followed);
    then checked, fsynced, linked into place (never over an existing file) and the folder
    fsynced. ``dest`` only ever appears complete and checked; a failure or a ``cancel``
    leaves nothing, and a kill leaves a private file the next backup in that folder removes.
    """
    dest = Path(dest)
    if os.path.lexists(dest):
        raise atomic.exists_refusal(dest)
    atomic.clean_leftovers(dest.parent)
    tmp = atomic.private_name(dest, "partial")
    atomic.remove(tmp)

    def progress(_status: int, _remaining: int, _total: int) -> None:
        if cancel is not None and cancel():
            raise Cancelled

    try:
        try:
            fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
            target = schema_check.harden(sqlite3.connect(tmp))
            try:
                source.backup(target, pages=PAGES_PER_STEP, progress=progress)
                target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            finally:
                target.close()
        except (OSError, sqlite3.OperationalError) as e:
            if isinstance(e, sqlite3.OperationalError) and "full" not in str(e).lower():
                raise
            raise _no_room(dest, e) from e
        problems = verify(tmp)
        if problems:
            raise DatabaseProblem(
                f"The copy written to {dest.name} did not pass the integrity check "
                f"({problems[0]}); it was not kept.",
                path=str(dest),
                hint="backup_failed",
            )
        try:
            fd = os.open(tmp, os.O_RDONLY)  # our private file, which no connection holds now
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
            atomic.publish(tmp, dest)
            atomic.fsync_dir(dest.parent)
        except DatabaseProblem:
            raise
        except OSError as e:
            raise _no_room(dest, e) from e
    finally:
        atomic.remove(tmp)


def take(
    source: sqlite3.Connection,
    db_path: Path,
    reason: str,
    *,
    cancel: Callable[[], bool] | None = None,
) -> BackupInfo:
    """One automatic backup of ``db_path`` (read through ``source``) into its folder, rotated.

    The copy just made is never deleted by its own rotation, whatever the clock says.
    """
    assert reason in REASONS
    folder = folder_for(db_path)
    _make_folder(folder)
    when = clock.utc_now()
    dest = _new_name(folder, Path(db_path).resolve().stem, reason, when)
    write_copy(source, dest, cancel=cancel)
    rotate(db_path, keep=dest)
    return inspect(dest)


def taken_today(db_path: Path) -> bool:
    """Whether today's automatic backup of ``db_path`` exists (a look at file names only)."""
    today = clock.utc_now().astimezone().date()
    return any(
        e.reason == "daily" and e.when.astimezone().date() == today
        for e in _entries(folder_for(db_path), _stem(db_path))
    )


def daily(
    store: connection.Store, *, cancel: Callable[[], bool] | None = None
) -> BackupInfo | None:
    """Today's backup of an open store, unless one was already taken today (returns None)."""
    if taken_today(store.path):
        return None
    return take(store.conn, store.path, "daily", cancel=cancel)


def before_migration(conn: sqlite3.Connection, db_path: Path, version: int) -> BackupInfo:
    """The backup every migration is preceded by; if it fails, the migration does not run."""
    try:
        info = take(conn, db_path, "before-migration")
    except (OSError, sqlite3.Error, DatabaseProblem) as e:
        info = None
        error: BaseException = e
    if info is None or not info.path.exists():
        raise DatabaseProblem(
            f"{db_path.name} needs updating to the current format (from version {version}), "
            f"but no backup could be made first ({error if info is None else 'it vanished'}), "
            "so nothing was changed. Free some space or check the backups folder, then open "
            "it again.",
            path=str(db_path),
            hint="backup_failed",
        )
    return info


def _refuse_same(dest: Path, db_path: Path) -> None:
    same = dest.resolve() == db_path.resolve() or dest.name.startswith(db_path.name + "-")
    if not same and dest.exists():
        same = connection.file_key(dest) == connection.file_key(db_path)
    if same:
        raise DatabaseProblem(
            "A copy cannot replace the file it is a copy of; choose another name.",
            path=str(dest),
            hint="choose_another",
        )


def save_copy(store: connection.Store, dest: str | os.PathLike[str]) -> BackupInfo:
    """ "Save a copy…": a consistent, checked copy of the committed state, even while editing.

    The copy is read through the window's own connection (stepped: the window stays free);
    an existing file is never replaced, so a register open elsewhere cannot be overwritten.
    """
    dest = Path(dest)
    _refuse_same(dest, store.path)
    if not store.txlock.acquire(timeout=connection.BUSY_TIMEOUT_MS / 1000):
        raise connection.translate_operational(  # type: ignore[misc]
            sqlite3.OperationalError("database is busy"), store.path
        )
    try:
        if store.conn.in_transaction:  # a change half-made in this very thread
            raise DatabaseProblem(
                f"{store.path.name} is in the middle of a change; save or cancel it, then "
                "save a copy.",
                path=str(store.path),
                hint="busy",
            )
        try:
            write_copy(store.conn, dest)
        except sqlite3.Error as e:
            raise connection.translate_operational(e, dest) or DatabaseProblem(
                f"The copy could not be written: {e}.", path=str(dest)
            ) from e
    finally:
        store.txlock.release()
    return inspect(dest)


def resolve_destination(db_path: Path, dest: str | os.PathLike[str]) -> Path:
    """Where ``backup DB DEST`` writes: inside DEST when it is (or ends like) a folder."""
    text = os.fspath(dest)
    target = Path(text)
    if text.endswith(("/", os.sep)) or target.is_dir():
        atomic.make_private_dir(target)
        return _new_name(target, db_path.resolve().stem, "manual", clock.utc_now())
    if os.path.lexists(target):
        raise atomic.exists_refusal(target)
    if not target.parent.is_dir():
        raise DatabaseProblem(
            f"The folder {target.parent} does not exist; no backup was made.",
            path=str(target),
            hint="choose_another",
        )
    return target


def backup_file(db_path: str | os.PathLike[str], dest: str | os.PathLike[str] | None) -> BackupInfo:
    """``minutier backup DB [DEST]``: into DEST (a new file or a folder), or the backups folder."""
    db_path = Path(db_path)
    if not db_path.exists():
        raise DatabaseProblem(
            f"{db_path} does not exist.", path=str(db_path), hint="choose_another"
        )
    target = None if dest is None else resolve_destination(db_path, dest)
    if target is not None:
        _refuse_same(target, db_path)
    probe.refuse_empty(db_path)
    try:
        with reading(db_path) as source:
            probe.identify(source, db_path)  # not ours, newer, damaged: the usual sentences
            if target is None:
                return take(source, db_path, "manual")
            write_copy(source, target)
            return inspect(target)
    except sqlite3.DatabaseError as e:
        raise DatabaseProblem(
            f"{db_path.name} could not be read to the end ({e}); no backup was made. "
            f"Run 'minutier check {db_path.name}'.",
            path=str(db_path),
            hint="restore_backup",
        ) from e


# -- listing and rotation ------------------------------------------------------------------------
def _stem(db_path: str | os.PathLike[str]) -> str:
    return Path(db_path).resolve().stem


def _entries(folder: Path, stem: str) -> list[Entry]:
    """The backups of the register named ``stem`` in ``folder``, newest (created last) first.

    Files of any other name — another register's backups among them — are not included.
    """
    if not folder.is_dir():
        return []
    out = []
    for path in folder.iterdir():
        parsed = _parse_name(path)
        if parsed is not None and parsed[0] == stem and path.is_file():
            out.append(parsed[1])
    out.sort(key=lambda e: e.order, reverse=True)
    return out


def kept(entries: Iterable[Entry]) -> set[Path]:
    """Which backups rotation keeps: see the module's docstring for the rule."""
    entries = sorted(entries, key=lambda e: e.order, reverse=True)  # created last first
    keep = {e.path for e in entries if e.reason == "manual"}
    for reason in ("before-migration", "before-restore"):
        keep.update([e.path for e in entries if e.reason == reason][:KEEP_SPECIAL])
    daily_entries = [e for e in entries if e.reason == "daily"]
    keep.update(e.path for e in daily_entries[:KEEP_DAILY])
    periods = (
        (lambda d: d.isocalendar()[:2], KEEP_WEEKLY),
        (lambda d: (d.year, d.month), KEEP_MONTHLY),
    )
    for period_of, limit in periods:  # the newest-created of each of the periods met first
        seen: list[object] = []
        for e in daily_entries:
            period = period_of(e.when.astimezone())
            if period in seen:
                continue
            if len(seen) >= limit:
                break
            seen.append(period)
            keep.add(e.path)
    return keep


def rotate(db_path: str | os.PathLike[str], *, keep: Path | None = None) -> list[Path]:
    """Delete the automatic backups rotation no longer keeps; returns what was deleted.

    ``keep`` (the copy just made) is never deleted, whatever the clock says.
    """
    entries = _entries(folder_for(db_path), _stem(db_path))
    keep_set = kept(entries)
    if keep is not None:
        keep_set.add(keep)
    removed = []
    for e in entries:
        if e.path not in keep_set:
            e.path.unlink(missing_ok=True)
            removed.append(e.path)
    return removed


def inspect(path: str | os.PathLike[str]) -> BackupInfo:
    """Date, reason, schema version and record counts of a backup (or any Minutier file)."""
    path = Path(path)
    parsed = _parse_name(path)
    if parsed is not None:
        entry = parsed[1]
        info = BackupInfo(path, entry.when, entry.reason, number=entry.number)
    else:
        try:
            when: dt.datetime | None = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
        except OSError:
            when = None
        info = BackupInfo(path, when, "file")
    try:
        info.size = path.stat().st_size
        if info.size == 0:
            info.problem = "it is empty"
            return info
        with reading(path) as conn:
            info.version = conn.execute("PRAGMA user_version").fetchone()[0]
            info.problem = schema_check.problem(conn, path)  # before any table of it is read
            if info.problem:
                return info
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "meta" not in tables:
                info.problem = "it is not a Minutier file"
                return info
            total = 0
            for table in sorted(RECORD_TABLES & tables):
                n = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                total += n
                if table in COUNTED:
                    info.counts[table] = n
            info.counts["records"] = total
    except OSError as e:
        info.problem = f"it cannot be read ({e.strerror})"
    except DatabaseProblem as e:
        info.problem = (
            "it is not a Minutier file"
            if e.hint == "choose_another"
            else f"it cannot be read ({e})"
        )
    except sqlite3.DatabaseError as e:
        info.problem = f"it is damaged ({e})"
    return info


def list_backups(db_path: str | os.PathLike[str]) -> list[BackupInfo]:
    """The automatic and manual backups of one register, created last first, with counts."""
    return [inspect(e.path) for e in _entries(folder_for(db_path), _stem(db_path))]


def restore(backup: str | os.PathLike[str], db_path: str | os.PathLike[str]) -> Any:
    """Put ``backup``'s content in ``db_path`` (a ``RestoreResult``): ``minutier.store.restore``."""
    from minutier.store import restore as restoring

    return restoring.restore(backup, db_path)
