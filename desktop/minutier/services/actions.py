"""Action items: creating them (natural due dates, owner by name), status, progress notes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from minutier.core import clock, fields
from minutier.core.enums import ActionStatus
from minutier.core.errors import ValidationError
from minutier.services import lookup, records
from minutier.store.connection import Store

_CLOSED = (ActionStatus.DONE, ActionStatus.CANCELLED)


def create_action(
    store: Store,
    text: str,
    *,
    owner: str | None = None,
    due: str | dt.date | None = None,
    **values: Any,
) -> int:
    """Create an action, numbered next in its committee.

    ``owner`` is a name matched against people and organisations; ``due`` is anything the
    dates module reads ("fin mars", "next Friday", "2025-03-31"), relative to today.
    """
    values = {"text": text, **values}
    meeting_id = values.get("meeting_id")
    if meeting_id:
        meeting = records.get(store, "meeting", int(meeting_id))
        values.setdefault("committee_id", meeting["committee_id"])
    if "committee_id" not in values:
        raise ValidationError("committee", "", "an action belongs to a committee or a meeting")
    if values.get("decision_id"):
        decision = records.get(store, "decision", int(values["decision_id"]))
        if decision["committee_id"] != int(values["committee_id"]):
            raise ValidationError("decision", decision["number"], "it belongs to another committee")
    if owner:
        kind, row = lookup.owner(store, owner)
        values["owner_person_id" if kind == "person" else "owner_organisation_id"] = row["id"]
    if due is not None:
        values["due_on"] = due
    if not values.get("number"):
        values["number"] = records.next_number(store, "action", int(values["committee_id"]))
    if meeting_id and "position" not in values:
        values["position"] = records.next_position(store, "action", "meeting_id", meeting_id)
    clean = fields.clean("action", values, today=clock.today())
    if clean.get("status") in _CLOSED and not clean.get("closed_on"):
        clean["closed_on"] = clock.today().isoformat()
    with store.operation("Create action") as op:
        return op.insert("action", clean)


def set_status(store: Store, action_ids: Iterable[int], status: str) -> int:
    """Change the status of one or many actions in one step; returns how many changed.

    Closing (done, cancelled) stamps today's date; reopening clears it.
    """
    new = ActionStatus(
        fields.clean_value(fields.spec("action", "status"), status, today=clock.today())
    )
    ids = list(dict.fromkeys(int(i) for i in action_ids))
    changed = 0
    with store.operation(
        "Change action status" if len(ids) == 1 else "Change status of actions"
    ) as op:
        for action_id in ids:
            current = op.get("action", action_id)
            if current is None:
                raise ValidationError("action", action_id, "this action no longer exists")
            closed_on = current["closed_on"]
            if new in _CLOSED:
                closed_on = closed_on or clock.today().isoformat()
            else:
                closed_on = None
            changed += op.update("action", action_id, {"status": str(new), "closed_on": closed_on})
    return changed


def add_progress_note(
    store: Store,
    action_id: int,
    text: str,
    *,
    noted_on: str | dt.date | None = None,
    author: str | None = None,
) -> int:
    """A dated progress note on an action (author defaults to who is writing)."""
    records.get(store, "action", action_id)
    clean = fields.clean(
        "action_note",
        {
            "action_id": action_id,
            "text": text,
            "noted_on": noted_on or clock.today(),
            "author": author if author is not None else store.who,
        },
        today=clock.today(),
    )
    with store.operation("Add progress note") as op:
        return op.insert("action_note", clean)
