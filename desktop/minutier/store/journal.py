"""The write-ahead log beside a file after a crash: missing, or older than the file it belongs to.

After a crash SQLite replays ``<file>-wal`` into the file, which is how committed changes
survive. Two situations defeat that silently, and SQLite cannot see either:

- the journal is **missing** (deleted or left behind when the file was copied): the changes
  it held are gone and the file opens as it was at the last checkpoint;
- the journal is **stale**: the file was replaced (a copy, an old version) after the crash but
  the journal stayed, so replaying it would mix pages of two versions.

Both are recognised only after a crash of Minutier itself (its lock file was left behind,
see ``holder``): a Minutier writer writes the journal before the file and deletes it on a
clean close, so with its trace present the journal must exist and cannot be older than the file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

WAL_HEADER = 32  # bytes before the first frame of a WAL file
STALE_MARGIN_NS = 2_000_000_000  # a checkpoint follows its commit by far less than this

MISSING = "journal_missing"
STALE = "journal_stale"


def wal_path(db: Path) -> Path:
    return db.with_name(db.name + "-wal")


def shm_path(db: Path) -> Path:
    return db.with_name(db.name + "-shm")


def uses_wal(db: Path) -> bool:
    """Whether the file's header says it is in WAL mode (bytes 18 and 19 are 2)."""
    try:
        with open(db, "rb") as f:
            header = f.read(20)
    except OSError:
        return False
    return len(header) == 20 and header[18] == 2 and header[19] == 2


def problem(db: Path, *, crashed: bool) -> str | None:
    """``MISSING``, ``STALE`` or None, judged before any SQLite handle touches the files."""
    if not crashed or not uses_wal(db):
        return None
    wal = wal_path(db)
    if not wal.exists():
        return MISSING
    wal_stat, db_stat = wal.stat(), db.stat()
    if (
        wal_stat.st_size > WAL_HEADER
        and db_stat.st_mtime_ns > wal_stat.st_mtime_ns + STALE_MARGIN_NS
    ):
        return STALE
    return None


def message(db: Path, kind: str) -> str:
    if kind == MISSING:
        return (
            f"{db.name} was not closed properly and its journal file ({db.name}-wal) is "
            "missing, so the last changes made before may be lost. If you moved that file, put "
            "it back beside it; otherwise open it read-only to look, restore a backup, or run "
            f"'minutier check {db.name}'."
        )
    return (
        f"The journal file beside {db.name} ({db.name}-wal) does not belong to the file as it "
        "is now: the file seems to have been replaced or copied without it. Replaying it "
        "would mix two versions, so nothing was changed. Open it read-only to look, restore "
        "a backup, or set the journal aside to continue with the file as it is."
    )


def set_aside(db: Path) -> Path | None:
    """Rename a stale journal (and its index) to ``<file>-wal.stale-<time>``; return the new name."""
    wal = wal_path(db)
    if not wal.exists():
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = wal.with_name(f"{wal.name}.stale-{stamp}")
    wal.rename(target)
    shm_path(db).unlink(missing_ok=True)
    return target
