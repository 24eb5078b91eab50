"""What the review window shows of a pack: each action with the context it comes from."""

from __future__ import annotations

from typing import Any

from minutier.store.connection import Store


def review_actions(store: Store) -> list[dict[str, Any]]:
    """The pack's actions, by due date, each with its meeting, agenda item, decision,
    initiative and progress notes (newest first)."""
    rows = store.query(
        """
        SELECT a.id, a.uuid, c.code || '-A' || a.number AS ref, a.text, a.status, a.due_on,
               a.priority, a.closed_on,
               CASE WHEN m.id IS NULL THEN '' ELSE c2.code || '/' || m.number END AS meeting_ref,
               coalesce(m.title, '') AS meeting_title, substr(m.starts_at, 1, 10) AS meeting_on,
               coalesce(ai.title, '') AS agenda_item,
               CASE WHEN d.id IS NULL THEN '' ELSE c3.code || '-D' || d.number END AS decision_ref,
               coalesce(d.text, '') AS decision, coalesce(i.name, '') AS initiative
        FROM action a JOIN committee c ON c.id = a.committee_id
        LEFT JOIN meeting m ON m.id = a.meeting_id
        LEFT JOIN committee c2 ON c2.id = m.committee_id
        LEFT JOIN agenda_item ai ON ai.id = a.agenda_item_id
        LEFT JOIN decision d ON d.id = a.decision_id
        LEFT JOIN committee c3 ON c3.id = d.committee_id
        LEFT JOIN initiative i ON i.id = a.initiative_id
        ORDER BY a.due_on IS NULL, a.due_on, c.code, a.number
        """
    )
    notes: dict[int, list[dict[str, Any]]] = {}
    for n in store.query(
        "SELECT action_id, noted_on, author, text FROM action_note ORDER BY noted_on DESC, id DESC"
    ):
        notes.setdefault(n["action_id"], []).append(n)
    for r in rows:
        r["notes"] = notes.get(r["id"], [])
    return rows
