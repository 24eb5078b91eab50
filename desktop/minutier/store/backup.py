"""Backups with SQLite's online backup API: automatic, rotated, verified, and restored safely.

A backup is a consistent snapshot taken through ``sqlite3.Connection.backup`` (never a file
copy of a live database), written beside its final name, checked with ``integrity_check`` and
``foreign_key_check``, then renamed into place, user-only (0600). Automatic backups go to
``backups_dir()/<file stem>-<hash of its path>/`` as ``<stem>.<UTC time>.<reason>.minutier``:

- ``daily``: on the first open of the day by the window (``open_store(..., backup=True)``),
  rotated: the newest of each of the last 7 days, 4 ISO weeks and 12 months is kept;
- ``before-migration``: always, before a newer Minutier changes the file's schema;
- ``before-restore``: the current file, before a backup replaces it;
- ``manual``: ``minutier backup DB`` without a destination; never deleted automatically.

The 5 newest ``before-migration`` and ``before-restore`` backups are kept.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from minutier.core import clock
from minutier.core.errors import DatabaseProblem
from minutier.store import connection, holder, journal, locations, schema
from minutier.store.writer import RECORD_TABLES

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
KEEP_SPECIAL = 5  # before-migration, before-restore
REASONS = ("daily", "before-migration", "before-restore", "manual")
_NAME = re.compile(
    r"^(?P<stem>.+)\.(?P<stamp>\d{8}-\d{6}Z)(?:-(?P<n>\d+))?\.(?P<reason>[a-z-]+)\.minutier$"
)
COUNTED = ("meeting", "decision", "action")


@dataclass
class BackupInfo:
    """One backup file as the restore dialog lists it."""

    path: Path
    taken_at: dt.datetime | None  # aware UTC (from the name; file time for other files)
    reason: str
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


@dataclass
class RestoreResult:
    restored: BackupInfo
    saved: BackupInfo | None = None  # the current file, backed up before it was replaced
    moved_aside: Path | None = None  # a damaged current file, renamed rather than backed up


# -- where ---------------------------------------------------------------------------------------
def folder_for(db_path: str | os.PathLike[str]) -> Path:
    """The backups folder of one register (by its full path, so two registers never mix)."""
    path = Path(db_path).resolve()
    digest = hashlib.sha256(str(path).encode("utf-8")).hexdigest()[:10]
    return locations.backups_dir() / f"{path.stem}-{digest}"


def _stamp(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).strftime("%Y%m%d-%H%M%SZ")


def _new_name(folder: Path, stem: str, reason: str, when: dt.datetime) -> Path:
    base = f"{stem}.{_stamp(when)}"
    candidate = folder / f"{base}.{reason}.minutier"
    n = 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{base}-{n}.{reason}.minutier"
    return candidate


def _parse_name(path: Path) -> tuple[dt.datetime, str] | None:
    m = _NAME.match(path.name)
    if not m or m["reason"] not in REASONS:
        return None
    when = dt.datetime.strptime(m["stamp"], "%Y%m%d-%H%M%SZ").replace(tzinfo=dt.UTC)
    return when, m["reason"]


def _make_folder(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)


# -- writing -------------------------------------------------------------------------------------
def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def verify(path: Path) -> list[str]:
    """Problems found by ``integrity_check`` and ``foreign_key_check`` on a file (read-only)."""
    try:
        with open(path, "rb") as f:
            if f.read(len(connection.SQLITE_HEADER)) != connection.SQLITE_HEADER:
                return ["it is not an SQLite file"]
        conn = sqlite3.connect(connection._uri(path, readonly=True, immutable=True), uri=True)
    except (OSError, sqlite3.Error) as e:
        return [f"cannot be read: {e}"]
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check(20)") if r[0] != "ok"]
        problems += [
            f"{t} row {rowid} refers to a missing {parent}"
            for t, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")
        ]
    except sqlite3.DatabaseError as e:
        problems = [f"damaged: {e}"]
    finally:
        conn.close()
    return problems


def write_copy(source: sqlite3.Connection, dest: Path) -> None:
    """Snapshot ``source`` into ``dest`` (0600, journal inside the file), verified, atomically.

    ``dest`` only ever appears complete and checked; a failure leaves no partial file.
    """
    dest = Path(dest)
    tmp = dest.with_name(f".{dest.name}.partial")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        target = sqlite3.connect(tmp)
        try:
            source.backup(target)  # one step: a consistent snapshot of the committed state
            target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            target.close()
        problems = verify(tmp)
        if problems:
            raise DatabaseProblem(
                f"The copy written to {dest.name} did not pass the integrity check "
                f"({problems[0]}); it was not kept.",
                path=str(dest),
                hint="backup_failed",
            )
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, dest)
        _fsync_dir(dest.parent)
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            leftover.unlink(missing_ok=True)


def take(source: sqlite3.Connection, db_path: Path, reason: str) -> BackupInfo:
    """One automatic backup of ``db_path`` (read through ``source``) into its folder, rotated."""
    assert reason in REASONS
    folder = folder_for(db_path)
    _make_folder(folder)
    when = clock.utc_now()
    dest = _new_name(folder, Path(db_path).resolve().stem, reason, when)
    write_copy(source, dest)
    rotate(db_path)
    return inspect(dest)


def daily(store: connection.Store) -> BackupInfo | None:
    """Today's backup of an open store, unless one was already taken today (returns None)."""
    today = clock.utc_now().astimezone().date()
    for entry in _entries(folder_for(store.path)):
        when, reason, _ = entry
        if reason == "daily" and when.astimezone().date() == today:
            return None
    return take(store.conn, store.path, "daily")


def before_migration(conn: sqlite3.Connection, db_path: Path, version: int) -> BackupInfo:
    """The backup every migration is preceded by; if it fails, the migration does not run."""
    try:
        return take(conn, db_path, "before-migration")
    except (OSError, sqlite3.Error, DatabaseProblem) as e:
        raise DatabaseProblem(
            f"{db_path.name} needs updating to the current format (from version {version}), "
            f"but no backup could be made first ({e}), so nothing was changed. Free some space "
            "or check the backups folder, then open it again.",
            path=str(db_path),
            hint="backup_failed",
        ) from e


def save_copy(store: connection.Store, dest: str | os.PathLike[str]) -> BackupInfo:
    """ "Save a copy…": a consistent, checked copy of the committed state, even while editing."""
    dest = Path(dest)
    if dest.resolve() == store.path.resolve() or dest.name.startswith(store.path.name + "-"):
        raise DatabaseProblem(
            "A copy cannot replace the file it is a copy of; choose another name.",
            path=str(dest),
            hint="choose_another",
        )
    if store.conn.in_transaction:  # copy what is committed, not a change half-made
        source = sqlite3.connect(connection._uri(store.path, readonly=True), uri=True)
    else:
        source = store.conn
    try:
        write_copy(source, dest)
    except sqlite3.Error as e:
        raise connection.translate_operational(e, dest) or DatabaseProblem(
            f"The copy could not be written: {e}.", path=str(dest)
        ) from e
    finally:
        if source is not store.conn:
            source.close()
    return inspect(dest)


def backup_file(db_path: str | os.PathLike[str], dest: str | os.PathLike[str] | None) -> BackupInfo:
    """``minutier backup DB [DEST]``: into DEST (a file or folder), or the backups folder."""
    db_path = Path(db_path)
    if not db_path.exists():
        raise DatabaseProblem(
            f"{db_path} does not exist.", path=str(db_path), hint="choose_another"
        )
    connection._probe(db_path)  # not SQLite, damaged, newer: the usual sentences
    source = sqlite3.connect(connection._uri(db_path, readonly=True), uri=True)
    try:
        if dest is None:
            return take(source, db_path, "manual")
        target = Path(dest)
        if target.is_dir():
            target = _new_name(target, db_path.resolve().stem, "manual", clock.utc_now())
        if target.resolve() == db_path.resolve():
            raise DatabaseProblem(
                "A backup cannot replace the file it is a backup of.", path=str(target)
            )
        write_copy(source, target)
        return inspect(target)
    except sqlite3.DatabaseError as e:
        raise DatabaseProblem(
            f"{db_path.name} could not be read to the end ({e}); no backup was made. "
            f"Run 'minutier check {db_path.name}'.",
            path=str(db_path),
            hint="restore_backup",
        ) from e
    finally:
        source.close()


# -- listing and rotation ------------------------------------------------------------------------
def _entries(folder: Path) -> list[tuple[dt.datetime, str, Path]]:
    if not folder.is_dir():
        return []
    out = []
    for path in folder.iterdir():
        parsed = _parse_name(path)
        if parsed is not None and path.is_file():
            out.append((*parsed, path))
    out.sort(key=lambda e: (e[0], e[2].name), reverse=True)
    return out


def kept(entries: Iterable[tuple[dt.datetime, str, Path]]) -> set[Path]:
    """Which backups rotation keeps: see the module's docstring for the rule."""
    entries = sorted(entries, key=lambda e: (e[0], e[2].name), reverse=True)
    keep = {p for _, reason, p in entries if reason == "manual"}
    for reason in ("before-migration", "before-restore"):
        keep.update([p for _, r, p in entries if r == reason][:KEEP_SPECIAL])
    daily_entries = [(when.astimezone(), p) for when, r, p in entries if r == "daily"]
    periods = (
        (lambda d: d.date(), KEEP_DAILY),
        (lambda d: d.isocalendar()[:2], KEEP_WEEKLY),
        (lambda d: (d.year, d.month), KEEP_MONTHLY),
    )
    for period_of, limit in periods:
        seen: list[object] = []
        for when, p in daily_entries:
            period = period_of(when)
            if period in seen:
                continue
            if len(seen) >= limit:
                break
            seen.append(period)
            keep.add(p)
    return keep


def rotate(db_path: str | os.PathLike[str]) -> list[Path]:
    """Delete the automatic backups rotation no longer keeps; returns what was deleted."""
    entries = _entries(folder_for(db_path))
    keep = kept(entries)
    removed = []
    for _, _, path in entries:
        if path not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def inspect(path: str | os.PathLike[str]) -> BackupInfo:
    """Date, reason, schema version and record counts of a backup (or any Minutier file)."""
    path = Path(path)
    parsed = _parse_name(path)
    if parsed is not None:
        when, reason = parsed
    else:
        try:
            when = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
        except OSError:
            when = None
        reason = "file"
    info = BackupInfo(path, when, reason)
    try:
        info.size = path.stat().st_size
        with open(path, "rb") as f:
            if f.read(len(connection.SQLITE_HEADER)) != connection.SQLITE_HEADER:
                info.problem = "it is not a Minutier file"
                return info
        conn = sqlite3.connect(connection._uri(path, readonly=True, immutable=True), uri=True)
    except (OSError, sqlite3.Error) as e:
        info.problem = f"it cannot be read ({e})"
        return info
    try:
        info.version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
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
    except sqlite3.DatabaseError as e:
        info.problem = f"it is damaged ({e})"
    finally:
        conn.close()
    return info


def list_backups(db_path: str | os.PathLike[str]) -> list[BackupInfo]:
    """The automatic and manual backups of one register, newest first, with record counts."""
    return [inspect(path) for _, _, path in _entries(folder_for(db_path))]


# -- restoring -----------------------------------------------------------------------------------
def _check_backup(backup: Path) -> BackupInfo:
    info = inspect(backup)
    problems = [info.problem] if info.problem else verify(backup)
    if not problems and info.version is not None and info.version > schema.LATEST_VERSION:
        problems = [f"it was written by a newer Minutier (schema version {info.version})"]
    if problems:
        raise DatabaseProblem(
            f"{backup.name} cannot be restored: {problems[0]}. Nothing was changed; "
            "choose another backup.",
            path=str(backup),
            hint="choose_another",
        )
    return info


def _move_aside(db_path: Path) -> Path:
    """Rename a damaged file (and its journal) out of the way; it is kept, never deleted."""
    stamp = _stamp(clock.utc_now())
    target = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = db_path.with_name(f"{db_path.name}.damaged-{stamp}-{n}")
    db_path.rename(target)
    for suffix in ("-wal", "-shm", "-journal"):
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            side.rename(target.with_name(target.name + suffix))
    return target


def restore(backup: str | os.PathLike[str], db_path: str | os.PathLike[str]) -> RestoreResult:
    """Put ``backup``'s content in ``db_path``, backing the current file up first.

    A damaged backup is refused. A healthy current file is backed up (``before-restore``) and
    then overwritten through the backup API, in one transaction that other connections see;
    a damaged one is renamed aside (``<name>.damaged-<time>``) and the backup copied in its
    place. Refused while another process is editing the file.
    """
    backup, db_path = Path(backup), Path(db_path)
    if backup.resolve() == db_path.resolve():
        raise DatabaseProblem("A file cannot be restored onto itself.", path=str(backup))
    info = _check_backup(backup)
    lock, other = holder.acquire(db_path) if db_path.exists() else (None, None)
    if db_path.exists() and lock is None:
        who = other.describe() if other else "another Minutier window"
        raise DatabaseProblem(
            f"{db_path.name} is being edited by {who}; close it there, then restore.",
            path=str(db_path),
            hint="in_use",
        )
    result = RestoreResult(info)
    try:
        source = sqlite3.connect(connection._uri(backup, readonly=True, immutable=True), uri=True)
        try:
            if not db_path.exists():
                db_path.parent.mkdir(parents=True, exist_ok=True)
                write_copy(source, db_path)
                return result
            healthy = lock is not None and (
                journal.problem(db_path, crashed=lock.previous is not None) is None
            )
            if healthy:
                try:
                    connection._probe(db_path, verify=True)
                except DatabaseProblem:
                    healthy = False
            if healthy:
                current = sqlite3.connect(connection._uri(db_path, readonly=True), uri=True)
                try:
                    result.saved = take(current, db_path, "before-restore")
                finally:
                    current.close()
                target = sqlite3.connect(db_path, timeout=connection.BUSY_TIMEOUT_MS / 1000)
                try:
                    source.backup(target)
                    if target.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                        raise DatabaseProblem(
                            f"{db_path.name} did not pass the integrity check after the "
                            f"restore; the file before it is in {result.saved.path}.",
                            path=str(db_path),
                        )
                finally:
                    target.close()
            else:
                result.moved_aside = _move_aside(db_path)
                write_copy(source, db_path)
        finally:
            source.close()
        if lock is not None:
            lock.previous = None  # the crash trace no longer describes this file
    except sqlite3.Error as e:
        raise connection.translate_operational(e, db_path) or DatabaseProblem(
            f"The restore failed ({e}); {db_path.name} was not changed.", path=str(db_path)
        ) from e
    finally:
        if lock is not None:
            lock.release()
    return result
