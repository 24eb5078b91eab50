"""The edits a review pack allows on an action: status, a progress note, a proposed due date.

The same function serves a full register (the secretariat's scripts); in a pack the due date
needs a reason, recorded as a progress note beside the change, and nothing else can be edited
(``info.EDITABLE_ACTION_FIELDS``; the merge also ignores anything else a pack carries).
"""

from __future__ import annotations

import re

from minutier.core import clock, fields
from minutier.core.enums import ActionStatus
from minutier.core.errors import NotFound, ValidationError
from minutier.services.packs.info import is_pack
from minutier.store.connection import Store

_REF = re.compile(r"\s*([^\s/]+)-A([0-9]+)\s*", re.I)
_CLOSED = (ActionStatus.DONE, ActionStatus.CANCELLED)


def action_ref(store: Store, action_id: int) -> str:
    """How an action is referred to: CSIIA-A4."""
    row = store.query_one(
        "SELECT c.code, a.number FROM action a JOIN committee c ON c.id = a.committee_id "
        "WHERE a.id = ?",
        (action_id,),
    )
    return f"{row['code']}-A{row['number']}" if row else str(action_id)


def find_action(store: Store, ref: str) -> int:
    """An action's id from ``CODE-A<number>`` (CSIIA-A1) or its UUID."""
    m = _REF.fullmatch(ref)
    if m:
        found = store.scalar(
            "SELECT a.id FROM action a JOIN committee c ON c.id = a.committee_id "
            "WHERE c.code = ? AND a.number = ?",
            (m[1], int(m[2])),
        )
    else:
        found = store.scalar("SELECT id FROM action WHERE uuid = ?", (ref.strip().lower(),))
    if found is None:
        raise NotFound("action", ref)
    return int(found)


def edit_action(
    store: Store,
    action_id: int,
    *,
    status: str | None = None,
    note: str | None = None,
    due: str | None = None,
    reason: str | None = None,
) -> int | None:
    """Change an action's status and/or due date and/or add a progress note, as one step.

    Returns the history operation (None if nothing changed). In a review pack a new due date is
    a proposal and needs a ``reason``.
    """
    today = clock.today()
    in_pack = is_pack(store)
    if due is not None and in_pack and not (reason and reason.strip()):
        raise ValidationError(
            "reason", "", "a review pack proposes a new due date with a reason; give one"
        )
    if status is None and note is None and due is None:
        raise ValidationError(
            "action", "", "nothing to change: give a status, a note or a due date"
        )
    ref = action_ref(store, action_id)
    values: dict[str, object] = {}
    if status is not None:
        new = ActionStatus(fields.clean_value(fields.spec("action", "status"), status, today=today))
        values["status"] = str(new)
    if due is not None:
        values["due_on"] = fields.clean_value(fields.spec("action", "due_on"), due, today=today)
    notes = []
    if due is not None and reason and reason.strip():
        notes.append(f"Due date proposed: {values['due_on'] or 'none'}. Reason: {reason.strip()}")
    if note is not None:
        notes.append(note)
    with store.operation(f"Review {ref}") as op:
        current = op.get("action", action_id)
        if current is None:
            raise NotFound("action", ref)
        if "status" in values:
            closed = values["status"] in _CLOSED
            values["closed_on"] = (current["closed_on"] or today.isoformat()) if closed else None
        op.update("action", action_id, values)
        for text in notes:
            clean = fields.clean(
                "action_note",
                {"action_id": action_id, "text": text, "noted_on": today, "author": store.who},
                today=today,
            )
            op.insert("action_note", clean)
    return op.op
