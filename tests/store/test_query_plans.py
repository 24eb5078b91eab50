"""The dashboard's and the search's queries read indexes, not whole tables (what keeps them flat
as the archive grows; the times themselves are in ``python -m minutier.bench``)."""

from __future__ import annotations

import datetime as dt

from plan_util import Recorder, plan

from minutier.store import queries
from minutier.store.connection import Store


def test_dashboard_reads_tallies_and_indexes_never_every_action(store: Store) -> None:
    rec = Recorder()
    queries.dashboard(rec, dt.date(2026, 12, 1))  # type: ignore[arg-type]
    sql, params = next((s, p) for s, p in rec.statements if s.startswith("WITH top AS"))
    text = plan(store, sql, params)
    # the 20 largest counts through the tally's index; each owner's overdue in its own range
    assert "idx_tally_open_owner_n" in text, text
    assert "INDEX idx_action_open_owner (owner_person_id=? AND owner_organisation_id=?" in text
    for sql, params in rec.statements:
        text = plan(store, sql, params)
        assert "SCAN action" not in text, (sql, text)
        assert "SCAN tally_closed_month" not in text, (sql, text)
