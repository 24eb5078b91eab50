"""The audit trail as users see it, and undo/redo built on reverting recorded operations."""

from __future__ import annotations

import json
from typing import Any

from minutier.store.connection import Store


def last_op(store: Store) -> int | None:
    """Number of the latest recorded operation."""
    return store.scalar("SELECT max(op) FROM history")


def revert(store: Store, op: int, *, label: str | None = None) -> int:
    """Undo operation ``op`` as a new operation (so undo itself is audited); returns its number.

    Reverting the revert is redo. Raises ``Conflict`` if later changes overtook the step.
    """
    original = store.query_one("SELECT label FROM history WHERE op = ? LIMIT 1", (op,))
    with store.operation(label or f"Undo: {original['label'] if original else op}") as o:
        o.revert(op)
    assert o.op is not None
    return o.op


def of_record(store: Store, table: str, row_uuid: str) -> list[dict[str, Any]]:
    """Every change to one record, oldest first, with before/after decoded."""
    rows = store.query(
        "SELECT op, at, who, label, kind, fields, before, after FROM history "
        "WHERE row_uuid = ? AND table_name = ? ORDER BY id",
        (row_uuid, table),
    )
    for r in rows:
        r["before"] = json.loads(r["before"]) if r["before"] else None
        r["after"] = json.loads(r["after"]) if r["after"] else None
        r["fields"] = r["fields"].split(",") if r["fields"] else []
    return rows


def operations(store: Store, *, limit: int = 100) -> list[dict[str, Any]]:
    """The latest operations (one line per user action), newest first."""
    return store.query(
        "SELECT op, min(at) AS at, who, label, count(*) AS changes FROM history "
        "GROUP BY op ORDER BY op DESC LIMIT ?",
        (limit,),
    )
