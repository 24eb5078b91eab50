"""``minutier convert``: a real process over a copy of the demo register."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path


def test_convert_action_to_note_and_back(run, demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "demo.minutier"
    shutil.copy(demo_db, db)
    with closing(sqlite3.connect(db)) as conn:
        before = conn.execute("SELECT created_at FROM action WHERE number = 1").fetchone()
    done = run("convert", str(db), "CSIIA-A1", "--to", "note")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("CSIIA-A1 is now note ")
    with closing(sqlite3.connect(db)) as conn:  # an open connection would hold the file
        assert conn.execute("SELECT count(*) FROM action WHERE number = 1").fetchone()[0] == 0
        note_id, at = conn.execute("SELECT id, recorded_at FROM note ORDER BY id DESC").fetchone()
        assert at == before[0]
        label = conn.execute("SELECT label FROM history ORDER BY id DESC").fetchone()[0]
        assert label.startswith("Convert CSIIA-A1 (")
    back = run("convert", str(db), f"note:{note_id}", "--to", "action")
    assert back.returncode == 0, back.stderr
    assert "is now CSIIA-A" in back.stdout


def test_convert_errors_are_one_line(run, demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "demo.minutier"
    shutil.copy(demo_db, db)
    for args, words in (
        (("CSIIA-A999", "--to", "note"), "No action matches “CSIIA-A999”"),
        (("CSIIA/3", "--to", "note"), "only notes, actions, decisions and announcements"),
        (("CSIIA-A1", "--to", "action"), "already of this kind"),
    ):
        done = run("convert", str(db), *args)
        assert done.returncode == 1 and words in done.stderr, done.stderr
        assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1
