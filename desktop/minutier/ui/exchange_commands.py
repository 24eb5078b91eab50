"""File commands that take time — save a copy, export, import, check — run as background tasks.

Each asks for a path on the UI thread, then runs in a worker with its own store
(``tasks.Job.open``), and reports the outcome in a sentence. The exchange functions are looked
up when needed so the window works before (and without) the exchange module.
"""

from __future__ import annotations

import importlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from minutier.services.exchange import FUNCTIONS, available
from minutier.ui.tasks import BackgroundTask, Job, keep, remove_file

if TYPE_CHECKING:
    from minutier.ui.main_window import MainWindow

CONTEXT = "FileCommands"
__all__ = ["FUNCTIONS", "available"]  # the table lives in minutier.services.exchange


def function(kind: str) -> Callable[..., Any] | None:
    module_name, name = FUNCTIONS[kind]
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return None
    return getattr(module, name, None)


_keep = keep


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
    if Path(source).suffix.lower() == ".csv":  # actions kept in a spreadsheet
        from minutier.services.exchange import csv_import

        fn = csv_import.import_file
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
        from minutier.ui.steps import UndoStep

        operation = getattr(report, "operation", None)
        if operation:  # the whole import is one recorded operation: one undo step
            title = UndoStep.tr("Import %1").arg(Path(source).name)
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
        details = report.details() if hasattr(report, "details") else []
        if not details:
            _say(window, QCoreApplication.translate("FileCommands", "Import"), text)
            return
        from minutier.ui.review.commands import show_import_details

        show_import_details(window, text, details, bool(getattr(report, "conflicts", None)))

    task.done.connect(done)
    return _keep(window, task).start()


def import_json(window: MainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("FileCommands", "Import from JSON"),
        str(window.ctx.store.path.parent),
        QCoreApplication.translate("FileCommands", "JSON files (*.json)")
        + ";;"
        + QCoreApplication.translate("FileCommands", "Actions in CSV, as actions.csv (*.csv)"),
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


def minutes_available() -> bool:
    """Whether the PDF minutes can be built (``services.minutes`` over ``minutier.pdf``)."""
    try:
        from minutier.services import minutes
    except ImportError:
        return False
    return hasattr(minutes, "minutes_pdf")


def chosen_meeting(window: MainWindow) -> int | None:
    """The meeting selected on the Meetings page, else one the user picks from a list."""
    page = window.pages.get("meetings")
    selected = getattr(page, "selected_id", None)
    meeting_id = selected() if callable(selected) else None
    if meeting_id:
        return int(meeting_id)
    rows = window.ctx.store.query(
        "SELECT m.id, c.code || '/' || m.number || ' — ' || substr(m.starts_at, 1, 10) "
        "|| CASE WHEN m.title <> '' THEN ' — ' || m.title ELSE '' END AS label "
        "FROM meeting m JOIN committee c ON c.id = m.committee_id ORDER BY m.starts_at DESC"
    )
    if not rows:
        QMessageBox.information(
            window,
            QCoreApplication.translate("FileCommands", "Minutes"),
            QCoreApplication.translate("FileCommands", "There is no meeting in this register yet."),
        )
        return None
    if len(rows) == 1:
        return int(rows[0]["id"])
    labels = [r["label"] for r in rows]
    label, ok = QInputDialog.getItem(
        window,
        QCoreApplication.translate("FileCommands", "Minutes"),
        QCoreApplication.translate("FileCommands", "Minutes of which meeting?"),
        labels,
        0,
        False,
    )
    return int(rows[labels.index(label)]["id"]) if ok and label in labels else None


def run_minutes(window: MainWindow, meeting_id: int, dest: str | Path) -> BackgroundTask:
    """Write the minutes of a meeting as PDF to ``dest`` in the background."""
    from minutier.services import minutes

    source = window.ctx.store.path
    dest = Path(dest)

    def work(job: Job) -> str:
        store = job.open(source, readonly=True)
        data = minutes.minutes_pdf(store, meeting_id)
        job.check()
        partial = dest.with_name(f".{dest.name}.partial")
        partial.write_bytes(data)
        os.replace(partial, dest)
        return str(dest)

    task = BackgroundTask(
        window,
        QCoreApplication.translate("FileCommands", "Minutes"),
        QCoreApplication.translate("FileCommands", "Writing %1…").replace("%1", dest.name),
        Job(work),
    )
    return _keep(window, task).start()


def minutes_pdf(window: MainWindow, *, print_it: bool) -> BackgroundTask | None:
    """Export the minutes of a meeting as PDF, or (print) open them in the PDF viewer to print.

    Qt's printing cannot print a PDF file itself, so printing goes through the system's PDF
    viewer, which every desktop has.
    """
    meeting_id = chosen_meeting(window)
    if meeting_id is None:
        return None
    ref = window.ctx.store.query_one(
        "SELECT c.code || '-' || m.number AS ref FROM meeting m "
        "JOIN committee c ON c.id = m.committee_id WHERE m.id = ?",
        (meeting_id,),
    )
    name = QCoreApplication.translate("FileCommands", "minutes-%1.pdf").replace(
        "%1", ref["ref"] if ref else str(meeting_id)
    )
    if print_it:
        folder = Path(tempfile.mkdtemp(prefix="minutier-print-"))
        dest = folder / name
    else:
        chosen, _ = QFileDialog.getSaveFileName(
            window,
            QCoreApplication.translate("FileCommands", "Export the minutes as PDF"),
            str(window.ctx.store.path.parent / name),
            QCoreApplication.translate("FileCommands", "PDF files (*.pdf)"),
        )
        if not chosen:
            return None
        dest = Path(chosen)
    task = run_minutes(window, meeting_id, dest)

    def done(path: str) -> None:
        if print_it and QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
            text = QCoreApplication.translate(
                "FileCommands", "The minutes are open in your PDF viewer; print them from there."
            )
        elif print_it:  # no viewer on this computer: never claim one opened
            text = QCoreApplication.translate(
                "FileCommands", "No PDF viewer answered on this computer; the minutes are at %1."
            ).replace("%1", path)
        else:
            text = QCoreApplication.translate("FileCommands", "The minutes were saved to %1.")
            text = text.replace("%1", path)
        window.statusBar().showMessage(text, 15000)

    task.done.connect(done)
    return task
