"""Who confirmed a meeting's draft minutes: "confirmed by N of M attendees", and the comments."""

from __future__ import annotations

from dataclasses import dataclass

from minutier.store.connection import Store


@dataclass(frozen=True)
class Summary:
    """Who confirmed a meeting's minutes as a whole, among how many attendees."""

    confirmed: tuple[str, ...]
    attendees: int
    comments: tuple[tuple[str, str, str], ...]  # (who, agenda item title or "", text)

    def sentence(self) -> str:
        n = len(self.confirmed)
        names = f": {', '.join(self.confirmed)}" if self.confirmed else ""
        return f"Confirmed by {n} of {self.attendees} attendee{'s' if self.attendees != 1 else ''}{names}."


def summary(store: Store, meeting_id: int) -> Summary:
    """Attendees (present or represented) who confirmed the whole minutes, and every comment."""
    confirmed = tuple(
        r[0]
        for r in store.conn.execute(
            "SELECT DISTINCT p.name FROM minutes_confirmation c JOIN person p ON p.id = c.person_id "
            "JOIN attendance a ON a.meeting_id = c.meeting_id AND a.person_id = c.person_id "
            "WHERE c.meeting_id = ? AND c.kind = 'confirm' AND c.agenda_item_id IS NULL "
            "AND a.status IN ('present', 'represented') ORDER BY p.name",
            (meeting_id,),
        )
    )
    attendees = store.scalar(
        "SELECT count(*) FROM attendance WHERE meeting_id = ? AND status IN ('present', 'represented')",
        (meeting_id,),
    )
    comments = tuple(
        (r[0], r[1] or "", r[2])
        for r in store.conn.execute(
            "SELECT p.name, i.title, c.text FROM minutes_confirmation c "
            "JOIN person p ON p.id = c.person_id LEFT JOIN agenda_item i ON i.id = c.agenda_item_id "
            "WHERE c.meeting_id = ? AND c.kind = 'comment' ORDER BY c.created_at, c.id",
            (meeting_id,),
        )
    )
    return Summary(confirmed, int(attendees or 0), comments)
