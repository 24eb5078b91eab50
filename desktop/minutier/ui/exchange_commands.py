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
        QCoreApplication.translate("FileCommands", "Export"),
        QCoreApplication.translate("FileCommands", "Writing %1…").replace("%1", Path(dest).name),
        Job(work, cleanup=None if kind == "csv" else remove_file(dest)),  # csv: a folder
    )
    task.done.connect(
        lambda path: window.statusBar().showMessage(
            QCoreApplication.translate("FileCommands", "Exported to %1.").replace("%1", str(path)),
            10000,
        )
    )
    return _keep(window, task).start()


def export(window: MainWindow, kind: str) -> None:
    titles = {
        "json": (
            QCoreApplication.translate("FileCommands", "Export as JSON"),
            "json",
            QCoreApplication.translate("FileCommands", "JSON files (*.json)"),
        ),
        "csv": (
            QCoreApplication.translate("FileCommands", "Export as CSV"),
            "csv",
            QCoreApplication.translate("FileCommands", "CSV files (*.csv)"),
        ),
        "ics": (
            QCoreApplication.translate("FileCommands", "Export to a calendar"),
            "ics",
            QCoreApplication.translate("FileCommands", "Calendar files (*.ics)"),
        ),
    }
    title, suffix, filt = titles[kind]
    store_path = window.ctx.store.path
    if kind == "csv":  # one file per kind of record, in a folder
        path = QFileDialog.getExistingDirectory(window, title, str(store_path.parent))
    else:
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
        QCoreApplication.translate("FileCommands", "Import"),
        QCoreApplication.translate("FileCommands", "Reading %1…").replace("%1", Path(source).name),
        Job(work),
    )

    def done(report: Any) -> None:
        from minutier.ui.context import ServiceCommand

        operation = getattr(report, "operation", None)
        if operation:  # the whole import is one recorded operation: one undo step
            title = QCoreApplication.translate("FileCommands", "Import %1").replace(
                "%1", Path(source).name
            )
            window.ctx.undo_stack.push(ServiceCommand(window.ctx, title, operation))
        window.ctx.data_changed.emit()
        added = sum(getattr(report, "inserted", {}).values())
        updated = sum(getattr(report, "updated", {}).values())
        unchanged = getattr(report, "unchanged", 0)
        text = (
            QCoreApplication.translate(
                "FileCommands", "The file was imported: %1 added, %2 updated, %3 unchanged."
            )
            .replace("%1", str(added))
            .replace("%2", str(updated))
            .replace("%3", str(unchanged))
        )
        _say(window, QCoreApplication.translate("FileCommands", "Import"), text)

    task.done.connect(done)
    return _keep(window, task).start()


def import_json(window: MainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("FileCommands", "Import from JSON"),
        str(window.ctx.store.path.parent),
        QCoreApplication.translate("FileCommands", "JSON files (*.json)"),
    )
    if path:
        run_import(window, path)


def run_check(window: MainWindow) -> BackgroundTask:
    from minutier.store import integrity

    path = window.ctx.store.path

    def work(job: Job) -> object:
        return integrity.check_file(path)

    task = BackgroundTask(
        window,
        QCoreApplication.translate("FileCommands", "Check the file"),
        QCoreApplication.translate("FileCommands", "Checking %1…").replace("%1", path.name),
        Job(work),
    )

    def done(report: Any) -> None:
        if report.ok:
            _say(
                window,
                QCoreApplication.translate("FileCommands", "Check the file"),
                QCoreApplication.translate(
                    "FileCommands",
                    "%1 is sound: the integrity and reference checks found no problem.",
                ).replace("%1", path.name),
            )
        else:
            QMessageBox.warning(
                window,
                QCoreApplication.translate("FileCommands", "Check the file"),
                QCoreApplication.translate("FileCommands", "%1 has problems:").replace(
                    "%1", path.name
                )
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
        window,
        QCoreApplication.translate("FileCommands", "Save a copy"),
        QCoreApplication.translate("FileCommands", "Copying to %1…").replace("%1", Path(dest).name),
        Job(work),
    )
    task.done.connect(
        lambda path: window.statusBar().showMessage(
            QCoreApplication.translate("FileCommands", "A copy was saved to %1.").replace(
                "%1", str(path)
            ),
            10000,
        )
    )
    return _keep(window, task).start()


def save_copy(window: MainWindow) -> None:
    store_path = window.ctx.store.path
    suggestion = store_path.with_name(f"{store_path.stem}-copy{store_path.suffix or '.minutier'}")
    path, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("FileCommands", "Save a copy"),
        str(suggestion),
        QCoreApplication.translate("FileCommands", "Minutier registers (%1)").replace(
            "%1", "*.minutier"
        ),
    )
    if path:
        run_save_copy(window, path)


def minutes_pdf(window: MainWindow, *, print_it: bool) -> None:
    """Print or export the minutes of the meeting selected (wired once minutier.pdf exists)."""
    QMessageBox.information(
        window,
        QCoreApplication.translate("FileCommands", "Minutes"),
        QCoreApplication.translate(
            "FileCommands", "Printing minutes comes with the PDF minutes, in a later version."
        ),
    )
