"""Who is writing to a Minutier file: an advisory lock file beside it that names the holder.

SQLite's locks already keep two writers from corrupting a file, but they cannot say who holds
it, and a second window would only learn of the first at its first save. So a writable open
also takes an exclusive lock on ``<file>-lock`` (``flock`` on POSIX, ``msvcrt`` on Windows) and
writes the holder's user, host, process and start time into it. Another process that finds it
locked opens the file read-only and can tell the user who has it. The kernel drops the lock
when its holder dies, so a lock file that is unlocked but not empty is the trace of a crash.
Within one process the lock is shared: opening the same file twice does not lock it out.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import platform
import time
from dataclasses import dataclass
from pathlib import Path

from minutier.core import clock

LOCK_SUFFIX = "-lock"
WAIT_SECONDS = 0.5  # a closing instance releases quickly; a working one holds for hours
_WIN_OFFSET = 1 << 30  # Windows locks byte ranges: lock one far past the text so it stays readable

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt


@dataclass(frozen=True)
class Holder:
    """Who holds (or last held) a file for writing."""

    user: str
    host: str
    pid: int
    since: str  # UTC, ISO 8601

    @classmethod
    def parse(cls, text: str) -> Holder | None:
        try:
            data = json.loads(text)
            return cls(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
        except (ValueError, KeyError, TypeError):
            return None

    def dump(self) -> str:
        return json.dumps(
            {"user": self.user, "host": self.host, "pid": self.pid, "since": self.since},
            ensure_ascii=False,
        )

    def describe(self) -> str:
        """'alice (process 1234 on laptop, since 2025-02-20 10:02)' in local time."""
        try:
            when = dt.datetime.fromisoformat(self.since.replace("Z", "+00:00")).astimezone()
            since = when.strftime("%Y-%m-%d %H:%M")
        except ValueError:
            since = self.since
        return f"{self.user} (process {self.pid} on {self.host}, since {since})"


def lock_path(db: Path) -> Path:
    return db.with_name(db.name + LOCK_SUFFIX)


def _key(db: Path) -> str:
    return str(db.resolve())


def _try_lock(fd: int) -> bool:
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            os.lseek(fd, _WIN_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True


def _read(fd: int) -> str:
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while chunk := os.read(fd, 4096):
        chunks.append(chunk)
        if sum(map(len, chunks)) > 65536:
            break
    return b"".join(chunks).decode("utf-8", "replace").strip()


class WriteLock:
    """The lock this process holds on one file (shared by every open of it in the process)."""

    def __init__(self, key: str, path: Path, fd: int | None, previous: Holder | None) -> None:
        self.key = key
        self.path = path
        self.fd = fd
        self.previous = previous  # left behind by a holder that did not close properly
        self.count = 1
        self.claimed = False

    def claim(self, who: str) -> None:
        """Write this process into the lock file (after the open succeeded)."""
        if self.fd is None or self.claimed:
            return
        me = Holder(who, platform.node() or "this computer", os.getpid(), clock.utc_timestamp())
        data = (me.dump() + "\n").encode("utf-8")
        with contextlib.suppress(OSError):
            os.ftruncate(self.fd, 0)
            os.lseek(self.fd, 0, os.SEEK_SET)
            os.write(self.fd, data)
        self.claimed = True

    def release(self) -> None:
        """Give the lock up; the last release removes the file unless it was never claimed.

        An unclaimed lock (the open was refused) leaves the previous holder's trace in place,
        so the next attempt still knows the file was not closed properly.
        """
        self.count -= 1
        if self.count > 0:
            return
        _held.pop(self.key, None)
        if self.fd is None:
            return
        with contextlib.suppress(OSError):
            if self.claimed or self.previous is None:
                if fcntl is not None:
                    self.path.unlink(missing_ok=True)  # still locked: nobody can take it half-gone
                else:
                    os.ftruncate(self.fd, 0)
        with contextlib.suppress(OSError):
            os.close(self.fd)
        self.fd = None


_held: dict[str, WriteLock] = {}


def acquire(db: Path, *, wait: float = WAIT_SECONDS) -> tuple[WriteLock | None, Holder | None]:
    """Take the write lock of ``db``: ``(lock, None)``, or ``(None, holder)`` when another has it.

    ``holder`` may be None when the other process's lock file cannot be read. If the lock
    file cannot be created at all (a folder without write permission), a lock without a file
    is returned: SQLite's own locking still protects the data.
    """
    key = _key(db)
    if key in _held:
        lock = _held[key]
        lock.count += 1
        return lock, None
    path = lock_path(db)
    deadline = time.monotonic() + wait
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            lock = WriteLock(key, path, None, None)
            _held[key] = lock
            return lock, None
        if _try_lock(fd):
            try:
                same = os.fstat(fd).st_ino == os.stat(path).st_ino
            except OSError:
                same = False
            if not same:  # removed by its last holder between our open and our lock: retry
                os.close(fd)
                continue
            text = _read(fd)
            lock = WriteLock(key, path, fd, Holder.parse(text) if text else None)
            if text and lock.previous is None:
                lock.previous = Holder("someone", "an unknown machine", 0, "")
            _held[key] = lock
            return lock, None
        text = _read(fd)
        os.close(fd)
        if time.monotonic() >= deadline:
            return None, Holder.parse(text) if text else None
        time.sleep(0.05)


def peek(db: Path) -> tuple[Holder | None, bool]:
    """Without taking it: ``(holder, alive)`` — who the lock file names and whether they still run.

    ``(None, False)`` when there is no lock file. Used by read-only opens and by restore.
    """
    key = _key(db)
    if key in _held:
        return None, True  # this very process
    path = lock_path(db)
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None, False
    try:
        text = _read(fd)
        holder = Holder.parse(text) if text else None
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except OSError:
                return holder, True
            fcntl.flock(fd, fcntl.LOCK_UN)
            return holder, False
        return holder, holder is not None  # Windows: a lock file is removed only by its holder
    finally:
        os.close(fd)
