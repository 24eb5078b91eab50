"""How a conflict names its record for people: CSIIA-A1, CSIIA-D2, CSIIA/3, a note on CSIIA-A1."""

from __future__ import annotations

from minutier.store.connection import Store
from minutier.store.writer import RECORD_TABLES, columns

_NUMBERED = {"action": "-A", "decision": "-D", "meeting": "/"}


def record_label(store: Store, table: str, row_uuid: str) -> str:
    """A short, readable name of a record (its UUID's first digits when nothing better)."""
    if table in _NUMBERED:
        row = store.query_one(
            f"SELECT c.code, t.number FROM {table} t JOIN committee c ON c.id = t.committee_id "
            "WHERE t.uuid = ?",
            (row_uuid,),
        )
        if row:
            return f"{row['code']}{_NUMBERED[table]}{row['number']}"
    if table == "action_note":
        row = store.query_one(
            "SELECT a.uuid FROM action_note n JOIN action a ON a.id = n.action_id WHERE n.uuid = ?",
            (row_uuid,),
        )
        if row:
            return f"progress note on {record_label(store, 'action', row['uuid'])}"
    if table in RECORD_TABLES:
        present = columns(store, table)
        for column in ("name", "title", "text"):
            if column not in present:
                continue
            value = store.scalar(f"SELECT {column} FROM {table} WHERE uuid = ?", (row_uuid,))
            if value:
                text = " ".join(str(value).split())
                return f"{table.replace('_', ' ')} “{text[:40]}{'…' if len(text) > 40 else ''}”"
    return f"{table.replace('_', ' ')} {row_uuid[:8]}"
