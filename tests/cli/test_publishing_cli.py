"""Publishing from the command line: --public minutes, verify naming the edition, export --public."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from minutier.services import records
from minutier.store.connection import open_store


@pytest.fixture
def db(demo_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.minutier"
    shutil.copyfile(demo_db, path)
    with open_store(path) as store:
        decision = store.scalar("SELECT id FROM decision WHERE number = 3")
        records.update(store, "decision", decision, {"confidential": True})
    return path


def test_public_minutes_approval_and_verify(run, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    internal, public = tmp_path / "internal.pdf", tmp_path / "public.pdf"
    done = run("minutes", str(db), "--meeting", "CSIIA/3", "--out", str(public), "--public")
    assert done.returncode == 0 and done.stdout.startswith(
        "Public edition of the minutes of CSIIA/3"
    )
    again = tmp_path / "again.pdf"
    run("minutes", str(db), "--meeting", "CSIIA/3", "--out", str(again), "--public")
    assert again.read_bytes() == public.read_bytes()  # byte-for-byte reproducible
    assert run("approve", str(db), "--meeting", "CSIIA/3", "--on", "2025-02-20").returncode == 0
    for edition, path in (("internal", internal), ("public", public)):
        extra = ["--public"] if edition == "public" else []
        out = run(
            "minutes", str(db), "--meeting", "CSIIA/3", "--version", "1", "--out", str(path), *extra
        )
        assert out.returncode == 0, out.stderr
        checked = run("verify", str(db), str(path))
        assert checked.returncode == 0, checked.stdout
        assert f"({edition} edition, PDF SHA-256" in checked.stdout
    assert internal.read_bytes() != public.read_bytes()


def test_export_public_leaves_confidential_records_out(run, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    full, public = tmp_path / "full.json", tmp_path / "public.json"
    assert run("export", str(db), "--format", "json", "--out", str(full)).returncode == 0
    done = run("export", str(db), "--format", "json", "--out", str(public), "--public")
    assert done.returncode == 0 and "public records only" in done.stdout

    def numbers(p):
        return sorted(d["number"] for d in json.loads(p.read_text())["records"]["decision"])

    assert 3 in numbers(full) and 3 not in numbers(public)
    for fmt, out in (("csv", tmp_path / "csv"), ("ics", tmp_path / "c.ics")):
        assert (
            run("export", str(db), "--format", fmt, "--out", str(out), "--public").returncode == 0
        )


def test_search_shows_the_mark(run, db: Path) -> None:  # type: ignore[no-untyped-def]
    done = run("search", str(db), "Centre national de calcul", "--json")
    hits = json.loads(done.stdout)
    assert any(h["kind"] == "decision" and h["confidential"] for h in hits)
    assert any(not h["confidential"] for h in hits)
