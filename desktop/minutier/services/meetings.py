"""Planning and running meetings: numbering, status, attendance, agenda, notes, carry-over."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from minutier.core import clock, fields
from minutier.core.enums import (
    OPEN_ACTION_STATUSES,
    AgendaKind,
    AttendanceStatus,
    Language,
    MeetingStatus,
)
from minutier.core.errors import Conflict, ValidationError
from minutier.services import quorum, records
from minutier.store.connection import Store
from minutier.store.writer import Operation

REVIEW_TITLE = {
    Language.FR: "Suivi des actions en cours",
    Language.EN: "Review of open actions",
    Language.KO: "미결 조치 사항 점검",
}


def open_actions_before(
    store: Store, committee_id: int, starts_at: str, *, exclude_meeting: int | None = None
) -> list[dict[str, Any]]:
    """Open actions of the committee that arose before ``starts_at`` (what a review carries)."""
    placeholders = ", ".join("?" * len(OPEN_ACTION_STATUSES))
    return store.query(
        f"""SELECT a.* FROM action a LEFT JOIN meeting m ON m.id = a.meeting_id
            WHERE a.committee_id = ? AND a.status IN ({placeholders})
              AND (m.id IS NULL OR m.starts_at < ?)
              AND (a.meeting_id IS NULL OR a.meeting_id <> ?)
            ORDER BY a.due_on IS NULL, a.due_on, a.number""",
        # "<> ?" with None is NULL, i.e. false: pass 0 (no meeting has it) when none is excluded;
        # "IS NOT NULL" there used to drop every action given outside a meeting.
        (committee_id, *map(str, OPEN_ACTION_STATUSES), starts_at, exclude_meeting or 0),
    )


def _insert_meeting(op: Operation, values: dict[str, Any]) -> int:
    store = op.store
    committee = records.get(store, "committee", values["committee_id"])
    values.setdefault("timezone", committee["timezone"])
    if not values.get("number"):
        values["number"] = records.next_number(store, "meeting", committee["id"])
    clean = fields.clean("meeting", values, today=clock.today())
    return op.insert("meeting", clean)


def plan_meeting(
    store: Store,
    committee_id: int,
    starts_at: str | dt.datetime,
    *,
    agenda: Sequence[str] = (),
    carry_over: bool = True,
    **values: Any,
) -> int:
    """Plan a meeting (numbered next in its committee unless ``number`` is given).

    With ``carry_over`` and open actions from earlier meetings, the agenda opens with a
    "review of actions" item in the committee's language; the actions themselves are listed
    live from the register (they may close before the meeting).
    """
    with store.operation("Plan meeting") as op:
        return plan_meeting_in(
            op, committee_id, starts_at, agenda=agenda, carry_over=carry_over, **values
        )


def plan_meeting_in(
    op: Operation,
    committee_id: int,
    starts_at: str | dt.datetime,
    *,
    agenda: Sequence[str] = (),
    carry_over: bool = True,
    **values: Any,
) -> int:
    """``plan_meeting`` inside an open operation (a series plans several meetings as one step)."""
    store = op.store
    meeting_id = _insert_meeting(
        op, {"committee_id": committee_id, "starts_at": starts_at, **values}
    )
    meeting = op.get("meeting", meeting_id)
    assert meeting is not None
    position = 1
    if carry_over and open_actions_before(store, committee_id, meeting["starts_at"]):
        language = records.get(store, "committee", committee_id)["language"]
        op.insert(
            "agenda_item",
            {
                "meeting_id": meeting_id,
                "position": position,
                "title": REVIEW_TITLE[Language(language)],
                "kind": str(AgendaKind.REVIEW_OF_ACTIONS),
            },
        )
        position += 1
    for title in agenda:
        clean = fields.clean(
            "agenda_item",
            {"meeting_id": meeting_id, "position": position, "title": title},
            today=clock.today(),
        )
        op.insert("agenda_item", clean)
        position += 1
    return meeting_id


def set_status(store: Store, meeting_id: int, status: str) -> None:
    """Move a meeting to ``status``; approval and leaving approval go through the minutes."""
    new = MeetingStatus(
        fields.clean_value(fields.spec("meeting", "status"), status, today=clock.today())
    )
    meeting = records.get(store, "meeting", meeting_id)
    if new == MeetingStatus.MINUTES_APPROVED:
        raise Conflict("Minutes are approved through “Approve minutes”, which records the PDF.")
    if meeting["status"] == MeetingStatus.MINUTES_APPROVED:
        raise Conflict("The minutes of this meeting are approved; record an amendment instead.")
    with store.operation("Change meeting status") as op:
        op.update("meeting", meeting_id, {"status": str(new)})


def set_attendance(
    store: Store,
    meeting_id: int,
    person_id: int,
    status: str = AttendanceStatus.PRESENT,
    *,
    represented_by_id: int | None = None,
    capacity: str | None = None,
) -> int:
    """Record one person's attendance (creating or updating the line); returns its id."""
    # cleaned first: " represented " must keep its deputy like "represented" does
    status = fields.clean_value(fields.spec("attendance", "status"), status, today=clock.today())
    values: dict[str, Any] = {
        "meeting_id": meeting_id,
        "person_id": person_id,
        "status": status,
        "represented_by_id": represented_by_id if status == "represented" else None,
    }
    if capacity is not None:
        values["capacity"] = capacity
    clean = fields.clean("attendance", values, today=clock.today())
    quorum.check_proxy(store, meeting_id, person_id, status, clean["represented_by_id"])
    with store.operation("Record attendance") as op:
        existing = store.query_one(
            "SELECT id FROM attendance WHERE meeting_id = ? AND person_id = ?",
            (meeting_id, person_id),
        )
        if existing:
            op.update("attendance", existing["id"], clean)
            return int(existing["id"])
        clean["position"] = records.next_position(store, "attendance", "meeting_id", meeting_id)
        return op.insert("attendance", clean)


def add_agenda_item(store: Store, meeting_id: int, title: str, **values: Any) -> int:
    """Append an item to a meeting's agenda."""
    values = {"meeting_id": meeting_id, "title": title, **values}
    values.setdefault(
        "position", records.next_position(store, "agenda_item", "meeting_id", meeting_id)
    )
    clean = fields.clean("agenda_item", values, today=clock.today())
    with store.operation("Add agenda item") as op:
        return op.insert("agenda_item", clean)


def agenda(store: Store, meeting_id: int) -> list[dict[str, Any]]:
    return store.query(
        "SELECT * FROM agenda_item WHERE meeting_id = ? ORDER BY position, id", (meeting_id,)
    )


def move_agenda_item(store: Store, item_id: int, new_index: int) -> None:
    """Move an agenda item to 0-based ``new_index`` and renumber the agenda 1..n."""
    item = records.get(store, "agenda_item", item_id)
    items = [r["id"] for r in agenda(store, item["meeting_id"]) if r["id"] != item_id]
    if not 0 <= new_index <= len(items):
        raise ValidationError("position", new_index, f"choose a place from 1 to {len(items) + 1}")
    items.insert(new_index, item_id)
    with store.operation("Move agenda item") as op:
        for position, iid in enumerate(items, start=1):
            op.update("agenda_item", iid, {"position": position})


def add_note(
    store: Store,
    meeting_id: int,
    text: str,
    *,
    agenda_item_id: int | None = None,
    confidential: bool = False,
) -> int:
    """A timestamped discussion note under an agenda item (what live mode records for plain text)."""
    with store.operation("Record note") as op:
        return insert_note(
            op, meeting_id, text, agenda_item_id=agenda_item_id, confidential=confidential
        )


def insert_note(
    op: Operation,
    meeting_id: int,
    text: str,
    *,
    agenda_item_id: int | None = None,
    confidential: bool = False,
) -> int:
    values = {"meeting_id": meeting_id, "agenda_item_id": agenda_item_id, "text": text}
    if confidential:
        values["confidential"] = True
    clean = fields.clean("note", values, today=clock.today())
    clean["position"] = records.next_position(op.store, "note", "meeting_id", meeting_id)
    clean["recorded_at"] = clock.utc_timestamp()
    return op.insert("note", clean)
