"""The JSON exchange format round-trips a register exactly, imports idempotently, and undoes."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import re
from pathlib import Path

import pytest
from exchange_helpers import HOSTILE, history_size, snapshot

from minutier.core.errors import Conflict, FrozenRecord
from minutier.services import history, records
from minutier.services.demo import build_demo
from minutier.services.exchange import json_format
from minutier.services.exchange.layout import TABLE_ORDER, TABLES
from minutier.store import search
from minutier.store.connection import Store, open_store
from minutier.store.writer import RECORD_TABLES

EXPORTED_AT = re.compile(rb'\n "exported_at": "[^"]*",')


def _by_hand(data: dict) -> dict:
    """A file edited by hand: version 1 (no bases), so the import judges its values by time and
    by the register's history (a version 2 field not listed in its base is one its sender left)."""
    data["version"] = 1
    for rows in data["records"].values():
        for row in rows:
            row.pop("base", None)
    return data


def _without_bases(path: Path) -> dict:
    """A file's content apart from ``exported_at`` and the records' bases (version 2: what
    the sender changed since it got each record, which differs between sender and receiver)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("exported_at")
    for rows in data["records"].values():
        for row in rows:
            row.pop("base", None)
    return data


def test_the_format_covers_every_column_of_every_record_table(empty: Store) -> None:
    assert set(TABLE_ORDER) == set(RECORD_TABLES)
    for table in TABLE_ORDER:
        columns = {r["name"] for r in empty.query(f"PRAGMA table_info({table})")}
        exported = {c.column for c in TABLES[table]}
        assert columns - {"id", "uuid", "created_at", "updated_at"} == exported, table


def test_tables_come_after_the_tables_they_refer_to(empty: Store) -> None:
    for index, table in enumerate(TABLE_ORDER):
        refs = {c.column: c.ref for c in TABLES[table] if c.kind == "ref"}
        foreign = {r["from"]: r["table"] for r in empty.query(f"PRAGMA foreign_key_list({table})")}
        assert refs == foreign, table
        for parent in foreign.values():
            assert TABLE_ORDER.index(parent) <= index, (table, parent)


def test_export_import_export_gives_the_same_file(register: Store, empty: Store, tmp_path: Path):
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    json_format.write_json(register, first)
    report = json_format.import_file(empty, first)
    json_format.write_json(empty, second)

    a, b = first.read_bytes(), second.read_bytes()
    assert EXPORTED_AT.search(a) and EXPORTED_AT.search(b)
    assert _without_bases(first) == _without_bases(second)
    assert b'"base"' not in b  # the receiver changed nothing since it got the records
    data = json.loads(a)
    expected = {t: len(rows) for t, rows in data["records"].items() if rows}
    assert report.inserted == expected
    assert set(expected) == set(TABLE_ORDER)  # the register fills every table
    assert report.updated == {} and report.unchanged == 0 and report.warnings == []
    assert report.summary() == f"Imported {sum(expected.values())} records: " + (
        f"{sum(expected.values())} added, 0 updated, 0 unchanged."
    )
    # One import = one history entry.
    assert empty.scalar("SELECT count(DISTINCT op) FROM history") == 1
    assert empty.scalar("SELECT DISTINCT label FROM history") == "Import first.json"
    assert empty.query("PRAGMA integrity_check") == [{"integrity_check": "ok"}]
    assert empty.query("PRAGMA foreign_key_check") == []


def test_the_file_is_deterministic_readable_and_refers_by_uuid(register: Store, tmp_path: Path):
    path = tmp_path / "x.json"
    json_format.write_json(register, path)
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    assert (data["format"], data["version"]) == ("minutier", 2)
    assert "AI 컴퓨팅 인프라 특별위원회" in text  # Hangul kept as text, not \u escapes
    assert text == json_format.dumps(data) and text.endswith("}\n")
    for table, rows in data["records"].items():
        assert [r["uuid"] for r in rows] == sorted(r["uuid"] for r in rows)
        for row in rows:
            assert "id" not in row and not any(k.endswith("_id") for k in row), table
    meeting = next(m for m in data["records"]["meeting"] if m["number"] == 3)
    committees = {c["uuid"]: c for c in data["records"]["committee"]}
    assert committees[meeting["committee"]]["code"] == "CSIIA"
    version = data["records"]["minutes_version"][0]
    pdf = base64.b64decode(version["pdf_base64"])
    assert pdf.startswith(b"%PDF") and hashlib.sha256(pdf).hexdigest() == version["pdf_sha256"]
    # Created and updated times travel with the records.
    decision = next(d for d in data["records"]["decision"] if d["status"] == "superseded")
    assert decision["updated_at"] > decision["created_at"]
    assert decision["superseded_by"] in {d["uuid"] for d in data["records"]["decision"]}


def test_imported_records_keep_their_times_and_are_searchable(register: Store, empty: Store):
    data = json_format.export_data(register)
    json_format.import_data(empty, data)
    for table in ("decision", "action", "meeting"):
        source = {r["uuid"]: r for r in register.query(f"SELECT * FROM {table}")}
        for row in empty.query(f"SELECT * FROM {table}"):
            original = source[row["uuid"]]
            assert (row["created_at"], row["updated_at"]) == (
                original["created_at"],
                original["updated_at"],
            )
    action = empty.query_one("SELECT text FROM action WHERE priority = 'high'")
    assert action["text"].endswith(HOSTILE)
    hits = search.search(empty, "supercalculateur")
    assert hits and {h.kind for h in hits} >= {"initiative"}


def test_importing_twice_changes_nothing_the_second_time(register: Store, empty: Store):
    data = json_format.export_data(register)
    first = json_format.import_data(empty, data)
    before, entries = snapshot(empty), history_size(empty)
    second = json_format.import_data(empty, data)
    assert second.inserted == {} and second.updated == {}
    assert second.unchanged == sum(first.inserted.values())
    assert second.operation is None
    assert second.summary().startswith("Nothing changed: the register already held all ")
    assert snapshot(empty) == before and history_size(empty) == entries
    for table in TABLE_ORDER:
        assert empty.scalar(f"SELECT count(*) FROM {table}") == len(data["records"][table])


def test_importing_into_the_source_register_changes_nothing(register: Store):
    before = snapshot(register)
    report = json_format.import_data(register, json_format.export_data(register))
    assert report.inserted == {} and report.updated == {}
    assert snapshot(register) == before


def test_an_import_updates_only_the_fields_that_differ(register: Store, tmp_path: Path):
    data = json_format.export_data(register)
    meeting = next(m for m in data["records"]["meeting"] if m["number"] == 3)
    old_title = meeting["title"]
    meeting["title"] = "Réunion renommée, « troisième »"
    meeting["updated_at"] = "2030-01-01T00:00:00.000Z"
    report = json_format.import_data(register, data, label="Import changes")
    assert report.updated == {"meeting": 1} and report.inserted == {}
    row = register.query_one("SELECT * FROM meeting WHERE uuid = ?", (meeting["uuid"],))
    assert row["title"] == "Réunion renommée, « troisième »"
    assert row["updated_at"] == "2030-01-01T00:00:00.000Z"
    changes = register.query("SELECT * FROM history WHERE op = ?", (report.operation,))
    assert [(c["table_name"], c["kind"], c["fields"]) for c in changes] == [
        ("meeting", "update", "title")
    ]
    history.revert(register, report.operation)
    assert register.scalar("SELECT title FROM meeting WHERE id = ?", (row["id"],)) == old_title


def test_a_value_older_than_the_register_becomes_a_conflict_not_a_write(register: Store):
    """It used to replace the newer value with only "(1 warning)" to show for it (issue 11)."""
    data = _by_hand(json_format.export_data(register))
    person = data["records"]["person"][0]
    kept = register.scalar("SELECT notes FROM person WHERE uuid = ?", (person["uuid"],))
    person["notes"] = "Mis à jour par un fichier ancien."
    person["updated_at"] = "2001-01-01T00:00:00.000Z"
    report = json_format.import_data(register, data, source="old.json")
    assert report.updated == {}
    assert register.scalar("SELECT notes FROM person WHERE uuid = ?", (person["uuid"],)) == kept
    [conflict] = report.conflicts
    assert (conflict["field"], conflict["register"], conflict["incoming"]) == (
        "notes",
        kept,
        "Mis à jour par un fichier ancien.",
    )
    assert report.summary().endswith("(1 conflict waiting for a decision).")
    assert person["uuid"] in report.details()[0] and "notes" in report.details()[0]


def test_undoing_an_import_empties_the_register_again(register: Store, empty: Store):
    data = json_format.export_data(register)
    # Without its approved version the plenary is not frozen (see the next test).
    data["records"]["minutes_version"] = [
        v for v in data["records"]["minutes_version"] if v["status"] != "approved"
    ]
    empty_snapshot = snapshot(empty)
    report = json_format.import_data(empty, data)
    assert snapshot(empty) != empty_snapshot
    history.revert(empty, report.operation)
    assert snapshot(empty) == empty_snapshot
    for table in TABLE_ORDER:
        assert empty.scalar(f"SELECT count(*) FROM {table}") == 0


def test_an_import_that_brought_approved_minutes_cannot_be_undone(register: Store, empty: Store):
    """Approved minutes can never be deleted, not even by undoing the import that brought them."""
    report = json_format.import_data(empty, json_format.export_data(register))
    before, entries = snapshot(empty), history_size(empty)
    with pytest.raises(FrozenRecord):
        history.revert(empty, report.operation)
    assert snapshot(empty) == before and history_size(empty) == entries


def test_new_records_join_a_populated_register(register: Store, empty: Store):
    """Import of another register's records next to existing ones; references by UUID hold."""
    data = json_format.export_data(register)
    json_format.import_data(empty, data)
    extra = copy.deepcopy(data)
    committee = next(c for c in extra["records"]["committee"] if c["code"] == "CSIIA")
    new_person = {
        "uuid": "0e4a7a4e-2f7a-4c4b-9a8e-2d0f8d5f0c11",
        "name": "Kim Min-ji",
        "native_name": "김민지",
    }
    new_membership = {
        "uuid": "1a2b3c4d-0000-4000-8000-000000000001",
        "committee": committee["uuid"],
        "person": new_person["uuid"],
        "role": "secretary",
    }
    file = {"format": "minutier", "version": 1, "records": {
        "person": [new_person], "membership": [new_membership]}}  # fmt: skip
    report = json_format.import_data(empty, file)
    assert report.inserted == {"person": 1, "membership": 1}
    row = empty.query_one(
        "SELECT p.native_name, c.code, m.role, m.created_at FROM membership m "
        "JOIN person p ON p.id = m.person_id JOIN committee c ON c.id = m.committee_id "
        "WHERE m.uuid = ?",
        (new_membership["uuid"],),
    )
    assert (row["native_name"], row["code"], row["role"]) == ("김민지", "CSIIA", "secretary")
    assert row["created_at"]  # stamped at import when the file gives no time


def test_self_references_further_down_the_file_are_resolved(empty: Store) -> None:
    """A parent organisation whose UUID sorts after its child's still links up."""
    parent = "ffffffff-0000-4000-8000-000000000000"
    child = "00000000-0000-4000-8000-000000000000"
    file = {"format": "minutier", "version": 1, "records": {"organisation": [
        {"uuid": child, "name": "Agence", "parent": parent},
        {"uuid": parent, "name": "Ministère"}]}}  # fmt: skip
    report = json_format.import_data(empty, file)
    assert report.inserted == {"organisation": 2}
    row = empty.query_one(
        "SELECT p.uuid FROM organisation o JOIN organisation p ON p.id = o.parent_id "
        "WHERE o.uuid = ?",
        (child,),
    )
    assert row == {"uuid": parent}


def test_the_demo_round_trips(tmp_path: Path) -> None:
    demo = build_demo(tmp_path / "demo.minutier")
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    with open_store(demo) as store:
        json_format.write_json(store, first)
    with open_store(tmp_path / "copy.minutier", create=True) as copy_store:
        report = json_format.import_file(copy_store, first)
        json_format.write_json(copy_store, second)
    assert sum(report.inserted.values()) > 50
    assert _without_bases(first) == _without_bases(second)
    assert "최상목" in first.read_text(encoding="utf-8")


@pytest.mark.parametrize("count", [0, 1, 2])
def test_summary_sentences(count: int) -> None:
    report = json_format.ImportReport(inserted={"person": count} if count else {})
    text = report.summary()
    assert text.endswith(".") and "\n" not in text
    if count == 0:
        assert text == "The file held no records, so nothing was imported."
    else:
        assert text.startswith(f"Imported {count} record{'s' if count > 1 else ''}:")


def test_the_format_documentation_lists_every_field() -> None:
    readme = Path(json_format.__file__).with_name("README.md").read_text(encoding="utf-8")
    sections = re.split(r"^#### `([a-z_]+)`$", readme, flags=re.M)
    documented = {
        sections[i]: re.findall(r"^\| `([a-z_0-9]+)` \|", sections[i + 1], flags=re.M)
        for i in range(1, len(sections), 2)
    }
    assert list(documented) == list(TABLE_ORDER)
    for table in TABLE_ORDER:
        assert documented[table] == [c.key for c in TABLES[table]], table


def test_approved_minutes_stay_frozen_through_an_import(register: Store, empty: Store) -> None:
    """Children are written before the approved version that freezes them; then the freeze holds."""
    data = json_format.export_data(register)
    json_format.import_data(empty, data)
    plenary = empty.query_one("SELECT * FROM meeting WHERE status = 'minutes_approved'")
    version = empty.query_one("SELECT * FROM minutes_version WHERE status = 'approved'")
    assert version["meeting_id"] == plenary["id"] and version["content_sha256"]
    with pytest.raises(FrozenRecord):
        records.update(empty, "decision", _plenary_decision(empty)["id"], {"text": "Autre."})

    changed = copy.deepcopy(data)
    decision = next(d for d in changed["records"]["decision"] if d["text"].startswith("Adopter"))
    decision["text"] = "Adopter une autre stratégie."
    before = snapshot(empty)
    with pytest.raises(Conflict, match=f"Cannot import decision {decision['uuid']}: .*approved"):
        json_format.import_data(empty, changed)
    assert snapshot(empty) == before

    # The follow-up of an action decided there stays open, through an import too.
    followed = _by_hand(copy.deepcopy(data))
    action = next(a for a in followed["records"]["action"] if a["text"] == "Publier la stratégie")
    action.update(status="done", closed_on="2025-03-01", updated_at="2030-01-01T00:00:00.000Z")
    report = json_format.import_data(empty, followed)
    assert report.updated == {"action": 1}


def _plenary_decision(store: Store) -> dict:
    return store.query_one(
        "SELECT d.* FROM decision d JOIN meeting m ON m.id = d.meeting_id "
        "WHERE m.status = 'minutes_approved'"
    )
