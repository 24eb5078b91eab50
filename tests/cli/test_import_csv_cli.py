"""``minutier import DB actions.csv``: the export's CSV comes back in; a bad cell refuses all."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path


def test_import_csv_of_actions(run, demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "demo.minutier"
    shutil.copy(demo_db, db)
    assert run("export", str(db), "--format", "csv", "--out", str(tmp_path / "csv")).returncode == 0
    same = run("import", str(db), str(tmp_path / "csv" / "actions.csv"))
    assert same.returncode == 0, same.stderr
    assert same.stdout.startswith("Nothing changed")
    sheet = tmp_path / "new.csv"
    sheet.write_text(
        "committee;text;owner;due_on\nCSIIA;Rédiger la note 한글;MSIT;T2 2025\n", encoding="utf-8"
    )
    added = run("import", str(db), str(sheet))
    assert added.returncode == 0, added.stderr
    with closing(sqlite3.connect(db)) as conn:  # an open connection would hold the file
        assert (
            conn.execute("SELECT due_on FROM action ORDER BY id DESC").fetchone()[0] == "2025-06-30"
        )
    bad = tmp_path / "bad.csv"
    bad.write_text("committee,text,due_on\nCSIIA,a,2025-01-01\nCSIIA,b,bientôt\n", encoding="utf-8")
    refused = run("import", str(db), str(bad))
    assert refused.returncode == 1
    assert refused.stderr.startswith("minutier: row 3, column due_on: ")
    with closing(sqlite3.connect(db)) as conn:  # an open connection would hold the file
        assert conn.execute("SELECT count(*) FROM action WHERE text = 'a'").fetchone()[0] == 0
