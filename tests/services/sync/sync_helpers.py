"""Helpers of the hub tests: a secretariat's register, replicas, and comparable exports."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from minutier.services import meetings, records
from minutier.services.exchange.json_format import export_data
from minutier.services.sync import engine
from minutier.store.connection import Store, open_store


def seed_register(path: Path, who: str = "alice") -> Store:
    """A register with one committee and one planned meeting (number 1)."""
    store = open_store(path, create=True, who=who)
    committee = records.create(
        store,
        "committee",
        {"name": "Comité de l'infrastructure", "code": "CSIIA", "timezone": "Asia/Seoul"},
    )
    meetings.plan_meeting(store, committee, "2025-03-04T10:00", title="Première séance")
    return store


def committee_id(store: Store) -> int:
    return int(store.scalar("SELECT id FROM committee WHERE code = 'CSIIA'"))


def clone(url: str, path: Path, who: str) -> Store:
    store, _ = engine.clone(url, path, who=who)
    return store


def export(store: Store) -> str:
    """The register's JSON export without its time of export: equal text = equal registers."""
    data: dict[str, Any] = export_data(store)
    data.pop("exported_at")
    return json.dumps(data, sort_keys=True, ensure_ascii=False, indent=0)


def numbers(store: Store, table: str = "meeting") -> list[int]:
    return [r[0] for r in store.conn.execute(f"SELECT number FROM {table} ORDER BY number")]


def assert_same(a: Store, b: Store) -> None:
    """The two registers export the same records (the first differing lines on failure)."""
    import difflib

    left, right = export(a).splitlines(), export(b).splitlines()
    diff = list(difflib.unified_diff(left, right, lineterm="", n=2))
    assert not diff, "\n".join(diff[:60])
