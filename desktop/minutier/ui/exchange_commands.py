"""File commands that take time — save a copy, export, import, check — run as background tasks.

Each asks for a path on the UI thread, then runs in a worker with its own store
(``tasks.Job.open``), and reports the outcome in a sentence. The exchange functions are looked
up when needed so the window works before (and without) the exchange module.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from minutier.ui.tasks import BackgroundTask, Job, remove_file

if TYPE_CHECKING:
    from minutier.ui.main_window import MainWindow

CONTEXT = "FileCommands"
# Where each command's function lives: (module, function name).
FUNCTIONS = {
    "json": ("minutier.services.exchange.json_format", "write_json"),
    "csv": ("minutier.services.exchange.csv_format", "write_csv"),
    "ics": ("minutier.services.exchange.ics_format", "write_ics"),
    "import": ("minutier.services.exchange.json_format", "import_file"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def function(kind: str) -> Callable[..., Any] | None:
    module_name, name = FUNCTIONS[kind]
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return None
    return getattr(module, name, None)


def _keep(window: MainWindow, task: BackgroundTask) -> BackgroundTask:
    """Hold a reference while the task runs (the window's list), dropped when it ends."""
    tasks: list[BackgroundTask] = window.__dict__.setdefault("_tasks", [])
    tasks.append(task)

    def forget(*_: object) -> None:
        if task in tasks:
            tasks.remove(task)

    task.done.connect(forget)
    task.failed.connect(forget)
    task.cancelled.connect(forget)
    return task


def _say(window: MainWindow, title: str, text: str) -> None:
    window.statusBar().showMessage(text, 10000)
    QMessageBox.information(window, title, text)


def run_export(window: MainWindow, kind: str, dest: str | Path) -> BackgroundTask:
    """Export the open register to ``dest`` in the background (``kind``: json, csv or ics)."""
    fn = function(kind)
    assert fn is not None
    source = window.ctx.store.path

    def work(job: Job) -> str:
        store = job.open(source, readonly=True)
        job.check()
        fn(store, Path(dest))
        job.check()
        return str(dest)

    task = BackgroundTask(
        window,
        tr("Export"),
        tr("Writing %1…").replace("%1", Path(dest).name),
        Job(work, cleanup=remove_file(dest)),
    )
    task.done.connect(
        lambda path: window.statusBar().showMessage(
            tr("Exported to %1.").replace("%1", str(path)), 10000
        )
    )
    return _keep(window, task).start()


def export(window: MainWindow, kind: str) -> None:
    titles = {
        "json": (tr("Export as JSON"), "json", tr("JSON files (*.json)")),
        "csv": (tr("Export as CSV"), "csv", tr("CSV files (*.csv)")),
        "ics": (tr("Export to a calendar"), "ics", tr("Calendar files (*.ics)")),
    }
    title, suffix, filt = titles[kind]
    store_path = window.ctx.store.path
    path, _ = QFileDialog.getSaveFileName(
        window, title, str(store_path.with_suffix(f".{suffix}")), filt
    )
    if path:
        run_export(window, kind, path)


def run_import(window: MainWindow, source: str | Path) -> BackgroundTask:
    fn = function("import")
    assert fn is not None
    db = window.ctx.store.path

    def work(job: Job) -> object:
        store = job.open(db)
        return fn(store, Path(source))

    task = BackgroundTask(
        window,
        tr("Import"),
        tr("Reading %1…").replace("%1", Path(source).name),
        Job(work),
    )

    def done(report: object) -> None:
        window.ctx.undo_stack.clear()  # an import is undone by restoring a backup, not step by step
        window.ctx.data_changed.emit()
        summary = str(report) if report is not None else ""
        _say(
            window,
            tr("Import"),
            tr("The file was imported.") + ("\n\n" + summary if summary else ""),
        )

    task.done.connect(done)
    return _keep(window, task).start()


def import_json(window: MainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window, tr("Import from JSON"), str(window.ctx.store.path.parent), tr("JSON files (*.json)")
    )
    if path:
        run_import(window, path)


def run_check(window: MainWindow) -> BackgroundTask:
    from minutier.store import integrity

    path = window.ctx.store.path

    def work(job: Job) -> object:
        return integrity.check_file(path)

    task = BackgroundTask(
        window, tr("Check the file"), tr("Checking %1…").replace("%1", path.name), Job(work)
    )

    def done(report: Any) -> None:
        if report.ok:
            _say(
                window,
                tr("Check the file"),
                tr("%1 is sound: the integrity and reference checks found no problem.").replace(
                    "%1", path.name
                ),
            )
        else:
            QMessageBox.warning(
                window,
                tr("Check the file"),
                tr("%1 has problems:").replace("%1", path.name)
                + "\n\n"
                + "\n".join(report.problems[:20]),
            )

    task.done.connect(done)
    return _keep(window, task).start()


def check(window: MainWindow) -> None:
    run_check(window)


def run_save_copy(window: MainWindow, dest: str | Path) -> BackgroundTask:
    from minutier.store import backup

    source = window.ctx.store.path

    def work(job: Job) -> str:
        store = job.open(source, readonly=True)
        backup.save_copy(store, dest)
        return str(dest)

    task = BackgroundTask(
        window, tr("Save a copy"), tr("Copying to %1…").replace("%1", Path(dest).name), Job(work)
    )
    task.done.connect(
        lambda path: window.statusBar().showMessage(
            tr("A copy was saved to %1.").replace("%1", str(path)), 10000
        )
    )
    return _keep(window, task).start()


def save_copy(window: MainWindow) -> None:
    store_path = window.ctx.store.path
    suggestion = store_path.with_name(f"{store_path.stem}-copy{store_path.suffix or '.minutier'}")
    path, _ = QFileDialog.getSaveFileName(
        window,
        tr("Save a copy"),
        str(suggestion),
        tr("Minutier registers (%1)").replace("%1", "*.minutier"),
    )
    if path:
        run_save_copy(window, path)


def minutes_pdf(window: MainWindow, *, print_it: bool) -> None:
    """Print or export the minutes of the meeting selected (wired once minutier.pdf exists)."""
    QMessageBox.information(
        window,
        tr("Minutes"),
        tr("Printing minutes comes with the PDF minutes, in a later version."),
    )
