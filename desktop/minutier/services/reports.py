"""What the other PDF reports print, read from the register: open actions, an initiative's
dossier, and the agenda of a planned meeting with the actions it carries over."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from minutier.core import clock
from minutier.core.enums import OPEN_ACTION_STATUSES
from minutier.core.errors import ValidationError
from minutier.core.figures import Figure
from minutier.core.minutes_record import (
    Action,
    ActionGroup,
    ActionsReport,
    AgendaItem,
    AgendaRecord,
    InitiativeDossier,
    Person,
    TimelineEntry,
)
from minutier.core.text import fold
from minutier.services import lookup, meetings, minutes_content
from minutier.store import queries
from minutier.store.connection import Store

GROUPINGS = ("owner", "initiative")


def default_language(store: Store) -> str:
    """The language most committees write their minutes in (French if there is none)."""
    counts = Counter(r["language"] for r in store.query("SELECT language FROM committee"))
    return counts.most_common(1)[0][0] if counts else "fr"


def _check_lang(lang: str | None) -> None:
    if lang is not None and lang not in ("fr", "en", "ko"):
        raise ValidationError("language", lang, "choose fr, en or ko")


def _order(a: Action) -> tuple:
    return (not a.overdue, a.due_on is None, a.due_on or "", a.committee, a.number)


def actions_report(
    store: Store,
    *,
    owner: str | None = None,
    initiative: str | None = None,
    committee: str | None = None,
    group_by: str = "owner",
    lang: str | None = None,
    today: dt.date | None = None,
) -> ActionsReport:
    """Open actions (filtered by owner, initiative, committee names), grouped, overdue first."""
    if group_by not in GROUPINGS:
        raise ValidationError("grouping", group_by, "group by owner or by initiative")
    _check_lang(lang)
    today = today or clock.today()
    statuses = [str(s) for s in OPEN_ACTION_STATUSES]
    where = [f"a.status IN ({', '.join('?' * len(statuses))})"]
    params: list[Any] = list(statuses)
    filters: list[tuple[str, str]] = []
    if owner:
        kind, row = lookup.owner(store, owner)
        where.append(f"a.owner_{kind}_id = ?")
        params.append(row["id"])
        filters.append(("owner", row["name"]))
    if initiative:
        row = lookup.initiative(store, initiative)
        where.append("a.initiative_id = ?")
        params.append(row["id"])
        filters.append(("initiative", row["name"]))
    if committee:
        row = lookup.committee(store, committee)
        where.append("a.committee_id = ?")
        params.append(row["id"])
        filters.append(("committee", row["code"]))
        lang = lang or row["language"]
    found = minutes_content.actions_of(store, " AND ".join(where), params, today.isoformat())
    groups: dict[tuple, tuple[Person | None, list[Action]]] = {}
    for a in found:
        name = a.owner if group_by == "owner" else a.initiative
        key = (name is None, fold(name.name) if name else "", name)
        groups.setdefault(key, (name, []))[1].append(a)
    return ActionsReport(
        today=today.isoformat(),
        language=lang or default_language(store),
        group_by=group_by,
        groups=tuple(
            ActionGroup(name, tuple(sorted(items, key=_order)))
            for _, (name, items) in sorted(groups.items(), key=lambda kv: kv[0][:2])
        ),
        filters=tuple(filters),
    )


def _ref(row: dict[str, Any], meeting_refs: dict[int, str]) -> str:
    """How a timeline entry is referred to: CSIIA/3, CSIIA-D2, CSIIA-A4."""
    code, number = row["committee_code"] or "", row["number"]
    if row["kind"] == "meeting":
        return f"{code}/{number}"
    if row["kind"] == "decision":
        return f"{code}-D{number}"
    if row["kind"] == "action":
        return f"{code}-A{number}"
    return meeting_refs.get(row["meeting_id"], code)


def initiative_dossier(
    store: Store, ref: str | int, *, lang: str | None = None, today: dt.date | None = None
) -> InitiativeDossier:
    """An initiative: its fields, figures and the timeline of what touched it, oldest first."""
    _check_lang(lang)
    i = lookup.initiative(store, ref)
    owner = None
    if i["owner_organisation_id"]:
        o = store.query_one(
            "SELECT name, native_name FROM organisation WHERE id = ?", (i["owner_organisation_id"],)
        )
        owner = Person(o["name"], o["native_name"]) if o else None
    parent = ""
    if i["parent_id"]:
        parent = store.scalar("SELECT name FROM initiative WHERE id = ?", (i["parent_id"],)) or ""
    figures = tuple(
        Figure.from_row(r)
        for r in store.query(
            "SELECT * FROM figure WHERE initiative_id = ? ORDER BY position, id", (i["id"],)
        )
    )
    rows = queries.initiative_timeline(store, i["id"])
    meeting_refs = {
        r["id"]: f"{r['committee_code']}/{r['number']}" for r in rows if r["kind"] == "meeting"
    }
    timeline = []
    for r in reversed(rows):
        timeline.append(
            TimelineEntry(
                r["kind"],
                r["on_date"] or "",
                r["text"] or "",
                r["status"] or "",
                _ref(r, meeting_refs),
            )
        )
    return InitiativeDossier(
        name=i["name"],
        today=(today or clock.today()).isoformat(),
        language=lang or default_language(store),
        native_name=i["native_name"],
        code=i["code"],
        description=i["description"],
        owner=owner,
        status=i["status"],
        start_on=i["start_on"] or "",
        target_on=i["target_on"] or "",
        parent=parent,
        figures=figures,
        timeline=tuple(timeline),
    )


def agenda(store: Store, ref: str | int, *, lang: str | None = None) -> AgendaRecord:
    """A meeting's agenda with the open actions of earlier meetings that it carries over."""
    _check_lang(lang)
    m = lookup.meeting(store, ref)
    committee = minutes_content.committee_of(store, m["committee_id"])
    starts_at, ends_at = minutes_content.local_start(m, committee)
    items = store.query(
        "SELECT * FROM agenda_item WHERE meeting_id = ? ORDER BY position, id", (m["id"],)
    )
    people = minutes_content.people_by_id(
        store, {m["chair_id"], m["convener_id"], *(r["presenter_id"] for r in items)}
    )
    carried_ids = [
        r["id"]
        for r in meetings.open_actions_before(
            store, m["committee_id"], m["starts_at"], exclude_meeting=m["id"]
        )
    ]
    carried: list[Action] = []
    if carried_ids:
        marks = ", ".join("?" * len(carried_ids))
        carried = minutes_content.actions_of(
            store,
            f"a.id IN ({marks}) ORDER BY a.due_on IS NULL, a.due_on, a.number",
            carried_ids,
            m["starts_at"][:10],
        )
    return AgendaRecord(
        committee=committee,
        number=m["number"],
        starts_at=starts_at,
        ends_at=ends_at,
        language=lang or committee.language,
        title=m["title"],
        place=m["place"],
        chair=people.get(m["chair_id"]),
        convener=people.get(m["convener_id"]),
        items=tuple(
            AgendaItem(
                position=index,
                title=r["title"],
                kind=r["kind"],
                presenter=people.get(r["presenter_id"]),
                planned_minutes=r["planned_minutes"],
                notes=r["notes"],
            )
            for index, r in enumerate(items, start=1)
        ),
        carried=tuple(carried),
        today=clock.today().isoformat(),
    )
