"""Importing actions from CSV (the export's actions.csv): round trip, spreadsheet habits, refusals."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from exchange_helpers import HOSTILE

from minutier.core.errors import ValidationError
from minutier.services import history
from minutier.services.exchange import csv_format, csv_import
from minutier.store.connection import Store

HEADER = "ref,committee,number,meeting,text,owner,due_on,status,priority,closed_on,initiative,decision,last_progress_note,uuid"


def _actions(store: Store) -> list[dict]:
    return store.query("SELECT * FROM action ORDER BY committee_id, number")


def test_export_then_import_changes_nothing(register: Store, tmp_path: Path) -> None:
    csv_format.write_csv(register, tmp_path)
    before = _actions(register)
    report = csv_import.import_file(register, tmp_path / "actions.csv")
    assert report.inserted == {} and report.updated == {} and report.unchanged == len(before)
    assert _actions(register) == before


def test_an_edited_spreadsheet_updates_and_adds_in_one_step(
    register: Store, tmp_path: Path
) -> None:
    csv_format.write_csv(register, tmp_path)
    text = (tmp_path / "actions.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    rows[0]["status"] = "done"
    rows[0]["last_progress_note"] = "2025-03-01: Livré — 납품 완료"
    rows.append(
        {
            **{k: "" for k in rows[0]},
            "committee": "CSIIA",
            "text": '=HYPERLINK("x") ' + HOSTILE,
            "owner": "Choi Sang Mok",
            "due_on": "fin mars 2025",
            "meeting": "CSIIA/3",
        }
    )
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter=";")  # a French spreadsheet
    writer.writeheader()
    writer.writerows(rows)
    target = tmp_path / "edited.csv"
    target.write_text(out.getvalue(), encoding="utf-8")
    ops = history.last_op(register)
    report = csv_import.import_file(register, target)
    assert history.last_op(register) == ops + 1  # all rows: one operation, one undo step
    assert report.inserted == {"action": 1} and report.updated == {"action": 1}
    first = register.query_one("SELECT * FROM action WHERE uuid = ?", (rows[0]["uuid"],))
    assert first["status"] == "done" and first["closed_on"]
    new = register.query_one("SELECT * FROM action ORDER BY id DESC LIMIT 1")
    assert new["text"] == '=HYPERLINK("x") ' + HOSTILE and new["due_on"] == "2025-03-31"
    assert new["number"] == max(
        a["number"] for a in _actions(register) if a["committee_id"] == new["committee_id"]
    )
    assert (
        register.scalar("SELECT text FROM action_note ORDER BY id DESC LIMIT 1")
        == "Livré — 납품 완료"
    )
    history.revert(register, history.last_op(register))
    assert register.scalar("SELECT count(*) FROM action WHERE id = ?", (new["id"],)) == 0


@pytest.mark.parametrize(
    ("lines", "where", "words"),
    [
        ([HEADER.replace("owner", "responsable")], "row 1, column responsable", "not a column"),
        (["text,owner", "x,y"], "row 1, column text", "committee"),
        (
            ["committee,text,due_on", "CSIIA,ok,2025-03-31", "CSIIA,faire,31/02/2025"],
            "row 3, column due_on",
            "no such day",
        ),
        (
            ["committee,text,owner", "CSIIA,faire,Personne Inconnue"],
            "row 2, column owner",
            "no record",
        ),
        (["committee,text", "NOPE,faire"], "row 2, column committee", "no committee"),
        (
            ["committee,text,status", "CSIIA,faire,finished"],
            "row 2, column status",
            "choose one of",
        ),
        (
            ["committee,text,number", "CSIIA,faire,1"],
            "row 2, column number",
            "already another action",
        ),
        (
            ["committee,text,decision", "CSIIA,faire,CSIIA-D99"],
            "row 2, column decision",
            "no decision",
        ),
        (["committee,text", "CSIIA,faire,extra"], "row 2, column -", "3 cells"),
        (["committee,text", "CSIIA,"], "row 2, column text", "required"),
        (["committee,text,uuid", "CSIIA,faire,not-a-uuid"], "row 2, column uuid", "not a UUID"),
    ],
)
def test_refusals_name_row_and_column_and_import_nothing(
    register: Store, tmp_path: Path, lines: list[str], where: str, words: str
) -> None:
    target = tmp_path / "bad.csv"
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before, ops = _actions(register), history.last_op(register)
    with pytest.raises(ValidationError) as caught:
        csv_import.import_file(register, target)
    assert caught.value.field == where and words in caught.value.reason
    assert _actions(register) == before and history.last_op(register) == ops  # all or nothing


def test_not_utf8_is_refused_with_its_line(register: Store, tmp_path: Path) -> None:
    target = tmp_path / "latin1.csv"
    target.write_bytes("committee,text\nCSIIA,ok\nCSIIA,réunion\n".encode("latin-1"))
    with pytest.raises(ValidationError, match="not UTF-8") as caught:
        csv_import.import_file(register, target)
    assert caught.value.field.startswith("row 3")
