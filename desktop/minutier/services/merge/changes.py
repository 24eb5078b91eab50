"""What another copy did since a common base, record by record: the input of every merge.

``changes_from_history`` folds a copy's history after a given operation into one ``Change``
per record (an edit then its undo cancel out; an insert later deleted disappears), with base
values taken from the first ``before`` and incoming values from the last ``after``, references
turned into UUIDs. A ``Change`` is plain data (``to_json``/``from_json``) so it can travel.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

from minutier.services.merge.portable import IDENTITY, Resolver
from minutier.store.connection import Store
from minutier.store.writer import RECORD_TABLES_IN_ORDER

Kind = Literal["insert", "update", "delete"]
_ORDER = {table: i for i, table in enumerate(RECORD_TABLES_IN_ORDER)}


@dataclass
class Change:
    """One record's net change on another copy since the base.

    - ``insert``: ``incoming`` holds the whole new record (``base`` is empty);
    - ``update``: ``base`` and ``incoming`` hold the changed fields, before and after;
    - ``delete``: ``base`` holds the whole record as it was (``incoming`` is empty).
    Field values are as stored, except references, which hold the UUID of their record.
    ``who``/``at`` say who made the (last) change on that copy and when (UTC).
    """

    table: str
    row_uuid: str
    kind: Kind
    base: dict[str, Any] = field(default_factory=dict)
    incoming: dict[str, Any] = field(default_factory=dict)
    who: str = ""
    at: str = ""
    created_at: str | None = None  # an inserted record keeps its creation time

    def to_json(self) -> dict[str, Any]:
        return {
            "table": self.table,
            "row_uuid": self.row_uuid,
            "kind": self.kind,
            "base": self.base,
            "incoming": self.incoming,
            "who": self.who,
            "at": self.at,
            "created_at": self.created_at,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Change:
        return cls(
            table=data["table"],
            row_uuid=data["row_uuid"],
            kind=data["kind"],
            base=dict(data.get("base") or {}),
            incoming=dict(data.get("incoming") or {}),
            who=data.get("who", ""),
            at=data.get("at", ""),
            created_at=data.get("created_at"),
        )


def _is_document(value: Any) -> bool:
    return isinstance(value, dict) and "$bytes" in value


def _fields(values: dict[str, Any] | None) -> dict[str, Any]:
    """Mergeable fields of a history before/after (identity and document digests left out)."""
    return {k: v for k, v in (values or {}).items() if k not in IDENTITY and not _is_document(v)}


class _Fold:
    """Accumulates one record's history entries into its net change."""

    def __init__(self, table: str, row_uuid: str, first_id: int) -> None:
        self.table, self.row_uuid, self.first_id = table, row_uuid, first_id
        self.existed: bool | None = None  # did the record exist at the base?
        self.base: dict[str, Any] = {}  # fields as at the base (known ones)
        self.current: dict[str, Any] | None = {}  # fields now (None: deleted)
        self.created_at: str | None = None
        self.who, self.at = "", ""

    def add(self, kind: str, before: dict | None, after: dict | None, who: str, at: str) -> None:
        self.who, self.at = who, at
        if self.existed is None:
            self.existed = kind != "insert"
        if kind == "insert":
            self.current = _fields(after)
            self.created_at = (after or {}).get("created_at")
            return
        if self.existed:
            for k, v in _fields(before).items():
                self.base.setdefault(k, v)
        if kind == "delete":
            self.current = None
        else:
            assert self.current is not None
            self.current.update(_fields(after))

    def change(self) -> Change | None:
        t, u = self.table, self.row_uuid
        if not self.existed:
            if self.current is None:
                return None  # created and deleted on that copy: nothing to tell
            return Change(
                t, u, "insert", {}, dict(self.current), self.who, self.at, self.created_at
            )
        if self.current is None:
            return Change(t, u, "delete", dict(self.base), {}, self.who, self.at)
        incoming = {k: v for k, v in self.current.items() if k in self.base and self.base[k] != v}
        if not incoming:
            return None  # changed and changed back
        base = {k: self.base[k] for k in incoming}
        return Change(t, u, "update", base, incoming, self.who, self.at)


def changes_from_history(
    store: Store, after_op: int, *, tables: frozenset[str] | None = None
) -> list[Change]:
    """The net change of every record the history of ``store`` touched after operation ``after_op``.

    Ordered so that a merge can apply them as they come: inserts and updates parents first,
    then deletes children first.
    """
    resolver = Resolver(store)
    folds: dict[tuple[str, str], _Fold] = {}
    cursor = store.conn.execute(
        "SELECT id, table_name, row_uuid, kind, before, after, who, at FROM history "
        "WHERE op > ? ORDER BY id",
        (after_op,),
    )
    for hid, table, row_uuid, kind, before, after, who, at in cursor.fetchall():
        if table not in _ORDER or (tables is not None and table not in tables):
            continue
        b = json.loads(before) if before else None
        a = json.loads(after) if after else None
        b = resolver.to_portable(table, b) if b else b
        a = resolver.to_portable(table, a) if a else a
        key = (table, row_uuid)
        if key not in folds:
            folds[key] = _Fold(table, row_uuid, hid)
        folds[key].add(kind, b, a, who, at)
    out = [c for c in (f.change() for f in folds.values()) if c is not None]
    first = {(f.table, f.row_uuid): f.first_id for f in folds.values()}

    def order(c: Change) -> tuple[int, int, int]:
        rank = _ORDER[c.table]
        if c.kind == "delete":
            return (1, -rank, -first[(c.table, c.row_uuid)])
        return (0, rank, first[(c.table, c.row_uuid)])

    return sorted(out, key=order)
