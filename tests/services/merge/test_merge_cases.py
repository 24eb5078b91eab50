"""Merge cases the property test does not reach: approved minutes, deletes, resolving, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from merge_helpers import raw_update, two_copies, uuid_ids

from minutier.core.errors import Conflict
from minutier.services import history, merge, minutes


@pytest.fixture
def copies(tmp_path: Path, minutier_home: Path):
    reg, copy, cut = two_copies(tmp_path, actions_count=2)
    yield reg, copy, cut
    reg.close()
    copy.close()


def _first_action(store):
    return store.query_one("SELECT * FROM action WHERE text = 'Action 0'")


def test_approved_minutes_turn_a_due_date_change_into_a_conflict(copies):
    reg, copy, cut = copies
    raw_update(
        copy, "action", _first_action(copy)["id"], {"due_on": "2025-06-30", "status": "done"}
    )
    meeting = reg.scalar("SELECT id FROM meeting")
    raw_update(reg, "meeting", meeting, {"status": "held"})
    minutes.approve(reg, meeting, approved_on="2025-03-20")
    report = merge.merge(reg, merge.changes_from_history(copy, cut), label="m", source="pack")
    action = _first_action(reg)
    assert action["status"] == "done"  # follow-up stays editable on approved minutes
    assert action["due_on"] == "2025-03-31"  # what was decided is frozen: not written
    [c] = report.conflicts
    assert (c["field"], c["reason"], c["incoming"]) == (
        "due_on",
        merge.apply.FROZEN_REASON,
        "2025-06-30",
    )
    with pytest.raises(Exception, match="approved"):
        merge.resolve(reg, c["id"], "incoming")
    merge.resolve(reg, c["id"], "register")
    assert merge.list_conflicts(reg) == []


def test_delete_of_a_record_the_register_changed_waits(copies):
    reg, copy, cut = copies
    note_uuid = sorted(uuid_ids(reg, "action_note"))[0]
    with copy.operation("delete") as op:
        op.delete("action_note", uuid_ids(copy, "action_note")[note_uuid])
    raw_update(reg, "action_note", uuid_ids(reg, "action_note")[note_uuid], {"text": "kept"})
    report = merge.merge(reg, merge.changes_from_history(copy, cut), label="m", source="pack")
    [c] = report.conflicts
    assert (c["kind"], c["field"], c["register"]["text"]) == ("delete", None, "kept")
    assert note_uuid in uuid_ids(reg, "action_note")
    op = merge.resolve(reg, c["id"], "incoming")
    assert note_uuid not in uuid_ids(reg, "action_note")
    history.revert(reg, op)  # resolving is undoable: the note and the open conflict come back
    assert note_uuid in uuid_ids(reg, "action_note")
    assert [x["id"] for x in merge.list_conflicts(reg)] == [c["id"]]


def test_merge_is_one_undoable_operation_and_dry_run_writes_nothing(copies):
    reg, copy, cut = copies
    raw_update(copy, "action", _first_action(copy)["id"], {"status": "in_progress"})
    with copy.operation("note") as op:
        op.insert(
            "action_note",
            {"action_id": _first_action(copy)["id"], "noted_on": "2025-03-02", "text": "진행 중"},
        )
    changes = merge.changes_from_history(copy, cut)
    ops = reg.scalar("SELECT count(*) FROM history")
    dry = merge.merge(reg, changes, label="Merge pack", source="pack", dry_run=True)
    assert (dry.inserted, dry.updated, dry.operation) == (1, 1, None)
    assert reg.scalar("SELECT count(*) FROM history") == ops
    report = merge.merge(reg, changes, label="Merge pack", source="pack")
    assert (
        reg.scalar("SELECT count(DISTINCT label) FROM history WHERE op = ?", (report.operation,))
        == 1
    )
    assert _first_action(reg)["status"] == "in_progress"
    history.revert(reg, report.operation)
    assert _first_action(reg)["status"] == "open"
    assert reg.scalar("SELECT count(*) FROM action_note WHERE text = '진행 중'") == 0


def test_change_travels_as_json(copies):
    _reg, copy, cut = copies
    raw_update(copy, "action", _first_action(copy)["id"], {"priority": "urgent"})
    [change] = merge.changes_from_history(copy, cut)
    again = merge.Change.from_json(change.to_json())
    assert again == change


def test_resolving_twice_or_an_unknown_conflict_is_a_sentence(copies):
    reg, _copy, _cut = copies
    with pytest.raises(Conflict, match="no conflict number 99"):
        merge.resolve(reg, 99, "register")
