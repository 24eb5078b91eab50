"""Writing an export file whole or not at all: a temporary file beside it, then a rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from minutier.core.errors import MinutierError


def write_atomic(path: Path, data: str, *, encoding: str = "utf-8") -> None:
    """Write ``data`` (newlines kept as given) so a failed export never leaves half a file."""
    from minutier.services import outputs

    path = outputs.check_destination(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as e:
        raise MinutierError(f"Cannot write {path}: {e.strerror}.") from e
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise MinutierError(f"Cannot write {path}: {e.strerror}.") from e
