"""New files appear whole or not at all: built under a private name, then linked into place.

A register, a backup or a demo is written to ``.<name>.<pid>.<kind>`` in the destination's
folder and only then given its name — with ``os.link`` where the file system allows it, so an
existing file is never replaced by accident. A process killed half-way leaves its private
file behind; the next one writing into that folder removes it (its process is gone).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
from collections.abc import Iterator
from pathlib import Path

from minutier.core.errors import DatabaseProblem

_LEFTOVER = re.compile(
    r"^\..+\.(?P<pid>\d+)\.(?:new|building|partial)(?:-wal|-shm|-journal|-lock)?$"
)
SIDE_FILES = ("-wal", "-shm", "-journal", "-lock")


def private_name(dest: Path, kind: str) -> Path:
    return dest.with_name(f".{dest.name}.{os.getpid()}.{kind}")


def alive(pid: int) -> bool:
    """Whether process ``pid`` may still be running (when unsure: yes, keep its files)."""
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # os.kill(pid, 0) would end the process on Windows: keep the file
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def clean_leftovers(folder: Path) -> list[Path]:
    """Remove private files of killed processes in ``folder``; returns what was removed."""
    removed = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        m = _LEFTOVER.match(name)
        if m and not alive(int(m["pid"])):
            with contextlib.suppress(OSError):
                (folder / name).unlink()
                removed.append(folder / name)
    return removed


def remove(path: Path) -> None:
    """Remove a private file and the journals SQLite may have left beside it."""
    for suffix in ("", *SIDE_FILES):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()


def require_whole(tmp: Path, dest: Path) -> None:
    """Refuse to name a file SQLite built whose journal still holds part of it.

    Closing folds the ``-wal`` into the file; on a full disk that checkpoint fails and the
    last pages stay in the journal. Naming the file then (and removing the private journal
    with it) would publish a damaged register, so nothing is named at all.
    """
    for suffix in ("-wal", "-journal"):
        try:
            size = os.stat(f"{tmp}{suffix}").st_size
        except OSError:
            continue
        if size > 0:
            raise DatabaseProblem(
                f"There is no room left on the disk to finish {dest.name} (the disk is full); "
                "nothing was created. Free some space, then try again.",
                path=str(dest),
                hint="disk_full",
            )


def exists_refusal(dest: Path) -> DatabaseProblem:
    return DatabaseProblem(
        f"{dest.name} already exists and is not replaced; choose another name.",
        path=str(dest),
        hint="choose_another",
    )


def publish(tmp: Path, dest: Path) -> None:
    """Give ``tmp`` the name ``dest`` without ever replacing an existing ``dest``."""
    try:
        os.link(tmp, dest)
    except FileExistsError as e:
        raise exists_refusal(dest) from e
    except OSError as e:
        if e.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
            raise
        if os.path.lexists(dest):  # no hard links here (FAT, some shares): check, then rename
            raise exists_refusal(dest) from e
        os.replace(tmp, dest)
        return
    os.unlink(tmp)


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_private_dir(folder: Path) -> None:
    """Create ``folder`` (and parents) user-only, whatever the umask."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)


def free_to_replace(dest: Path) -> None:
    """Refuse to replace a register another window or process has open.

    Opening it as the writer (which fails with "in use by …" when held) also lets SQLite fold
    a journal a crash left beside it back in and delete it, so no stale journal survives the
    replacement to be replayed onto the new file.
    """
    from minutier.store import connection

    if not dest.exists():
        return
    if connection.held(dest) is not None:
        raise DatabaseProblem(
            f"{dest.name} is open in this window; close it first.", path=str(dest), hint="in_use"
        )
    try:
        conn = connection.connect(dest, readonly=False, exclusive=True)
    except DatabaseProblem as e:
        if e.hint == "in_use":
            raise
        for suffix in ("-wal", "-shm", "-journal"):  # not a register: its "journal" is noise
            with contextlib.suppress(OSError):
                Path(f"{dest}{suffix}").unlink()
        return
    with contextlib.suppress(Exception):
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


@contextlib.contextmanager
def building(dest: Path, *, replace: bool = False, kind: str = "building") -> Iterator[Path]:
    """Yield a private path to build ``dest`` in; on success it takes ``dest``'s name.

    Without ``replace`` an existing ``dest`` is refused before anything is built. With it, a
    register held open anywhere is refused, then replaced atomically (``os.replace``).
    """
    dest = Path(dest)
    if os.path.lexists(dest) and not replace:
        raise exists_refusal(dest)
    make_private_dir(dest.parent)
    clean_leftovers(dest.parent)
    tmp = private_name(dest, kind)
    remove(tmp)
    try:
        yield tmp
        require_whole(tmp, dest)
        if replace and os.path.lexists(dest):
            if not dest.is_file() or dest.is_symlink():
                raise DatabaseProblem(
                    f"{dest.name} is not a register and is not replaced; choose another name.",
                    path=str(dest),
                    hint="choose_another",
                )
            free_to_replace(dest)
            os.replace(tmp, dest)
        else:
            publish(tmp, dest)
        fsync_dir(dest.parent)
    finally:
        remove(tmp)


def create_register(path: Path, *, who: str) -> None:
    """A new, empty register at ``path`` (schema complete), or nothing at all."""
    from minutier.store import connection

    try:
        with building(path, kind="new") as tmp:
            fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)  # not a register yet: SQLite has not opened it
            connection._open(tmp, readonly=False, who=who, migrate=True, notices=[]).close()
    except OSError as e:
        raise DatabaseProblem(
            f"Cannot create {path}: {e.strerror}.", path=str(path), hint="check_permissions"
        ) from e
