"""iCalendar export: meetings as events in their own time zone, open actions as to-dos with a due date.

Built with ``icalendar``, which escapes ``, ; \\`` and line breaks and folds long lines. The file
is deterministic: each component's DTSTAMP is its record's ``updated_at``, components are
sorted, and the VTIMEZONE definitions cover only the years the meetings fall in.
"""

from __future__ import annotations

import datetime as dt
import os
import zoneinfo
from pathlib import Path
from typing import Any

from icalendar import Calendar, Event, Timezone, Todo

from minutier.core.enums import OPEN_ACTION_STATUSES, ActionStatus, MeetingStatus
from minutier.services.exchange import public
from minutier.services.exchange.files import write_atomic
from minutier.store.connection import Store

PRODID = "-//Minutier//Minutier//EN"
UID_SUFFIX = "@minutier"
# RFC 5545: 1 is the highest priority, 9 the lowest.
PRIORITY = {"urgent": 1, "high": 3, "normal": 5, "low": 9}
TODO_STATUS = {
    ActionStatus.OPEN: "NEEDS-ACTION",
    ActionStatus.BLOCKED: "NEEDS-ACTION",
    ActionStatus.IN_PROGRESS: "IN-PROCESS",
}


def _utc(stamp: str) -> dt.datetime:
    """A stored UTC time ("2025-02-16T01:00:00.000Z") as an aware datetime, milliseconds dropped."""
    return dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).replace(microsecond=0)


def _stamps(component: Event | Todo, row: dict[str, Any]) -> None:
    component.add("uid", f"{row['uuid']}{UID_SUFFIX}")
    component.add("dtstamp", _utc(row["updated_at"]))
    component.add("created", _utc(row["created_at"]))
    component.add("last-modified", _utc(row["updated_at"]))


def _where(committee_id: int | None, alias: str) -> tuple[str, tuple[Any, ...]]:
    if committee_id is None:
        return "", ()
    return f" AND {alias}.committee_id = ?", (int(committee_id),)


def _events(store: Store, committee_id: int | None, left_out: dict[str, set[int]]) -> list[Event]:
    where, params = _where(committee_id, "m")
    agenda: dict[int, list[str]] = {}
    items = store.query("SELECT id, meeting_id, title FROM agenda_item ORDER BY position, uuid")
    for row in public.keep(items, left_out.get("agenda_item", set())):
        agenda.setdefault(row["meeting_id"], []).append(row["title"])
    events = []
    for m in store.query(
        "SELECT m.*, c.code, c.name AS committee_name FROM meeting m "
        f"JOIN committee c ON c.id = m.committee_id WHERE 1{where} "
        "ORDER BY m.starts_at, m.uuid",
        params,
    ):
        zone = zoneinfo.ZoneInfo(m["timezone"])
        event = Event()
        _stamps(event, m)
        event.add("dtstart", dt.datetime.fromisoformat(m["starts_at"]).replace(tzinfo=zone))
        if m["ends_at"]:
            event.add("dtend", dt.datetime.fromisoformat(m["ends_at"]).replace(tzinfo=zone))
        ref = f"{m['code']}/{m['number']}"
        event.add("summary", f"{ref} {m['title']}" if m["title"] else ref)
        if m["place"]:
            event.add("location", m["place"])
        cancelled = m["status"] == MeetingStatus.CANCELLED
        event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
        lines = [m["committee_name"]]
        lines += [f"{i}. {title}" for i, title in enumerate(agenda.get(m["id"], []), start=1)]
        event.add("description", "\n".join(lines))
        events.append(event)
    return events


def _todos(
    store: Store,
    committee_id: int | None,
    owner: tuple[str, int] | None = None,
    left_out: dict[str, set[int]] | None = None,
    lang: str = "fr",
) -> list[Todo]:
    where, params = _where(committee_id, "a")
    if owner is not None:  # one person's or organisation's actions (reminders, --owner)
        column = "owner_person_id" if owner[0] == "person" else "owner_organisation_id"
        where, params = f"{where} AND a.{column} = ?", (*params, int(owner[1]))
    statuses = tuple(str(s) for s in OPEN_ACTION_STATUSES)
    todos = []
    for a in store.query(
        "SELECT a.*, c.code, m.uuid AS meeting_uuid, m.number AS meeting_number, "
        "coalesce(p.name, o.name) AS owner, i.name AS initiative FROM action a "
        "JOIN committee c ON c.id = a.committee_id LEFT JOIN meeting m ON m.id = a.meeting_id "
        "LEFT JOIN person p ON p.id = a.owner_person_id "
        "LEFT JOIN organisation o ON o.id = a.owner_organisation_id "
        "LEFT JOIN initiative i ON i.id = a.initiative_id "
        f"WHERE a.status IN ({', '.join('?' * len(statuses))}){where} "
        "ORDER BY a.due_on IS NULL, a.due_on, c.code, a.number, a.uuid",
        (*statuses, *params),
    ):
        if left_out and a["id"] in left_out.get("action", ()):
            continue
        todo = Todo()
        _stamps(todo, a)
        todo.add("summary", f"{a['code']}-A{a['number']} {a['text']}")
        if a["due_on"]:
            todo.add("due", dt.date.fromisoformat(a["due_on"]))
        todo.add("status", TODO_STATUS[ActionStatus(a["status"])])
        todo.add("priority", PRIORITY.get(a["priority"], 0))
        lines = []
        if a["owner"]:
            lines.append(public.labelled(lang, "owner", a["owner"]))
        if a["meeting_number"]:
            lines.append(public.labelled(lang, "meeting", f"{a['code']}/{a['meeting_number']}"))
            todo.add("related-to", f"{a['meeting_uuid']}{UID_SUFFIX}")
        if a["initiative"]:
            lines.append(public.labelled(lang, "initiative", a["initiative"]))
        if a["status"] == ActionStatus.BLOCKED:
            lines.append(public.status_word(lang, ActionStatus.BLOCKED))
        if lines:
            todo.add("description", "\n".join(lines))
        todos.append(todo)
    return todos


def _timezones(events: list[Event]) -> list[Timezone]:
    """VTIMEZONE definitions for the zones the events name, over the years they span."""
    probe = Calendar()
    for event in events:
        probe.add_component(event)
    tzids = sorted(probe.get_missing_tzids())
    if not tzids:
        return []
    starts = [event.decoded("dtstart").date() for event in events]
    first = dt.date(min(starts).year, 1, 1)
    last = dt.date(min(max(starts).year + 2, dt.MAXYEAR), 1, 1)
    zones = [Timezone.from_tzid(tzid, first_date=first, last_date=last) for tzid in tzids]
    for zone in zones:  # icalendar's English note ("This timezone only works from …"): not ours
        zone.pop("COMMENT", None)
    return zones


def build_calendar(
    store: Store,
    *,
    committee_id: int | None = None,
    owner: tuple[str, int] | None = None,
    public_only: bool = False,
) -> Calendar:
    """The calendar of every meeting and open action (of one committee, if given), its words in
    the register's language; ``public_only`` leaves confidential actions and items out.

    With ``owner`` (("person" or "organisation", id)) only that owner's open actions.
    """
    left_out = public.withheld(store) if public_only else {}
    lang = public.register_language(store)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    events = _events(store, committee_id, left_out) if owner is None else []
    todos = _todos(store, committee_id, owner, left_out, lang)
    for component in [*_timezones(events), *events, *todos]:
        calendar.add_component(component)
    return calendar


def write_ics(
    store: Store,
    path: str | os.PathLike[str],
    *,
    committee_id: int | None = None,
    owner: tuple[str, int] | None = None,
    public: bool = False,
) -> None:
    """Write the iCalendar file of meetings (VEVENT) and open actions (VTODO) to ``path``."""
    calendar = build_calendar(store, committee_id=committee_id, owner=owner, public_only=public)
    data = calendar.to_ical().decode("utf-8")
    write_atomic(Path(path), data)
