"""Reading a register in a folder we cannot write: a private snapshot, never the live file.

SQLite cannot read a WAL-mode file read-only without its ``-shm``, which it cannot create in
a folder we may not write. ``immutable=1`` reads it anyway, but promises SQLite that nobody
changes the file: a session that lasts then shows stale counts, and "database disk image is
malformed" as soon as the folder's owner saves. So the file is copied once, through SQLite's
backup API from a short-lived immutable connection, into a private file under the cache
folder; the copy is checked (``quick_check``) and the session reads it — a picture of the
register at a stated time, which nobody else writes. If the file changed while it was being
copied (size, modification time or inode differ after the copy), the copy is taken again, at
most three times, then refused with a sentence.

The copy is removed when its last connection closes (or the process exits): the window's jobs
read the window's copy rather than taking their own. Copies left by processes that died are
removed by the next snapshot taken on this computer, and when the window opens. On read-only
media nobody can change the file, so it is read in place (immutable) without a copy.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
import threading
import weakref
from dataclasses import dataclass
from pathlib import Path

from minutier.core import clock
from minutier.core.errors import DatabaseProblem
from minutier.store import atomic, connection, locations, probe, schema_check

ATTEMPTS = 3
_NAME = re.compile(r"^.+\.(?P<pid>\d+)\.[0-9a-f]{8}\.snapshot(?:-journal|-wal|-shm)?$")


class Snapshot(sqlite3.Connection):
    """A read-only connection to a private copy of a register; closing it removes the copy."""

    copy: Path | None = None
    notice: str = ""
    _remove: weakref.finalize | None = None

    def close(self) -> None:
        try:
            super().close()
        finally:
            if self._remove is not None:
                self._remove()  # once: the copy and any journal beside it


def folder() -> Path:
    return locations.cache_dir() / "snapshots"


def clean_leftovers() -> list[Path]:
    """Remove the snapshots of processes that are gone; returns what was removed."""
    where = folder()
    removed = []
    try:
        names = os.listdir(where)
    except OSError:
        return removed
    for name in names:
        m = _NAME.match(name)
        # On Windows a snapshot still open cannot be deleted: trying is how we tell.
        if m and (os.name != "posix" or not atomic.alive(int(m["pid"]))):
            with contextlib.suppress(OSError):
                (where / name).unlink()
                removed.append(where / name)
    return removed


def read_only_media(path: Path) -> bool:
    """Whether ``path`` lies on a file system mounted read-only (nobody can change it)."""
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):  # no statvfs on Windows
        return False


def _identity(path: Path) -> tuple[int, int, int, int]:
    st = os.stat(path)
    return st.st_size, st.st_mtime_ns, st.st_ino, st.st_dev


def _no_room(path: Path, e: BaseException) -> DatabaseProblem:
    return DatabaseProblem(
        f"There is no room on this computer for the private copy {path.name} must be read "
        "from (its folder cannot be written); free some space, then open it again.",
        path=str(path),
        hint="disk_full",
    )


def _copy(path: Path, copy: Path) -> None:
    """The file as it is now, through SQLite's backup API, into the new private ``copy``."""
    fd = os.open(copy, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    source = connection.connect(path, readonly=True, immutable=True)  # for the copy only
    try:
        target = schema_check.harden(sqlite3.connect(copy))
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")  # read alone, without -wal or -shm
        finally:
            target.close()
    except sqlite3.OperationalError as e:
        if "full" in str(e).lower():
            raise _no_room(path, e) from e
        raise probe.explain(e, path) from e
    except sqlite3.DatabaseError as e:
        raise probe.explain(e, path) from e
    finally:
        source.close()


@dataclass
class _Shared:
    """A copy read by one or more connections of this process (the window and its jobs)."""

    copy: Path
    taken_at: dt.datetime
    readers: int = 0


_live: dict[tuple[int, int], _Shared] = {}  # by the source file's (device, inode)
_lock = threading.Lock()


def _release(key: tuple[int, int], shared: _Shared) -> None:
    with _lock:
        shared.readers -= 1
        if shared.readers > 0:
            return
        if _live.get(key) is shared:
            del _live[key]
    atomic.remove(shared.copy)


def open_snapshot(path: Path) -> sqlite3.Connection:
    """A read-only connection for a session on ``path``, which this process cannot lock.

    Reads a private, checked copy (a ``Snapshot``; its ``notice`` says when it was taken),
    or the file itself on read-only media. While one is open, the others opened in this
    process on the same file (the window's jobs) read the same copy: what they show is what
    the window shows, and the file is not copied again.
    """
    if read_only_media(path):
        return connection.connect(path, readonly=True, immutable=True)
    key = connection.file_key(path)
    with _lock:
        shared = _live.get(key)
        if shared is not None:
            shared.readers += 1
    if shared is not None:
        return _session(path, key, shared, check=False)  # checked when it was taken
    shared = _take(path)
    with _lock:
        shared.readers += 1
        _live.setdefault(key, shared)
    return _session(path, key, shared, check=True)


def _take(path: Path) -> _Shared:
    where = folder()
    try:
        atomic.make_private_dir(where)
    except OSError as e:
        raise DatabaseProblem(
            f"{path.name} must be read from a private copy (its folder cannot be written), "
            f"but the folder for it cannot be made ({e.strerror}).",
            path=str(path),
            hint="check_permissions",
        ) from e
    clean_leftovers()
    for _attempt in range(ATTEMPTS):
        copy = where / f"{path.name}.{os.getpid()}.{os.urandom(4).hex()}.snapshot"
        taken_at = clock.utc_now()
        try:
            before = _identity(path)
            _copy(path, copy)
            after = _identity(path)
        except OSError as e:
            atomic.remove(copy)
            if e.errno == 28:
                raise _no_room(path, e) from e
            raise DatabaseProblem(
                f"{path.name} could not be read ({e.strerror}).", path=str(path)
            ) from e
        except BaseException:
            atomic.remove(copy)
            raise
        if before != after:  # someone saved into it meanwhile: the copy may be torn
            atomic.remove(copy)
            continue
        return _Shared(copy, taken_at)
    raise DatabaseProblem(
        f"{path.name} kept changing while a private copy was taken to read it (someone is "
        "saving into it), so it was not opened; try again in a moment.",
        path=str(path),
        hint="busy",
    )


def _session(path: Path, key: tuple[int, int], shared: _Shared, *, check: bool) -> Snapshot:
    try:
        conn = connection.connect(shared.copy, readonly=True, factory=Snapshot)
    except BaseException:
        _release(key, shared)
        raise
    assert isinstance(conn, Snapshot)
    conn.copy = shared.copy
    # The copy goes with its last reader: at close, when collected, or at exit at the latest.
    conn._remove = weakref.finalize(conn, _release, key, shared)
    try:
        if check:
            probe.quick_check(conn, path)
    except BaseException:
        conn.close()
        raise
    conn.notice = (
        f"{path.name} is shown as it was at {shared.taken_at.astimezone():%H:%M}, from a "
        "private copy: its folder cannot be written, so it cannot be read live. Changes made "
        "by others after that are not shown; open it again to see them."
    )
    return conn
