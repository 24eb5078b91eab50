"""The day's backup is taken in the background after the window shows, never holding it up."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QThread

from minutier.store import backup
from minutier.ui.controller import Controller


def _open(register: Path) -> Controller:
    c = Controller()
    assert c.open_path(str(register))
    assert c.window is not None
    return c


def _wait_finished(c: Controller, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Until the backup task has started and ended (it may end before a signal could be awaited)."""

    def finished() -> bool:
        task = getattr(c.window, "daily_backup", None)
        return task is not None and not task.running

    qtbot.waitUntil(finished, timeout=30000)


def test_the_window_is_shown_before_the_backup_and_the_backup_runs_off_the_ui_thread(  # type: ignore[no-untyped-def]
    app, register: Path, qtbot, monkeypatch
) -> None:
    release = threading.Event()
    ran_in: list[bool] = []
    real_daily = backup.daily

    def slow_daily(store, **kwargs):  # type: ignore[no-untyped-def]
        ran_in.append(QThread.currentThread() is app.thread())
        assert release.wait(30)  # the window is already up while this waits
        return real_daily(store, **kwargs)

    monkeypatch.setattr(backup, "daily", slow_daily)
    c = _open(register)
    window = c.window
    assert window.isVisible()
    assert backup.list_backups(register) == []  # not taken while opening
    qtbot.waitUntil(lambda: getattr(window, "daily_backup", None) is not None)
    task = window.daily_backup
    qtbot.waitUntil(lambda: ran_in != [])
    assert ran_in == [False]  # a worker thread, not the UI's
    assert task.dialog is None  # no progress dialog for work nobody asked for
    window.pages["dashboard"].refresh()  # the window answers meanwhile
    with qtbot.waitSignal(task.done, timeout=30000):
        release.set()
    taken = backup.list_backups(register)
    assert [b.reason for b in taken] == ["daily"] and taken[0].ok
    assert taken[0].counts.get("meeting") == 1
    window.close()


def test_once_a_day(app, register: Path, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    taken: list[object] = []
    real_daily = backup.daily
    monkeypatch.setattr(backup, "daily", lambda store, **kw: taken.append(real_daily(store, **kw)))
    c = _open(register)
    _wait_finished(c, qtbot)
    c.window.close()
    c = _open(register)
    qtbot.wait(300)  # the start-up timer that would launch the task has long fired
    # the second opening sees today's backup by its name alone: no task, no second connection
    assert getattr(c.window, "daily_backup", None) is None
    assert len(taken) == 1 and taken[0] is not None
    assert len(backup.list_backups(register)) == 1
    c.window.close()


def test_a_failed_backup_is_said_in_the_status_bar_only(  # type: ignore[no-untyped-def]
    app, register: Path, qtbot, monkeypatch, answers
) -> None:
    def full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "write_copy", full)
    c = _open(register)
    _wait_finished(c, qtbot)
    message = c.window.statusBar().currentMessage()
    assert message.startswith("Today's automatic backup could not be made")
    assert "No space left" in message
    assert answers == []  # no dialog: work goes on
    assert c.window.ctx.store.scalar("SELECT count(*) FROM meeting") == 1
    c.window.close()


def test_a_read_only_register_takes_no_backup(app, register: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from minutier.store.connection import open_store

    c = Controller()
    c.show_store(open_store(register, readonly=True))
    qtbot.wait(50)
    assert getattr(c.window, "daily_backup", None) is None
    assert backup.list_backups(register) == []
    c.window.close()


def test_the_backup_waits_until_the_window_has_painted_and_settled(  # type: ignore[no-untyped-def]
    app, register: Path, qtbot
) -> None:
    """On a large archive the backup's reads delayed the first paint by seconds (bench, 4x)."""
    c = _open(register)
    qtbot.wait(300)  # the window has shown and painted: no backup started yet
    assert getattr(c.window, "daily_backup", None) is None
    _wait_finished(c, qtbot)
    assert [b.reason for b in backup.list_backups(register)] == ["daily"]
    c.window.close()


def test_closing_the_window_cancels_the_backup_and_leaves_no_partial(  # type: ignore[no-untyped-def]
    app, register: Path, qtbot, monkeypatch
) -> None:
    """Issue 10: a window closed during the daily backup left a .partial of the whole file."""
    import time

    real_daily = backup.daily
    steps: list[float] = []

    def slow_daily(store, *, cancel):  # type: ignore[no-untyped-def]
        def slow_cancel() -> bool:
            steps.append(time.monotonic())
            time.sleep(0.02)  # ~130 steps of one page: several seconds in all
            return cancel()

        return real_daily(store, cancel=slow_cancel)

    monkeypatch.setattr(backup, "PAGES_PER_STEP", 1)
    monkeypatch.setattr(backup, "daily", slow_daily)
    c = _open(register)
    window = c.window
    qtbot.waitUntil(lambda: len(steps) > 5, timeout=10000)
    started = time.monotonic()
    window.close()
    closed_in = time.monotonic() - started
    assert closed_in < 2.0, closed_in  # the closing waited one step, not the whole copy
    folder = backup.folder_for(register)
    left = sorted(p.name for p in folder.iterdir()) if folder.exists() else []
    assert left == []  # neither a backup nor a partial copy
    assert not [p for p in register.parent.iterdir() if p.name.endswith("-lock")]
