"""Files the user asks for (PDF, export): checked before any work, written whole, never over a register.

A destination is refused before anything is recorded or built when its folder is missing, or
when it is anything but a plain file: a symlink, a FIFO, a device, a folder — or a Minutier
register (any SQLite file). The data goes to a private file beside it, is fsynced, and then
renamed over it; an error names the destination, never the private file.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from minutier.core.errors import MinutierError

_SQLITE_HEADER = b"SQLite format 3\x00"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)


def _is_sqlite(path: Path) -> bool:
    from minutier.store import connection

    if connection.held(path) is not None:  # reading it here would drop our own locks
        return True
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _NONBLOCK)
    except OSError:
        return False
    try:
        return os.read(fd, len(_SQLITE_HEADER)) == _SQLITE_HEADER
    except OSError:
        return False
    finally:
        os.close(fd)


def check_destination(path: str | os.PathLike[str]) -> Path:
    """Refuse a destination that cannot or must not be written; returns it as a Path."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise MinutierError(f"Cannot write {target}: the folder {folder} does not exist.")
    try:
        st = os.lstat(target)
    except FileNotFoundError:
        return target
    except OSError as e:
        raise MinutierError(f"Cannot write {target}: {e.strerror}.") from e
    if not stat.S_ISREG(st.st_mode):
        kind = "a symbolic link" if stat.S_ISLNK(st.st_mode) else "not a plain file"
        raise MinutierError(f"{target} is {kind}; it is not replaced. Choose another name.")
    if _is_sqlite(target):
        raise MinutierError(
            f"{target} is a Minutier register (an SQLite file); it is not replaced. "
            "Choose another name."
        )
    return target


def write_file(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` whole or not at all (see the module's docstring)."""
    target = check_destination(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as e:
        raise MinutierError(f"Cannot write {target}: {e.strerror}.") from e
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except OSError as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise MinutierError(f"Cannot write {target}: {e.strerror}.") from e
    return target


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
