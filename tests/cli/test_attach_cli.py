"""``minutier attach``, ``attachments`` and ``attachment``: real processes over a copy of the demo."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path


def test_attach_list_and_save(run, demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "demo.minutier"
    shutil.copy(demo_db, db)
    paper = tmp_path / "budget 2025 — 예산.pdf"
    paper.write_bytes(b"%PDF-1.4\n" + b"R&D <b>" * 100)
    sha = hashlib.sha256(paper.read_bytes()).hexdigest()
    done = run("attach", str(db), "CSIIA/3", str(paper))
    assert done.returncode == 0, done.stderr
    assert sha in done.stdout
    assert run("attach", str(db), "CSIIA-D2", str(paper)).returncode == 0
    assert run("attach", str(db), "CSIIA/3/2", str(paper)).returncode == 0
    listed = run("attachments", str(db), "CSIIA/3", "--json")
    rows = json.loads(listed.stdout)
    assert [(r["name"], r["size"], r["sha256"]) for r in rows] == [(paper.name, 709, sha)] * 3
    table = run("attachments", str(db), "CSIIA-D2")
    assert paper.name in table.stdout and sha in table.stdout
    out = tmp_path / "out"
    out.mkdir()
    saved = run("attachment", str(db), str(rows[0]["id"]), "--out", str(out))
    assert saved.returncode == 0, saved.stderr
    assert (out / paper.name).read_bytes() == paper.read_bytes()


def test_attach_errors_are_one_line(run, demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "demo.minutier"
    shutil.copy(demo_db, db)
    big = tmp_path / "big.bin"
    with open(big, "wb") as f:
        f.truncate(25 * 1024 * 1024 + 1)
    for args, words in (
        (("attach", str(db), "CSIIA/3", str(big)), "larger than the 25 MiB"),
        (("attach", str(db), "CSIIA/3", str(tmp_path / "missing")), "not a file"),
        (("attach", str(db), "CSIIA-A1", str(big)), "files attach to a meeting"),
        (("attachments", str(db), "CSIIA/99"), "No meeting matches"),
    ):
        done = run(*args)
        assert done.returncode == 1 and words in done.stderr, done.stderr
        assert done.stderr.count("\n") == 1
