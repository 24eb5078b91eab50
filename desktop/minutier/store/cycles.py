"""References that must never loop: a committee its own parent, decisions superseding each other.

Each write through ``Operation`` that sets one of these columns follows the chain from the
new target and refuses the change (rolled back with its operation) when it leads back to the
record itself: directly (A → A), through one other (A ↔ B) or through many. The walk uses
``UNION``, so even a loop already in an older file ends.
"""

from __future__ import annotations

import sqlite3

from minutier.core.errors import ValidationError

# (table, column) → (the field as the forms name it, why it is refused)
CHAINS: dict[tuple[str, str], tuple[str, str]] = {
    ("committee", "parent_id"): (
        "parent",
        "a committee cannot be its own parent, even through others",
    ),
    ("organisation", "parent_id"): (
        "parent",
        "an organisation cannot be its own parent, even through others",
    ),
    ("initiative", "parent_id"): (
        "parent",
        "an initiative cannot be its own parent, even through others",
    ),
    ("decision", "superseded_by_id"): (
        "superseded by",
        "decisions cannot supersede each other, even through others",
    ),
}


def loops(conn: sqlite3.Connection, table: str, column: str, row_id: int, target: int) -> bool:
    """Whether setting ``table.column`` of ``row_id`` to ``target`` closes a loop."""
    if (table, column) not in CHAINS:  # identifiers only from this list
        raise ValueError(f"not a chained reference: {table}.{column}")
    if target == row_id:
        return True
    found = conn.execute(
        f"WITH RECURSIVE up(id) AS (SELECT ? UNION SELECT t.{column} FROM {table} t "
        f"JOIN up ON t.id = up.id WHERE t.{column} IS NOT NULL) "
        "SELECT 1 FROM up WHERE id = ? LIMIT 1",
        (target, row_id),
    ).fetchone()
    return found is not None


# How the refusal names the record pointed at (column of that table), rather than its id.
_SHOWN = {"committee": "code", "organisation": "name", "initiative": "name", "decision": "number"}


def check(conn: sqlite3.Connection, table: str, row_id: int, values: dict[str, object]) -> None:
    """Refuse (``ValidationError``) ``values`` written to ``row_id`` if one closes a loop."""
    for (chained, column), (field, reason) in CHAINS.items():
        target = values.get(column) if chained == table else None
        if isinstance(target, int) and loops(conn, table, column, row_id, target):
            shown = conn.execute(
                f"SELECT {_SHOWN[table]} FROM {table} WHERE id = ?", (target,)
            ).fetchone()
            raise ValidationError(field, shown[0] if shown else target, reason)
