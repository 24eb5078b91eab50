"""What the query-plan tests share: the statements a query function runs, and SQLite's plan."""

from __future__ import annotations

from minutier.store.connection import Store


class Recorder:
    """Stands in for a store: captures the statements a ``queries`` function runs."""

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
