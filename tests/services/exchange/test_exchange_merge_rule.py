"""An import never reverts a newer edit of the register (issue 11: the CSIIA-A1 due date)."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutier.cli import main
from minutier.services import actions, merge, records
from minutier.services.demo import build_demo
from minutier.services.exchange import json_format
from minutier.store.connection import open_store

A1 = (
    "SELECT a.* FROM action a JOIN committee c ON c.id = a.committee_id "
    "WHERE c.code = 'CSIIA' AND a.number = 1"
)


def _round_trip(tmp_path: Path, *, version: int) -> tuple[Path, Path]:
    """The secretariat exports; an official imports, marks CSIIA-A1 in progress and exports;
    meanwhile the secretariat moves CSIIA-A1's due date. Returns (register, official's file)."""
    register = build_demo(tmp_path / "register.minutier")
    with open_store(register, who="secretariat") as store:
        json_format.write_json(store, tmp_path / "to-official.json")
    with open_store(tmp_path / "official.minutier", create=True, who="official") as official:
        json_format.import_file(official, tmp_path / "to-official.json")
        actions.set_status(official, [official.query_one(A1)["id"]], "in_progress")
        data = json_format.export_data(official)
    if version == 1:  # as an older Minutier wrote it: no bases
        data["version"] = 1
        for rows in data["records"].values():
            for row in rows:
                row.pop("base", None)
    back = tmp_path / "from-official.json"
    back.write_text(json_format.dumps(data), encoding="utf-8")
    with open_store(register, who="secretariat") as store:
        records.update(store, "action", store.query_one(A1)["id"], {"due_on": "2025-04-15"})
    return register, back


@pytest.mark.parametrize("version", [2, 1])
def test_the_officials_file_does_not_put_the_old_due_date_back(tmp_path, minutier_home, version):
    register, back = _round_trip(tmp_path, version=version)
    with open_store(register, who="secretariat") as store:
        report = json_format.import_file(store, back)
        a1 = store.query_one(A1)
        assert a1["due_on"] == "2025-04-15"  # the secretariat's newer date stands
        assert a1["status"] == "in_progress"  # the official's change arrives
        waiting = merge.list_conflicts(store)
    if version == 2:  # the file says the official did not touch the due date: nothing to decide
        assert waiting == [] and report.conflicts == []
    else:  # a version 1 file cannot say so: its stale value waits as a conflict, never written
        [c] = waiting
        assert (c["field"], c["register"], c["incoming"]) == ("due_on", "2025-04-15", "2025-03-31")


def test_the_cli_prints_every_conflict_in_full(tmp_path, minutier_home, capsys):
    register, back = _round_trip(tmp_path, version=1)
    assert main(["import", str(register), str(back)]) == 0
    out = capsys.readouterr().out
    assert "1 conflict waiting for a decision" in out
    assert (
        "CSIIA-A1 (" in out
        and "field due_on, was kept at '2025-04-15', not replaced by the file's '2025-03-31'" in out
    )
    assert "minutier resolve" in out
    assert main(["conflicts", str(register)]) == 0
    listed = capsys.readouterr().out
    assert "base:     (unknown: the file carries none)" in listed
    assert "incoming: 2025-03-31" in listed and "register: 2025-04-15  — secretariat" in listed
