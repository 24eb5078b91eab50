"""The window's sync indicator with a real hub: Sync now, others' changes shown, offline as a state."""

from __future__ import annotations

from pathlib import Path

import pytest
from pg_server import PgServer

from minutier.services import records
from minutier.services.sync import engine, replica
from minutier.store.connection import open_store
from minutier.ui.controller import Controller

pytestmark = [
    pytest.mark.hub,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)"),
]


def _open(path: Path) -> Controller:
    c = Controller()
    assert c.open_path(str(path))
    assert c.window is not None
    return c


def test_a_register_not_shared_shows_no_indicator(window) -> None:  # type: ignore[no-untyped-def]
    assert window.sync_indicator is None


def test_sync_now_brings_others_changes_and_offline_is_a_state(  # type: ignore[no-untyped-def]
    app, register: Path, tmp_path: Path, pg: PgServer, hub_db: str, hub_url: str, qtbot
) -> None:
    with open_store(register, who="alice") as store:
        engine.publish(store, pg.url("alice", hub_db))
    bob, _ = engine.clone(pg.url("bob", hub_db), tmp_path / "bob.minutier", who="bob")
    meeting = bob.scalar("SELECT id FROM meeting ORDER BY number LIMIT 1")
    records.update(bob, "meeting", meeting, {"place": "Busan 회의실"})
    engine.sync(bob)
    uuid = bob.scalar("SELECT uuid FROM meeting WHERE id = ?", (meeting,))
    bob.close()

    c = _open(register)
    window = c.window
    indicator = window.sync_indicator
    assert indicator is not None and indicator.timer.isActive()
    records.update(
        window.ctx.store,
        "meeting",
        window.ctx.store.scalar("SELECT id FROM meeting LIMIT 1"),
        {"notes": "alice's note"},
    )
    indicator.show_state()
    assert "to send: 1" in indicator.label.text()
    refreshed: list[bool] = []
    window.ctx.data_changed.connect(lambda: refreshed.append(True))
    indicator.button.click()
    qtbot.waitUntil(
        lambda: not indicator.runner.running and indicator.state != "syncing", timeout=30000
    )
    assert indicator.state == "synced", indicator.problem
    assert refreshed  # the pages were told to refresh
    assert (
        window.ctx.store.scalar("SELECT place FROM meeting WHERE uuid = ?", (uuid,))
        == "Busan 회의실"
    )
    assert "to send: 0" in indicator.label.text()
    assert replica.status(window.ctx.store).pending == 0

    # The hub goes away: the indicator says offline, nothing modal, work goes on.
    with window.ctx.store.transaction():
        replica.put(window.ctx.store, "hub", pg.url("alice", hub_db).replace(f":{pg.port}/", ":1/"))
    indicator.sync_now()
    qtbot.waitUntil(
        lambda: not indicator.runner.running and indicator.state != "syncing", timeout=30000
    )
    assert indicator.state == "offline"
    assert "Offline" in indicator.label.text()
    assert window.isVisible()
    window.close()
    qtbot.wait(1)


def test_closing_the_window_during_a_sync_is_safe(  # type: ignore[no-untyped-def]
    app, register: Path, tmp_path: Path, pg: PgServer, hub_db: str, hub_url: str, qtbot
) -> None:
    import psycopg

    from minutier.services.sync import hub

    with open_store(register, who="alice") as store:
        engine.publish(store, pg.url("alice", hub_db))
    c = _open(register)
    window = c.window
    records.update(
        window.ctx.store,
        "meeting",
        window.ctx.store.scalar("SELECT id FROM meeting LIMIT 1"),
        {"notes": "written before closing"},
    )
    indicator = window.sync_indicator
    with psycopg.connect(pg.url("secretariat", hub_db), autocommit=True) as lock:
        lock.execute("SELECT pg_advisory_lock(%s)", (hub._PUSH_LOCK,))
        indicator.sync_now()  # the round now waits inside its push
        qtbot.wait(500)
        window.close()  # the register closes while the worker waits for the hub
        qtbot.wait(50)
    qtbot.waitUntil(lambda: not indicator.runner.running, timeout=30000)
    with open_store(register) as store:  # nothing half-written: the edit waits, or went whole
        assert (
            store.scalar("SELECT count(*) FROM meeting WHERE notes = 'written before closing'") == 1
        )
        engine.sync(store)
        assert replica.status(store).pending == 0
