"""One user action = one transaction = one history operation; and reverting such an operation.

Reverts are checked against full dumps of every record table: undoing a delete must bring
back every row it took along, with the same ids, UUIDs and times.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from minutier.core.errors import Conflict
from minutier.core.figures import Figure
from minutier.services import actions, decisions, history, meetings, records
from minutier.store.connection import Store
from minutier.store.writer import RECORD_TABLES

Dump = dict[str, list[tuple[Any, ...]]]


def dump(store: Store, *, without: tuple[str, ...] = ()) -> Dump:
    out: Dump = {}
    for table in sorted(RECORD_TABLES):
        cursor = store.conn.execute(f"SELECT * FROM {table} ORDER BY id")
        names = [d[0] for d in cursor.description]
        keep = [i for i, n in enumerate(names) if n not in without]
        out[table] = [tuple(row[i] for i in keep) for row in cursor.fetchall()]
    return out


def ops(store: Store) -> list[int]:
    return [r[0] for r in store.conn.execute("SELECT DISTINCT op FROM history ORDER BY op")]


def index_rows(store: Store) -> list[tuple[int, str]]:
    return store.conn.execute("SELECT id, folded FROM search_text ORDER BY id").fetchall()


@pytest.fixture
def full_meeting(store: Store, committee: int, meeting: int) -> dict[str, int]:
    """A meeting holding one of everything a meeting can own."""
    made = {"meeting": meeting}
    made["person"] = records.create(
        store, "person", {"name": "Choi Sang-mok", "native_name": "최상목"}
    )
    made["deputy"] = records.create(store, "person", {"name": "Ryu Kwang-jun"})
    made["initiative"] = records.create(store, "initiative", {"name": "Centre national de calcul"})
    meetings.set_attendance(store, meeting, made["person"], "present", capacity="président")
    meetings.set_attendance(
        store, meeting, made["deputy"], "represented", represented_by_id=made["person"]
    )
    item = meetings.agenda(store, meeting)[0]["id"]
    made["note"] = meetings.add_note(
        store, meeting, "Le centre ouvrira en 2027", agenda_item_id=item
    )
    made["decision"] = decisions.record_decision(
        store,
        "Investir jusqu'à 2 000 milliards de wons",
        meeting_id=meeting,
        agenda_item_id=item,
        initiative_ids=[made["initiative"]],
        figures=[
            Figure.of_money("2000000000000", "KRW", qualifier="up_to"),
            Figure.of_quantity("1", "exaflop"),
        ],
        votes=(12, 0, 1),
    )
    made["announcement"] = decisions.record_announcement(
        store,
        "8 000 GPU de plus",
        meeting_id=meeting,
        initiative_ids=[made["initiative"]],
        figures=[Figure.of_quantity("8000", "GPU")],
    )
    made["action"] = actions.create_action(
        store,
        "Acheter les GPU",
        meeting_id=meeting,
        decision_id=made["decision"],
        initiative_id=made["initiative"],
        owner="Choi",
        due="2025-06-30",
    )
    made["action_note"] = actions.add_progress_note(store, made["action"], "Appel d'offres lancé")
    return made


def test_each_service_call_is_one_operation(store: Store, full_meeting: dict[str, int]) -> None:
    # the fixture made 1 committee + 1 meeting + 3 records + 2 attendances + note + decision
    # + announcement + action + progress note = 12 service calls
    assert ops(store) == list(range(1, 13))
    labels = [r["label"] for r in history.operations(store, limit=20)][::-1]
    assert labels[:2] == ["Create committee", "Plan meeting"]
    assert labels[-3:] == ["Record announcement", "Create action", "Add progress note"]
    before = ops(store)
    meetings.move_agenda_item(store, meetings.agenda(store, full_meeting["meeting"])[1]["id"], 0)
    assert ops(store) == [*before, before[-1] + 1]
    assert {r["who"] for r in store.query("SELECT who FROM history")} == {"tester"}


def test_history_holds_rows_and_changes_as_json(store: Store, committee: int) -> None:
    rows = store.query("SELECT * FROM history WHERE table_name = 'committee'")
    assert len(rows) == 1 and rows[0]["kind"] == "insert" and rows[0]["before"] is None
    after = json.loads(rows[0]["after"])
    stored = records.get(store, "committee", committee)
    assert after == stored
    assert rows[0]["row_uuid"] == stored["uuid"] and rows[0]["row_id"] == committee
    assert rows[0]["at"] == stored["created_at"]

    records.update(store, "committee", committee, {"name": "Nouveau nom", "code": "CSIIA"})
    change = store.query("SELECT * FROM history WHERE kind = 'update'")
    assert len(change) == 1
    assert change[0]["fields"] == "name"  # the unchanged code is not recorded
    assert json.loads(change[0]["before"]) == {"name": stored["name"]}
    assert json.loads(change[0]["after"]) == {"name": "Nouveau nom"}


def test_nothing_changed_records_nothing(store: Store, committee: int) -> None:
    before = store.scalar("SELECT count(*) FROM history")
    assert records.update(store, "committee", committee, {"code": "CSIIA"}) is False
    assert store.scalar("SELECT count(*) FROM history") == before


def test_who_is_the_stores_user(store: Store, committee: int) -> None:
    store.who = "secrétaire 비서"
    records.create(store, "person", {"name": "Ryu"})
    assert store.scalar("SELECT who FROM history ORDER BY id DESC LIMIT 1") == "secrétaire 비서"


def test_a_failed_operation_leaves_no_history(store: Store, committee: int) -> None:
    count = store.scalar("SELECT count(*) FROM history")
    with pytest.raises(Conflict), store.operation("two things") as op:
        op.insert("person", {"name": "Kept?"})
        op.insert("committee", {"name": "Clash", "code": "CSIIA"})
    assert store.scalar("SELECT count(*) FROM history") == count
    assert store.scalar("SELECT count(*) FROM person") == 0


def test_revert_of_an_insert_removes_it(store: Store, committee: int) -> None:
    before = dump(store)
    index = index_rows(store)
    records.create(store, "initiative", {"name": "Centre national", "code": "CNC"})
    history.revert(store, history.last_op(store))
    assert dump(store) == before
    assert index_rows(store) == index


def test_revert_of_an_update_restores_the_fields(store: Store, meeting: int) -> None:
    before = dump(store, without=("updated_at",))
    records.update(store, "meeting", meeting, {"title": "Autre titre", "place": "Séoul"})
    history.revert(store, history.last_op(store))
    assert dump(store, without=("updated_at",)) == before


def test_revert_of_a_delete_with_dependants_restores_everything(
    store: Store, full_meeting: dict[str, int]
) -> None:
    before = dump(store)
    index = index_rows(store)
    deps = records.delete(store, "meeting", full_meeting["meeting"])
    counts = deps.counts()
    assert counts == {
        "agenda_item": 2,
        "attendance": 2,
        "note": 1,
        "decision": 1,
        "figure": 3,
        "decision_initiative": 1,
        "announcement": 1,
        "announcement_initiative": 1,
        "action": 1,
        "action_note": 1,
    }
    gone = dump(store)
    assert gone["meeting"] == [] and gone["figure"] == [] and gone["action_note"] == []
    assert gone["initiative"] == before["initiative"]
    assert gone["person"] == before["person"]
    assert index_rows(store) != index
    undo = history.revert(store, history.last_op(store))
    assert dump(store) == before
    assert index_rows(store) == index
    assert store.query("PRAGMA foreign_key_check") == []
    # and redo deletes it all again
    history.revert(store, undo)
    assert dump(store) == gone


def test_revert_of_a_revert_is_redo(store: Store, committee: int) -> None:
    records.update(store, "committee", committee, {"name": "Deuxième nom"})
    edit = history.last_op(store)
    undo = history.revert(store, edit)
    assert records.get(store, "committee", committee)["name"] != "Deuxième nom"
    redo = history.revert(store, undo)
    assert redo > undo > edit
    assert records.get(store, "committee", committee)["name"] == "Deuxième nom"
    labels = [r["label"] for r in history.operations(store, limit=2)]
    assert labels[0].startswith("Undo: Undo:")


def test_revert_refused_when_a_later_change_touched_the_same_field(
    store: Store, committee: int
) -> None:
    records.update(store, "committee", committee, {"name": "Deuxième nom"})
    first = history.last_op(store)
    records.update(store, "committee", committee, {"name": "Troisième nom"})
    count = store.scalar("SELECT count(*) FROM history")
    with pytest.raises(Conflict, match="changed again"):
        history.revert(store, first)
    assert records.get(store, "committee", committee)["name"] == "Troisième nom"
    assert store.scalar("SELECT count(*) FROM history") == count


def test_revert_allowed_when_a_later_change_touched_other_fields(
    store: Store, committee: int
) -> None:
    original = records.get(store, "committee", committee)
    records.update(store, "committee", committee, {"name": "Deuxième nom"})
    first = history.last_op(store)
    records.update(store, "committee", committee, {"description": "Autre chose"})
    history.revert(store, first)
    now = records.get(store, "committee", committee)
    assert now["name"] == original["name"] and now["description"] == "Autre chose"


def test_revert_of_an_insert_refused_once_something_depends_on_it(
    store: Store, committee: int
) -> None:
    person = records.create(store, "person", {"name": "Choi"})
    made = history.last_op(store)
    actions.create_action(store, "Plan", committee_id=committee, owner_person_id=person)
    with pytest.raises(Conflict):
        history.revert(store, made)
    assert records.get(store, "person", person)["name"] == "Choi"


def test_revert_of_a_delete_refused_when_the_record_came_back(store: Store, committee: int) -> None:
    person = records.create(store, "person", {"name": "Choi"})
    records.delete(store, "person", person)
    deleted = history.last_op(store)
    history.revert(store, deleted)
    with pytest.raises(Conflict, match="re-created"):
        history.revert(store, deleted)


def test_revert_of_an_update_refused_when_the_record_is_gone(store: Store) -> None:
    person = records.create(store, "person", {"name": "Choi"})
    records.update(store, "person", person, {"name": "Choi Sang-mok"})
    edit = history.last_op(store)
    records.delete(store, "person", person)
    with pytest.raises(Conflict, match="deleted since"):
        history.revert(store, edit)


def test_reverting_nothing_is_refused(store: Store) -> None:
    with pytest.raises(Conflict):
        history.revert(store, 999)
    assert store.scalar("SELECT count(*) FROM history") == 0


def test_history_of_a_record(store: Store, committee: int) -> None:
    uuid = records.get(store, "committee", committee)["uuid"]
    records.update(store, "committee", committee, {"name": "Deuxième nom"})
    records.update(store, "committee", committee, {"description": "Note"})
    trail = history.of_record(store, "committee", uuid)
    assert [t["kind"] for t in trail] == ["insert", "update", "update"]
    assert trail[1]["fields"] == ["name"] and trail[1]["after"] == {"name": "Deuxième nom"}
    assert trail[2]["before"] == {"description": ""}
