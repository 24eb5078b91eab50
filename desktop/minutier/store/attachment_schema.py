"""The ``attachment`` table: files kept inside the register, and the triggers that freeze them.

A file belongs to a meeting, one of its agenda items, or a decision (``meeting_id`` is set for
the first two and for a decision taken at a meeting). Its bytes live in ``content``; ``size``
and ``sha256`` are checked against them by the storage itself. While the meeting it belongs to
is frozen (approved minutes, ``store.freeze``), its files can be neither added, changed nor
removed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from minutier.store import freeze

if TYPE_CHECKING:  # type only: sqlite-utils is not imported at start-up
    from sqlite_utils import Database

MAX_BYTES = 25 * 1024 * 1024  # stated to users: 25 MiB per file

TABLE = f"""CREATE TABLE attachment (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    meeting_id INTEGER REFERENCES meeting (id),
    agenda_item_id INTEGER REFERENCES agenda_item (id),
    decision_id INTEGER REFERENCES decision (id),
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL CHECK (name <> '' AND length(name) <= 255),
    media_type TEXT NOT NULL DEFAULT 'application/octet-stream',
    size INTEGER NOT NULL CHECK (size >= 0 AND size <= {MAX_BYTES}),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    content BLOB NOT NULL CHECK (length(content) = size),
    CHECK (meeting_id IS NOT NULL OR decision_id IS NOT NULL)
) STRICT"""

INDEXES = (
    "CREATE INDEX idx_attachment_meeting_id ON attachment (meeting_id, position)",
    "CREATE INDEX idx_attachment_agenda_item_id ON attachment (agenda_item_id)",
    "CREATE INDEX idx_attachment_decision_id ON attachment (decision_id)",
    "CREATE INDEX idx_attachment_name ON attachment (name COLLATE NOCASE)",
)


def _owner_frozen(row: str) -> str:
    decision = (
        f"EXISTS (SELECT 1 FROM decision fd WHERE fd.id = {row}.decision_id "
        f"AND {freeze.frozen('fd.meeting_id')})"
    )
    return f"({freeze.frozen(f'{row}.meeting_id')} OR {decision})"


def statements() -> list[str]:
    """The freeze triggers of the attachment table."""
    refuse = f"BEGIN SELECT RAISE(ABORT, '{freeze.MESSAGE}'); END"
    return [
        "CREATE TRIGGER freeze_attachment_insert BEFORE INSERT ON attachment "
        f"WHEN {_owner_frozen('NEW')} {refuse}",
        "CREATE TRIGGER freeze_attachment_update BEFORE UPDATE ON attachment "
        f"WHEN {_owner_frozen('OLD')} OR {_owner_frozen('NEW')} {refuse}",
        "CREATE TRIGGER freeze_attachment_delete BEFORE DELETE ON attachment "
        f"WHEN {_owner_frozen('OLD')} {refuse}",
    ]


def create_triggers(db: Database) -> None:
    """(Re)create the attachment freeze triggers (if the table exists)."""
    exists = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'attachment'"
    ).fetchone()
    if not exists:
        return
    for statement in statements():
        db.execute(f"DROP TRIGGER IF EXISTS {statement.split()[2]}")
        db.execute(statement)


def create(db: Database) -> None:
    """The table, its indexes and triggers (the migration)."""
    db.execute(TABLE)
    for statement in INDEXES:
        db.execute(statement)
    create_triggers(db)
