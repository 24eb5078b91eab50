"""Deleting a meeting whose records refer to each other (an action to a decision, figures)."""

from __future__ import annotations

from pathlib import Path

from minutier.services import history, records
from minutier.services.demo import build_demo
from minutier.store.connection import open_store

COUNTED = ("agenda_item", "decision", "action", "announcement", "figure", "decision_initiative")


def test_delete_demo_meeting_and_undo_it(tmp_path: Path) -> None:
    store = open_store(build_demo(tmp_path / "demo.minutier"))
    before = {t: store.scalar(f"SELECT count(*) FROM {t}") for t in COUNTED}
    deps = records.delete(store, "meeting", 1)
    # Figures go with their decision or announcement (they cannot lose their owner).
    assert deps.counts()["figure"] == 15 and deps.counts()["action"] == 4
    assert store.scalar("SELECT count(*) FROM decision") == 0
    assert store.scalar("SELECT count(*) FROM figure") == 8  # the initiatives' own figures
    history.revert(store, history.last_op(store))
    assert {t: store.scalar(f"SELECT count(*) FROM {t}") for t in COUNTED} == before
    assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    store.close()
