"""The dashboard's and the search's queries read indexes, not whole tables (what keeps them flat
as the archive grows; the times themselves are in ``python -m minutier.bench``)."""

from __future__ import annotations

import datetime as dt

from minutier.store import queries
from minutier.store.connection import Store


class Recorder:
    """Captures the statements ``queries.dashboard`` runs."""

    def __init__(self) -> None:
        self.statements: list[tuple[str, object]] = []

    def query(self, sql: str, params: object = ()) -> list:
        self.statements.append((sql, params))
        return []

    def scalar(self, sql: str, params: object = ()) -> int:
        self.statements.append((sql, params))
        return 0


def plan(store: Store, sql: str, params: object) -> str:
    return " | ".join(r[3] for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql, params))


def test_dashboard_groups_open_actions_from_their_partial_index(store: Store) -> None:
    rec = Recorder()
    queries.dashboard(rec, dt.date(2026, 12, 1))  # type: ignore[arg-type]
    by_owner = next(p for s, p in rec.statements if "GROUP BY owner_person_id" in s)
    sql = next(s for s, p in rec.statements if "GROUP BY owner_person_id" in s)
    text = plan(store, sql, by_owner)
    assert "USING COVERING INDEX idx_action_open_owner" in text or (
        "USING INDEX idx_action_open_owner" in text
    ), text
    for sql, params in rec.statements:
        assert "SCAN action" not in plan(store, sql, params).replace(
            "SCAN action USING", "read action using"
        ), sql
