"""The whole offline review trip as real commands: pack, edits on both sides, merge, resolve."""

from __future__ import annotations

import json
import shutil
from pathlib import Path


def _action(records: dict, number: int) -> dict:
    return next(a for a in records["action"] if a["number"] == number)


def test_pack_edit_merge_conflicts_resolve_export(run, demo_db: Path, tmp_path: Path):
    db = tmp_path / "register.minutier"
    shutil.copyfile(demo_db, db)
    pack = tmp_path / "pack msit.minutier"

    r = run("pack", str(db), "--owner", "Ministère des Sciences", "--out", str(pack))
    assert r.returncode == 0, r.stderr
    assert (
        "Review pack for Ministère des Sciences et des TIC" in r.stdout and "3 actions" in r.stdout
    )

    # The official, offline, in the pack.
    r = run("action", str(pack), "CSIIA-A1", "--due", "2025-06-30")
    assert r.returncode == 1 and "reason" in r.stderr and "Traceback" not in r.stderr
    edits = [
        ("CSIIA-A1", "--status", "in_progress", "--note", '착수했습니다 <&">'),
        ("CSIIA-A2", "--due", "2025-09-30", "--reason", "appel d'offres retardé"),
    ]
    for args in edits:
        r = run("action", str(pack), *args)
        assert r.returncode == 0, r.stderr
    # Meanwhile the secretariat moves CSIIA-A2's due date in the register.
    r = run("action", str(db), "CSIIA-A2", "--due", "2025-08-31")
    assert r.returncode == 0, r.stderr

    r = run("merge", str(db), str(pack), "--dry-run", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["dry_run"] is True
    r = run("merge", str(db), str(pack))
    assert r.returncode == 0, r.stderr
    assert "1 conflict" in r.stdout and "CSIIA-A2, field due_on" in r.stdout
    assert "register: 2025-08-31" in r.stdout and "incoming: 2025-09-30" in r.stdout

    r = run("merge", str(db), str(pack))
    assert r.returncode == 1 and "already merged" in r.stderr

    r = run("conflicts", str(db), "--json")
    [conflict] = json.loads(r.stdout)
    assert (conflict["record"], conflict["base"]) == ("CSIIA-A2", "2025-06-30")
    r = run("resolve", str(db), str(conflict["id"]), "--keep", "pack")
    assert r.returncode == 0, r.stderr
    assert run("conflicts", str(db)).stdout.strip() == "No conflict is waiting."

    out = tmp_path / "after.json"
    assert run("export", str(db), "--format", "json", "--out", str(out)).returncode == 0
    records = json.loads(out.read_text(encoding="utf-8"))["records"]
    a1, a2 = _action(records, 1), _action(records, 2)
    assert (a1["status"], a1["due_on"]) == ("in_progress", "2025-03-31")
    assert a2["due_on"] == "2025-09-30"
    notes = {n["text"] for n in records["action_note"]}
    assert {
        '착수했습니다 <&">',
        "Due date proposed: 2025-09-30. Reason: appel d'offres retardé",
    } <= notes
    conflicts_left = run("conflicts", str(db), "--json")
    assert json.loads(conflicts_left.stdout) == []


def test_a_pack_cannot_be_merged_into_another_register(run, demo_db: Path, tmp_path: Path):
    db, other = tmp_path / "a.minutier", tmp_path / "b.minutier"
    shutil.copyfile(demo_db, db)
    assert run("demo", str(other)).returncode == 0
    pack = tmp_path / "p.minutier"
    assert (
        run("pack", str(db), "--owner", "Ministère des Finances", "--out", str(pack)).returncode
        == 0
    )
    r = run("merge", str(other), str(pack))
    assert r.returncode == 1 and "cut from another register" in r.stderr


def test_wrong_inputs_are_one_sentence(run, demo_db: Path, tmp_path: Path):
    db = tmp_path / "a.minutier"
    shutil.copyfile(demo_db, db)
    (tmp_path / "junk.minutier").write_text("not a register", encoding="utf-8")
    cases = [
        (("merge", str(db), str(tmp_path)), "is not a regular file (it is a folder)"),
        (("merge", str(db), str(db)), "is not a review pack"),
        (("merge", str(db), str(tmp_path / "junk.minutier")), "is not a Minutier database"),
        (("resolve", str(db), "99999999999999999999999", "--keep", "pack"), "give a whole number"),
        (("resolve", str(db), "7", "--keep", "pack"), "There is no conflict number 7."),
        (("pack", str(db), "--owner", "Minist", "--out", "p.minutier"), "matches several"),
        (
            (
                "pack",
                str(db),
                "--owner",
                "Ministère des Finances",
                "--out",
                "p.minutier",
                "--days",
                "-1",
            ),
            "from 0 to",
        ),
        (("action", str(db), "CSIIA-A99", "--status", "done"), "No action matches"),
    ]
    for args, needle in cases:
        r = run(*args)
        assert r.returncode == 1, (args, r.stdout, r.stderr)
        assert needle in r.stderr and "Traceback" not in r.stderr, (args, r.stderr)
