"""Operations as they travel through the hub: references as UUIDs, documents as their bytes.

A local operation is read from the history (one entry per changed row) and becomes a list of
``hub.Change``: the fields before and after, with every reference replaced by the UUID of its
record (integer ids differ between replicas), no ``id``/``uuid`` (the row UUID says which
record), and a stored document (an approved PDF) carried as base64 with its SHA-256, since the
history keeps only its digest. ``to_merge`` turns a hub change into the merge module's input.
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

from minutier.services import merge
from minutier.services.merge.portable import Resolver
from minutier.services.sync.hub import Change, HubOp
from minutier.store.connection import Store
from minutier.store.writer import RECORD_TABLES, columns

_DROP = ("id", "uuid")


def _is_digest(value: Any) -> bool:
    return isinstance(value, dict) and "$bytes" in value


def encode_blob(data: bytes) -> dict[str, Any]:
    return {
        "$b64": base64.b64encode(data).decode("ascii"),
        "sha256": hashlib.sha256(data).hexdigest(),
    }


def decode_value(value: Any) -> Any:
    """A travelling value as stored: documents back to bytes (a bare digest to None)."""
    if isinstance(value, dict):
        if "$b64" in value:
            return base64.b64decode(value["$b64"])
        if "$bytes" in value:
            return None
    return value


class Reader:
    """Reads local operations as hub changes (one per history entry, in history order)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.resolver = Resolver(store)

    def _blob(self, table: str, row_uuid: str, column: str, digest: dict[str, Any]) -> Any:
        """The bytes a digest stands for, when the record still holds them; else the digest."""
        if column not in columns(self.store, table):
            return digest
        data = self.store.scalar(f"SELECT {column} FROM {table} WHERE uuid = ?", (row_uuid,))
        if data is not None and hashlib.sha256(bytes(data)).hexdigest() == digest.get("sha256"):
            return encode_blob(bytes(data))
        return digest

    def _portable(
        self, table: str, row_uuid: str, values: dict[str, Any] | None
    ) -> dict[str, Any] | None:
        if values is None:
            return None
        plain = {k: v for k, v in values.items() if k not in _DROP}
        out = self.resolver.to_portable(
            table, {k: v for k, v in plain.items() if not _is_digest(v)}
        )
        for k, v in plain.items():
            if _is_digest(v):
                out[k] = self._blob(table, row_uuid, k, v)
        return out

    def changes(self, op: int) -> list[Change]:
        """The record changes of local operation ``op`` (conflict bookkeeping left out)."""
        out = []
        for table, row_uuid, kind, before, after in self.store.conn.execute(
            "SELECT table_name, row_uuid, kind, before, after FROM history WHERE op = ? ORDER BY id",
            (op,),
        ).fetchall():
            if table not in RECORD_TABLES:
                continue
            b = json.loads(before) if before else None
            a = json.loads(after) if after else None
            out.append(
                Change(
                    table,
                    row_uuid,
                    kind,
                    self._portable(table, row_uuid, b),
                    self._portable(table, row_uuid, a),
                )
            )
        return out

    def op(self, op: int, op_uuid: str, replica: str) -> HubOp:
        head = self.store.query_one(
            "SELECT at, who, label FROM history WHERE op = ? ORDER BY id LIMIT 1", (op,)
        )
        assert head is not None
        return HubOp(
            op_uuid=op_uuid,
            replica=replica,
            at=head["at"],
            label=head["label"],
            local_who=head["who"],
            changes=self.changes(op),
        )

    def row(self, table: str, row: dict[str, Any]) -> dict[str, Any]:
        """A whole record (as read from its table) in travelling form."""
        plain = {k: v for k, v in row.items() if k not in _DROP}
        blobs = {k: v for k, v in plain.items() if isinstance(v, bytes | memoryview)}
        out = self.resolver.to_portable(table, {k: v for k, v in plain.items() if k not in blobs})
        for k, v in blobs.items():
            out[k] = encode_blob(bytes(v))
        return out


def to_merge(change: Change, *, who: str, at: str) -> merge.Change:
    """A hub change as the merge module's ``Change`` (the rule decides how it applies)."""
    before = {k: decode_value(v) for k, v in (change.before or {}).items()}
    after = {k: decode_value(v) for k, v in (change.after or {}).items()}
    if change.kind == "insert":
        created = after.get("created_at")
        return merge.Change(
            change.table,
            change.row_uuid,
            "insert",
            base={},
            incoming=after,
            who=who,
            at=at,
            created_at=created,
        )
    if change.kind == "delete":
        before.pop("updated_at", None)
        return merge.Change(change.table, change.row_uuid, "delete", base=before, who=who, at=at)
    for k in ("created_at", "updated_at"):
        before.pop(k, None)
        after.pop(k, None)
    return merge.Change(
        change.table, change.row_uuid, "update", base=before, incoming=after, who=who, at=at
    )
