"""Restoring a backup: checked first, the current content backed up, a damaged file kept aside.

The healthy current file is overwritten through SQLite's backup API in one transaction, so
a window that has it open sees the restored content at once; a damaged one is renamed to
``<name>.damaged-<time>`` (never deleted) and the backup copied in its place.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from minutier.core import clock
from minutier.core.errors import DatabaseProblem
from minutier.store import connection, holder, journal, schema, schema_check
from minutier.store.backup import BackupInfo, _stamp, inspect, take, verify, write_copy


@dataclass
class RestoreResult:
    restored: BackupInfo
    saved: BackupInfo | None = None  # the current file, backed up before it was replaced
    moved_aside: Path | None = None  # a damaged current file, renamed rather than backed up


def check_backup(backup: Path) -> BackupInfo:
    try:  # a backup may come from anywhere: nothing of it runs before this
        schema_check.verify_file(backup)
    except DatabaseProblem as e:
        info, problems = BackupInfo(backup, None, "file"), [schema_check.reason(e)]
    else:
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
    info = check_backup(backup)
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
        source = schema_check.harden(
            sqlite3.connect(connection._uri(backup, readonly=True, immutable=True), uri=True)
        )
        try:
            schema_check.verify(source, backup)  # the very connection the content comes from
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
                current = schema_check.harden(
                    sqlite3.connect(connection._uri(db_path, readonly=True), uri=True)
                )
                try:
                    result.saved = take(current, db_path, "before-restore")
                finally:
                    current.close()
                target = schema_check.harden(
                    sqlite3.connect(db_path, timeout=connection.BUSY_TIMEOUT_MS / 1000)
                )
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
