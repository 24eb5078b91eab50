"""“Minutes versions…”: every version of a meeting's minutes, each approved one openable as filed.

An approved version's PDF is the register's archived bytes, never a new rendering: “Open”
writes them to a temporary file for the system's PDF viewer, “Save as…” to a file the user
names (written beside it, then renamed, so no half-written file is left).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minutier.core.enums import MinutesStatus
from minutier.services import minutes
from minutier.store.connection import Store
from minutier.ui.forms import localized
from minutier.ui.forms.labels import choice_label
from minutier.ui.minutes.dialogs import meeting_title
from minutier.ui.models.rows import Column, RowsModel
from minutier.ui.views import fit_columns, make_table

LANGUAGES = {"fr": "Français", "en": "English", "ko": "한국어"}
SHA_SHOWN = 16  # as printed in the footer of the approved PDF


def write_atomically(dest: Path, data: bytes) -> None:
    """Write ``data`` to ``dest`` through a hidden file beside it, renamed when complete."""
    partial = dest.with_name(f".{dest.name}.partial")
    try:
        partial.write_bytes(data)
        os.replace(partial, dest)
    finally:
        partial.unlink(missing_ok=True)


def file_name(version: minutes.Version) -> str:
    """'CSIIA-3-v1.pdf'."""
    return f"{version.meeting.replace('/', '-')}-v{version.version}.pdf"


def open_in_viewer(data: bytes, name: str) -> tuple[Path, bool]:
    """Write a PDF to a fresh temporary folder and open it in the system's viewer; whether a
    viewer took it (a computer may have none)."""
    path = Path(tempfile.mkdtemp(prefix="minutier-minutes-")) / name
    write_atomically(path, data)
    return path, QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class VersionsDialog(QDialog):
    """The versions of one meeting's minutes, oldest first."""

    def __init__(self, store: Store, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versions_dialog")
        self.setWindowTitle(self.tr("Minutes versions"))
        self.store = store
        self.meeting_id = meeting_id
        self.versions = minutes.versions(store, meeting_id)
        heading = QLabel(
            self.tr("Minutes of %1").replace("%1", meeting_title(store, meeting_id)), self
        )
        heading.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "An approved version opens exactly as it was filed; its fingerprint (SHA-256) "
                "is the one printed in the footer of the approved PDF."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = RowsModel(self._columns(), self)
        self.model.set_rows([self._row(v) for v in self.versions])
        self.view = make_table(self, name="versions_view")
        self.view.setModel(self.model)
        fit_columns(
            self.view,
            {},
            6,
            fit={
                0: ["99"],
                1: [choice_label(s) for s in MinutesStatus],
                2: list(LANGUAGES.values()),
                3: [localized.long_date("2025-09-28")],
                4: ["CSIIA/999"],
                5: ["0" * SHA_SHOWN + "…"],
            },
        )
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.doubleClicked.connect(lambda _: self.open_selected())
        self.message = QLabel(self)
        self.message.setObjectName("versions_message")
        self.message.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setObjectName("open_version")
        self.save_button = QPushButton(self.tr("Save as…"), self)
        self.save_button.setObjectName("save_version")
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(900, 340)
        if self.versions:
            self.view.selectRow(len(self.versions) - 1)  # the latest
        self._update_buttons()

    def _columns(self) -> list[Column]:
        return [
            Column("version", lambda: self.tr("Version"), numeric=True),
            Column("status_text", lambda: self.tr("Status")),
            Column("language_text", lambda: self.tr("Language")),
            Column("approved_on_text", lambda: self.tr("Approved on")),
            Column("approved_at", lambda: self.tr("At meeting")),
            Column("sha", lambda: self.tr("SHA-256")),
            Column("amendment", lambda: self.tr("Amendment")),
        ]

    def _row(self, v: minutes.Version) -> dict[str, Any]:
        amendment = v.amendment_reason
        if amendment and v.amended_on:
            amendment = f"{amendment} ({localized.long_date(v.amended_on)})"
        return {
            "id": v.version,
            "version": v.version,
            "status_text": choice_label(MinutesStatus(v.status)),
            "language_text": LANGUAGES.get(v.language, v.language),
            "approved_on_text": localized.long_date(v.approved_on) if v.approved_on else "",
            "approved_at": v.approved_at,
            "sha": (v.pdf_sha256[:SHA_SHOWN] + "…") if v.pdf_sha256 else "",
            "amendment": amendment,
        }

    def selected(self) -> minutes.Version | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        number = self.model.id_at(rows[0].row())
        return next(v for v in self.versions if v.version == number)

    def _update_buttons(self, *_: object) -> None:
        version = self.selected()
        filed = version is not None and version.pdf_sha256 is not None
        for button in (self.open_button, self.save_button):
            button.setEnabled(filed)
            button.setToolTip(
                ""
                if filed
                else self.tr(
                    "A draft has no filed document yet; export the minutes to see the draft."
                )
            )

    def _bytes(self, version: minutes.Version) -> bytes:
        return minutes.version_pdf(self.store, self.meeting_id, version.version)

    def open_selected(self) -> Path | None:
        version = self.selected()
        if version is None or version.pdf_sha256 is None:
            return None
        path, opened = open_in_viewer(self._bytes(version), file_name(version))
        if opened:
            self.message.setText(self.tr("Opened in your PDF viewer: %1").replace("%1", str(path)))
        else:
            self.message.setText(
                self.tr("No PDF viewer answered on this computer; the PDF is at %1.").replace(
                    "%1", str(path)
                )
            )
        return path

    def save_selected(self) -> Path | None:
        version = self.selected()
        if version is None or version.pdf_sha256 is None:
            return None
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the approved minutes"),
            str(self.store.path.parent / file_name(version)),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return None
        dest = Path(chosen)
        try:
            write_atomically(dest, self._bytes(version))
        except OSError as e:
            QMessageBox.warning(
                self,
                self.tr("Save the approved minutes"),
                self.tr("The file could not be written: %1").replace("%1", e.strerror or str(e)),
            )
            return None
        self.message.setText(self.tr("Saved to %1.").replace("%1", str(dest)))
        return dest
