"""Record values in a form two copies share: references as UUIDs instead of integer ids.

Integer ids differ between copies of a register (an import or a pack assigns its own), so a
change travels with every reference column holding the UUID of the record it points to.
``Resolver`` does both directions for one store, remembering what it looked up; for a record
deleted since, it finds the UUID in the history (which records every row's id and UUID).
"""

from __future__ import annotations

from typing import Any

from minutier.store.connection import Store
from minutier.store.writer import RECORD_TABLES_IN_ORDER, columns

# Never merged: identity and bookkeeping, set by each copy itself.
IDENTITY = frozenset({"id", "uuid", "created_at", "updated_at"})


_refs_cache: dict[tuple[int, str], dict[str, str]] = {}


def references(store: Store, table: str) -> dict[str, str]:
    """Reference columns of a record table and the table each points to (from the schema)."""
    if table not in RECORD_TABLES_IN_ORDER:
        raise ValueError(f"not a record table: {table!r}")
    key = (id(store.conn), table)
    if key not in _refs_cache:
        rows = store.conn.execute(f"PRAGMA foreign_key_list({table})").fetchall()
        _refs_cache[key] = {row[3]: row[2] for row in rows}
    return _refs_cache[key]


def mergeable(store: Store, table: str) -> tuple[str, ...]:
    """The columns a merge compares and writes (identity and document bytes left out)."""
    return tuple(c for c in columns(store, table) if c not in IDENTITY and c != "pdf")


class Resolver:
    """Integer id ↔ UUID of records of one store, cached."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._uuid: dict[tuple[str, int], str | None] = {}
        self._id: dict[tuple[str, str], int | None] = {}

    def uuid_of(self, table: str, row_id: int) -> str | None:
        key = (table, row_id)
        if key not in self._uuid:
            found = self.store.scalar(f"SELECT uuid FROM {table} WHERE id = ?", (row_id,))
            if found is None:  # deleted since: its history still names it
                found = self.store.scalar(
                    "SELECT row_uuid FROM history WHERE table_name = ? AND row_id = ? "
                    "ORDER BY id DESC LIMIT 1",
                    (table, row_id),
                )
            self._uuid[key] = found
        return self._uuid[key]

    def id_of(self, table: str, row_uuid: str) -> int | None:
        key = (table, row_uuid)
        if key not in self._id:
            self._id[key] = self.store.scalar(f"SELECT id FROM {table} WHERE uuid = ?", (row_uuid,))
        return self._id[key]

    def forget(self, table: str, row_uuid: str) -> None:
        """Drop a cached lookup after the merge inserted or deleted that record."""
        self._id.pop((table, row_uuid), None)

    def to_portable(self, table: str, values: dict[str, Any]) -> dict[str, Any]:
        """``values`` with each reference id replaced by the UUID of its record."""
        refs = references(self.store, table)
        out = {}
        for column, value in values.items():
            if column in refs and value is not None:
                value = self.uuid_of(refs[column], int(value))
            out[column] = value
        return out

    def to_local(self, table: str, values: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
        """``values`` with each reference UUID replaced by a local id; and the columns whose
        record this register does not hold."""
        refs = references(self.store, table)
        out, missing = {}, []
        for column, value in values.items():
            if column in refs and value is not None:
                local = self.id_of(refs[column], str(value))
                if local is None:
                    missing.append(column)
                value = local
            out[column] = value
        return out, missing

    def row(self, table: str, row_uuid: str) -> dict[str, Any] | None:
        """The record with this UUID as stored (local ids), or None."""
        cols = columns(self.store, table)
        found = self.store.conn.execute(
            f"SELECT {', '.join(cols)} FROM {table} WHERE uuid = ?", (row_uuid,)
        ).fetchone()
        return dict(zip(cols, found, strict=True)) if found else None
