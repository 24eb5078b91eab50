"""Two copies of one register with different integer ids, for merge tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from minutier.services import actions, meetings, records
from minutier.services.exchange import json_format
from minutier.store.connection import Store, open_store


def raw_update(store: Store, table: str, row_id: int, values: dict[str, Any]) -> None:
    with store.operation(f"Edit {table}") as op:
        op.update(table, row_id, values)


def uuid_ids(store: Store, table: str) -> dict[str, int]:
    return {u: i for i, u in store.conn.execute(f"SELECT id, uuid FROM {table}")}


def two_copies(
    folder: Path, *, actions_count: int = 3, people: int = 3
) -> tuple[Store, Store, int]:
    """A register and a copy of it made by import (so its ids differ); returns (R, P, cut op)."""
    reg = open_store(folder / "register.minutier", create=True, who="secretariat")
    committee = records.create(reg, "committee", {"name": "Comité", "code": "CSIIA"})
    meeting = meetings.plan_meeting(reg, committee, "2025-02-16T10:00", title="Troisième")
    for i in range(people):
        records.create(reg, "person", {"name": f'Person {i} 김 <&">'})
    for i in range(actions_count):
        a = actions.create_action(
            reg, f"Action {i}", committee_id=committee, meeting_id=meeting, due="2025-03-31"
        )
        actions.add_progress_note(reg, a, f"note {i}")
    pack = open_store(folder / "copy.minutier", create=True, who="official")
    # Records of the copy's own first: its ids for the shared records differ from the register's.
    own = records.create(pack, "committee", {"name": "Own", "code": "OWN"})
    for i in range(5):
        records.create(pack, "person", {"name": f"Own {i}"})
        actions.add_progress_note(
            pack, actions.create_action(pack, f"own {i}", committee_id=own), "x"
        )
    json_format.import_data(pack, json_format.export_data(reg))
    cut = pack.scalar("SELECT max(op) FROM history")
    return reg, pack, cut
