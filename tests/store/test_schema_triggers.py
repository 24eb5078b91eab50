"""sqlite-utils' transform() drops triggers; schema.restore_triggers puts every family back."""

from __future__ import annotations

import pytest

from minutier.core.errors import MinutierError
from minutier.store import schema
from minutier.store.search import search


def trigger_names(store) -> set[str]:
    return {r["name"] for r in store.query("SELECT name FROM sqlite_master WHERE type = 'trigger'")}


def test_transform_drops_triggers_and_restore_brings_back_all(store) -> None:
    before = trigger_names(store)
    assert {"history_no_update", "figure_currency_insert", "search_decision_ai"} <= before
    assert {"proxy_holder_present_insert", "proxy_holder_stays_update"} <= before
    for table in ("figure", "decision", "history", "agenda_item", "attendance"):
        store.db[table].transform()
    assert trigger_names(store) < before  # the trap: triggers silently gone
    schema.restore_triggers(store.db)
    assert trigger_names(store) == before


def test_restored_triggers_work(store, meeting: int) -> None:
    for table in ("figure", "decision", "history"):
        store.db[table].transform()
    schema.restore_triggers(store.db)
    committee_id = store.scalar("SELECT committee_id FROM meeting WHERE id = ?", (meeting,))
    with store.operation("Record decision") as op:
        decision = op.insert(
            "decision", {"committee_id": committee_id, "number": 1, "text": "Adopter le préambule"}
        )
    assert [h.id for h in search(store, "preambule")] == [decision]  # search index in step
    with pytest.raises(MinutierError), store.operation("Bad figure") as op:
        op.insert("figure", {"decision_id": decision, "kind": "money", "amount_minor": 5})
    with pytest.raises(Exception, match="append-only"):
        store.conn.execute("DELETE FROM history")
