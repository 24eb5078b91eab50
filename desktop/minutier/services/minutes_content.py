"""A meeting's content read for its minutes, and the digest that fixes it at approval.

``load`` turns the rows of one meeting into a ``core.minutes_record.MinutesRecord`` (the PDF
package never sees the store). ``digest`` is the SHA-256 of a canonical JSON of exactly what
the freeze triggers protect (see ``store.freeze``): the meeting's own fields, its attendance,
agenda, notes, announcements and decisions with their figures and initiative links, and its
actions as decided. Records are keyed by UUID and refer to others by UUID, so the digest
survives an export/import. Follow-up that stays editable after approval is left out: action
status, closing date and priority, and a decision later marked superseded (it counts as
adopted). Names of people and organisations are not part of it either: correcting a spelling
in the register does not "change" approved minutes.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from typing import Any

from minutier.core.errors import NotFound
from minutier.core.figures import Figure
from minutier.core.minutes_record import (
    Action,
    AgendaItem,
    Announcement,
    Attendee,
    Committee,
    Decision,
    MinutesRecord,
    Note,
    Person,
    Source,
)
from minutier.pdf import datefmt
from minutier.services import attachments, house_style, quorum
from minutier.store.connection import Store

DIGEST_VERSION = 1
# Columns left out of the digest: bookkeeping, and follow-up that may change after approval.
_BOOKKEEPING = {"id", "created_at", "updated_at"}
# Columns added after minutes were first approved count only when set, so older approved
# minutes keep their digest (a mark set later does change what is published).
_COUNTED_WHEN_SET = {"confidential"}
_FOLLOW_UP = {
    "meeting": {"status"},
    "action": {"status", "closed_on", "priority"},
    "decision": {"superseded_by_id"},
}


# -- loading ------------------------------------------------------------------------------------
def people_by_id(store: Store, ids: set[int | None]) -> dict[int, Person]:
    """People by id (``None`` ignored), as printed names."""
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    rows = store.query(
        f"SELECT id, name, native_name FROM person WHERE id IN ({marks})", sorted(ids)
    )
    return {r["id"]: Person(r["name"], r["native_name"]) for r in rows}


def _figures(store: Store, column: str, ids: list[int]) -> dict[int, tuple[Figure, ...]]:
    out: dict[int, list[Figure]] = {}
    if ids:
        marks = ", ".join("?" * len(ids))
        rows = store.query(
            f"SELECT * FROM figure WHERE {column} IN ({marks}) ORDER BY position, id", ids
        )
        for r in rows:
            out.setdefault(r[column], []).append(Figure.from_row(r))
    return {k: tuple(v) for k, v in out.items()}


def _initiatives(
    store: Store, link: str, column: str, ids: list[int]
) -> dict[int, tuple[Person, ...]]:
    out: dict[int, list[Person]] = {}
    if ids:
        marks = ", ".join("?" * len(ids))
        rows = store.query(
            f"SELECT l.{column} AS owner, i.name, i.native_name FROM {link} l "
            f"JOIN initiative i ON i.id = l.initiative_id WHERE l.{column} IN ({marks}) "
            "ORDER BY l.id",
            ids,
        )
        for r in rows:
            out.setdefault(r["owner"], []).append(Person(r["name"], r["native_name"]))
    return {k: tuple(v) for k, v in out.items()}


def committee_of(store: Store, committee_id: int) -> Committee:
    c = store.query_one(
        "SELECT c.*, p.name AS parent_name, p.native_name AS parent_native FROM committee c "
        "LEFT JOIN committee p ON p.id = c.parent_id WHERE c.id = ?",
        (committee_id,),
    )
    if c is None:
        raise NotFound("committee", committee_id)
    return Committee(
        name=c["name"],
        code=c["code"],
        timezone=c["timezone"],
        language=c["language"],
        native_name=c["native_name"],
        parent_name=c["parent_name"] or "",
        parent_native_name=c["parent_native"] or "",
        style=house_style.load(store, committee_id),
    )


def local_start(meeting: dict[str, Any], committee: Committee) -> tuple[str, str | None]:
    """The meeting's start and end as wall-clock times in the committee's zone."""

    def convert(value: str | None) -> str | None:
        if not value:
            return None
        moment = datefmt.local(value, meeting["timezone"], committee.timezone)
        return moment.replace(tzinfo=None).isoformat(timespec="minutes")

    return convert(meeting["starts_at"]) or meeting["starts_at"], convert(meeting["ends_at"])


def meeting_row(store: Store, meeting_id: int) -> dict[str, Any]:
    row = store.query_one("SELECT * FROM meeting WHERE id = ?", (meeting_id,))
    if row is None:
        raise NotFound("meeting", meeting_id)
    return row


def actions_of(store: Store, where: str, params: list[Any], today: str = "") -> list[Action]:
    """Actions selected by ``where`` (over ``action a``), as printed records."""
    rows = store.query(
        f"""SELECT a.*, c.code AS committee_code, m.number AS meeting_number,
                   d.number AS decision_number, i.name AS initiative_name,
                   i.native_name AS initiative_native, g.position AS item_position,
                   coalesce(p.name, o.name) AS owner_name,
                   coalesce(p.native_name, o.native_name) AS owner_native
            FROM action a JOIN committee c ON c.id = a.committee_id
            LEFT JOIN meeting m ON m.id = a.meeting_id
            LEFT JOIN decision d ON d.id = a.decision_id
            LEFT JOIN initiative i ON i.id = a.initiative_id
            LEFT JOIN agenda_item g ON g.id = a.agenda_item_id
            LEFT JOIN person p ON p.id = a.owner_person_id
            LEFT JOIN organisation o ON o.id = a.owner_organisation_id
            WHERE {where}""",
        params,
    )
    open_statuses = ("open", "in_progress", "blocked")
    out = []
    for r in rows:
        overdue = bool(
            today and r["due_on"] and r["status"] in open_statuses and r["due_on"] < today
        )
        out.append(
            Action(
                number=r["number"],
                text=r["text"],
                owner=Person(r["owner_name"], r["owner_native"] or "") if r["owner_name"] else None,
                due_on=r["due_on"],
                status=r["status"],
                priority=r["priority"],
                decision_number=r["decision_number"],
                initiative=(
                    Person(r["initiative_name"], r["initiative_native"] or "")
                    if r["initiative_name"]
                    else None
                ),
                meeting=f"{r['committee_code']}/{r['meeting_number']}"
                if r["meeting_number"]
                else "",
                item=r["item_position"],
                overdue=overdue,
                committee=r["committee_code"],
                confidential=bool(r.get("confidential")),
            )
        )
    return out


def load(store: Store, meeting_id: int, *, language: str | None = None) -> MinutesRecord:
    """Everything the minutes of a meeting print, read in one go (no approval information)."""
    m = meeting_row(store, meeting_id)
    committee = committee_of(store, m["committee_id"])
    starts_at, ends_at = local_start(m, committee)
    day = m["starts_at"][:10]
    attendance_rows = store.query(
        """SELECT t.*, (SELECT role FROM membership s WHERE s.committee_id = ?
                         AND s.person_id = t.person_id
                         AND (s.start_on IS NULL OR s.start_on <= ?)
                         AND (s.end_on IS NULL OR s.end_on >= ?) ORDER BY s.id LIMIT 1) AS role
           FROM attendance t WHERE t.meeting_id = ? ORDER BY t.position, t.id""",
        (m["committee_id"], day, day, meeting_id),
    )
    items = store.query(
        "SELECT * FROM agenda_item WHERE meeting_id = ? ORDER BY position, id", (meeting_id,)
    )
    notes = store.query(
        "SELECT * FROM note WHERE meeting_id = ? ORDER BY position, id", (meeting_id,)
    )
    announcements = store.query(
        "SELECT * FROM announcement WHERE meeting_id = ? ORDER BY position, id", (meeting_id,)
    )
    decisions = store.query(
        "SELECT * FROM decision WHERE meeting_id = ? ORDER BY position, number", (meeting_id,)
    )
    person_ids = {m["chair_id"], m["convener_id"], m["secretary_id"]}
    person_ids |= {r["person_id"] for r in attendance_rows}
    person_ids |= {r["represented_by_id"] for r in attendance_rows}
    person_ids |= {r["presenter_id"] for r in items}
    person_ids |= {r["person_id"] for r in announcements}
    people = people_by_id(store, person_ids)
    a_ids = [r["id"] for r in announcements]
    d_ids = [r["id"] for r in decisions]
    a_figures = _figures(store, "announcement_id", a_ids)
    d_figures = _figures(store, "decision_id", d_ids)
    a_links = _initiatives(store, "announcement_initiative", "announcement_id", a_ids)
    d_links = _initiatives(store, "decision_initiative", "decision_id", d_ids)
    actions = actions_of(store, "a.meeting_id = ? ORDER BY a.position, a.number", [meeting_id])
    action_items = {
        r["number"]: r["agenda_item_id"]
        for r in store.query(
            "SELECT number, agenda_item_id FROM action WHERE meeting_id = ?", (meeting_id,)
        )
    }
    zone = committee.timezone

    def by_item(rows: list[dict[str, Any]], key: str = "agenda_item_id") -> dict[Any, list]:
        out: dict[Any, list] = {}
        for r in rows:
            out.setdefault(r[key], []).append(r)
        return out

    notes_by = by_item(notes)
    ann_by = by_item(announcements)
    dec_by = by_item(decisions)
    act_by: dict[Any, list[Action]] = {}
    for a in actions:
        act_by.setdefault(action_items.get(a.number), []).append(a)

    def content(item_id: int | None) -> dict[str, Any]:
        return {
            "timed_notes": tuple(
                Note(
                    n["text"],
                    datefmt.from_utc(n["recorded_at"], zone)
                    .replace(tzinfo=None)
                    .isoformat(timespec="minutes"),
                    confidential=bool(n.get("confidential")),
                )
                for n in notes_by.get(item_id, [])
            ),
            "announcements": tuple(
                Announcement(
                    r["text"],
                    speaker=people.get(r["person_id"]),
                    figures=a_figures.get(r["id"], ()),
                    initiatives=a_links.get(r["id"], ()),
                    confidential=bool(r.get("confidential")),
                )
                for r in ann_by.get(item_id, [])
            ),
            "decisions": tuple(
                Decision(
                    r["number"],
                    r["text"],
                    status=r["status"],
                    votes_for=r["votes_for"],
                    votes_against=r["votes_against"],
                    votes_abstain=r["votes_abstain"],
                    figures=d_figures.get(r["id"], ()),
                    initiatives=d_links.get(r["id"], ()),
                    confidential=bool(r.get("confidential")),
                )
                for r in dec_by.get(item_id, [])
            ),
            "actions": tuple(act_by.get(item_id, [])),
        }

    agenda = tuple(
        AgendaItem(
            position=index,
            title=r["title"],
            kind=r["kind"],
            presenter=people.get(r["presenter_id"]),
            planned_minutes=r["planned_minutes"],
            notes=r["notes"],
            confidential=bool(r.get("confidential")),
            **content(r["id"]),
        )
        for index, r in enumerate(items, start=1)
    )
    other = AgendaItem(position=len(items) + 1, title="", **content(None))
    source = None
    if m["source_id"]:
        s = store.query_one("SELECT * FROM source WHERE id = ?", (m["source_id"],))
        if s:
            source = Source(s["title"], s["publisher"], s["url"], s["published_on"] or "")
    # An action's "item" is the number its agenda item is printed with.
    agenda = tuple(
        replace(item, actions=tuple(replace(a, item=item.position) for a in item.actions))
        for item in agenda
    )
    return MinutesRecord(
        committee=committee,
        number=m["number"],
        starts_at=starts_at,
        ends_at=ends_at,
        language=language or committee.language,
        title=m["title"],
        place=m["place"],
        chair=people.get(m["chair_id"]),
        convener=people.get(m["convener_id"]),
        secretary=people.get(m["secretary_id"]),
        status=m["status"],
        attendance=tuple(
            Attendee(
                person=people[r["person_id"]],
                status=r["status"],
                capacity=r["capacity"],
                role=r["role"] or "",
                represented_by=people.get(r["represented_by_id"]),
            )
            for r in attendance_rows
        ),
        agenda=agenda,
        other=None if other.is_empty else other,
        source=source,
        quorum=quorum.statement(store, meeting_id),
        attachments=attachments.annex(store, meeting_id),
    )


# -- the digest -------------------------------------------------------------------------------
_CONTENT_QUERIES = {
    "meeting": "SELECT * FROM meeting WHERE id = :m",
    "attendance": "SELECT * FROM attendance WHERE meeting_id = :m",
    "agenda_item": "SELECT * FROM agenda_item WHERE meeting_id = :m",
    "note": "SELECT * FROM note WHERE meeting_id = :m",
    "announcement": "SELECT * FROM announcement WHERE meeting_id = :m",
    "decision": "SELECT * FROM decision WHERE meeting_id = :m",
    "figure": "SELECT * FROM figure WHERE announcement_id IN "
    "(SELECT id FROM announcement WHERE meeting_id = :m) OR decision_id IN "
    "(SELECT id FROM decision WHERE meeting_id = :m)",
    "announcement_initiative": "SELECT * FROM announcement_initiative WHERE announcement_id IN "
    "(SELECT id FROM announcement WHERE meeting_id = :m)",
    "decision_initiative": "SELECT * FROM decision_initiative WHERE decision_id IN "
    "(SELECT id FROM decision WHERE meeting_id = :m)",
    "action": "SELECT * FROM action WHERE meeting_id = :m",
}


def _references(store: Store, table: str) -> dict[str, str]:
    return {r[3]: r[2] for r in store.conn.execute(f"PRAGMA foreign_key_list({table})")}


def digest(store: Store, meeting_id: int) -> str:
    """SHA-256 (hex) of the meeting's frozen content; see the module docstring."""
    meeting_row(store, meeting_id)
    uuids: dict[tuple[str, int], str] = {}

    def uuid_of(table: str, row_id: int) -> str:
        key = (table, row_id)
        if key not in uuids:
            uuids[key] = store.scalar(f"SELECT uuid FROM {table} WHERE id = ?", (row_id,)) or ""
        return uuids[key]

    content: dict[str, Any] = {"digest_version": DIGEST_VERSION}
    for table, sql in _CONTENT_QUERIES.items():
        refs = _references(store, table)
        skip = _BOOKKEEPING | _FOLLOW_UP.get(table, set())
        rows = []
        for row in store.query(sql, {"m": meeting_id}):
            out = {}
            for column, value in row.items():
                if column in skip or (column in _COUNTED_WHEN_SET and not value):
                    continue
                if column in refs and value is not None:
                    value = uuid_of(refs[column], value)
                out[column] = value
            if table == "decision" and out.get("status") == "superseded":
                out["status"] = "adopted"
            rows.append(out)
        content[table] = sorted(rows, key=lambda r: r["uuid"])
    files = attachments.digest_rows(store, meeting_id)
    if files:  # only then: the digests of minutes approved before files existed stay the same
        content["attachment"] = files
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
