"""Restoring a backup: checked first, in place through SQLite when sound, else the old file kept aside.

- A sound current register (``quick_check`` passes) is backed up (``before-restore``) and
  then overwritten through the backup API, in one transaction, through the writer
  connection: this window's own when it has the file open (the window sees the restored
  content at once), a fresh exclusive one otherwise. Nothing is renamed.
- A damaged one (Firefox's ``BackupAndReplaceDatabaseFile``, Zotero's ``.damaged``): no
  connection to it stays open; the backup is first copied whole to a private file beside it,
  the old file is hard-linked to ``<name>.damaged-<time>`` (renamed where links are not
  possible) with its journal, and the copy then takes the name in one ``os.replace`` — the
  path never lacks a register, even if the process is killed or the disk fills.
- Another process holding the file: refused, naming it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from minutier.core import clock
from minutier.core.errors import DatabaseProblem
from minutier.store import atomic, connection, probe, schema, schema_check, serial
from minutier.store.backup import BackupInfo, _stamp, inspect, reading, take, verify, write_copy


@dataclass
class RestoreResult:
    restored: BackupInfo
    saved: BackupInfo | None = None  # the current file, backed up before it was replaced
    moved_aside: Path | None = None  # a damaged current file, kept under this name


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


def _aside_name(db_path: Path) -> Path:
    stamp = _stamp(clock.utc_now())
    target = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    n = 1
    while os.path.lexists(target):
        n += 1
        target = db_path.with_name(f"{db_path.name}.damaged-{stamp}-{n}")
    return target


def _replace_damaged(source: sqlite3.Connection, db_path: Path) -> Path:
    """Copy the backup in beside, keep the damaged file aside, swap in one rename."""
    tmp = atomic.private_name(db_path, "building")
    atomic.remove(tmp)
    try:
        write_copy(source, tmp)
        aside = _aside_name(db_path)
        try:
            os.link(db_path, aside)
        except OSError:
            os.rename(db_path, aside)
        for suffix in ("-wal", "-shm", "-journal"):  # a journal must not be replayed onto the copy
            side = Path(f"{db_path}{suffix}")
            if side.exists():
                side.rename(Path(f"{aside}{suffix}"))
        os.replace(tmp, db_path)
        atomic.fsync_dir(db_path.parent)
        return aside
    except OSError as e:
        raise DatabaseProblem(
            f"The restore could not be written ({e.strerror}); {db_path.name} was not changed.",
            path=str(db_path),
            hint="disk_full" if e.errno == 28 else "backup_failed",
        ) from e
    finally:
        atomic.remove(tmp)


def _in_place(source: sqlite3.Connection, writer: sqlite3.Connection, db_path: Path) -> BackupInfo:
    saved = take(writer, db_path, "before-restore")
    with serial.alone(writer) as target:  # the window's thread waits meanwhile
        source.backup(target)  # one transaction on the writer: all of the backup, or nothing
    if writer.execute("PRAGMA quick_check").fetchone()[0] != "ok":
        raise DatabaseProblem(
            f"{db_path.name} did not pass the check after the restore; the content before it "
            f"is in {saved.path}.",
            path=str(db_path),
        )
    return saved


def restore(backup: str | os.PathLike[str], db_path: str | os.PathLike[str]) -> RestoreResult:
    """Put ``backup``'s content in ``db_path`` (see the module's docstring)."""
    backup, db_path = Path(backup), Path(db_path)
    if db_path.is_dir():
        raise DatabaseProblem(
            f"{db_path} is a folder; name the register file to restore into.",
            path=str(db_path),
            hint="choose_another",
        )
    same = db_path.exists() and backup.exists()
    if same and connection.file_key(backup) == connection.file_key(db_path):
        raise DatabaseProblem("A file cannot be restored onto itself.", path=str(backup))
    info = check_backup(backup)
    result = RestoreResult(info)
    try:
        with reading(backup) as source:
            schema_check.verify(source, backup)  # the very connection the content comes from
            if not os.path.lexists(db_path):
                atomic.make_private_dir(db_path.parent)
                write_copy(source, db_path)
                return result
            writer = connection.held(db_path)
            if writer is not None:
                with writer.txlock:
                    if writer.conn.in_transaction:
                        raise probe.translate_operational(  # type: ignore[misc]
                            sqlite3.OperationalError("database is busy"), db_path
                        )
                    try:
                        probe.quick_check(writer.conn, db_path)
                    except DatabaseProblem as e:
                        raise DatabaseProblem(
                            f"{db_path.name} is damaged: close it, then restore the backup "
                            "from the welcome screen or with 'minutier restore'.",
                            path=str(db_path),
                            hint="in_use",
                        ) from e
                    result.saved = _in_place(source, writer.conn, db_path)
                    if info.version is not None and info.version < schema.LATEST_VERSION:
                        from minutier.store import backup as backups

                        backups.before_migration(writer.conn, db_path, info.version)
                        schema.upgrade(writer.db)
                return result
            try:
                current = connection.connect(db_path, readonly=False, exclusive=True)
            except DatabaseProblem as e:
                if e.hint == "in_use":
                    raise
                current = None
            if current is not None:
                try:
                    probe.quick_check(current, db_path)
                    probe.identify(current, db_path)
                except DatabaseProblem:
                    current.close()
                    current = None
            if current is not None:
                try:
                    result.saved = _in_place(source, current, db_path)
                    with contextlib.suppress(sqlite3.Error):
                        current.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                finally:
                    current.close()
            else:
                result.moved_aside = _replace_damaged(source, db_path)
    except sqlite3.Error as e:
        raise connection.translate_operational(e, db_path) or DatabaseProblem(
            f"The restore failed ({e}); {db_path.name} was not changed.", path=str(db_path)
        ) from e
    return result
