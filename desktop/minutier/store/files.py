"""Refusing what is not a regular file (folder, named pipe, device) before anything opens it.

Opening a named pipe for reading blocks until someone writes to it, and ``/dev/zero`` never
ends: so a path given as a register or an input file is looked at with ``os.stat`` (which
opens nothing) and refused at once, in one sentence, when it is not a regular file.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from minutier.core.errors import DatabaseProblem

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


def kind_of(mode: int) -> str:
    """What a non-regular file is, in words ("a folder", "a named pipe", …)."""
    for test, words in _KINDS:
        if test(mode):
            return words
    return "not an ordinary file"


def require_regular(path: str | os.PathLike[str], *, missing_ok: bool = False) -> bool:
    """Raise unless ``path`` is a regular file (symlinks followed); False if missing and allowed.

    Never opens ``path``: a named pipe given by mistake must not hang the program.
    """
    path = Path(path)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        if missing_ok:
            return False
        raise DatabaseProblem(
            f"{path} does not exist.", path=str(path), hint="choose_another"
        ) from None
    except OSError as e:
        raise DatabaseProblem(
            f"Cannot read {path}: {e.strerror}.", path=str(path), hint="check_permissions"
        ) from e
    if not stat.S_ISREG(mode):
        raise DatabaseProblem(
            f"{path} is not a regular file (it is {kind_of(mode)}); choose a file.",
            path=str(path),
            hint="choose_another",
        )
    return True
