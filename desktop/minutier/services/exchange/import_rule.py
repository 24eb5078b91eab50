"""Which of a file's values an import may write into a record the register already holds.

The merge rule of ``services.merge``: a value replaces the register's only if the register
still holds what the file's sender started from. A version 2 record says what that was
(``Row.base``: the fields its sender changed, with their values before); a field it does not
list is one the sender did not change, so the register keeps its own. A version 1 record says
nothing, so a value is *stale* — a conflict, not a write — when the register changed that field
after the file's copy was made, or once held that very value and replaced it.
"""

from __future__ import annotations

import json
from typing import Any

from minutier.services.exchange.bases import RECEIVED, RECEIVED_SQL
from minutier.services.exchange.rows import Row
from minutier.services.merge import conflicts
from minutier.services.merge.changes import Change
from minutier.services.merge.portable import Resolver
from minutier.services.merge.rule import decide
from minutier.store.writer import Operation

_MISSING = object()


def _portable(row: Row, column: str, value: Any) -> Any:
    """A value of the file as a conflict keeps it (references as UUIDs)."""
    return row.refs.get(column, value)


def _held_before(op: Operation, row: Row, column: str, value: Any) -> tuple[str, str] | None:
    """(who, when) the register replaced ``value`` in this field, if it ever held it."""
    for who, at, before in op.store.conn.execute(
        "SELECT who, at, before FROM history WHERE table_name = ? AND row_uuid = ? "
        "AND kind = 'update' AND ',' || fields || ',' LIKE '%,' || ? || ',%' ORDER BY id DESC",
        (row.table, row.uuid, column),
    ):
        if json.loads(before or "{}").get(column, _MISSING) == value:
            return who, at
    return None


def _last_local_change(op: Operation, row: Row, column: str) -> str | None:
    """When this register itself last changed the field (values received from files or packs
    do not count: they are an older state of the sender's own lineage)."""
    return op.store.scalar(
        "SELECT at FROM history h WHERE table_name = ? AND row_uuid = ? AND "
        "(kind <> 'update' OR ',' || fields || ',' LIKE '%,' || ? || ',%') AND NOT ("
        + RECEIVED_SQL
        + ") ORDER BY id DESC LIMIT 1",
        (row.table, row.uuid, column, *RECEIVED),
    )


def filter_values(
    op: Operation,
    row: Row,
    current: dict[str, Any],
    values: dict[str, Any],
    *,
    source: str,
    file_time: str | None,
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The values the import may write, and the conflicts it recorded for the others."""
    resolver = Resolver(op.store)
    change = Change(row.table, row.uuid, "update", who="file " + source, at=row.updated_at or "")
    allowed: dict[str, Any] = {}
    found: list[dict[str, Any]] = []

    def conflict(column: str, base: Any, reason: str) -> None:
        register = resolver.to_portable(row.table, {column: current[column]})[column]
        incoming = _portable(row, column, values[column])
        kept = conflicts.record(
            op,
            source,
            change,
            column,
            base=base,
            register=register,
            incoming=incoming,
            reason=reason,
        )
        if kept is not None:
            found.append(kept)

    for column, value in values.items():
        if current[column] == value:
            continue
        if row.base is not None:  # version 2: the rule with the sender's base
            if column not in row.base:
                continue  # the sender did not change it: the register's value stands
            base = row.base[column]
            local = (
                resolver.to_local(row.table, {column: base})[0][column]
                if column in row.refs
                else base
            )
            outcome = decide(local, current[column], value)
            if outcome == "take":
                allowed[column] = value
            elif outcome == "conflict":
                conflict(column, base, "both sides changed it")
            continue
        changed_at = _last_local_change(op, row, column)
        if file_time and changed_at and changed_at > file_time:
            conflict(
                column,
                conflicts.ABSENT,
                f"the register changed it after the file's copy ({file_time})",
            )
            continue
        replaced = _held_before(op, row, column, value)
        if replaced is not None:
            conflict(
                column,
                conflicts.ABSENT,
                f"the file holds a value the register replaced on {replaced[1]}",
            )
            continue
        allowed[column] = value
    return allowed, found
