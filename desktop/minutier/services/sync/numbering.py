"""Meeting, decision and action numbers around a sync: free provisional ones, the hub's final ones.

A record created here before a push carries a provisional number (the next one this replica
knows). When the register re-applies it after others' records, a number already taken here
moves to the next free one; at the push the hub gives the final number, which this replica
then records as an operation of its own that is never pushed (the hub already has it).
"""

from __future__ import annotations

import uuid
from typing import Any

from minutier.services import merge
from minutier.services.sync import hub, rebase, replica
from minutier.store.connection import Store

_BUMP = 1_000_000_000  # numbers are moved out of the way through here when the hub renumbers


def _committee_id(store: Store, committee_uuid: Any) -> int | None:
    if committee_uuid is None:
        return None
    return store.scalar("SELECT id FROM committee WHERE uuid = ?", (str(committee_uuid),))


def apply_numbers(store: Store, numbers: dict[str, int]) -> list[tuple[str, str]]:
    """Give records the numbers the hub assigned (an operation never pushed: the hub has them).

    Returns the references changed, as (provisional, final).
    """
    found = []
    renamed = []
    for table in hub.NUMBERED:
        for row_uuid, number in numbers.items():
            row_id = store.scalar(f"SELECT id FROM {table} WHERE uuid = ?", (row_uuid,))
            if row_id is not None:
                found.append((table, row_id, number))
                renamed.append((table, row_uuid, replica.reference(store, table, row_uuid)))
    if not found:
        return []
    with rebase.lifted(store), store.operation("Reference numbers given by the hub") as op:
        for table, row_id, _ in found:  # out of the way first: numbers may swap
            store.conn.execute(
                f"UPDATE {table} SET number = number + ? WHERE id = ?", (_BUMP, row_id)
            )
        for table, row_id, number in found:
            store.conn.execute(
                f"UPDATE {table} SET number = number - ? WHERE id = ?", (_BUMP, row_id)
            )
            op.update(table, row_id, {"number": number}, keep_updated_at=True)
    if op.op is not None:
        replica.mark(store, op.op, str(uuid.uuid4()), "hub", "hub")
    return [(old or "?", replica.reference(store, t, u) or "?") for t, u, old in renamed]


def free_number(store: Store, change: merge.Change) -> None:
    """A provisional number already taken here (by a record from the hub): take the next free one."""
    if change.table not in hub.NUMBERED or change.kind != "insert":
        return
    committee = _committee_id(store, change.incoming.get("committee_id"))
    number = change.incoming.get("number")
    if committee is None or number is None:
        return
    taken = store.scalar(
        f"SELECT 1 FROM {change.table} WHERE committee_id = ? AND number = ?", (committee, number)
    )
    if taken:
        change.incoming["number"] = store.scalar(
            f"SELECT coalesce(max(number), 0) + 1 FROM {change.table} WHERE committee_id = ?",
            (committee,),
        )
