"""Any text a person can type travels through the hub unchanged (property test, real server)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pg_server import PgServer
from sync_helpers import clone, seed_register

from minutier.core.errors import ValidationError
from minutier.services import records
from minutier.services.sync import engine

pytestmark = pytest.mark.hub
TEXT = st.text(
    st.characters(blacklist_categories=("Cs",)),  # lone surrogates cannot be stored as text
    min_size=1,
    max_size=60,
)


def test_any_text_survives_the_hub(tmp_path: Path, pg: PgServer, hub_db: str, hub_url: str) -> None:
    a = seed_register(tmp_path / "a.minutier", who="alice")
    engine.publish(a, pg.url("alice", hub_db))
    b = clone(pg.url("bob", hub_db), tmp_path / "b.minutier", who="bob")
    meeting_a = a.scalar("SELECT id FROM meeting")
    meeting_b = b.scalar("SELECT id FROM meeting")

    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    @given(notes=TEXT, place=TEXT)
    def travels(notes: str, place: str) -> None:
        try:  # the register itself refuses control characters and trims spaces
            records.update(a, "meeting", meeting_a, {"notes": notes, "place": place})
        except ValidationError:
            assume(False)
        engine.sync(a)
        engine.sync(b)
        sql = "SELECT notes, place FROM meeting WHERE id = ?"
        assert b.query_one(sql, (meeting_b,)) == a.query_one(sql, (meeting_a,))

    travels()
    a.close()
    b.close()
