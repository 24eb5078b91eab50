"""Turning one kind of meeting entry into another (note, action, decision, announcement) in one step.

A conversion is one operation: the old row is deleted and the new one inserted under the same
history operation, whose label names both references, so the history links them and one undo
brings the old entry back. The time the entry was recorded (a note's ``recorded_at``, the
others' ``created_at``) is kept, so the entry stays where it was in live mode and the minutes.
Figures and initiative links move between a decision and an announcement; a conversion that
would lose something else (progress notes, actions following a decision, a supersession) is
refused with a sentence saying what to do.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from minutier.core import clock, fields
from minutier.core.errors import Conflict, ValidationError
from minutier.services import links, lookup, records
from minutier.store.connection import Store
from minutier.store.writer import Operation

KINDS = ("note", "action", "decision", "announcement")
_WITH_FIGURES = ("decision", "announcement")


@dataclass(frozen=True)
class Changes:
    """What the new entry says, when the conversion also corrects it (live mode's edited line).

    ``owner`` is ``(kind, id)`` of a person or organisation, ``None`` for none; leaving it as
    ``KEEP`` carries the old entry's owner (an action's owner ↔ an announcement's author).
    """

    text: str | None = None
    owner: tuple[str, int] | str | None = "keep"
    due: dt.date | None = None


KEEP = Changes()


def reference(store: Store, table: str, row: dict[str, Any]) -> str:
    """How a person names the entry: CSIIA-A4, CSIIA-D2, or note 12 of CSIIA/3."""
    if table in ("action", "decision"):
        code = store.scalar("SELECT code FROM committee WHERE id = ?", (row["committee_id"],))
        return f"{code}-{'A' if table == 'action' else 'D'}{row['number']}"
    where = lookup.meeting_ref(store, row["meeting_id"]) if row.get("meeting_id") else ""
    return f"{table} {row['id']}" + (f" of {where}" if where else "")


def _recorded_at(table: str, row: dict[str, Any]) -> str:
    return row["recorded_at"] if table == "note" else row["created_at"]


def _refuse_losses(store: Store, table: str, row_id: int, to: str) -> None:
    if table == "action" and store.scalar(
        "SELECT count(*) FROM action_note WHERE action_id = ?", (row_id,)
    ):
        raise Conflict(
            "This action has progress notes, which only an action can hold; it stays an action."
        )
    if table == "decision":
        if store.scalar("SELECT count(*) FROM action WHERE decision_id = ?", (row_id,)):
            raise Conflict(
                "Actions follow from this decision; link them elsewhere before converting it."
            )
        if store.scalar(
            "SELECT count(*) FROM decision WHERE superseded_by_id = ? OR "
            "(id = ? AND superseded_by_id IS NOT NULL)",
            (row_id, row_id),
        ):
            raise Conflict("This decision is part of a supersession; it stays a decision.")
    if table in _WITH_FIGURES and to not in _WITH_FIGURES:
        column = f"{table}_id"
        if store.scalar(f"SELECT count(*) FROM figure WHERE {column} = ?", (row_id,)):
            raise Conflict(
                f"This {table} has figures, which a {to} cannot hold; remove them first."
            )
        if store.scalar(f"SELECT count(*) FROM {table}_initiative WHERE {column} = ?", (row_id,)):
            raise Conflict(
                f"This {table} feeds initiatives, which a {to} cannot; unlink them first."
            )
    attached = store.query_one(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'attachment'"
    )
    if (
        attached
        and table == "decision"
        and store.scalar("SELECT count(*) FROM attachment WHERE decision_id = ?", (row_id,))
    ):
        raise Conflict("Files are attached to this decision; it stays a decision.")


def _owner_of(table: str, row: dict[str, Any]) -> tuple[str, int] | None:
    person, organisation = (
        ("owner_person_id", "owner_organisation_id")
        if table == "action"
        else ("person_id", "organisation_id")
    )
    if row.get(person):
        return ("person", row[person])
    if row.get(organisation):
        return ("organisation", row[organisation])
    return None


def _new_values(
    store: Store, table: str, row: dict[str, Any], to: str, changes: Changes
) -> dict[str, Any]:
    meeting = records.get(store, "meeting", row["meeting_id"])
    at = _recorded_at(table, row)
    values: dict[str, Any] = {
        "meeting_id": meeting["id"],
        "agenda_item_id": row.get("agenda_item_id"),
        "text": changes.text if changes.text is not None else row["text"],
        "position": records.next_position(store, to, "meeting_id", meeting["id"]),
    }
    owner = _owner_of(table, row) if changes.owner == "keep" else changes.owner
    assert owner is None or isinstance(owner, tuple)
    if to in ("action", "decision"):
        values["committee_id"] = meeting["committee_id"]
        values["number"] = records.next_number(store, to, meeting["committee_id"])
    if to == "decision":
        values["decided_on"] = meeting["starts_at"][:10]
    if to == "announcement":
        values["made_on"] = meeting["starts_at"][:10]
        if owner:
            values["person_id" if owner[0] == "person" else "organisation_id"] = owner[1]
    if to == "action":
        if owner:
            key = "owner_person_id" if owner[0] == "person" else "owner_organisation_id"
            values[key] = owner[1]
        values["due_on"] = changes.due
    clean = fields.clean(to, values, today=clock.today())
    clean["created_at"] = at  # the moment it was said, not the moment it was reclassified
    clean["updated_at"] = clock.utc_timestamp()
    if to == "note":
        clean["recorded_at"] = at
    return clean


def convert_in(
    op: Operation, table: str, row_id: int, to: str, changes: Changes = KEEP
) -> tuple[str, int]:
    """Convert inside an open operation; returns the new entry's (table, id)."""
    store = op.store
    row = records.get(store, table, row_id)
    values = _new_values(store, table, row, to, changes)
    carried = (
        (links.figures_of(store, table, row_id), _initiatives(store, table, row_id))
        if table in _WITH_FIGURES and to in _WITH_FIGURES
        else ((), [])
    )
    if carried[0]:
        links.set_figures(op, table, row_id, [])
    if carried[1]:
        links.set_initiatives(op, table, row_id, [])
    records.delete_in(op, table, row_id)
    new_id = op.insert(to, values)
    if carried[0]:
        links.set_figures(op, to, new_id, carried[0])
    if carried[1]:
        links.set_initiatives(op, to, new_id, carried[1])
    return to, new_id


def _initiatives(store: Store, table: str, row_id: int) -> list[int]:
    return [
        r["initiative_id"]
        for r in store.query(
            f"SELECT initiative_id FROM {table}_initiative WHERE {table}_id = ? ORDER BY id",
            (row_id,),
        )
    ]


def convert(
    store: Store, table: str, row_id: int, to: str, changes: Changes = KEEP
) -> tuple[str, int]:
    """Make a meeting's note, action, decision or announcement into another kind, undoably.

    Returns the new entry's (table, id). Raises ValidationError for an unknown kind, the same
    kind, or an entry recorded outside a meeting; Conflict when something would be lost;
    FrozenRecord when the meeting's minutes are approved.
    """
    if table not in KINDS:
        raise ValueError(table)
    if to not in KINDS:
        raise ValidationError("kind", to, f"choose one of {', '.join(KINDS)}")
    row = records.get(store, table, row_id)
    if to == table:
        raise ValidationError("kind", to, "the entry is already of this kind")
    if not row.get("meeting_id"):
        raise ValidationError(
            "meeting", reference(store, table, row), "only entries recorded at a meeting convert"
        )
    _refuse_losses(store, table, row_id, to)
    label = f"Convert {reference(store, table, row)} ({row['uuid']}) to {to}"
    with store.operation(label) as op:
        return convert_in(op, table, row_id, to, changes)


def converted_from(store: Store, table: str, row_id: int) -> dict[str, Any] | None:
    """The entry this one was converted from: its table, UUID and the operation; else None."""
    row = store.query_one(
        "SELECT h.op FROM history h JOIN "
        f"{table} r ON r.uuid = h.row_uuid WHERE h.table_name = ? AND r.id = ? "
        "AND h.kind = 'insert' AND h.label LIKE 'Convert %' ORDER BY h.id DESC LIMIT 1",
        (table, row_id),
    )
    if row is None:
        return None
    old = store.query_one(
        "SELECT table_name, row_uuid, label, at FROM history WHERE op = ? AND kind = 'delete' "
        "AND table_name IN ('note', 'action', 'decision', 'announcement') ORDER BY id LIMIT 1",
        (row["op"],),
    )
    return None if old is None else {**old, "op": row["op"]}
