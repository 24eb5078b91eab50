"""Conflicts a merge leaves for a person: recording them, listing them, resolving them.

A conflict is one row of ``merge_conflict``: one field (``field``) of one record, or a whole
record (``field`` is None: a delete of a record the register changed, an insert that could not
be made), with the base, register and incoming values as JSON (references as UUIDs) and who
changed it when on each side. Resolving keeps the register's value or writes the incoming one,
as one operation — so it is undoable and, on a hub, travels like any other change.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from minutier.core import clock
from minutier.core.errors import Conflict
from minutier.services.merge.changes import Change
from minutier.services.merge.portable import Resolver
from minutier.store.connection import Store
from minutier.store.writer import Operation

Keep = Literal["register", "incoming"]
ABSENT = object()  # "no value at all" (no such record, or unknown base)
_ABSENT = ABSENT


def _dump(value: Any) -> str | None:
    """JSON text of a value; SQL NULL when there is no value at all (no such record)."""
    if value is _ABSENT:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _load(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def register_side(
    store: Store, table: str, row_uuid: str, field: str | None
) -> tuple[str, str | None]:
    """Who last changed this field (or record) in the register, and when."""
    found = store.conn.execute(
        "SELECT who, at FROM history WHERE table_name = ? AND row_uuid = ? AND "
        "(? IS NULL OR kind <> 'update' OR ',' || fields || ',' LIKE '%,' || ? || ',%') "
        "ORDER BY id DESC LIMIT 1",
        (table, row_uuid, field, field),
    ).fetchone()
    return (found[0], found[1]) if found else ("", None)


def record(
    op: Operation,
    source: str,
    change: Change,
    field: str | None,
    *,
    base: Any = _ABSENT,
    register: Any = _ABSENT,
    incoming: Any = _ABSENT,
    reason: str = "",
) -> dict[str, Any] | None:
    """Keep one conflict (unless the same one is already waiting); returns its row or None."""
    store = op.store
    incoming_text = _dump(incoming)
    waiting = store.scalar(
        "SELECT id FROM merge_conflict WHERE status = 'open' AND table_name = ? AND row_uuid = ? "
        "AND field IS ? AND incoming IS ?",
        (change.table, change.row_uuid, field, incoming_text),
    )
    if waiting is not None:
        return None
    who, at = register_side(store, change.table, change.row_uuid, field)
    values = {
        "source": source,
        "table_name": change.table,
        "row_uuid": change.row_uuid,
        "field": field,
        "kind": change.kind,
        "reason": reason,
        "base": _dump(base),
        "register": _dump(register),
        "incoming": incoming_text,
        "register_who": who,
        "register_at": at,
        "incoming_who": change.who,
        "incoming_at": change.at or None,
    }
    row_id = op.insert("merge_conflict", values)
    return decode(op.get("merge_conflict", row_id) or {}, store)


def decode(row: dict[str, Any], store: Store | None = None) -> dict[str, Any]:
    """A conflict row with its values decoded (``None`` for "no such record" too) and, given
    the store, ``record``: how people name the record (CSIIA-A1)."""
    out = dict(row)
    if store is not None:
        from minutier.services.merge.labels import record_label

        out["record"] = record_label(store, row["table_name"], row["row_uuid"])
    for key in ("base", "register", "incoming"):
        out[key] = _load(row.get(key))
        out[f"has_{key}"] = row.get(key) is not None
    return out


def list_conflicts(store: Store, *, status: str | None = "open") -> list[dict[str, Any]]:
    """Conflicts, oldest first (only those waiting unless ``status`` says otherwise/None)."""
    rows = store.query(
        "SELECT * FROM merge_conflict WHERE ? IS NULL OR status = ? ORDER BY id", (status, status)
    )
    return [decode(r, store) for r in rows]


def _take_incoming(op: Operation, c: dict[str, Any]) -> None:
    resolver = Resolver(op.store)
    table, row_uuid = c["table_name"], c["row_uuid"]
    row = resolver.row(table, row_uuid)
    incoming = _load(c["incoming"])
    if c["kind"] == "delete":
        if row is not None:
            op.delete(table, row["id"])
        return
    if c["kind"] == "insert":
        if row is not None:
            raise Conflict("The register already holds this record; keep the register's version.")
        values, missing = resolver.to_local(table, dict(incoming))
        if missing:
            raise Conflict(
                "The record refers to one the register no longer holds; keep the register's version."
            )
        op.insert(table, {**values, "uuid": row_uuid})
        return
    if row is None:
        raise Conflict(
            "The record was deleted in the register; its incoming value cannot be applied."
        )
    field = c["field"]
    values, missing = resolver.to_local(table, {field: incoming})
    if missing:
        raise Conflict("The value refers to a record the register no longer holds.")
    op.update(table, row["id"], values)


def resolve(store: Store, conflict_id: int, keep: Keep) -> int:
    """Settle one conflict by keeping the register's value or taking the incoming one.

    One operation (undoable): the record's change, if any, and the conflict marked resolved.
    Raises ``Conflict`` with a sentence if the conflict is unknown, already settled, or the
    incoming value can no longer be applied (the user then keeps the register's value).
    """
    if keep not in ("register", "incoming"):
        raise ValueError(keep)
    c = store.query_one("SELECT * FROM merge_conflict WHERE id = ?", (conflict_id,))
    if c is None:
        raise Conflict(f"There is no conflict number {conflict_id}.")
    if c["status"] != "open":
        raise Conflict(f"Conflict {conflict_id} was already resolved.")
    what = f"{c['table_name'].replace('_', ' ')}" + (f" {c['field']}" if c["field"] else "")
    label = f"Resolve conflict {conflict_id} ({what}): keep " + (
        "register" if keep == "register" else "incoming value"
    )
    with store.operation(label) as op:
        if keep == "incoming":
            _take_incoming(op, c)
        op.update(
            "merge_conflict",
            conflict_id,
            {
                "status": "kept_register" if keep == "register" else "took_incoming",
                "resolved_by": store.who,
                "resolved_at": clock.utc_timestamp(),
            },
        )
    assert op.op is not None
    return op.op
