"""The window's opening: shown before its quick_check ends, writes held until it passed.

``open_store(check_later=True)`` (what the window uses) returns the writer at once and checks
the file on a second, read-only connection in a thread. Proved here: a damaged file turns the
store read-only and is never written (byte for byte, journal included); no write goes
through before the check passed; no other process can take the file meanwhile; a crash's
journal is replayed and the user told; closing during the check leaves the file sound.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from safety_util import crash_while_writing, sha256

from minutier.core.errors import DatabaseProblem
from minutier.services import meetings
from minutier.store import probe
from minutier.store.connection import open_store
from minutier.store.integrity import check_file

PAGE = 4096


def damage_a_table(db: Path, table: str = "note") -> None:
    """Break the b-tree header of one table's root page: the schema still reads, the check fails."""
    conn = sqlite3.connect(db)
    root = conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = ?", (table,)).fetchone()
    conn.close()
    data = bytearray(db.read_bytes())
    start = (root[0] - 1) * PAGE
    data[start : start + 8] = b"\xff\x13\x37\x00\xff\xff\xff\xff"
    db.write_bytes(bytes(data))


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The opening check waits until the test opens this gate (then runs for real)."""
    opened = threading.Event()
    started = threading.Event()
    real = probe.quick_check

    def gated(conn: sqlite3.Connection, path: Path) -> None:
        started.set()
        assert opened.wait(60), "the test never opened the gate"
        real(conn, path)

    monkeypatch.setattr(probe, "quick_check", gated)
    opened.started = started  # type: ignore[attr-defined]
    return opened


def test_a_damaged_file_turns_read_only_and_is_never_written(demo: Path) -> None:
    damage_a_table(demo, "note")
    before = sha256(demo)
    store = open_store(demo, check_later=True)
    try:
        assert store.checked.wait(30)
        assert store.readonly
        assert "damaged" in (store.readonly_reason or "")
        assert any("damaged" in n for n in store.notices)
        assert store.scalar("SELECT count(*) FROM committee") >= 1  # still readable
        with pytest.raises(DatabaseProblem) as refused:
            meetings.add_note(store, 1, "written into a damaged file?")
        assert "damaged" in str(refused.value)
    finally:
        store.close()
    assert sha256(demo) == before, "a damaged file was written to"
    wal = Path(f"{demo}-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_no_write_goes_through_before_the_check_passed(demo: Path, gate: threading.Event) -> None:
    store = open_store(demo, check_later=True)
    done = threading.Event()
    errors: list[BaseException] = []

    def write() -> None:
        try:
            meetings.add_note(store, 1, "typed while the file was being checked")
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)
        done.set()

    try:
        assert gate.started.wait(30)  # type: ignore[attr-defined]
        writer = threading.Thread(target=write)
        writer.start()
        assert not done.wait(1.0), "a write went through before the check"
        count = "SELECT count(*) FROM note WHERE text LIKE 'typed while%'"
        assert store.scalar(count) == 0
        gate.set()
        assert done.wait(30) and not errors, errors
        assert store.checked.is_set() and not store.readonly
        assert store.scalar(count) == 1
        writer.join()
    finally:
        gate.set()
        store.close()
    assert check_file(demo).ok


_OTHER = (
    "import sys\nfrom minutier.core.errors import DatabaseProblem\n"
    "from minutier.store.connection import open_store\n"
    "try:\n    s = open_store(sys.argv[1], who='bob')\n"
    "except DatabaseProblem as e:\n    print(e.hint); sys.exit(0)\n"
    "print('opened'); s.close()\n"
)


def _other_process(db: Path) -> str:
    out = subprocess.run(
        [sys.executable, "-c", _OTHER, str(db)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ},
    )
    return out.stdout.strip() or out.stderr


def test_no_other_process_takes_the_file_during_or_after_the_check(
    demo: Path, gate: threading.Event
) -> None:
    store = open_store(demo, check_later=True, who="alice")
    try:
        assert gate.started.wait(30)  # type: ignore[attr-defined]
        assert _other_process(demo) == "in_use"
        gate.set()
        assert store.checked.wait(30) and not store.readonly
        meetings.add_note(store, 1, "alice's note")
        assert _other_process(demo) == "in_use"
    finally:
        gate.set()
        store.close()
    assert _other_process(demo) == "opened"


def test_after_a_crash_the_journal_is_replayed_and_the_user_told_once_checked(
    demo: Path,
) -> None:
    crash_while_writing(demo, notes=20)
    store = open_store(demo, check_later=True)
    try:
        assert store.scalar("SELECT count(*) FROM note WHERE text LIKE 'written before%'") == 20
        told: list[list[str]] = []
        store.when_checked(lambda s: told.append(list(s.notices)))
        assert store.checked.wait(30)
        assert not store.readonly
        assert any("not closed properly" in n for n in store.notices)
        assert told and any("not closed properly" in n for n in told[0])
        meetings.add_note(store, 1, "after the crash")
    finally:
        store.close()
    assert check_file(demo).ok
    again = open_store(demo)
    try:
        assert again.notices == []
        assert again.scalar("SELECT count(*) FROM note WHERE text = 'after the crash'") == 1
    finally:
        again.close()


def test_closing_during_the_check_leaves_the_file_sound(demo: Path) -> None:
    for _ in range(5):
        store = open_store(demo, check_later=True)
        store.close()
        assert not Path(f"{demo}-lock").exists() or Path(f"{demo}-lock").stat().st_size == 0
    assert check_file(demo).ok
    store = open_store(demo)
    store.close()


_READER = (
    "import sqlite3, sys, time\n"
    "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "c.execute('BEGIN'); c.execute('SELECT count(*) FROM note').fetchone()\n"
    "print('reading', flush=True); time.sleep(float(sys.argv[2])); c.execute('COMMIT')\n"
)


def test_a_reader_holding_the_file_when_the_check_ends_leaves_it_read_only(
    demo: Path, gate: threading.Event
) -> None:
    """Another program inside a read when the check passes: the window cannot take the file
    for good, so it stays read-only (saying why) rather than write beside it."""
    store = open_store(demo, check_later=True)
    reader = subprocess.Popen(
        [sys.executable, "-c", _READER, str(demo), "4"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert reader.stdout is not None and reader.stdout.readline().strip() == "reading"
        gate.set()
        assert store.checked.wait(30)
        assert store.readonly
        assert "in use" in (store.readonly_reason or "")
        with pytest.raises(DatabaseProblem):
            meetings.add_note(store, 1, "written beside another program?")
    finally:
        gate.set()
        store.close()
        reader.wait(30)
    assert check_file(demo).ok
    again = open_store(demo)  # the file is free again, and whole
    try:
        assert again.scalar("SELECT count(*) FROM note WHERE text LIKE 'written beside%'") == 0
    finally:
        again.close()


def test_a_program_writing_during_the_check_and_the_window_after_both_keep_their_notes(
    demo: Path, gate: threading.Event
) -> None:
    """During the check the file is only shared: another program may still write (SQLite
    lets it); nothing of ours is written yet, and once the window holds the file its own
    save lands beside the other's."""
    store = open_store(demo, check_later=True)
    try:
        assert gate.started.wait(30)  # type: ignore[attr-defined]
        other = sqlite3.connect(demo, timeout=5)
        other.execute("INSERT INTO meta (key, value) VALUES ('written.by', 'the shell')")
        other.commit()
        other.close()
        gate.set()
        assert store.checked.wait(30) and not store.readonly
        meetings.add_note(store, 1, "the window's own note")
    finally:
        gate.set()
        store.close()
    conn = sqlite3.connect(demo)
    try:
        assert conn.execute("SELECT value FROM meta WHERE key = 'written.by'").fetchone()
        assert (
            conn.execute(
                "SELECT count(*) FROM note WHERE text = ?", ("the window's own note",)
            ).fetchone()[0]
            == 1
        )
    finally:
        conn.close()
    assert check_file(demo).ok


def test_a_check_left_for_later_starts_when_asked_and_holds_writes_until_then(
    demo: Path, gate: threading.Event
) -> None:
    """The window opens with ``start_check=False`` and starts the check once painted."""
    store = open_store(demo, check_later=True, start_check=False)
    try:
        assert not gate.started.wait(0.3)  # nothing reads the file yet
        assert not store.checked.is_set()
        store.begin_check()
        store.begin_check()  # twice is once
        assert gate.started.wait(10)
        with pytest.raises(DatabaseProblem) as refused:
            store.wait_checked(timeout=0.2)  # a write waits for it, then says why
        assert refused.value.hint == "checking"
        gate.set()
        store.wait_checked(timeout=30)
        assert not store.readonly
    finally:
        store.close()
    assert check_file(demo).ok


def test_a_write_before_the_paint_starts_the_check_itself(demo: Path) -> None:
    store = open_store(demo, check_later=True, start_check=False)
    try:
        meetings.add_note(store, 1, "typed before the window painted")
        assert store.checked.is_set() and not store.readonly
    finally:
        store.close()
    assert check_file(demo).ok


def test_a_store_closed_before_its_check_started_lets_the_file_go(demo: Path) -> None:
    store = open_store(demo, check_later=True, start_check=False)
    store.close()
    store.begin_check()  # too late: nothing starts
    assert store._checking is not None and store._checking.ident is None
    again = open_store(demo)  # the file is free and sound
    try:
        assert not again.readonly
    finally:
        again.close()
    assert not Path(f"{demo}-wal").exists()
