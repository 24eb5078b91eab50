"""“Export minutes of a year…”: one PDF per meeting held that year, into a folder.

A background task with a cancellable progress bar writes ``CODE-NUMBER-YYYY-MM-DD.pdf`` for
each meeting, in date order, through its own connection (the window stays usable). Approved
minutes are written as their filed bytes, so the archive copy is exactly the approved
document; the others are rendered fresh (a draft, watermarked). Each file is written beside
its final name and renamed when complete: a cancel or a failure leaves only whole files.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from minutier.core import clock
from minutier.store.connection import Store
from minutier.ui.forms.refs import ref_rows
from minutier.ui.minutes.versions import LANGUAGES, write_atomically
from minutier.ui.tasks import BackgroundTask, Job, keep

if TYPE_CHECKING:
    from minutier.ui.main_window import MainWindow

CONTEXT = "ExportYear"
HELD = ("held", "minutes_drafted", "minutes_approved")


@dataclass(frozen=True)
class YearExport:
    """What to export: a committee (None: all), a year, a language (None: each committee's)."""

    committee_id: int | None
    year: int
    language: str | None
    folder: Path


@dataclass
class Written:
    """The files written so far (shared with the worker; read after it stops)."""

    paths: list[Path] = field(default_factory=list)
    total: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def meetings_of(store: Store, committee_id: int | None, year: int) -> list[dict[str, Any]]:
    """The meetings held in ``year`` (planned and cancelled ones have no minutes), by date."""
    where = "m.starts_at >= ? AND m.starts_at < ? AND m.status IN (?, ?, ?)"
    params: list[Any] = [f"{year:04d}-01-01", f"{year + 1:04d}-01-01", *HELD]
    if committee_id is not None:
        where += " AND m.committee_id = ?"
        params.append(committee_id)
    return store.query(
        f"""SELECT m.id, m.number, m.status, substr(m.starts_at, 1, 10) AS day, c.code
            FROM meeting m JOIN committee c ON c.id = m.committee_id
            WHERE {where} ORDER BY m.starts_at, c.code, m.number""",
        params,
    )


def file_name(row: dict[str, Any]) -> str:
    """'CSIIA-3-2025-02-16.pdf' (a code is letters, digits, dots, dashes, underscores)."""
    return f"{row['code']}-{row['number']}-{row['day']}.pdf"


def archived_pdf(store: Store, meeting_id: int) -> bytes | None:
    """The filed bytes of the last approved version, when the meeting is approved (frozen)."""
    row = store.query_one(
        "SELECT v.pdf FROM minutes_version v JOIN meeting m ON m.id = v.meeting_id "
        "WHERE v.meeting_id = ? AND m.status = 'minutes_approved' AND v.status = 'approved' "
        "AND v.pdf IS NOT NULL ORDER BY v.version DESC LIMIT 1",
        (meeting_id,),
    )
    return bytes(row["pdf"]) if row else None


def run_export(window: MainWindow, what: YearExport) -> tuple[BackgroundTask, Written]:
    """Write the year's minutes in the background; ``Written`` lists the files as they land."""
    from minutier.services import minutes

    source = window.ctx.store.path
    written = Written()

    def work(job: Job) -> list[Path]:
        store = job.open(source, readonly=True)
        rows = meetings_of(store, what.committee_id, what.year)
        written.total = len(rows)
        what.folder.mkdir(parents=True, exist_ok=True)
        job.progress(0, len(rows))
        for n, row in enumerate(rows, start=1):
            job.check()
            data = archived_pdf(store, row["id"])
            if data is None:
                data = minutes.minutes_pdf(store, row["id"], lang=what.language)
            job.check()  # a cancel during the rendering: this file is not written
            dest = what.folder / file_name(row)
            write_atomically(dest, data)
            with written.lock:
                written.paths.append(dest)
            job.progress(n, len(rows))
        return list(written.paths)

    task = BackgroundTask(
        window,
        QCoreApplication.translate("ExportYear", "Export minutes of a year"),
        QCoreApplication.translate("ExportYear", "Writing the minutes of %1 into %2…")
        .replace("%1", str(what.year))
        .replace("%2", what.folder.name or str(what.folder)),
        Job(work),
    )

    def done(paths: list[Path]) -> None:
        if paths:
            text = QCoreApplication.translate(
                "ExportYear", "Minutes of %2: %1 PDF file(s) written to %3."
            )
        else:
            text = QCoreApplication.translate(
                "ExportYear", "No meeting was held in %2: nothing was written to %3."
            )
        window.statusBar().showMessage(
            text.replace("%1", str(len(paths)))
            .replace("%2", str(what.year))
            .replace("%3", str(what.folder)),
            15000,
        )

    def cancelled() -> None:
        with written.lock:
            count = len(written.paths)
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "ExportYear",
                "Export stopped: %1 of %2 PDF files were written to %3, each complete.",
            )
            .replace("%1", str(count))
            .replace("%2", str(written.total))
            .replace("%3", str(what.folder)),
            15000,
        )

    task.done.connect(done)
    task.cancelled.connect(cancelled)
    return keep(window, task).start(), written


class ExportYearDialog(QDialog):
    """Committee (or all), year, language of the minutes, folder."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_year_dialog")
        self.setWindowTitle(QCoreApplication.translate("ExportYear", "Export minutes of a year"))
        self.store = store
        self.committee = QComboBox(self)
        self.committee.setObjectName("export_committee")
        self.committee.addItem(QCoreApplication.translate("ExportYear", "All committees"), 0)
        for committee_id, label in ref_rows(store, "committee"):
            self.committee.addItem(label, committee_id)
        self.year = QSpinBox(self)
        self.year.setObjectName("export_year")
        self.year.setRange(1900, 9999)
        latest = store.scalar(
            "SELECT max(substr(starts_at, 1, 4)) FROM meeting WHERE starts_at <= ?",
            (clock.today().isoformat() + "T99",),
        )
        self.year.setValue(int(latest) if latest else clock.today().year)
        self.language = QComboBox(self)
        self.language.setObjectName("export_language")
        self.language.addItem(
            QCoreApplication.translate("ExportYear", "Each committee's language"), ""
        )
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.folder = QLineEdit(
            str(store.path.parent / QCoreApplication.translate("ExportYear", "minutes")), self
        )
        self.folder.setObjectName("export_folder")
        browse = QPushButton(QCoreApplication.translate("ExportYear", "Choose…"), self)
        browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.count = QLabel(self)
        self.count.setObjectName("export_count")
        self.count.setWordWrap(True)
        for signal in (self.committee.currentIndexChanged, self.year.valueChanged):
            signal.connect(self._count)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ExportYear", "Committee:"), self.committee)
        form.addRow(QCoreApplication.translate("ExportYear", "Year:"), self.year)
        form.addRow(QCoreApplication.translate("ExportYear", "Language:"), self.language)
        form.addRow(QCoreApplication.translate("ExportYear", "Folder:"), folder_row)
        note = QLabel(
            QCoreApplication.translate(
                "ExportYear",
                "One PDF per meeting held that year, named CODE-NUMBER-DATE.pdf. Approved "
                "minutes are written exactly as filed; the others as drafts.",
            ),
            self,
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(
            QCoreApplication.translate("ExportYear", "Export"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.count)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._count()

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self,
            QCoreApplication.translate("ExportYear", "Export into which folder?"),
            self.folder.text(),
        )
        if chosen:
            self.folder.setText(chosen)

    def _count(self, *_: object) -> None:
        n = len(meetings_of(self.store, self.committee.currentData() or None, self.year.value()))
        text = self.tr("%n meeting(s) held in %1.", "", n)
        self.count.setText(text.replace("%1", str(self.year.value())))
        self.export_button.setEnabled(n > 0)

    def choice(self) -> YearExport:
        return YearExport(
            committee_id=self.committee.currentData() or None,
            year=self.year.value(),
            language=self.language.currentData() or None,
            folder=Path(self.folder.text().strip()).expanduser(),
        )


def export_year(window: MainWindow) -> tuple[BackgroundTask, Written] | None:
    """Minutes ▸ Export minutes of a year…"""
    dialog = ExportYearDialog(window.ctx.store, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return run_export(window, dialog.choice())


__all__ = ["ExportYearDialog", "YearExport", "export_year", "meetings_of", "run_export"]
