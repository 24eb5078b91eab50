"""What a meeting's "review of actions" item carries: the open actions of earlier meetings.

They are read live from the register (an action closed before the meeting drops out), with
their owner's name, for the agenda view, live mode and the agenda PDF alike.
"""

from __future__ import annotations

from typing import Any

from minutier.services import meetings, records
from minutier.store.connection import Store


def carried_actions(store: Store, meeting_id: int) -> list[dict[str, Any]]:
    """Open actions of the meeting's committee from before it, soonest due first, each with
    ``ref`` (CODE-number) and ``owner`` (a name, or "")."""
    meeting = records.get(store, "meeting", meeting_id)
    rows = meetings.open_actions_before(
        store, meeting["committee_id"], meeting["starts_at"], exclude_meeting=meeting_id
    )
    if not rows:
        return []
    code = store.scalar("SELECT code FROM committee WHERE id = ?", (meeting["committee_id"],))
    people = {r["id"]: r["name"] for r in store.query("SELECT id, name FROM person")}
    orgs = {r["id"]: r["name"] for r in store.query("SELECT id, name FROM organisation")}
    out = []
    for row in rows:
        owner = people.get(row["owner_person_id"]) or orgs.get(row["owner_organisation_id"]) or ""
        out.append({**row, "ref": f"{code}-{row['number']}", "owner": owner})
    return out
