"""Planning the next meeting from a held one: same committee, place, chair and secretary, the
standing agenda items, and the open actions listed one by one under the review item."""

from __future__ import annotations

import datetime as dt
from typing import Any

from dateutil.relativedelta import relativedelta

from minutier.core import clock, fields
from minutier.core.enums import AgendaKind, MeetingStatus
from minutier.core.errors import ValidationError
from minutier.services import meetings, records
from minutier.store.connection import Store

NOT_HELD = "only a meeting that was held has a next one to plan from"
_HELD = (MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFTED, MeetingStatus.MINUTES_APPROVED)


def default_start(store: Store, meeting_id: int) -> str:
    """Same time of day, one month later (what most committees do): ISO local time."""
    meeting = records.get(store, "meeting", meeting_id)
    start = dt.datetime.fromisoformat(meeting["starts_at"]) + relativedelta(months=1)
    return start.isoformat(timespec="minutes")


_DUE = {"fr": "échéance", "en": "due", "ko": "기한"}


def action_line(action: dict[str, Any], code: str, owner: str, language: str = "en") -> str:
    """One carried action as listed under the review item: CSIIA-A2 — text (owner, due 2025-03-31)."""
    due = action["due_on"] and f"{_DUE.get(language, 'due')} {action['due_on']}"
    details = ", ".join(x for x in (owner, due) if x)
    return f"{code}-A{action['number']} — {action['text']}" + (f" ({details})" if details else "")


def _owner_names(store: Store) -> dict[tuple[str, int], str]:
    names = {("person", r["id"]): r["name"] for r in store.query("SELECT id, name FROM person")}
    names |= {
        ("organisation", r["id"]): r["short_name"] or r["name"]
        for r in store.query("SELECT id, name, short_name FROM organisation")
    }
    return names


def plan_next(store: Store, meeting_id: int, starts_at: str | dt.datetime | None = None) -> int:
    """Plan the meeting after ``meeting_id`` as one undoable step; returns its id."""
    held = records.get(store, "meeting", meeting_id)
    if held["status"] not in _HELD:
        raise ValidationError("meeting", held["number"], NOT_HELD)
    start_text = starts_at if starts_at is not None else default_start(store, meeting_id)
    start = fields.clean_value(fields.spec("meeting", "starts_at"), start_text, today=clock.today())
    if start <= held["starts_at"]:
        raise ValidationError("start", start_text, "the next meeting starts after this one")
    values: dict[str, Any] = {
        "place": held["place"],
        "chair_id": held["chair_id"],
        "secretary_id": held["secretary_id"],
        "timezone": held["timezone"],
    }
    if held["ends_at"]:
        length = dt.datetime.fromisoformat(held["ends_at"]) - dt.datetime.fromisoformat(
            held["starts_at"]
        )
        values["ends_at"] = (dt.datetime.fromisoformat(start) + length).isoformat(
            timespec="minutes"
        )
    standing = store.query(
        "SELECT * FROM agenda_item WHERE meeting_id = ? AND recurs = 'standing' AND kind = ? "
        "ORDER BY position, id",
        (meeting_id, str(AgendaKind.ITEM)),
    )
    committee = records.get(store, "committee", held["committee_id"])
    code = committee["code"]
    with store.operation("Plan next meeting") as op:
        new_id = meetings.plan_meeting_in(op, held["committee_id"], start, **values)
        position = records.next_position(store, "agenda_item", "meeting_id", new_id)
        for item in standing:
            op.insert(
                "agenda_item",
                {
                    "meeting_id": new_id,
                    "position": position,
                    "title": item["title"],
                    "presenter_id": item["presenter_id"],
                    "planned_minutes": item["planned_minutes"],
                    "recurs": "standing",
                },
            )
            position += 1
        review = store.query_one(
            "SELECT id FROM agenda_item WHERE meeting_id = ? AND kind = ?",
            (new_id, str(AgendaKind.REVIEW_OF_ACTIONS)),
        )
        if review is not None:
            names = _owner_names(store)
            carried = meetings.open_actions_before(store, held["committee_id"], start)
            lines = []
            for a in carried:
                key = (
                    ("person", a["owner_person_id"])
                    if a["owner_person_id"]
                    else ("organisation", a["owner_organisation_id"])
                )
                owner = names.get(key, "")
                lines.append("• " + action_line(a, code, owner, committee["language"]))
            op.update("agenda_item", review["id"], {"notes": "\n".join(lines)})
        return new_id
