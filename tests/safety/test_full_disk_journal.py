"""Issue 10, point 8: an import refused on a full disk leaves the register whole and no journal.

A real 4 MB tmpfs (root only), an import far larger than the room left: the register keeps
every record saved before, the user reads one sentence saying the disk is full, and no
``-wal`` is left to fill the disk — not after the process ends, and not while the window that
tried the import stays open. A new register built on a nearly full disk is whole or absent.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from minutier.core.errors import DatabaseProblem
from minutier.services import meetings
from minutier.services.exchange import json_format
from minutier.store.connection import open_store
from minutier.store.integrity import check_file

pytestmark = pytest.mark.skipif(os.name != "posix", reason="a real small file system")
SAVED = [f"saved before the import {i}" for i in range(20)]


@pytest.fixture(scope="module")
def big_export(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An export of the demo plus 1,500 long notes (about 2 MB of new records)."""
    folder = tmp_path_factory.mktemp("big-export")
    source = folder / "source.minutier"
    shutil.copyfile(demo_master, source)
    store = open_store(source)
    for i in range(1500):
        meetings.add_note(store, 1, f"imported note {i} " + "z" * 1000)
    json_format.write_json(store, folder / "big.json")
    store.close()
    return folder / "big.json"


def leave_free(disk: Path, room: int) -> None:
    """Fill ``disk`` so that about ``room`` bytes are left."""
    filler = disk / "filler"
    size = filler.stat().st_size if filler.exists() else 0
    with open(filler, "r+b" if filler.exists() else "wb") as f:
        f.truncate(max(0, size + shutil.disk_usage(disk).free - room))
        f.seek(0, os.SEEK_END)
    # tmpfs counts written pages, not the apparent size: write it for real
    with open(filler, "r+b") as f:
        f.write(b"\0" * filler.stat().st_size)


def register_on(disk: Path, demo: Path) -> Path:
    db = disk / "register.minutier"
    shutil.copyfile(demo, db)
    store = open_store(db)
    for text in SAVED:
        meetings.add_note(store, 1, text)
    store.close()
    return db


def saved_notes(db: Path) -> set[str]:
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro&immutable=1", uri=True)  # no -shm made
    try:
        return {r[0] for r in conn.execute("SELECT text FROM note")}
    finally:
        conn.close()


def journals(disk: Path) -> dict[str, int]:
    return {
        p.name: p.stat().st_size
        for p in disk.iterdir()
        if p.name.endswith(("-wal", "-shm", "-journal", "-lock")) or p.name.startswith(".")
    }


def test_a_refused_import_from_the_command_line_leaves_no_journal(
    tiny_disk: Path, demo: Path, big_export: Path, home: Path
) -> None:
    db = register_on(tiny_disk, demo)
    leave_free(tiny_disk, 1024 * 1024)
    env = {**os.environ, "MINUTIER_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", "minutier", "import", str(db), str(big_export)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1, done.stdout
    err = done.stderr.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert "disk is full" in err, err
    assert journals(tiny_disk) == {}  # no -wal (nor -shm, nor lock note) after the process
    assert check_file(db).ok
    assert set(SAVED) <= saved_notes(db)
    assert not any(t.startswith("imported note") for t in saved_notes(db))
    assert journals(tiny_disk) == {}  # the check itself left nothing either


def test_a_refused_import_gives_the_room_back_while_the_window_stays_open(
    tiny_disk: Path, demo: Path, big_export: Path
) -> None:
    db = register_on(tiny_disk, demo)
    leave_free(tiny_disk, 1024 * 1024)
    store = open_store(db)  # the window's store, kept open after the refusal
    try:
        free_before = shutil.disk_usage(tiny_disk).free
        with pytest.raises(DatabaseProblem) as caught:
            json_format.import_file(store, big_export)
        assert caught.value.hint == "disk_full" and "disk is full" in str(caught.value)
        wal = Path(f"{db}-wal")
        left = wal.stat().st_size if wal.exists() else 0
        # the refused import's pages no longer take the room it did not get
        assert left < 64 * 1024, left
        assert shutil.disk_usage(tiny_disk).free >= free_before - 64 * 1024
        meetings.add_note(store, 1, "typed after the refusal")  # the user goes on working
    finally:
        store.close()
    assert journals(tiny_disk) == {}
    assert check_file(db).ok
    assert {*SAVED, "typed after the refusal"} <= saved_notes(db)


@pytest.mark.parametrize("room_kb", [1100, 1300, 1500, 1700, 1900, 2100])
def test_a_new_register_on_a_nearly_full_disk_is_whole_or_absent(
    tiny_disk: Path, big_export: Path, home: Path, room_kb: int
) -> None:
    leave_free(tiny_disk, room_kb * 1024)
    db = tiny_disk / "new.minutier"
    try:
        open_store(db, create=True).close()
    except DatabaseProblem as e:
        assert e.hint == "disk_full", str(e)
        assert not db.exists()
    else:
        assert check_file(db).ok
    assert journals(tiny_disk) == {}
    if db.exists():
        db.unlink()
    env = {**os.environ, "MINUTIER_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(  # an import into a new file: built aside, then named
        [sys.executable, "-m", "minutier", "import", str(db), str(big_export)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1 and "disk is full" in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not db.exists() and journals(tiny_disk) == {}
