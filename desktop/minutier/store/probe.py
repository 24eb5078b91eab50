"""Reading a file before opening it: header, schema version, structure, journal, writability.

Everything here reads only: a read-only (or immutable) handle, never a write, so a file that
is damaged, foreign, newer, or left inconsistent by a crash is refused untouched. It also
turns the SQLite errors a user meets (busy, disk full, I/O, read-only) into sentences.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from minutier.core.errors import DatabaseProblem
from minutier.store import files, journal, schema, schema_check, verified

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 3000


def uri(path: Path, *, readonly: bool, immutable: bool = False) -> str:
    mode = "ro" if readonly else "rwc"
    # immutable: read the file alone, ignoring (and never creating) -wal/-shm beside it.
    return f"{path.resolve().as_uri()}?mode={mode}" + ("&immutable=1" if immutable else "")


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


def probe(path: Path, *, immutable: bool = False, verify: bool = False) -> int:
    """Return the file's schema version, or raise a DatabaseProblem without writing anything.

    With ``verify`` the file's structure is checked too (``PRAGMA quick_check``), so flipped
    bytes or a truncated file are found before any write — unless Minutier itself closed the
    file cleanly and nothing has touched it since (``store.verified``).
    """
    files.require_regular(path)  # a named pipe or a device would hang or never end the read
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
                f"{path.name} is empty: it holds no Minutier data. Restore a backup, or "
                "delete the empty file to start a new register.",
                path=str(path),
                hint="restore_backup",
            )
        raise DatabaseProblem(
            f"{path.name} is not a Minutier database (it is not an SQLite file).",
            path=str(path),
            hint="choose_another",
        )
    try:
        conn = sqlite3.connect(
            # with no journal beside it, the file alone is the whole truth: reading it as
            # immutable creates nothing beside a damaged file, not even an empty -wal/-shm
            uri(path, readonly=True, immutable=immutable or reads_alone(path)),
            uri=True,
            timeout=BUSY_TIMEOUT_MS / 1000,
        )
    except sqlite3.Error as e:
        raise DatabaseProblem(f"Cannot open {path.name}: {e}.", path=str(path)) from e
    try:
        schema_check.verify(schema_check.harden(conn), path)  # before anything reads the file
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        ours = (
            "meta" in tables
            and conn.execute(
                "SELECT 1 FROM meta WHERE key = 'application' AND value = 'minutier'"
            ).fetchone()
            is not None
        )
        if verify and not verified.is_known_clean(path):
            result = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
            if result != ["ok"]:
                raise sqlite3.DatabaseError(result[0])
            verified.remember(path)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as e:  # bytes flipped in the schema
        busy = translate_operational(e, path) if isinstance(e, sqlite3.Error) else None
        if busy is not None and busy.hint == "busy":
            raise busy from e
        raise DatabaseProblem(
            f"{path.name} is damaged and cannot be read ({e}). Nothing was written to it. "
            f"Restore a backup ('minutier backups {path.name}' lists them), or run "
            f"'minutier check {path.name}' for details.",
            path=str(path),
            hint="restore_backup",
        ) from e
    finally:
        conn.close()
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


def unwritable(path: Path) -> tuple[str | None, bool]:
    """Why ``path`` cannot be written, if so; and whether to read it alone (immutable)."""
    if not os.access(path, os.W_OK):
        reason = f"{path.name} cannot be changed (no write permission, or read-only media)"
    elif not os.access(path.parent, os.W_OK):
        reason = f"the folder of {path.name} cannot be written (no permission, or read-only media)"
    else:
        return None, False
    # Without -shm and a folder to create it in, SQLite can only read the file alone; nobody
    # has it open (no -wal), so reading it as immutable is exact.
    alone = not os.access(path.parent, os.W_OK) and not journal.wal_path(path).exists()
    return f"{reason[0].upper()}{reason[1:]}, so it is open read-only.", alone


def reads_alone(path: Path) -> bool:
    """Whether no journal (-wal or rollback -journal) lies beside ``path``."""
    return not (journal.wal_path(path).exists() or path.with_name(path.name + "-journal").exists())


def probe_with_journal(
    path: Path, *, immutable: bool, readonly: bool, accept_journal: bool, notices: list[str]
) -> tuple[int, bool]:
    """``probe`` that tells a damaged file from a journal that does not belong to it.

    When the file cannot be read with its journal replayed but reads fine alone, the journal
    is foreign (the file was replaced or copied without it). Returns (version, immutable).
    """
    try:
        return probe(path, immutable=immutable, verify=True), immutable
    except DatabaseProblem:
        wal = journal.wal_path(path)
        if immutable or not wal.exists() or wal.stat().st_size <= journal.WAL_HEADER:
            raise
        try:
            version = probe(path, immutable=True, verify=True)
        except DatabaseProblem:
            raise  # the file itself is damaged: say so, not the journal
        if readonly:
            notices.append(journal.message(path, journal.STALE))
            return version, True
        if not accept_journal:
            raise DatabaseProblem(
                journal.message(path, journal.STALE), path=str(path), hint=journal.STALE
            ) from None
        kept = journal.set_aside(path)
        notices.append(f"The journal that did not belong to {path.name} was kept as {kept.name}.")
        return probe(path, verify=True), False
