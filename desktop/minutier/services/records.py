"""Generic create / update / delete of any record, with validation, history and dependants.

Deleting follows the schema's foreign keys: a required reference means ownership (the child
goes with its parent: a meeting takes its agenda, attendance, notes); an optional one is
detached (an action keeps existing when its decision is deleted). A few links refuse instead,
so a committee with meetings cannot vanish by one click. ``dependants`` says, before asking the
user, exactly what would go and what would be detached.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from minutier.core import clock, fields
from minutier.core.errors import Conflict, NotFound
from minutier.store.connection import Store
from minutier.store.writer import RECORD_TABLES, Operation

# (child table, column) whose rows stop a delete of the parent instead of going with it.
RESTRICT = frozenset(
    {
        ("meeting", "committee_id"),
        ("decision", "committee_id"),
        ("action", "committee_id"),
        ("minutes_version", "approved_at_meeting_id"),
    }
)
# Optional references that still mean ownership: records made at a meeting go with it, and a
# figure goes with whichever record owns it (it must have exactly one owner).
CASCADE_OPTIONAL = frozenset(
    {
        ("decision", "meeting_id"),
        ("action", "meeting_id"),
        ("announcement", "meeting_id"),
        ("figure", "announcement_id"),
        ("figure", "decision_id"),
        ("figure", "initiative_id"),
        ("attachment", "meeting_id"),  # a meeting's papers go with it
        ("attachment", "decision_id"),
    }
)


@dataclass
class Dependants:
    """What deleting a record takes with it (``deleted``) and what only loses a link."""

    deleted: list[tuple[str, int]] = field(default_factory=list)
    detached: list[tuple[str, int, str]] = field(default_factory=list)
    blocking: list[tuple[str, int]] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for table, _ in self.deleted[1:]:
            out[table] = out.get(table, 0) + 1
        return out


def _references(store: Store) -> list[tuple[str, str, str, bool]]:
    """(child table, child column, parent table, column is NOT NULL) for every foreign key."""
    out = []
    for table in sorted(RECORD_TABLES):
        notnull = {r[1]: bool(r[3]) for r in store.conn.execute(f"PRAGMA table_info({table})")}
        for fk in store.conn.execute(f"PRAGMA foreign_key_list({table})"):
            out.append((table, fk[3], fk[2], notnull[fk[3]]))
    return out


def dependants(store: Store, table: str, row_id: int) -> Dependants:
    """Everything a delete of ``table`` #``row_id`` would delete, detach, or be refused by."""
    refs = _references(store)
    result = Dependants()
    seen: set[tuple[str, int]] = set()

    def visit(t: str, rid: int) -> None:
        if (t, rid) in seen:
            return
        seen.add((t, rid))
        result.deleted.append((t, rid))
        for child, column, parent, notnull in refs:
            if parent != t:
                continue
            ids = [
                r[0]
                for r in store.conn.execute(f"SELECT id FROM {child} WHERE {column} = ?", (rid,))
            ]
            for cid in ids:
                if (child, column) in RESTRICT:
                    result.blocking.append((child, cid))
                elif notnull or (child, column) in CASCADE_OPTIONAL:
                    visit(child, cid)
                elif (child, cid) not in seen:
                    result.detached.append((child, cid, column))

    visit(table, row_id)
    deleted = set(result.deleted)
    result.detached = [d for d in result.detached if (d[0], d[1]) not in deleted]
    return result


def today() -> dt.date:
    return clock.today()


def get(store: Store, table: str, row_id: int) -> dict[str, Any]:
    """One record as a dict, or NotFound."""
    if table not in RECORD_TABLES:
        raise ValueError(table)
    row = store.query_one(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
    if row is None:
        raise NotFound(table.replace("_", " "), row_id)
    return row


def create(store: Store, table: str, values: Mapping[str, Any], *, label: str | None = None) -> int:
    """Validate and insert one record in its own operation; returns its id."""
    clean = fields.clean(table, values, today=today())
    with store.operation(label or f"Create {table.replace('_', ' ')}") as op:
        return op.insert(table, clean)


def update(
    store: Store,
    table: str,
    row_id: int,
    values: Mapping[str, Any],
    *,
    label: str | None = None,
) -> bool:
    """Validate and change some fields of a record; returns whether anything changed."""
    clean = fields.clean(table, values, today=today(), partial=True)
    with store.operation(label or f"Edit {table.replace('_', ' ')}") as op:
        return op.update(table, row_id, clean)


def delete_in(op: Operation, table: str, row_id: int) -> Dependants:
    """Delete a record and its dependants inside an open operation."""
    deps = dependants(op.store, table, row_id)
    if deps.blocking:
        kinds = sorted({t.replace("_", " ") for t, _ in deps.blocking})
        raise Conflict(
            f"This {table.replace('_', ' ')} cannot be deleted while it has "
            f"{', '.join(kinds)} records; delete or move those first."
        )
    for child, cid, column in deps.detached:
        op.update(child, cid, {column: None})
    for t, rid in deletion_order(op.store, deps.deleted):
        op.delete(t, rid)
    return deps


def deletion_order(store: Store, rows: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """``rows`` ordered so that no row is deleted while another of them still refers to it.

    A record can be reached along two paths (an action belongs to the meeting and refers to a
    decision of the same meeting), so the order found while collecting is not enough. Undo
    re-inserts in the reverse order, which is then also valid.
    """
    wanted = set(rows)
    referenced_by: dict[tuple[str, int], set[tuple[str, int]]] = {r: set() for r in rows}
    for child, column, parent, _ in _references(store):
        ids = [rid for t, rid in rows if t == child]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            for cid, pid in store.conn.execute(
                f"SELECT id, {column} FROM {child} WHERE id IN ({marks}) AND {column} IS NOT NULL",
                chunk,
            ):
                if (parent, pid) in wanted and (parent, pid) != (child, cid):
                    referenced_by[(parent, pid)].add((child, cid))
    order: list[tuple[str, int]] = []
    done: set[tuple[str, int]] = set()
    pending = list(reversed(rows))  # children first, as found: usually already right
    while pending:
        ready = [r for r in pending if referenced_by[r] <= done]
        if not ready:  # a cycle of references: let the foreign-key check refuse it
            ready = pending[:1]
        for r in ready:
            order.append(r)
            done.add(r)
        pending = [r for r in pending if r not in done]
    return order


def delete(store: Store, table: str, row_id: int, *, label: str | None = None) -> Dependants:
    """Delete a record with everything it owns, as one undoable operation."""
    get(store, table, row_id)
    with store.operation(label or f"Delete {table.replace('_', ' ')}") as op:
        return delete_in(op, table, row_id)


def next_number(store: Store, table: str, committee_id: int) -> int:
    """The next free sequence number of meetings, decisions or actions in a committee."""
    if table not in ("meeting", "decision", "action"):  # identifiers only from this list
        raise ValueError(f"not a numbered table: {table!r}")
    return int(
        store.scalar(
            f"SELECT coalesce(max(number), 0) + 1 FROM {table} WHERE committee_id = ?",
            (committee_id,),
        )
    )


def next_position(store: Store, table: str, column: str, parent_id: int | None) -> int:
    """One past the last position among siblings (agenda items of a meeting, notes…)."""
    if table not in RECORD_TABLES or column not in (
        "meeting_id",
        "agenda_item_id",
        "announcement_id",
    ):
        raise ValueError(f"not an ordered child: {table}.{column}")
    return int(
        store.scalar(
            f"SELECT coalesce(max(position), 0) + 1 FROM {table} WHERE {column} IS ?",
            (parent_id,),
        )
    )
