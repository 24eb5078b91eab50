"""Who holds a Minutier file: a small note beside it naming the holder, nothing more.

SQLite is the lock: the one writer connection runs in ``locking_mode=EXCLUSIVE``, so no other
process (another Minutier, a colleague on a shared folder, the ``sqlite3`` shell) can read or
write the file while it is open, and the kernel drops that lock when the holder dies. SQLite
cannot say *who* holds it, so the writer also writes ``<file>-lock`` (JSON: user, host,
process, since) beside the real file, and a refused opener reads it to say "in use by …".

The note is opened with ``O_NOFOLLOW`` and must be a plain file with a single link, so a
planted symlink or hard link can never make us write into something else (a register). It
is readable by others (0644) so a colleague is told who has the file. Failing to write the
note is not ignored: the file is then opened read-only. A note left by a writer that died
is only a trace ("not closed properly last time"): the next writer overwrites it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import stat
from dataclasses import dataclass
from pathlib import Path

from minutier.core import clock

LOCK_SUFFIX = "-lock"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # a FIFO planted as the note must not hang the open
_MAX = 65536


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
    """The note beside the real file (a symlink to the register leads to the same note)."""
    real = Path(os.path.realpath(db))
    return real.with_name(real.name + LOCK_SUFFIX)


def read(db: Path) -> Holder | None:
    """The holder the note names; None when there is no readable note."""
    try:
        fd = os.open(lock_path(db), os.O_RDONLY | _NOFOLLOW | _NONBLOCK)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        text = os.read(fd, _MAX).decode("utf-8", "replace").strip()
    except OSError:
        return None
    finally:
        os.close(fd)
    return Holder.parse(text) if text else None


def left_behind(db: Path) -> bool:
    """Whether a note lies beside ``db`` (before we write ours: the trace of a crash)."""
    try:
        return stat.S_ISREG(os.lstat(lock_path(db)).st_mode)
    except OSError:
        return False


def _open_for_writing(path: Path) -> int:
    flags = os.O_WRONLY | os.O_CREAT | _NOFOLLOW | _NONBLOCK
    try:
        return os.open(path, flags, 0o644)
    except PermissionError:
        # a note left by a colleague's crashed session, which we may not write: replace it
        os.unlink(path)
        return os.open(path, flags | os.O_EXCL, 0o644)


def claim(db: Path, who: str) -> tuple[int, int]:
    """Write the note naming this process; returns its ``(st_dev, st_ino)``.

    Raises ``OSError`` on any failure (a symlink, a hard link, a FIFO, no permission): the
    caller then opens the register read-only.
    """
    path = lock_path(db)
    fd = _open_for_writing(path)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_nlink != 1:
            raise OSError(f"{path.name} is not a plain file")
        me = Holder(who, platform.node() or "this computer", os.getpid(), clock.utc_timestamp())
        os.ftruncate(fd, 0)
        os.write(fd, (me.dump() + "\n").encode("utf-8"))
        if hasattr(os, "fchmod"):  # readable by a colleague whatever the umask
            os.fchmod(fd, 0o644)
        return st.st_dev, st.st_ino
    finally:
        os.close(fd)


def release(db: Path, ident: tuple[int, int] | None) -> None:
    """Remove the note if it is still the one ``claim`` wrote."""
    if ident is None:
        return
    path = lock_path(db)
    try:
        st = os.lstat(path)
        if (st.st_dev, st.st_ino) == ident:
            path.unlink()
    except OSError:
        pass
