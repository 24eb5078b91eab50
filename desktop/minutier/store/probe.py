"""What a file is, asked of SQLite: ours, newer, damaged, in use, writable; errors as sentences.

Nothing here opens the file with Python: SQLite reads the header (``not a database``), the
schema version and the ``meta`` row, and ``quick_check`` reads every page. The only look
from outside is ``os.stat``/``os.access`` (which open nothing) and the mount table.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from minutier.core.errors import DatabaseProblem
from minutier.store import files, filesystems, holder, schema, schema_check

BUSY_TIMEOUT_MS = 3000
SQLITE_HEADER = b"SQLite format 3\x00"


def translate_operational(e: sqlite3.Error, path: Path) -> DatabaseProblem | None:
    """A sentence for SQLite errors a user meets (busy, disk full, I/O, read-only); else None."""
    text = str(e).lower()
    name = path.name
    if "locked" in text or "busy" in text:
        return DatabaseProblem(
            f"{name} is busy: another program is writing to it. Nothing was changed; "
            "wait a moment and try again.",
            path=str(path),
            hint="busy",
        )
    if "full" in text:
        return DatabaseProblem(
            f"There is no room left to save in {name} (the disk is full): the change was not "
            "saved and nothing was half-written. Free some space, then try again.",
            path=str(path),
            hint="disk_full",
        )
    if "disk i/o error" in text:
        return DatabaseProblem(
            f"The disk reported an error while saving {name}: the change was not saved. "
            f"Check the disk, then try again and run 'minutier check {name}'.",
            path=str(path),
            hint="io_error",
        )
    if "readonly" in text or "read-only" in text:
        return DatabaseProblem(
            f"{name} cannot be written (read-only); the change was not saved.",
            path=str(path),
            hint="read_only",
        )
    return None


def in_use(path: Path) -> DatabaseProblem:
    """The sentence for a file another process holds (SQLite said busy), naming the holder."""
    who = holder.read(path)
    by = who.describe() if who is not None else "another program"
    return DatabaseProblem(
        f"{path.name} is in use by {by}. Close it there, then open it again.",
        path=str(path),
        hint="in_use",
    )


def damaged(path: Path, detail: object) -> DatabaseProblem:
    return DatabaseProblem(
        f"{path.name} is damaged and cannot be read ({detail}). Nothing was written to it. "
        f"Restore a backup ('minutier backups {path.name}' lists them), or run "
        f"'minutier check {path.name}' for details.",
        path=str(path),
        hint="restore_backup",
    )


def explain(e: BaseException, path: Path) -> DatabaseProblem:
    """The sentence for an error met while opening or reading ``path``."""
    if isinstance(e, DatabaseProblem):
        return e
    text = str(e).lower()
    if "locked" in text or "busy" in text:
        return in_use(path)
    if "not a database" in text:
        if _sqlite_header(path):
            return damaged(path, e)
        return DatabaseProblem(
            f"{path.name} is not a Minutier database (it is not an SQLite file).",
            path=str(path),
            hint="choose_another",
        )
    if "unable to open" in text:
        return DatabaseProblem(
            f"Cannot open {path.name} ({e}).", path=str(path), hint="cannot_open"
        )
    if isinstance(e, sqlite3.Error):
        problem = translate_operational(e, path)
        if problem is not None and problem.hint != "read_only":
            return problem
    return damaged(path, e)


def _sqlite_header(path: Path) -> bool:
    """Whether the file starts like an SQLite file (cut short or damaged, then).

    Read only after SQLite said "not a database": no connection of ours can hold the file
    then, so this look drops no lock.
    """
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        return os.read(fd, len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False
    finally:
        os.close(fd)


def refuse_empty(path: Path) -> None:
    """An existing empty file may be a register wiped by a disk or a sync tool: never reuse it."""
    files.require_regular(path)  # a named pipe or a device would hang or never end the read
    try:
        size = os.stat(path).st_size
    except OSError as e:
        raise DatabaseProblem(
            f"Cannot read {path.name}: {e.strerror}.", path=str(path), hint="check_permissions"
        ) from e
    if size == 0:
        raise DatabaseProblem(
            f"{path.name} is empty: it holds no Minutier data. Restore a backup, or "
            "delete the empty file to start a new register.",
            path=str(path),
            hint="restore_backup",
        )


def identify(conn: sqlite3.Connection, path: Path) -> int:
    """The file's schema version; raises when it is not ours, newer, or its schema is damaged.

    Its ``sqlite_master`` is compared with ours (``schema_check``) before anything of it runs.
    """
    try:
        schema_check.verify(conn, path)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        ours = (
            "meta" in tables
            and conn.execute(
                "SELECT 1 FROM meta WHERE key = 'application' AND value = 'minutier'"
            ).fetchone()
            is not None
        )
    except (sqlite3.DatabaseError, UnicodeDecodeError) as e:  # bytes flipped in the schema
        raise explain(e, path) from e
    # Foreign first: other programs set user_version too, and are not "a newer Minutier".
    if tables and not ours:  # a table named "meta" alone does not make a file ours
        raise DatabaseProblem(
            f"{path.name} is an SQLite database but not a Minutier one.",
            path=str(path),
            hint="choose_another",
        )
    if version > schema.LATEST_VERSION:
        raise DatabaseProblem(
            f"{path.name} was written by a newer Minutier (schema version {version}; "
            f"this version reads up to {schema.LATEST_VERSION}). Update Minutier to open it.",
            path=str(path),
            hint="update_app",
            version=version,
        )
    return version


def quick_check(conn: sqlite3.Connection, path: Path) -> None:
    """Every page read (``PRAGMA quick_check``) before anything is written; raises if damaged."""
    try:
        result = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
    except (sqlite3.DatabaseError, UnicodeDecodeError) as e:
        raise explain(e, path) from e
    if result != ["ok"]:
        raise damaged(path, result[0])


def unwritable(path: Path) -> str | None:
    """Why ``path`` must open read-only, if it must: permissions, media, a network drive."""
    if not os.access(path, os.W_OK):
        reason = f"{path.name} cannot be changed (no write permission, or read-only media)"
    elif not os.access(path.parent, os.W_OK):
        reason = f"the folder of {path.name} cannot be written (no permission, or read-only media)"
    else:
        kind = filesystems.network_kind(path)
        if kind is None:
            return None
        return (
            f"{path.name} is on a network drive ({kind}), where SQLite cannot lock it "
            "reliably, so it is open read-only. Copy it to this computer to edit it."
        )
    return f"{reason[0].upper()}{reason[1:]}, so it is open read-only."
