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
from typing import Any

from minutier.core import clock
from minutier.core.errors import DatabaseProblem
from minutier.store import connection, locations, schema_check
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
        conn = schema_check.harden(
            sqlite3.connect(connection._uri(path, readonly=True, immutable=True), uri=True)
        )
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
        target = schema_check.harden(sqlite3.connect(tmp))
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


def taken_today(db_path: Path) -> bool:
    """Whether today's automatic backup of ``db_path`` exists (a look at file names only)."""
    today = clock.utc_now().astimezone().date()
    return any(
        reason == "daily" and when.astimezone().date() == today
        for when, reason, _ in _entries(folder_for(Path(db_path)))
    )


def daily(store: connection.Store) -> BackupInfo | None:
    """Today's backup of an open store, unless one was already taken today (returns None)."""
    if taken_today(store.path):
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
        source = schema_check.harden(
            sqlite3.connect(connection._uri(store.path, readonly=True), uri=True)
        )
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
    source = schema_check.harden(sqlite3.connect(connection._uri(db_path, readonly=True), uri=True))
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
        conn = schema_check.harden(
            sqlite3.connect(connection._uri(path, readonly=True, immutable=True), uri=True)
        )
    except (OSError, sqlite3.Error) as e:
        info.problem = f"it cannot be read ({e})"
        return info
    try:
        info.version = conn.execute("PRAGMA user_version").fetchone()[0]
        info.problem = schema_check.problem(conn, path)  # before any table of it is read
        if info.problem:
            return info
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


def restore(backup: str | os.PathLike[str], db_path: str | os.PathLike[str]) -> Any:
    """Put ``backup``'s content in ``db_path`` (a ``RestoreResult``): ``minutier.store.restore``."""
    from minutier.store import restore as restoring

    return restoring.restore(backup, db_path)
