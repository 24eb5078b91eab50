"""One user action as one transaction and one history entry; and reverting such an entry.

Every service write goes through an ``Operation``: it stamps UUIDs and times, and records each
changed row in ``history`` (who, when, label, table, row UUID, fields, before, after) under one
operation number. Because the history holds whole rows for inserts and deletes and the changed
fields for updates, any operation can be reverted exactly, which is what undo is built on.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from types import TracebackType
from typing import TYPE_CHECKING, Any

from minutier.core import clock
from minutier.core.errors import Conflict, FrozenRecord, MinutierError
from minutier.store import cycles

if TYPE_CHECKING:
    from minutier.store.connection import Store

# Tables a service may write, parents before children (each reference points to an earlier
# table or into its own); identifiers in SQL come only from this list, never from user input.
RECORD_TABLES_IN_ORDER = (
    "source",
    "organisation",
    "person",
    "person_role",
    "committee",
    "membership",
    "meeting_series",
    "meeting",
    "attendance",
    "agenda_item",
    "note",
    "initiative",
    "announcement",
    "decision",
    "attachment",
    "figure",
    "decision_initiative",
    "announcement_initiative",
    "action",
    "action_note",
    "minutes_version",
    "house_style",
)
RECORD_TABLES = frozenset(RECORD_TABLES_IN_ORDER)
# Tables written through ``Operation`` (so audited and undoable) that are not records a user
# edits or exchanges: the conflicts a merge leaves for a person (``services.merge``).
INTERNAL_TABLES = frozenset({"merge_conflict"})
_TIMESTAMPS = ("created_at", "updated_at")
_columns_cache: dict[tuple[int, str], tuple[str, ...]] = {}


def columns(store: Store, table: str) -> tuple[str, ...]:
    """Column names of a record table (checked against the allow-list)."""
    if table not in RECORD_TABLES and table not in INTERNAL_TABLES:
        raise ValueError(f"not a record table: {table!r}")
    key = (id(store.conn), table)
    if key not in _columns_cache:
        rows = store.conn.execute(f"PRAGMA table_info({table})").fetchall()
        _columns_cache[key] = tuple(r[1] for r in rows)
    return _columns_cache[key]


def _jsonable(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        data = bytes(value)
        return {"$bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    return value


def _dump(values: dict[str, Any] | None) -> str | None:
    if values is None:
        return None
    return json.dumps(
        {k: _jsonable(v) for k, v in values.items()}, ensure_ascii=False, sort_keys=True
    )


def translate_integrity_error(e: sqlite3.Error) -> MinutierError:
    """Turn a constraint or trigger failure into a sentence for the user."""
    text = " ".join(str(e).split())  # a quoted CHECK spans lines of the schema's SQL
    if "frozen" in text:
        return FrozenRecord()
    if "UNIQUE constraint failed" in text:
        what = text.split(":", 1)[-1].strip()
        return Conflict(f"Another record already uses this value ({what}).")
    if "FOREIGN KEY constraint failed" in text:
        return Conflict(
            "This record is still referred to by others, or refers to one that is gone."
        )
    if "CHECK constraint failed" in text:
        return Conflict(f"The values break a rule of the register ({text.split(':')[-1].strip()}).")
    if "NOT NULL constraint failed" in text:
        return Conflict(f"A required value is missing ({text.split(':')[-1].strip()}).")
    return Conflict(f"The change was refused: {text}.")


class Operation:
    """Context manager for one user action; use ``store.operation(label)``."""

    def __init__(self, store: Store, label: str, *, absorb: bool = False) -> None:
        self.store = store
        self.label = label
        self.op: int | None = None
        self.changes = 0
        self._at = ""
        self._tx: Any = None
        # ``absorb``: operations opened inside this one (by the services it calls) write their
        # history under this one's number and label, so a compound action (create the owner,
        # then record the line) is still one history entry and one undo step.
        self.absorb = absorb
        self._outer: Operation | None = None

    def __enter__(self) -> Operation:
        self._tx = self.store.transaction()
        self._tx.__enter__()
        self._at = clock.utc_timestamp()
        outer = getattr(self.store, "_absorbing", None)
        if outer is not None:
            self._outer = outer
        elif self.absorb:
            self.store._absorbing = self  # type: ignore[attr-defined]
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool:
        if getattr(self.store, "_absorbing", None) is self:
            self.store._absorbing = None  # type: ignore[attr-defined]
        try:
            self._tx.__exit__(exc_type, exc, tb)
        except sqlite3.IntegrityError as e:
            raise translate_integrity_error(e) from e
        if isinstance(exc, sqlite3.IntegrityError):
            raise translate_integrity_error(exc) from exc
        return False

    # -- reading inside the transaction -------------------------------------------------
    def get(self, table: str, row_id: int) -> dict[str, Any] | None:
        cols = columns(self.store, table)
        row = self.store.conn.execute(
            f"SELECT {', '.join(cols)} FROM {table} WHERE id = ?", (row_id,)
        ).fetchone()
        return dict(zip(cols, row, strict=True)) if row else None

    # -- writing --------------------------------------------------------------------------
    def _record(
        self,
        table: str,
        row_id: int,
        row_uuid: str,
        kind: str,
        fields: list[str],
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
    ) -> None:
        if self._outer is not None:
            self._outer._record(table, row_id, row_uuid, kind, fields, before, after)
            self.changes += 1
            return
        if self.op is None:
            self.op = self.store.scalar("SELECT coalesce(max(op), 0) + 1 FROM history")
        self.store.conn.execute(
            "INSERT INTO history (op, at, who, label, table_name, row_id, row_uuid, kind, "
            "fields, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                self.op,
                self._at,
                self.store.who,
                self.label,
                table,
                row_id,
                row_uuid,
                kind,
                ",".join(fields),
                _dump(before),
                _dump(after),
            ),
        )
        self.changes += 1

    def insert(self, table: str, values: dict[str, Any]) -> int:
        """Insert a record; ``uuid``/times are filled unless given (import keeps them)."""
        cols = columns(self.store, table)
        unknown = set(values) - set(cols)
        if unknown:
            raise ValueError(f"unknown columns for {table}: {sorted(unknown)}")
        row = dict(values)
        row.setdefault("uuid", clock.new_uuid())
        row.setdefault("created_at", self._at)
        row.setdefault("updated_at", row["created_at"])
        names = list(row)
        cursor = self.store.conn.execute(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            [row[n] for n in names],
        )
        row_id = int(cursor.lastrowid or row.get("id") or 0)
        cycles.check(self.store.conn, table, row_id, row)  # a parent that leads back to itself
        stored = self.get(table, row_id)
        assert stored is not None
        self._record(table, row_id, stored["uuid"], "insert", list(cols), None, stored)
        return row_id

    def update(
        self, table: str, row_id: int, values: dict[str, Any], *, keep_updated_at: bool = False
    ) -> bool:
        """Change fields of a record; returns False (and records nothing) if nothing changed."""
        before = self.get(table, row_id)
        if before is None:
            raise Conflict(f"The {table.replace('_', ' ')} no longer exists.")
        unknown = set(values) - set(before)
        if unknown or "id" in values or "uuid" in values:
            raise ValueError(f"cannot update {sorted(unknown | ({'id', 'uuid'} & set(values)))}")
        changed = {k: v for k, v in values.items() if before[k] != v and k not in _TIMESTAMPS}
        if not changed:
            return False
        stamp = {} if keep_updated_at else {"updated_at": self._at}
        assignments = {**changed, **stamp}
        self.store.conn.execute(
            f"UPDATE {table} SET {', '.join(f'{k} = ?' for k in assignments)} WHERE id = ?",
            [*assignments.values(), row_id],
        )
        cycles.check(self.store.conn, table, row_id, changed)
        fields = sorted(changed)
        self._record(
            table,
            row_id,
            before["uuid"],
            "update",
            fields,
            {k: before[k] for k in fields},
            {k: changed[k] for k in fields},
        )
        return True

    def delete(self, table: str, row_id: int) -> None:
        """Delete one record (dependants first: see ``minutier.services.records.delete``)."""
        before = self.get(table, row_id)
        if before is None:
            raise Conflict(f"The {table.replace('_', ' ')} no longer exists.")
        self.store.conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
        self._record(table, row_id, before["uuid"], "delete", list(before), before, None)

    # -- reverting --------------------------------------------------------------------------
    def revert(self, op: int) -> None:
        """Undo every change of operation ``op``, newest first, refusing if they were overtaken."""
        rows = self.store.query(
            "SELECT table_name, row_id, kind, before, after FROM history WHERE op = ? "
            "ORDER BY id DESC",
            (op,),
        )
        if not rows:
            raise Conflict("There is nothing to undo for this step.")
        for h in rows:
            table, row_id, kind = h["table_name"], h["row_id"], h["kind"]
            before = json.loads(h["before"]) if h["before"] else None
            after = json.loads(h["after"]) if h["after"] else None
            current = self.get(table, row_id)
            if kind == "insert":
                if current is None:
                    continue  # already gone
                self.delete(table, row_id)
            elif kind == "delete":
                assert before is not None
                if current is not None:
                    raise Conflict("The record was re-created since; this step cannot be undone.")
                if any(isinstance(v, dict) and "$bytes" in v for v in before.values()):
                    raise Conflict("This step stored a document and cannot be undone.")
                self.insert(table, before)
            else:
                assert before is not None and after is not None
                if current is None:
                    raise Conflict("The record was deleted since; this step cannot be undone.")
                if any(current[k] != v for k, v in after.items()):
                    raise Conflict(
                        "The record was changed again since; undo the later change first."
                    )
                self.update(table, row_id, before)
