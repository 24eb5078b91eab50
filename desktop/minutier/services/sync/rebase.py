"""Setting this replica's own unpushed operations aside, so the hub's can go first.

Every replica must end up as the hub's operations applied in ``seq`` order. Operations made
here and not yet pushed were applied on top of an older hub state; before newer hub operations
are applied, the rows they touched are put back as the hub left them (``hub_state``: walked
back from the current rows through their exact history, newest first), then the hub's
operations are applied, then the local ones again with the merge rule (``engine``). The walk
back writes no history: it returns to a state the register already had. Freeze triggers are
lifted for that walk only (an approval made here and not yet pushed must be walked back too)
and foreign keys are checked at commit, so rows can come back in any order.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterator
from typing import Any

from minutier.store import attachment_schema, freeze, proxy_rules, schema
from minutier.store.connection import Store
from minutier.store.writer import RECORD_TABLES, RECORD_TABLES_IN_ORDER, columns

Key = tuple[str, str]  # (table, row UUID)


@contextlib.contextmanager
def lifted(store: Store) -> Iterator[None]:
    """The rules that judge a user's edit (approved minutes frozen, their files, proxies held
    by members present) lifted while the register returns to, or records, a state it already
    had or the hub already accepted; every trigger is put back after, in the same transaction.
    """
    names = [
        *freeze.trigger_names(),
        *(statement.split()[2] for statement in attachment_schema.statements()),
        *proxy_rules.trigger_names(),
    ]
    for name in names:
        store.conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    try:
        yield
    finally:
        schema.restore_triggers(store.db)


def _row(store: Store, table: str, row_uuid: str) -> dict[str, Any] | None:
    cols = columns(store, table)
    found = store.conn.execute(
        f"SELECT {', '.join(cols)} FROM {table} WHERE uuid = ?", (row_uuid,)
    ).fetchone()
    return dict(zip(cols, found, strict=True)) if found else None


def hub_state(store: Store, ops: list[int]) -> dict[Key, dict[str, Any] | None]:
    """Each row that ``ops`` touched, as it was before the first of them (None: absent)."""
    if not ops:
        return {}
    marks = ",".join("?" * len(ops))
    entries = store.conn.execute(
        f"SELECT table_name, row_id, row_uuid, kind, before FROM history WHERE op IN ({marks}) "
        "ORDER BY id DESC",
        ops,
    ).fetchall()
    state: dict[Key, dict[str, Any] | None] = {}
    blobs: dict[str, bytes] = {}
    for table, row_id, row_uuid, kind, before in entries:
        if table not in RECORD_TABLES:
            continue
        key = (table, row_uuid)
        if key not in state:
            current = _row(store, table, row_uuid)
            for v in (current or {}).values():
                if isinstance(v, bytes):
                    blobs[hashlib.sha256(v).hexdigest()] = v
            state[key] = current
        values = json.loads(before) if before else {}
        for k, v in list(values.items()):
            if isinstance(v, dict) and "$bytes" in v:
                values[k] = blobs.get(v.get("sha256", ""))
        if kind == "insert":
            state[key] = None
        elif kind == "delete":
            state[key] = {**values, "id": row_id}
        else:
            row = state[key]
            if row is not None:
                row.update(values)
    return state


def restore(store: Store, state: dict[Key, dict[str, Any] | None]) -> None:
    """Put the rows of ``state`` back (inside the caller's transaction); writes no history."""
    if not state:
        return
    conn = store.conn
    conn.execute("PRAGMA defer_foreign_keys = ON")
    with lifted(store):
        order = {t: i for i, t in enumerate(RECORD_TABLES_IN_ORDER)}
        keys = sorted(state, key=lambda k: order[k[0]])
        for table, row_uuid in reversed(keys):
            if state[(table, row_uuid)] is None:
                conn.execute(f"DELETE FROM {table} WHERE uuid = ?", (row_uuid,))
        for table, row_uuid in keys:
            target = state[(table, row_uuid)]
            if target is None:
                continue
            cols = [c for c in columns(store, table) if c in target]
            exists = conn.execute(f"SELECT 1 FROM {table} WHERE uuid = ?", (row_uuid,)).fetchone()
            if exists:
                sets = [c for c in cols if c not in ("id", "uuid")]
                conn.execute(
                    f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in sets)} WHERE uuid = ?",
                    [target[c] for c in sets] + [row_uuid],
                )
            else:
                conn.execute(
                    f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                    [target[c] for c in cols],
                )


def set_updated_at(store: Store, stamps: dict[tuple[str, int], str]) -> None:
    """Give rows the modification time of the hub operation that last changed them.

    Every replica then shows the same ``updated_at`` (exports are identical), whatever the
    time it applied the operation. Freeze triggers are lifted for this bookkeeping field only.
    """
    if not stamps:
        return
    with lifted(store):
        for (table, row_id), at in stamps.items():
            store.conn.execute(f"UPDATE {table} SET updated_at = ? WHERE id = ?", (at, row_id))
