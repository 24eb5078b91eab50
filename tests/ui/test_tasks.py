"""Long work runs in a worker thread with its own connection, and can be cancelled."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from minutier.store.connection import open_store
from minutier.ui import exchange_commands
from minutier.ui.tasks import BackgroundTask, Job, remove_file


def test_save_a_copy_runs_off_the_ui_thread(window, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    dest = tmp_path / "copy.minutier"
    seen: list[bool] = []
    original = Job.run

    def spy(job: Job):  # type: ignore[no-untyped-def]
        seen.append(threading.current_thread() is not threading.main_thread())
        return original(job)

    Job.run = spy  # type: ignore[method-assign]
    try:
        with qtbot.waitSignal(exchange_commands.run_save_copy(window, dest).done, timeout=20000):
            pass
    finally:
        Job.run = original  # type: ignore[method-assign]
    assert seen == [True]
    copy = open_store(dest, readonly=True)
    assert copy.scalar("SELECT count(*) FROM action") == 4
    copy.close()
    assert "A copy was saved" in window.statusBar().currentMessage()


def test_integrity_check_in_the_background(window, qtbot, answers) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(exchange_commands.run_check(window).done, timeout=20000) as blocker:
        pass
    assert blocker.args[0].ok
    assert "is sound" in answers[-1]


def test_cancelling_interrupts_a_running_statement_and_removes_the_output(
    window, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "half.json"
    started = threading.Event()

    def work(job: Job) -> int:
        store = job.open(window.ctx.store.path, readonly=True)
        out.write_text("{")
        started.set()
        # A statement that would run for minutes unless interrupted.
        return store.scalar(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
        )

    task = exchange_commands._keep(
        window, BackgroundTask(window, "Export", "Writing…", Job(work, cleanup=remove_file(out)))
    ).start()
    assert started.wait(10)
    with qtbot.waitSignal(task.cancelled, timeout=20000):
        task.cancel()
    assert not out.exists()
    assert not task.thread.isRunning()


def test_a_cancel_between_two_statements_still_stops_the_next(
    window, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    job_ready = threading.Event()
    go_on = threading.Event()

    def work(job: Job) -> int:
        store = job.open(window.ctx.store.path, readonly=True)
        job_ready.set()
        go_on.wait(10)  # the cancel arrives here, while no statement runs
        return store.scalar(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
        )

    task = exchange_commands._keep(window, BackgroundTask(window, "Export", "…", Job(work))).start()
    assert job_ready.wait(10)
    task.cancel()
    go_on.set()
    with qtbot.waitSignal(task.cancelled, timeout=20000):
        pass


def test_closing_the_window_stops_running_work(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    started = threading.Event()

    def work(job: Job) -> int:
        store = job.open(window.ctx.store.path, readonly=True)
        started.set()
        return store.scalar(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
        )

    task = exchange_commands._keep(window, BackgroundTask(window, "Export", "…", Job(work))).start()
    assert started.wait(10)
    thread = task.thread
    window.close()
    assert not thread.isRunning()


def test_a_refusal_in_the_worker_is_said_in_words(window, qtbot, answers) -> None:  # type: ignore[no-untyped-def]
    from minutier.core.errors import ValidationError

    def work(job: Job) -> None:
        raise ValidationError("due date", "demain matin", "this is not a number")

    task = BackgroundTask(window, "Import", "Reading…", Job(work)).start()
    with qtbot.waitSignal(task.failed, timeout=20000):
        pass
    assert answers[-1] == "Due date: this is not a number (you entered “demain matin”)."


@pytest.mark.skipif(
    exchange_commands.function("json") is None, reason="exchange module not there yet"
)
def test_export_json_in_the_background(window, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    dest = tmp_path / "export.json"
    with qtbot.waitSignal(exchange_commands.run_export(window, "json", dest).done, timeout=30000):
        pass
    assert dest.exists() and dest.stat().st_size > 100


@pytest.mark.skipif(
    exchange_commands.function("import") is None, reason="exchange module not there yet"
)
def test_import_runs_in_the_background_and_is_one_undo_step(
    controller, tmp_path: Path, qtbot, answers
) -> None:  # type: ignore[no-untyped-def]
    dest = tmp_path / "export.json"
    with qtbot.waitSignal(
        exchange_commands.run_export(controller.window, "json", dest).done, timeout=30000
    ):
        pass
    empty = tmp_path / "empty.minutier"
    assert controller.open_path(str(empty), create=True)
    window = controller.window
    assert window.ctx.store.scalar("SELECT count(*) FROM action") == 0
    with qtbot.waitSignal(exchange_commands.run_import(window, dest).done, timeout=30000):
        pass
    assert window.ctx.store.scalar("SELECT count(*) FROM action") == 4
    assert window.go("actions").model.total == 4
    assert window.pages["actions"].filters.owner.count() > 1  # the new owners are offered
    assert "added" in answers[-1]
    assert window.ctx.undo_stack.count() == 1
    window.actions_.undo.trigger()
    assert window.ctx.store.scalar("SELECT count(*) FROM action") == 0


@pytest.mark.skipif(
    exchange_commands.function("csv") is None, reason="exchange module not there yet"
)
def test_csv_export_writes_a_folder(window, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "csv"
    with qtbot.waitSignal(exchange_commands.run_export(window, "csv", folder).done, timeout=30000):
        pass
    assert any(p.suffix == ".csv" for p in folder.iterdir())
