"""Minutes ▸ Session book…: a committee's year of minutes bound in one PDF, written in the background."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from minutier.core import clock
from minutier.store.connection import Store
from minutier.ui.forms.refs import ref_rows
from minutier.ui.minutes.versions import LANGUAGES, write_atomically
from minutier.ui.tasks import BackgroundTask, Job, keep

if TYPE_CHECKING:
    from minutier.ui.main_window import MainWindow


@dataclass(frozen=True)
class BookChoice:
    committee_id: int
    year: int
    language: str | None


class SessionBookDialog(QDialog):
    """Which committee, which year, which language."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("session_book_dialog")
        self.setWindowTitle(QCoreApplication.translate("SessionBook", "Session book"))
        self.committee = QComboBox(self)
        self.committee.setObjectName("book_committee")
        for committee_id, label in ref_rows(store, "committee"):
            self.committee.addItem(label, committee_id)
        self.year = QSpinBox(self)
        self.year.setObjectName("book_year")
        self.year.setRange(1900, 9999)
        latest = store.scalar("SELECT max(substr(starts_at, 1, 4)) FROM meeting")
        self.year.setValue(int(latest) if latest else clock.today().year)
        self.language = QComboBox(self)
        self.language.setObjectName("book_language")
        self.language.addItem(
            QCoreApplication.translate("SessionBook", "The committee's language"), ""
        )
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("SessionBook", "Committee"), self.committee)
        form.addRow(QCoreApplication.translate("SessionBook", "Year"), self.year)
        form.addRow(QCoreApplication.translate("SessionBook", "Language"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.committee.count() > 0)
        form.addRow(buttons)

    def choice(self) -> BookChoice:
        return BookChoice(
            int(self.committee.currentData()),
            self.year.value(),
            self.language.currentData() or None,
        )


def run_book(window: MainWindow, what: BookChoice, dest: Path) -> BackgroundTask:
    """Bind the book off the window's thread and write it to ``dest`` when complete."""
    from minutier.services import book

    source = window.ctx.store.path

    def work(job: Job) -> int:
        store = job.open(source, readonly=True)
        data, count = book.session_book(store, what.committee_id, what.year, lang=what.language)
        job.check()
        write_atomically(dest, data)
        return count

    task = BackgroundTask(
        window,
        QCoreApplication.translate("SessionBook", "Session book"),
        QCoreApplication.translate("SessionBook", "Binding the minutes of %1…").replace(
            "%1", str(what.year)
        ),
        Job(work),
    )

    def done(_count: int) -> None:
        text = QCoreApplication.translate("SessionBook", "Session book of %1 written to %2.")
        window.statusBar().showMessage(
            text.replace("%1", str(what.year)).replace("%2", str(dest)), 15000
        )

    task.done.connect(done)
    return keep(window, task).start()


def session_book(window: MainWindow) -> BackgroundTask | None:
    """Minutes ▸ Session book…"""
    dialog = SessionBookDialog(window.ctx.store, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    what = dialog.choice()
    code = window.ctx.store.scalar("SELECT code FROM committee WHERE id = ?", (what.committee_id,))
    suggested = window.ctx.store.path.parent / f"{code}-{what.year}.pdf"
    chosen, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("SessionBook", "Save the session book as"),
        str(suggested),
        QCoreApplication.translate("SessionBook", "PDF files (*.pdf)"),
    )
    if not chosen:
        return None
    return run_book(window, what, Path(chosen))
