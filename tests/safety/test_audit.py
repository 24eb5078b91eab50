"""Audit trail: the history is append-only, and every service write is in it — exactly.

For each service call below, every record table is snapshotted before and after; the rows
that appeared, vanished or changed must be exactly the rows the call's one new history
operation names, with the values it stored.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from minutier.core.figures import Figure
from minutier.services import actions, decisions, editing, history, live, meetings, records
from minutier.store.connection import Store, open_store
from minutier.store.writer import RECORD_TABLES

Snapshot = dict[tuple[str, str], tuple[Any, ...]]


def snapshot(store: Store) -> Snapshot:
    out: Snapshot = {}
    for table in sorted(RECORD_TABLES):
        for row in store.conn.execute(f"SELECT * FROM {table}"):
            cols = [d[0] for d in store.conn.execute(f"SELECT * FROM {table} LIMIT 0").description]
            values = dict(zip(cols, row, strict=True))
            out[(table, values["uuid"])] = tuple(sorted(values.items()))
    return out


def changed(before: Snapshot, after: Snapshot) -> set[tuple[str, str]]:
    keys = before.keys() | after.keys()
    return {k for k in keys if before.get(k) != after.get(k)}


def ids(store: Store) -> dict[str, int]:
    one = store.scalar
    return {
        "committee": one("SELECT id FROM committee WHERE code = 'CSIIA'"),
        "meeting": one("SELECT min(id) FROM meeting"),
        "person": one("SELECT min(id) FROM person"),
        "person2": one("SELECT max(id) FROM person"),
        "action": one("SELECT min(id) FROM action"),
        "decision": one("SELECT min(id) FROM decision"),
        "announcement": one("SELECT min(id) FROM announcement"),
        "initiative": one("SELECT min(id) FROM initiative"),
        "organisation": one("SELECT min(id) FROM organisation"),
        "agenda": one("SELECT min(id) FROM agenda_item"),
    }


def other_status(store: Store, meeting_id: int) -> str:
    current = store.scalar("SELECT status FROM meeting WHERE id = ?", (meeting_id,))
    return "held" if current != "held" else "minutes_drafted"


def service_calls(i: dict[str, int]) -> list[tuple[str, Callable[[Store], Any]]]:
    m, c = i["meeting"], i["committee"]
    return [
        ("create person", lambda s: records.create(s, "person", {"name": "Yoon Seo-yeon"})),
        ("edit person", lambda s: records.update(s, "person", i["person"], {"notes": "audit"})),
        ("save person with role", lambda s: editing.save_person(
            s, None, {"name": "Han Min"}, [{"title": "Directeur", "organisation_id": i["organisation"]}]
        )),
        ("plan meeting", lambda s: meetings.plan_meeting(s, c, "2026-05-04 10:00", agenda=["A", "B"])),
        ("meeting status", lambda s: meetings.set_status(s, m, other_status(s, m))),
        ("attendance", lambda s: meetings.set_attendance(s, m, i["person2"], "excused")),
        ("agenda item", lambda s: meetings.add_agenda_item(s, m, "Questions diverses")),
        ("move agenda item", lambda s: meetings.move_agenda_item(s, i["agenda"], 1)),
        ("note", lambda s: meetings.add_note(s, m, "Le président ouvre la séance.")),
        ("live line", lambda s: live.record_line(s, m, None, "D: Le comité adopte le calendrier.")),
        ("action", lambda s: actions.create_action(s, "Préparer la note", due="fin mars", meeting_id=m)),
        ("action status", lambda s: actions.set_status(s, [i["action"]], "done")),
        ("progress note", lambda s: actions.add_progress_note(s, i["action"], "Envoyé")),
        ("decision", lambda s: decisions.record_decision(
            s, "Adopté", meeting_id=m, initiative_ids=[i["initiative"]],
            figures=[Figure.of_quantity("8000", "GPU")],
        )),
        ("announcement", lambda s: decisions.record_announcement(
            s, "Annonce", meeting_id=m, figures=[Figure.of_money("400000000000", "KRW")]
        )),
        ("edit decision links", lambda s: decisions.update_links(
            s, "decision", i["decision"], initiative_ids=[], figures=[], values={"text": "Modifié"}
        )),
        ("delete announcement", lambda s: records.delete(s, "announcement", i["announcement"])),
        ("delete meeting with its agenda", lambda s: records.delete(
            s, "meeting", meetings.plan_meeting(s, c, "2027-01-01 10:00", agenda=["x"])
        )),
    ]  # fmt: skip


def test_history_refuses_update_and_delete(demo: Path) -> None:
    store = open_store(demo)
    n = store.scalar("SELECT count(*) FROM history")
    for sql in ("UPDATE history SET who = 'mallory'", "DELETE FROM history WHERE id = 1"):
        with pytest.raises(sqlite3.DatabaseError, match=r"append-only|history"):
            store.conn.execute(sql)
    assert store.scalar("SELECT count(*) FROM history") == n
    assert store.scalar("SELECT count(*) FROM history WHERE who = 'mallory'") == 0
    store.close()


@pytest.mark.parametrize("index", range(18))
def test_every_service_write_is_in_the_history_exactly(demo: Path, index: int) -> None:
    store = open_store(demo, who="auditor")
    name, call = service_calls(ids(store))[index]
    last = history.last_op(store) or 0
    before = snapshot(store)
    call(store)
    after = snapshot(store)
    entries = store.query("SELECT * FROM history WHERE op > ? ORDER BY id", (last,))
    ops = {e["op"] for e in entries}
    # "delete meeting" plans then deletes: two user actions, two operations
    assert len(ops) == (2 if name.startswith("delete meeting") else 1), name
    assert {e["who"] for e in entries} == {"auditor"}
    named = {(e["table_name"], e["row_uuid"]) for e in entries}
    assert changed(before, after) <= named, f"{name}: a change the history does not name"
    final = {(e["table_name"], e["row_uuid"]) for e in entries if e["op"] == max(ops)}
    assert final <= changed(before, after) | named
    for e in entries:  # what the history says was stored is what is stored
        row = dict(after.get((e["table_name"], e["row_uuid"]), ()))
        if e["kind"] == "delete" or not row or e["op"] != max(ops):
            continue
        stored_after = json.loads(e["after"])
        assert {k: row[k] for k in stored_after} == stored_after, name
    store.close()


def test_the_list_of_calls_is_the_one_tested() -> None:
    assert len(service_calls(dict.fromkeys(("meeting", "committee"), 1) | {
        k: 1 for k in ("person", "person2", "action", "decision", "announcement",
                       "initiative", "organisation", "agenda")
    })) == 18  # fmt: skip


def test_undo_is_itself_recorded(demo: Path) -> None:
    store = open_store(demo)
    note = meetings.add_note(store, 1, "to be undone")
    op = history.last_op(store)
    n = store.scalar("SELECT count(*) FROM history")
    undo = history.revert(store, op)
    assert undo > op and store.scalar("SELECT count(*) FROM history") == n + 1
    assert store.query_one("SELECT id FROM note WHERE id = ?", (note,)) is None
    uuid = store.scalar("SELECT row_uuid FROM history WHERE op = ?", (op,))
    assert [e["kind"] for e in history.of_record(store, "note", uuid)] == ["insert", "delete"]
    store.close()


def test_approved_minutes_are_frozen(demo: Path) -> None:
    """The freeze triggers (PDF/approval work) hold against every service, leaving no trace."""
    from minutier.core.errors import FrozenRecord

    store = open_store(demo)
    meeting = store.scalar("SELECT min(id) FROM meeting")
    store.conn.execute(
        "INSERT INTO minutes_version (uuid, created_at, updated_at, meeting_id, version, status) "
        "VALUES ('3a3a3a3a-3a3a-4a3a-8a3a-3a3a3a3a3a3a', 'x', 'x', ?, 1, 'approved')",
        (meeting,),
    )
    store.conn.execute("UPDATE meeting SET status = 'minutes_approved' WHERE id = ?", (meeting,))
    store.conn.commit()
    n = store.scalar("SELECT count(*) FROM history")
    item = store.scalar("SELECT min(id) FROM agenda_item WHERE meeting_id = ?", (meeting,))
    for write in (
        lambda: meetings.add_note(store, meeting, "after approval"),
        lambda: records.update(store, "meeting", meeting, {"title": "rewritten"}),
        lambda: records.update(store, "agenda_item", item, {"title": "rewritten"}),
        lambda: decisions.record_decision(store, "decided later", meeting_id=meeting),
        lambda: records.delete(store, "agenda_item", item),
    ):
        with pytest.raises(FrozenRecord):
            write()
    assert store.scalar("SELECT count(*) FROM history") == n  # refused whole, no trace
    action = store.scalar("SELECT min(id) FROM action WHERE meeting_id = ?", (meeting,))
    actions.set_status(store, [action], "done")  # the follow-up of an action stays open
    store.close()
