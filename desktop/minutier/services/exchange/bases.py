"""The base a version 2 export carries: what each record held when this register last got it.

For every record changed here since it was created here or last received (an import, a merged
review pack, a conflict resolved with the incoming value), the fields changed since and their
values at that point. The importer applies the merge rule with these values: a field the file
does not list as changed is one its sender did not change, so it never replaces the receiving
register's value (which may be newer).
"""

from __future__ import annotations

import json
from typing import Any

from minutier.services.merge.portable import IDENTITY
from minutier.store.connection import Store

# Operations through which a register receives values from another copy.
RECEIVED = ("Import%", "Merge review pack%", "Resolve conflict % incoming value")
RECEIVED_SQL = " OR ".join("h.label LIKE ?" for _ in RECEIVED)


def local_bases(store: Store) -> dict[tuple[str, str], dict[str, Any]]:
    """(table, uuid) → {column: value as stored} of the fields changed here since the record
    was created or last received; references hold local ids, as in the history.

    A register shared through a hub (``services.sync``) has also received everything already
    on the hub: its published or cloned content (history up to ``meta.sync.base_op``) and the
    operations pulled or pushed since; only changes not yet pushed carry a base. Operations a
    sync re-applied after others' (``replaced``) count through their re-applied copy.
    """
    base_op = int(store.scalar("SELECT value FROM meta WHERE key = 'sync.base_op'") or 0)
    shared = (
        "h.op <= ? OR h.op IN (SELECT op FROM sync_op WHERE op IS NOT NULL "
        "AND state IN ('hub', 'pushed'))"
    )
    replaced = "h.op IN (SELECT op FROM sync_op WHERE op IS NOT NULL AND state = 'replaced')"
    rows = store.conn.execute(
        f"""
        WITH reset AS (
            SELECT h.table_name, h.row_uuid, max(h.id) AS since FROM history h
            WHERE (h.kind = 'insert' OR {RECEIVED_SQL} OR {shared}) AND NOT {replaced}
            GROUP BY h.table_name, h.row_uuid
        )
        SELECT h.table_name, h.row_uuid, h.before FROM history h
        LEFT JOIN reset r ON r.table_name = h.table_name AND r.row_uuid = h.row_uuid
        WHERE h.kind = 'update' AND h.id > coalesce(r.since, 0) AND NOT ({RECEIVED_SQL})
            AND NOT ({shared}) AND NOT {replaced}
        ORDER BY h.id
        """,
        (*RECEIVED, base_op, *RECEIVED, base_op),
    ).fetchall()
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for table, row_uuid, before in rows:
        base = out.setdefault((table, row_uuid), {})
        for key, value in json.loads(before or "{}").items():
            if key not in IDENTITY and not isinstance(value, dict):
                base.setdefault(key, value)
    return out
