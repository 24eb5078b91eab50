"""This register as a replica of a hub: its settings in ``meta`` and its operations' states.

``meta`` keys: ``sync.hub`` (the hub's address, never with a password), ``sync.hub_id`` (which
hub), ``sync.replica`` (this replica's id), ``sync.seq`` (the last hub operation applied here),
``sync.base_op`` (history operations up to this one are already on the hub: the published or
cloned content), ``sync.last_sync`` (UTC time of the last complete round).
``sync_op`` (migration ``m013_sync_hub_ops``) says, per history operation, where it stands.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from minutier.store.connection import Store
from minutier.store.writer import RECORD_TABLES


@dataclass
class Status:
    """What the window's sync indicator shows."""

    hub: str | None
    last_sync: str | None
    pending: int
    conflicts: int


def get(store: Store, key: str) -> str | None:
    return store.scalar("SELECT value FROM meta WHERE key = ?", (f"sync.{key}",))


def put(store: Store, key: str, value: str | int) -> None:
    store.conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (f"sync.{key}", str(value)),
    )


def hub_url(store: Store) -> str | None:
    return get(store, "hub")


def replica_id(store: Store) -> str | None:
    return get(store, "replica")


def seq(store: Store) -> int:
    return int(get(store, "seq") or 0)


def base_op(store: Store) -> int:
    return int(get(store, "base_op") or 0)


def attach(store: Store, url: str, hub_id: str, at_seq: int, replica: str | None = None) -> str:
    """Make this register a replica of the hub (inside the caller's transaction); its id."""
    replica = replica or str(uuid.uuid4())
    put(store, "hub", url)
    put(store, "hub_id", hub_id)
    put(store, "replica", replica)
    put(store, "seq", at_seq)
    put(store, "base_op", store.scalar("SELECT coalesce(max(op), 0) FROM history"))
    return replica


def unsent(store: Store) -> list[int]:
    """History operations made here and not yet given to the hub (no ``sync_op`` row), in order."""
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT DISTINCT h.op FROM history h WHERE h.op > ? AND NOT EXISTS "
            "(SELECT 1 FROM sync_op s WHERE s.op = h.op) ORDER BY h.op",
            (base_op(store),),
        ).fetchall()
    ]


def pending(store: Store) -> list[tuple[int, str]]:
    """(history op, op UUID) of operations waiting to be pushed, in order."""
    return [
        (r[0], r[1])
        for r in store.conn.execute(
            "SELECT op, op_uuid FROM sync_op WHERE state = 'pending' ORDER BY op"
        ).fetchall()
    ]


def touches_records(store: Store, op: int) -> bool:
    tables = {
        r[0]
        for r in store.conn.execute("SELECT DISTINCT table_name FROM history WHERE op = ?", (op,))
    }
    return bool(tables & RECORD_TABLES)


def mark(
    store: Store,
    op: int | None,
    op_uuid: str,
    origin: str,
    state: str,
    *,
    seq_: int | None = None,
    author: str = "",
) -> None:
    store.conn.execute(
        "INSERT INTO sync_op (op, op_uuid, origin, state, seq, author) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (op_uuid) DO UPDATE SET state = excluded.state, seq = excluded.seq, "
        "op = coalesce(excluded.op, sync_op.op)",
        (op, op_uuid, origin, state, seq_, author),
    )


def queue_unsent(store: Store) -> int:
    """Give every unsent operation its hub UUID (state ``pending``); how many were queued."""
    replica = replica_id(store) or ""
    count = 0
    for op in unsent(store):
        if touches_records(store, op):
            mark(store, op, str(uuid.uuid4()), replica, "pending")
            count += 1
        else:
            mark(store, op, str(uuid.uuid4()), replica, "local")
    return count


_REF = {"meeting": "{code}/{number}", "decision": "{code}-D{number}", "action": "{code}-A{number}"}


def reference(store: Store, table: str, row_uuid: str) -> str | None:
    """How people refer to a meeting, decision or action (CSIIA/3, CSIIA-D2, CSIIA-A4)."""
    row = store.query_one(
        f"SELECT c.code, t.number FROM {table} t JOIN committee c ON c.id = t.committee_id "
        "WHERE t.uuid = ?",
        (row_uuid,),
    )
    return _REF[table].format(**row) if row else None


def provisional(store: Store) -> list[str]:
    """References given here and not yet confirmed by the hub (new records not pushed yet).

    The hub gives each its final number at the push; until then it may still change.
    """
    if replica_id(store) is None:
        return []
    ops = [op for op, _ in pending(store)] + unsent(store)
    if not ops:
        return []
    marks = ",".join("?" * len(ops))
    out = []
    for table, row_uuid in store.conn.execute(
        f"SELECT DISTINCT table_name, row_uuid FROM history WHERE op IN ({marks}) "
        "AND kind = 'insert' AND table_name IN ('meeting', 'decision', 'action') ORDER BY id",
        ops,
    ).fetchall():
        ref = reference(store, table, row_uuid)
        if ref is not None:
            out.append(ref)
    return out


def status(store: Store) -> Status:
    pending_ops = store.scalar("SELECT count(*) FROM sync_op WHERE state = 'pending'") or 0
    tables = ",".join("?" * len(RECORD_TABLES))
    waiting = store.scalar(
        "SELECT count(DISTINCT h.op) FROM history h WHERE h.op > ? "
        f"AND h.table_name IN ({tables}) AND NOT EXISTS "
        "(SELECT 1 FROM sync_op s WHERE s.op = h.op)",
        (base_op(store), *sorted(RECORD_TABLES)),
    )
    conflicts = store.scalar("SELECT count(*) FROM merge_conflict WHERE status = 'open'") or 0
    return Status(hub_url(store), get(store, "last_sync"), pending_ops + waiting, conflicts)
