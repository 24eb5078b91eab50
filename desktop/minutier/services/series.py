"""Recurring meeting series: a recurrence rule that plans the next meetings, numbered in sequence."""

from __future__ import annotations

import datetime as dt
from typing import Any

from minutier.core import dates
from minutier.services import meetings, records
from minutier.store.connection import Store


def create_series(store: Store, committee_id: int, rrule: str, dtstart: str, **values: Any) -> int:
    """Create a series (e.g. ``FREQ=MONTHLY;BYDAY=+2TU`` = every second Tuesday)."""
    committee = records.get(store, "committee", committee_id)
    values = {
        "committee_id": committee_id,
        "rrule": rrule,
        "dtstart": dtstart,
        "timezone": committee["timezone"],
        **values,
    }
    return records.create(store, "meeting_series", values, label="Create meeting series")


def plan_next(store: Store, series_id: int, *, count: int = 1) -> list[int]:
    """Plan the next ``count`` meetings of a series after its latest one (or from its start)."""
    series = records.get(store, "meeting_series", series_id)
    start = dt.datetime.fromisoformat(series["dtstart"])
    latest = store.scalar("SELECT max(starts_at) FROM meeting WHERE series_id = ?", (series_id,))
    after = dt.datetime.fromisoformat(latest) if latest else start - dt.timedelta(seconds=1)
    occurrences = dates.next_occurrences(series["rrule"], start, after=after, count=count)
    planned: list[int] = []
    if not occurrences:
        return planned
    # One step for the user: planned together, undone together, or not at all.
    with store.operation("Plan meetings of a series") as op:
        for when in occurrences:
            ends = when + dt.timedelta(minutes=series["duration_minutes"])
            planned.append(
                meetings.plan_meeting_in(
                    op,
                    series["committee_id"],
                    when,
                    ends_at=ends,
                    timezone=series["timezone"],
                    place=series["place"],
                    title=series["title"],
                    series_id=series_id,
                )
            )
    return planned
