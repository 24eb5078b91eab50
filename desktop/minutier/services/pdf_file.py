"""Reading a PDF to verify it: hashed in a stream, never more than a chunk in memory.

A file larger than every approved PDF in the register cannot be one of them, so it is not
read at all (a 1.5 GB file once took 1.5 GB of memory to be told it was not minutes). The
content digest the file names itself by (``content-sha256:…`` in its keywords) is looked for
in the same pass, across chunk boundaries.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from minutier.store import files
from minutier.store.connection import Store

CHUNK = 1 << 20
_CLAIM = re.compile(rb"content-sha256:([0-9a-f]{64})")
_OVERLAP = 80  # longer than a whole claim, so one split across two chunks is still found


@dataclass(frozen=True)
class Fingerprint:
    """What verification needs from a file: its SHA-256 and the content digest it names."""

    sha256: str
    claim: str | None
    size: int


def fingerprint(store: Store, path: str | os.PathLike[str]) -> Fingerprint | None:
    """The file's fingerprint, or None when it is larger than every approved PDF on file.

    Raises ``DatabaseProblem`` for a folder, a named pipe or a device (never opened).
    """
    path = Path(path)
    files.require_regular(path)
    size = path.stat().st_size
    largest = store.scalar(  # either edition (issue 15: each approved version has two)
        "SELECT max(max(length(pdf)), max(coalesce(length(public_pdf), 0))) "
        "FROM minutes_version WHERE status = 'approved'"
    )
    if size > (largest or 0):
        return None
    digest, claim, tail, read = hashlib.sha256(), None, b"", 0
    from minutier.store.connection import refuse_if_held

    refuse_if_held(path)  # a register open here: reading it would drop its locks
    with open(path, "rb") as f:
        while read <= size and (chunk := f.read(CHUNK)):  # a file growing meanwhile stops here
            read += len(chunk)
            digest.update(chunk)
            if claim is None:
                window = tail + chunk
                m = _CLAIM.search(window)
                claim = m.group(1).decode("ascii") if m else None
                tail = window[-_OVERLAP:]
    return Fingerprint(digest.hexdigest(), claim, read)
