"""Live meeting capture: one typed line becomes one committed record, and can be corrected in place.

``record_line`` reads a line with :mod:`minutier.core.quick_entry` and makes exactly one service
call (one transaction, one history entry, one undo step), so the entry is on disk when Enter
returns. Relative due dates ("d'ici fin mars") count from the meeting's day: they are what was
said at the meeting, even when the minutes are typed up later.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from minutier.core.errors import ValidationError
from minutier.core.quick_entry import (
    UNKNOWN_OWNER,
    EntryKind,
    OwnerIndex,
    ParsedLine,
    format_line,
    parse_line,
)
from minutier.services import actions, convert, decisions, lookup, meetings, records
from minutier.store.connection import Store

KIND_CHANGE = "an entry keeps its kind; delete it and type the line again to change it"  # unused

TABLE_OF = {
    EntryKind.NOTE: "note",
    EntryKind.DECISION: "decision",
    EntryKind.ACTION: "action",
    EntryKind.ANNOUNCEMENT: "announcement",
}
KIND_OF = {table: kind for kind, table in TABLE_OF.items()}


@dataclass(frozen=True)
class LiveEntry:
    """One recorded line as live mode lists it."""

    kind: EntryKind
    table: str
    id: int
    text: str
    recorded_at: str  # UTC, ISO 8601 with a Z
    agenda_item_id: int | None = None
    number: int | None = None  # of a decision or an action
    owner: str = ""  # owner of an action, author of an announcement
    due_on: str | None = None  # ISO date, actions only
    confidential: bool = False  # typed with a leading "!"; left out of the public minutes

    @property
    def line(self) -> str:
        """The quick-entry line that records this entry again (what a correction starts from)."""
        due = dt.date.fromisoformat(self.due_on) if self.due_on else None
        return format_line(
            self.kind, self.text, owner=self.owner or None, due=due, confidential=self.confidential
        )


# One SELECT per kind, all with the same columns (named by a CTE), so the four can be UNIONed.
_COLUMNS = (
    "tbl, id, text, at, agenda_item_id, number, owner, due_on, meeting_id, position, confidential"
)
_SELECTS = {
    "note": """SELECT 'note', n.id, n.text, n.recorded_at, n.agenda_item_id, NULL, '', NULL,
                      n.meeting_id, n.position, n.confidential
               FROM note n""",
    "decision": """SELECT 'decision', d.id, d.text, d.created_at, d.agenda_item_id, d.number, '',
                          NULL, d.meeting_id, d.position, d.confidential
                   FROM decision d""",
    "action": """SELECT 'action', a.id, a.text, a.created_at, a.agenda_item_id, a.number,
                        coalesce(p.name, o.name, ''), a.due_on, a.meeting_id, a.position,
                        a.confidential
                 FROM action a LEFT JOIN person p ON p.id = a.owner_person_id
                 LEFT JOIN organisation o ON o.id = a.owner_organisation_id""",
    "announcement": """SELECT 'announcement', x.id, x.text, x.created_at, x.agenda_item_id, NULL,
                              coalesce(p.name, o.name, ''), NULL, x.meeting_id, x.position,
                              x.confidential
                       FROM announcement x LEFT JOIN person p ON p.id = x.person_id
                       LEFT JOIN organisation o ON o.id = x.organisation_id""",
}
_ALIAS = {"note": "n", "decision": "d", "action": "a", "announcement": "x"}


def _entry(row: dict[str, Any]) -> LiveEntry:
    return LiveEntry(
        kind=KIND_OF[row["tbl"]],
        table=row["tbl"],
        id=row["id"],
        text=row["text"],
        recorded_at=row["at"],
        agenda_item_id=row["agenda_item_id"],
        number=row["number"],
        owner=row["owner"] or "",
        due_on=row["due_on"],
        confidential=bool(row["confidential"]),
    )


def entries(store: Store, meeting_id: int) -> list[LiveEntry]:
    """Everything recorded at a meeting (notes, decisions, actions, announcements), oldest first."""
    union = " UNION ALL ".join(
        f"{sql} WHERE {_ALIAS[table]}.meeting_id = :m" for table, sql in _SELECTS.items()
    )
    rows = store.query(
        f"WITH e({_COLUMNS}) AS ({union}) SELECT * FROM e ORDER BY at, tbl, position, id",
        {"m": meeting_id},
    )
    return [_entry(r) for r in rows]


def entry(store: Store, table: str, row_id: int) -> LiveEntry:
    """One recorded entry, read back from the register."""
    if table not in _SELECTS:
        raise ValueError(table)
    sql = f"{_SELECTS[table]} WHERE {_ALIAS[table]}.id = ?"
    row = store.query_one(f"WITH e({_COLUMNS}) AS ({sql}) SELECT * FROM e", (row_id,))
    if row is None:
        records.get(store, table, row_id)  # raises NotFound with the right kind
    assert row is not None
    return _entry(row)


_OWNERS_STATE = """SELECT (SELECT count(*) || '/' || coalesce(max(updated_at), '') FROM person)
                          || '|' ||
                          (SELECT count(*) || '/' || coalesce(max(updated_at), '') FROM organisation)"""
_owner_cache: dict[tuple[int, str], tuple[str, OwnerIndex]] = {}


def owner_index(store: Store) -> OwnerIndex:
    """Every name an owner can be typed as, ready for matching.

    Kept per open file and rebuilt only when people or organisations changed (their count or
    latest change differs), so reopening live mode on an archive of thousands stays instant.
    """
    state = str(store.scalar(_OWNERS_STATE))
    key = (id(store.conn), str(store.path))
    cached = _owner_cache.get(key)
    if cached is not None and cached[0] == state:
        return cached[1]
    index = OwnerIndex(lookup.owner_names(store))
    _owner_cache[key] = (state, index)
    return index


def _meeting_day(store: Store, meeting_id: int) -> dt.date:
    meeting = records.get(store, "meeting", meeting_id)
    return dt.date.fromisoformat(meeting["starts_at"][:10])


def _parse(store: Store, meeting_id: int, line: str, owners: OwnerIndex | None) -> ParsedLine:
    today = _meeting_day(store, meeting_id)
    return parse_line(
        line, owners=owners if owners is not None else owner_index(store), today=today
    )


def _owner_values(parsed: ParsedLine, person: str, organisation: str) -> dict[str, int | None]:
    owner = parsed.owner
    return {
        person: owner.id if owner and owner.kind == "person" else None,
        organisation: owner.id if owner and owner.kind == "organisation" else None,
    }


def record_line(
    store: Store,
    meeting_id: int,
    agenda_item_id: int | None,
    line: str,
    *,
    owners: OwnerIndex | None = None,
) -> LiveEntry:
    """Record one typed line under an agenda item of a meeting, as one committed operation."""
    parsed = _parse(store, meeting_id, line, owners)
    where: dict[str, Any] = {"meeting_id": meeting_id, "agenda_item_id": agenda_item_id}
    if parsed.confidential:
        where["confidential"] = True
    if parsed.kind == EntryKind.NOTE:
        row_id = meetings.add_note(
            store,
            meeting_id,
            parsed.text,
            agenda_item_id=agenda_item_id,
            confidential=parsed.confidential,
        )
    elif parsed.kind == EntryKind.DECISION:
        row_id = decisions.record_decision(store, parsed.text, **where)
    elif parsed.kind == EntryKind.ACTION:
        owner = _owner_values(parsed, "owner_person_id", "owner_organisation_id")
        values = {k: v for k, v in owner.items() if v is not None}
        row_id = actions.create_action(store, parsed.text, due=parsed.due, **where, **values)
    else:
        owner = _owner_values(parsed, "person_id", "organisation_id")
        values = {k: v for k, v in owner.items() if v is not None}
        row_id = decisions.record_announcement(store, parsed.text, **where, **values)
    return entry(store, TABLE_OF[parsed.kind], row_id)


OWNER_KINDS = ("person", "organisation")
NAME_NOT_IN_LINE = "the new name must be what follows @ in the line"
# Words that join the parts of a name ("Ministère de l'Intérieur", "Bank of Korea").
_NAME_JOINERS = {"de", "du", "des", "la", "le", "les", "et", "d'", "l'", "of", "the", "and", "for"}


def unknown_owner(error: Exception) -> bool:
    """Whether ``error`` is the refusal of a line whose @owner the register does not know."""
    return isinstance(error, ValidationError) and error.reason == UNKNOWN_OWNER


def guess_owner_name(line: str) -> str:
    """The name an unknown ``@owner`` most likely is: the capitalised words after @ and the
    small words joining them ("@Ministère de l'Intérieur envoyer…" → "Ministère de l'Intérieur").
    A guess to edit, never used without the person's OK."""
    at = max(line.find("@"), line.find("＠"))
    if at < 0:
        return ""
    words = line[at + 1 :].split()
    taken: list[str] = []
    for word in words:
        lowered = word.lower().replace("’", "'")
        head = lowered[:2] if lowered[:2] in ("d'", "l'") else ""
        rest = word[len(head) :]
        if (taken and lowered in _NAME_JOINERS) or rest[:1].isupper():
            taken.append(word)
        elif not taken and rest[:1].isalpha() and not rest[:1].islower():
            taken.append(word)  # a script without case (Hangul): the first word only
            break
        else:
            break
    while taken and taken[-1].lower() in _NAME_JOINERS:
        taken.pop()
    return " ".join(taken)


def record_line_with_new_owner(
    store: Store,
    meeting_id: int,
    agenda_item_id: int | None,
    line: str,
    *,
    name: str,
    kind: str,
) -> LiveEntry:
    """Record a line whose ``@owner`` is new: create that person or organisation (``kind``)
    named ``name``, then record the line, as ONE operation (one history entry, one undo step)."""
    if kind not in OWNER_KINDS:
        raise ValueError(kind)
    name = " ".join(name.split())
    with store.operation(f"Record line and new {kind}", absorb=True):
        owner_id = records.create(store, kind, {"name": name})
        owners = OwnerIndex(lookup.owner_names(store))
        recorded = record_line(store, meeting_id, agenda_item_id, line, owners=owners)
        if (recorded.table == "action" or recorded.table == "announcement") and not _owned_by(
            store, recorded, kind, owner_id
        ):
            raise ValidationError("owner", name, NAME_NOT_IN_LINE)
        return recorded


def _owned_by(store: Store, recorded: LiveEntry, kind: str, owner_id: int) -> bool:
    column = {
        ("action", "person"): "owner_person_id",
        ("action", "organisation"): "owner_organisation_id",
        ("announcement", "person"): "person_id",
        ("announcement", "organisation"): "organisation_id",
    }[(recorded.table, kind)]
    found = store.scalar(f"SELECT {column} FROM {recorded.table} WHERE id = ?", (recorded.id,))
    return found == owner_id


def update_entry(
    store: Store, table: str, row_id: int, line: str, *, owners: OwnerIndex | None = None
) -> LiveEntry:
    """Correct a recorded entry from its edited line, as one operation.

    A line of another kind converts the entry (``services.convert``): same step, same recorded
    time, the new entry returned.
    """
    if table not in TABLE_OF.values():
        raise ValueError(table)
    row = records.get(store, table, row_id)
    if not row.get("meeting_id"):
        raise ValidationError("meeting", "", "only entries recorded at a meeting are edited here")
    parsed = _parse(store, row["meeting_id"], line, owners)
    if TABLE_OF[parsed.kind] != table:  # "D: …" typed over a note: convert it, one step
        owner = (parsed.owner.kind, parsed.owner.id) if parsed.owner else None
        changes = convert.Changes(text=parsed.text, owner=owner, due=parsed.due)
        return entry(store, *convert.convert(store, table, row_id, TABLE_OF[parsed.kind], changes))
    if table == "note":
        values = {"text": parsed.text, "confidential": parsed.confidential}
        records.update(store, "note", row_id, values, label="Correct note")
    elif table == "decision":
        values = {"text": parsed.text, "confidential": parsed.confidential}
        decisions.update_links(store, "decision", row_id, values=values)
    elif table == "action":
        values: dict[str, Any] = {
            "text": parsed.text,
            "due_on": parsed.due,
            "confidential": parsed.confidential,
        }
        values |= _owner_values(parsed, "owner_person_id", "owner_organisation_id")
        records.update(store, "action", row_id, values, label="Correct action")
    else:
        values = {"text": parsed.text, "confidential": parsed.confidential}
        if parsed.owner is None:
            values |= {"person_id": None, "organisation_id": None}
        elif parsed.owner.kind == "person":
            values["person_id"] = parsed.owner.id
        else:
            values |= {"person_id": None, "organisation_id": parsed.owner.id}
        decisions.update_links(store, "announcement", row_id, values=values)
    return entry(store, table, row_id)


def delete_entry(store: Store, table: str, row_id: int) -> None:
    """Remove a recorded entry (with its figures and links) as one undoable operation."""
    if table not in TABLE_OF.values():
        raise ValueError(table)
    records.delete(store, table, row_id, label=f"Delete {table}")
