"""Damaged files: each opens to a sentence and a way out, never a traceback, and is never written.

Copies of the demo register are damaged in every way the issue names — flipped bytes, cut
short, emptied, replaced by another kind of file, written by a newer Minutier, journal missing
or not belonging to the file (SQLite replays it; quick_check then refuses the mix) — and the SHA-256 of the file (and of its journal) is compared
before and after every attempt to open, check or list it.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from safety_util import crash_while_writing, sha256

from minutier.core.errors import DatabaseProblem
from minutier.store import schema
from minutier.store.connection import open_store
from minutier.store.integrity import check_file

PAGE = 4096
WAYS_OUT = {"restore_backup", "choose_another", "update_app"}


def wal_path(db: Path) -> Path:
    return db.with_name(db.name + "-wal")


def flip_page_headers(db: Path) -> None:
    """Overwrite the b-tree header of every page after the first: structural damage."""
    data = bytearray(db.read_bytes())
    for start in range(PAGE, len(data), PAGE):
        data[start : start + 8] = b"\xff\x13\x37\x00\xff\xff\xff\xff"
    db.write_bytes(bytes(data))


def truncate_half(db: Path) -> None:
    with open(db, "r+b") as f:
        f.truncate(db.stat().st_size // 2)


def truncate_header(db: Path) -> None:
    with open(db, "r+b") as f:
        f.truncate(60)


def zero_length(db: Path) -> None:
    db.write_bytes(b"")


def not_sqlite(db: Path) -> None:
    db.write_bytes(b"%PDF-1.7\n" + os.urandom(5000))


def newer_schema(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {schema.LATEST_VERSION + 1}")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def other_sqlite(db: Path) -> None:
    db.unlink()
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.commit()
    conn.close()


def foreign_journal(db: Path) -> None:
    """A journal with frames from another database beside an intact register."""
    other = db.with_name("other.sqlite")
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE zzz (a, b)")
    conn.executemany("INSERT INTO zzz VALUES (?, ?)", [(i, "x" * 300) for i in range(300)])
    conn.commit()
    shutil.copyfile(other.with_name("other.sqlite-wal"), wal_path(db))
    conn.close()


DAMAGE: dict[str, tuple[Callable[[Path], None], str]] = {
    "flipped bytes": (flip_page_headers, "restore_backup"),
    "truncated to half": (truncate_half, "restore_backup"),
    "truncated inside the header": (truncate_header, "restore_backup"),
    "zero length": (zero_length, "restore_backup"),
    "not an SQLite file": (not_sqlite, "choose_another"),
    "another program's database": (other_sqlite, "choose_another"),
    "newer schema": (newer_schema, "update_app"),
    # SQLite replays a journal it finds; frames of another database make the file read as
    # that database, which is refused as "not a Minutier one", untouched
    "journal from another database": (foreign_journal, "choose_another"),
}


def fingerprint(db: Path) -> dict[str, str]:
    files = [db, wal_path(db)]
    return {p.name: sha256(p) for p in files if p.exists()}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damaged_file_is_refused_untouched(demo: Path, damage: str) -> None:
    damage_fn, hint = DAMAGE[damage]
    damage_fn(demo)
    before = fingerprint(demo)
    for attempt in (
        lambda: open_store(demo),
        lambda: open_store(demo, create=True),
        lambda: open_store(demo, backup=True),
    ):
        with pytest.raises(DatabaseProblem) as caught:
            attempt()
        assert caught.value.hint == hint
        assert caught.value.hint in WAYS_OUT
        message = str(caught.value)
        assert demo.name in message and message.endswith(".")
        assert "Traceback" not in message
    assert not check_file(demo).ok
    assert fingerprint(demo) == before, "a damaged file was written to"


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_command_line_says_one_sentence(demo: Path, damage: str, home: Path) -> None:
    DAMAGE[damage][0](demo)
    before = fingerprint(demo)
    env = {**os.environ, "MINUTIER_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    for args in (["meetings", str(demo)], ["check", str(demo)], ["backup", str(demo)]):
        proc = subprocess.run(
            [sys.executable, "-m", "minutier", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert proc.returncode == 1, (args, proc.stdout, proc.stderr)
        assert "Traceback" not in proc.stderr + proc.stdout
        assert (proc.stderr + proc.stdout).strip()
    assert fingerprint(demo) == before


def test_random_byte_flips_never_raise_anything_else(demo: Path, tmp_path: Path) -> None:
    """40 copies with 24 random bytes flipped after the header: refused untouched, or sound."""
    rng = random.Random(1337)
    pristine = demo.read_bytes()
    refused = 0
    for i in range(40):
        copy = tmp_path / f"flip{i}.minutier"
        data = bytearray(pristine)
        for _ in range(24):
            at = rng.randrange(100, len(data))
            data[at] ^= 1 << rng.randrange(8)
        copy.write_bytes(bytes(data))
        before = sha256(copy)
        try:
            store = open_store(copy)
        except DatabaseProblem:
            refused += 1
            assert sha256(copy) == before
            continue
        # It opened: the structure passed quick_check; reading every record must work.
        for table in ("meeting", "note", "action", "decision", "history"):
            store.query(f"SELECT * FROM {table}")
        store.close()
    assert refused > 0


def test_after_a_crash_the_journal_is_replayed_and_the_user_told(demo: Path) -> None:
    crash_while_writing(demo, notes=20)
    store = open_store(demo)
    assert store.scalar("SELECT count(*) FROM note WHERE text LIKE 'written before%'") == 20
    assert any("not closed properly" in n and "crashed-writer" in n for n in store.notices)
    store.close()
    assert check_file(demo).ok
    store = open_store(demo)
    assert store.notices == []  # the trace of the crash is gone after a clean close
    store.close()
