"""Approved minutes freeze their meeting, in SQLite itself: triggers refuse the edits.

A meeting is *frozen* while its status is ``minutes_approved`` and an approved version of its
minutes is recorded (``minutes_version.status = 'approved'``). The second condition is what the
freeze protects — a document whose content digest and bytes are on file; a meeting marked
approved by a bulk generator or an import that carries no minutes version holds no such
document, and an import can still write its children before its versions arrive.

While frozen, INSERT, UPDATE and DELETE are refused (``RAISE(ABORT, 'frozen: …')``, which
``store.writer.translate_integrity_error`` turns into ``FrozenRecord``) on:

- the meeting's own row (every field), except the one move an amendment makes: status back
  to ``minutes_drafted`` with nothing else changed, while a draft version holding the
  amendment's reason waits to be approved;
- its attendance, agenda items, timed notes, announcements and decisions, with their
  figures and initiative links;
- its actions *as decided*: text, owner, due date, number, committee, meeting, agenda item,
  decision, initiative, source and order. Their follow-up stays open — status, closing date,
  priority (and progress notes, in ``action_note``) — because officials close actions long
  after the minutes are approved, and doing so does not change what was decided;
- a decision's later supersession (status to or from ``superseded``, ``superseded_by_id``)
  is allowed for the same reason: a later meeting replaced it, the minutes stay true.

Approved minutes versions themselves can be neither changed nor deleted, so their bytes and
hashes stay readable for good. While an amendment is open (a draft version above the last
approved one), the meeting cannot be put back to ``minutes_approved`` by hand: only approving
the draft does that (which is also what makes "undo" of an amendment impossible to abuse).

``sqlite-utils``' ``table.transform()`` drops triggers: call ``create_triggers`` after any.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # type only: sqlite-utils is not imported at start-up
    from sqlite_utils import Database

    from minutier.store.connection import Store

MESSAGE = "frozen: the minutes of this meeting are approved"


def frozen(meeting: str) -> str:
    """SQL that is true when meeting id ``meeting`` (an expression) is frozen."""
    return (
        f"EXISTS (SELECT 1 FROM meeting fm WHERE fm.id = {meeting} "
        "AND fm.status = 'minutes_approved' AND EXISTS (SELECT 1 FROM minutes_version fv "
        "WHERE fv.meeting_id = fm.id AND fv.status = 'approved'))"
    )


def _via(table: str, key: str) -> str:
    """SQL true when the ``table`` row ``key`` (an expression) belongs to a frozen meeting."""
    return f"EXISTS (SELECT 1 FROM {table} fp WHERE fp.id = {key} AND {frozen('fp.meeting_id')})"


def _figure_frozen(row: str) -> str:
    return f"({_via('announcement', f'{row}.announcement_id')} OR {_via('decision', f'{row}.decision_id')})"


# Table → SQL (over NEW/OLD as {row}) telling whether that row belongs to a frozen meeting.
_OWNERS = {
    "attendance": lambda row: frozen(f"{row}.meeting_id"),
    "agenda_item": lambda row: frozen(f"{row}.meeting_id"),
    "note": lambda row: frozen(f"{row}.meeting_id"),
    "announcement": lambda row: frozen(f"{row}.meeting_id"),
    "decision": lambda row: frozen(f"{row}.meeting_id"),
    "action": lambda row: frozen(f"{row}.meeting_id"),
    "figure": _figure_frozen,
    "announcement_initiative": lambda row: _via("announcement", f"{row}.announcement_id"),
    "decision_initiative": lambda row: _via("decision", f"{row}.decision_id"),
}
# Updates that stay allowed on a frozen meeting's rows: SQL true when the update is such a one.
_ACTION_DECIDED = (
    "id",
    "uuid",
    "created_at",
    "committee_id",
    "number",
    "meeting_id",
    "agenda_item_id",
    "decision_id",
    "initiative_id",
    "text",
    "owner_person_id",
    "owner_organisation_id",
    "due_on",
    "source_id",
    "position",
)
_DECISION_FIXED = (
    "id",
    "uuid",
    "created_at",
    "committee_id",
    "number",
    "meeting_id",
    "agenda_item_id",
    "text",
    "votes_for",
    "votes_against",
    "votes_abstain",
    "decided_on",
    "source_id",
    "position",
)
# Added by migration m012_confidential_marks: frozen too (what the public minutes leave out is
# part of what was approved), named only once the column exists.
_MARK = ("confidential",)
_MEETING_FIXED = (
    "id",
    "uuid",
    "created_at",
    "committee_id",
    "number",
    "title",
    "starts_at",
    "ends_at",
    "timezone",
    "place",
    "chair_id",
    "convener_id",
    "secretary_id",
    "series_id",
    "source_id",
    "notes",
)


def _unchanged(columns: tuple[str, ...]) -> str:
    return " AND ".join(f"NEW.{c} IS OLD.{c}" for c in columns)


def _allowed_update(marks: bool) -> dict[str, str]:
    extra = _MARK if marks else ()
    return {
        "action": _unchanged((*_ACTION_DECIDED, *extra)),
        "decision": _unchanged((*_DECISION_FIXED, *extra))
        + " AND (NEW.status IS OLD.status OR NEW.status = 'superseded' OR OLD.status = 'superseded')",
    }


_PENDING_AMENDMENT = (
    "EXISTS (SELECT 1 FROM minutes_version dv WHERE dv.meeting_id = {m} AND dv.status = 'draft' "
    "AND dv.amendment_reason <> '' AND dv.version > (SELECT coalesce(max(av.version), 0) "
    "FROM minutes_version av WHERE av.meeting_id = {m} AND av.status = 'approved'))"
)


# Fields of an action that stay editable once its meeting is frozen: its follow-up.
ACTION_FOLLOW_UP = ("status", "closed_on", "priority")


def is_frozen(store: Store, table: str, row_id: int) -> bool:
    """Whether the register would refuse to change record ``row_id`` of ``table`` (the window
    shows it read-only then; an action keeps its ``ACTION_FOLLOW_UP`` fields editable)."""
    if table == "meeting":
        test = frozen("r.id")
    elif table in _OWNERS:
        test = _OWNERS[table]("r")
    else:
        return False
    return bool(store.scalar(f"SELECT {test} FROM {table} r WHERE r.id = ?", (row_id,)))


def statements(*, marks: bool = True) -> list[str]:
    """The CREATE TRIGGER statements (in a stable order); ``marks``: the confidential columns
    exist (a file upgraded from before them gets its triggers before its columns)."""
    raise_frozen = f"SELECT RAISE(ABORT, '{MESSAGE}');"
    out = []
    allowed_updates = _allowed_update(marks)
    for table, owner in _OWNERS.items():
        allowed = allowed_updates.get(table)
        update_when = f"({owner('OLD')} OR {owner('NEW')})"
        if allowed:
            update_when += f" AND NOT ({allowed})"
        out += [
            f"CREATE TRIGGER freeze_{table}_insert BEFORE INSERT ON {table} "
            f"WHEN {owner('NEW')} BEGIN {raise_frozen} END",
            f"CREATE TRIGGER freeze_{table}_update BEFORE UPDATE ON {table} "
            f"WHEN {update_when} BEGIN {raise_frozen} END",
            f"CREATE TRIGGER freeze_{table}_delete BEFORE DELETE ON {table} "
            f"WHEN {owner('OLD')} BEGIN {raise_frozen} END",
        ]
    amendment = (
        f"OLD.status = 'minutes_approved' AND NEW.status = 'minutes_drafted' "
        f"AND {_unchanged(_MEETING_FIXED)} AND {_PENDING_AMENDMENT.format(m='OLD.id')}"
    )
    out += [
        f"CREATE TRIGGER freeze_meeting_update BEFORE UPDATE ON meeting "
        f"WHEN {frozen('OLD.id')} AND NOT ({amendment}) BEGIN {raise_frozen} END",
        f"CREATE TRIGGER freeze_meeting_delete BEFORE DELETE ON meeting "
        f"WHEN {frozen('OLD.id')} BEGIN {raise_frozen} END",
        "CREATE TRIGGER freeze_meeting_reapproval BEFORE UPDATE OF status ON meeting "
        "WHEN NEW.status = 'minutes_approved' AND OLD.status <> 'minutes_approved' "
        f"AND {_PENDING_AMENDMENT.format(m='OLD.id')} BEGIN SELECT RAISE(ABORT, "
        "'an amendment of these minutes is open; approving it records the new version'); END",
        "CREATE TRIGGER freeze_minutes_version_update BEFORE UPDATE ON minutes_version "
        f"WHEN OLD.status = 'approved' BEGIN {raise_frozen} END",
        "CREATE TRIGGER freeze_minutes_version_delete BEFORE DELETE ON minutes_version "
        f"WHEN OLD.status = 'approved' BEGIN {raise_frozen} END",
    ]
    return out


def trigger_names() -> list[str]:
    return [s.split()[2] for s in statements()]


def create_triggers(db: Database) -> None:
    """(Re)create every freeze trigger."""
    drop_triggers(db)
    columns = {r[1] for r in db.execute("PRAGMA table_info(action)").fetchall()}
    for statement in statements(marks="confidential" in columns):
        db.execute(statement)


def drop_triggers(db: Database) -> None:
    for name in trigger_names():
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
