"""Helpers of the safety tests: file fingerprints and a writer that dies mid-work."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

_CRASH = """
import os, signal, sys
from minutier.services import meetings
from minutier.store.connection import open_store
store = open_store(sys.argv[1], who="crashed-writer")
store.conn.execute("PRAGMA wal_autocheckpoint = 0")  # everything stays in the journal
meeting = store.scalar("SELECT min(id) FROM meeting")
for i in range(int(sys.argv[2])):
    meetings.add_note(store, meeting, f"written before the crash {i}")
os.kill(os.getpid(), signal.SIGKILL)
"""


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def crash_while_writing(db: Path, notes: int = 20) -> None:
    """Run a Minutier writer on ``db`` that commits ``notes`` notes and is then SIGKILLed.

    Leaves what a real crash leaves: the journal (-wal, holding the notes), its index (-shm)
    and the lock file naming the dead writer.
    """
    proc = subprocess.run(
        [sys.executable, "-c", _CRASH, str(db), str(notes)],
        capture_output=True,
        text=True,
        env={**os.environ},
        timeout=120,
    )
    assert proc.returncode == -9, proc.stderr
