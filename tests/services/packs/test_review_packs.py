"""Review packs: what a pack holds, what it lets the official change, and merging it back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from minutier.core.errors import Conflict, MinutierError, ValidationError
from minutier.services import history, merge, minutes, records
from minutier.services.demo import build_demo
from minutier.services.packs import cut, edit, info, merge_back
from minutier.store.connection import Store, open_store

OWNER = "Ministère des Sciences"


@pytest.fixture
def register(tmp_path: Path, minutier_home: Path) -> Store:
    store = open_store(build_demo(tmp_path / "register.minutier"), who="secretariat")
    yield store
    store.close()


@pytest.fixture
def pack_path(register: Store, tmp_path: Path) -> Path:
    out = tmp_path / "pack-msit.minutier"
    cut.cut_pack(register, OWNER, out)
    return out


def _a(store: Store, number: int) -> dict:
    return store.query_one(
        "SELECT a.* FROM action a JOIN committee c ON c.id = a.committee_id "
        "WHERE c.code = 'CSIIA' AND a.number = ?",
        (number,),
    )


def _schema(store: Store) -> list[tuple]:
    return store.conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
        "ORDER BY type, name"
    ).fetchall()


def test_a_pack_holds_what_the_owner_needs_and_nothing_more(register, pack_path, tmp_path):
    owner_id = register.scalar(
        "SELECT id FROM organisation WHERE name LIKE 'Ministère des Sciences%'"
    )
    mine = {
        r["uuid"]
        for r in register.query(
            "SELECT uuid FROM action WHERE owner_organisation_id = ?", (owner_id,)
        )
    }
    with open_store(pack_path, who="official") as pack:
        assert {r["uuid"] for r in pack.query("SELECT uuid FROM action")} == mine
        notes = pack.scalar("SELECT count(*) FROM action_note")
        assert notes == register.scalar(
            "SELECT count(*) FROM action_note n JOIN action a ON a.id = n.action_id "
            "WHERE a.owner_organisation_id = ?",
            (owner_id,),
        )
        for table in ("minutes_version", "source", "note", "announcement", "attendance", "figure"):
            assert pack.scalar(f"SELECT count(*) FROM {table}") == 0, table
        # every agenda item and decision in it is one an action of the owner comes from
        assert pack.scalar("SELECT count(*) FROM agenda_item") == pack.scalar(
            "SELECT count(DISTINCT agenda_item_id) FROM action"
        )
        about = info.pack_info(pack)
        assert about is not None and about.owner_name.startswith(OWNER)
        assert about.origin_register == merge.register_id(register)
        assert about.origin_op == register.scalar("SELECT max(op) FROM history")
        assert (about.cut_by, about.kind) == ("secretariat", "actions")
        # the same structure as any register: a schema check finds nothing foreign in it
        with open_store(tmp_path / "fresh.minutier", create=True) as fresh:
            assert _schema(pack) == _schema(fresh)
        assert pack.query("PRAGMA foreign_key_check") == []


def test_closed_actions_come_only_when_closed_recently(register, tmp_path):
    old, recent = _a(register, 1), _a(register, 2)
    long_ago = (dt.date.today() - dt.timedelta(days=90)).isoformat()
    with register.operation("close") as op:
        op.update("action", old["id"], {"status": "done", "closed_on": long_ago})
        op.update(
            "action", recent["id"], {"status": "done", "closed_on": dt.date.today().isoformat()}
        )
    out = tmp_path / "p.minutier"
    cut.cut_pack(register, OWNER, out, days=30)
    with open_store(out) as pack:
        uuids = {r["uuid"] for r in pack.query("SELECT uuid FROM action")}
    assert recent["uuid"] in uuids and old["uuid"] not in uuids


def test_a_pack_allows_status_notes_and_a_due_date_with_a_reason(pack_path):
    with open_store(pack_path, who="official") as pack:
        a1 = _a(pack, 1)["id"]
        with pytest.raises(ValidationError, match="reason"):
            edit.edit_action(pack, a1, due="2025-06-30")
        op = edit.edit_action(
            pack, a1, due="2025-06-30", reason="budget 예산 <&>", status="blocked"
        )
        assert history.operations(pack)[0]["op"] == op  # one step, undoable
        notes = [r["text"] for r in pack.query("SELECT text FROM action_note ORDER BY id")]
        assert notes[-1] == "Due date proposed: 2025-06-30. Reason: budget 예산 <&>"
        history.revert(pack, op)
        assert _a(pack, 1)["due_on"] == "2025-03-31"


def test_merging_back_takes_the_officials_work_and_keeps_the_register_newer_values(
    register, pack_path
):
    with open_store(pack_path, who="official") as pack:
        a1, a2 = _a(pack, 1)["id"], _a(pack, 2)["id"]
        edit.edit_action(pack, a1, status="done", note="Livré / 완료")
        edit.edit_action(pack, a2, due="2025-09-30", reason="procurement")
        with pack.operation("sneaky") as op:  # not something a pack may change
            op.update("action", a1, {"text": "Rewritten by the official"})
        pack_uuid = info.pack_info(pack).pack_uuid
    records.update(register, "action", _a(register, 2)["id"], {"due_on": "2025-07-31"})
    text_before = _a(register, 1)["text"]

    report = merge_back.merge_pack(register, pack_path)
    assert _a(register, 1)["status"] == "done" and _a(register, 1)["text"] == text_before
    assert (
        _a(register, 2)["due_on"] == "2025-07-31"
    )  # both changed it: register keeps, a conflict waits
    [c] = report.conflicts
    assert (c["record"], c["field"], c["base"], c["register"], c["incoming"]) == (
        "CSIIA-A2",
        "due_on",
        "2025-06-30",
        "2025-07-31",
        "2025-09-30",
    )
    assert (c["register_who"], c["incoming_who"]) == ("secretariat", "official")
    assert any("cannot edit" in n and "ignored" in n for n in report.notices)
    notes = register.scalar(
        "SELECT count(*) FROM action_note WHERE text IN ('Livré / 완료', "
        "'Due date proposed: 2025-09-30. Reason: procurement')"
    )
    assert notes == 2
    labels = register.query("SELECT DISTINCT label FROM history WHERE op = ?", (report.operation,))
    assert [r["label"] for r in labels] == [
        f"Merge review pack for Ministère des Sciences et des TIC ({pack_path.name}, {pack_uuid[:8]})"
    ]

    with pytest.raises(Conflict, match="already merged"):
        merge_back.merge_pack(register, pack_path)
    merge.resolve(register, c["id"], "incoming")
    assert _a(register, 2)["due_on"] == "2025-09-30"

    # Undo the resolution and the merge: the register is as before, and the pack can come again.
    history.revert(register, history.last_op(register))
    history.revert(register, report.operation)
    assert _a(register, 1)["status"] != "done" and merge.list_conflicts(register) == []
    again = merge_back.merge_pack(register, pack_path)
    assert again.operation is not None and _a(register, 1)["status"] == "done"


def test_a_dry_run_changes_nothing(register, pack_path):
    with open_store(pack_path, who="official") as pack:
        edit.edit_action(pack, _a(pack, 1)["id"], status="in_progress", note="en cours")
    ops = register.scalar("SELECT count(*) FROM history")
    report = merge_back.merge_pack(register, pack_path, dry_run=True)
    assert report.updated == 1 and report.inserted == 1 and report.operation is None
    assert register.scalar("SELECT count(*) FROM history") == ops
    merge_back.merge_pack(register, pack_path)  # not marked as merged by the dry run


def test_a_pack_from_another_register_or_no_pack_is_answered_in_a_sentence(
    register, pack_path, tmp_path
):
    other = open_store(build_demo(tmp_path / "other.minutier"))
    try:
        with pytest.raises(Conflict, match="cut from another register"):
            merge_back.merge_pack(other, pack_path)
    finally:
        other.close()
    with pytest.raises(Conflict, match="not a review pack"):
        merge_back.merge_pack(register, tmp_path / "other.minutier")
    (tmp_path / "junk.minutier").write_bytes(b"not a database at all" * 100)
    with pytest.raises(MinutierError):
        merge_back.merge_pack(register, tmp_path / "junk.minutier")


def test_minutes_approved_since_the_cut_keep_their_due_dates(register, pack_path):
    with open_store(pack_path, who="official") as pack:
        a1 = _a(pack, 1)["id"]
        edit.edit_action(pack, a1, status="done", due="2025-12-31", reason="later")
    meeting = register.scalar(
        "SELECT meeting_id FROM action WHERE id = ?", (_a(register, 1)["id"],)
    )
    records.update(register, "meeting", meeting, {"status": "held"})
    minutes.approve(register, meeting, approved_on="2025-03-20")
    report = merge_back.merge_pack(register, pack_path)
    assert _a(register, 1)["status"] == "done" and _a(register, 1)["due_on"] == "2025-03-31"
    assert [c["field"] for c in report.conflicts] == ["due_on"]
    assert any("approved after this pack was cut" in n and "CSIIA-A1" in n for n in report.notices)


def test_a_crafted_pack_is_refused_before_anything_is_read(register, pack_path):
    """Issue 13's schema check guards the merge."""
    import sqlite3

    conn = sqlite3.connect(pack_path)
    conn.execute("CREATE TRIGGER evil AFTER INSERT ON action_note BEGIN DELETE FROM action; END")
    conn.commit()
    conn.close()
    ops = register.scalar("SELECT count(*) FROM history")
    with pytest.raises(MinutierError, match="evil"):
        merge_back.merge_pack(register, pack_path)
    assert register.scalar("SELECT count(*) FROM history") == ops


def test_a_due_date_proposed_on_minutes_approved_before_the_cut_says_so(register, tmp_path):
    meeting = register.scalar(
        "SELECT meeting_id FROM action WHERE id = ?", (_a(register, 1)["id"],)
    )
    records.update(register, "meeting", meeting, {"status": "held"})
    minutes.approve(register, meeting, approved_on="2025-03-20")
    out = tmp_path / "late.minutier"
    cut.cut_pack(register, OWNER, out)
    with open_store(out, who="official") as pack:
        edit.edit_action(pack, _a(pack, 1)["id"], due="2025-12-31", reason="later")
    report = merge_back.merge_pack(register, out)
    assert [c["field"] for c in report.conflicts] == ["due_on"]
    assert report.notices == [
        "The minutes of CSIIA/3 are approved: the due date proposed for CSIIA-A1 was not "
        "written and waits as a conflict."
    ]


def test_nothing_created_in_a_pack_can_collide_with_the_register(register, pack_path):
    """A new action made in a pack (by any means) is not merged: its number could be taken."""
    from minutier.services import actions

    with open_store(pack_path, who="official") as pack:
        committee = pack.scalar("SELECT id FROM committee")
        actions.create_action(pack, "Made in the pack", committee_id=committee)
    actions.create_action(
        register, "Made in the register", committee_id=register.scalar("SELECT id FROM committee")
    )
    report = merge_back.merge_pack(register, pack_path)
    assert register.scalar("SELECT count(*) FROM action WHERE text = 'Made in the pack'") == 0
    assert report.inserted == 0 and any("ignored" in n for n in report.notices)
