"""The dialog that says an unexpected error happened (``crash.report``), details folded away."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class CrashDialog(QDialog):
    """ "Something went wrong" with the details folded away and a button to copy them."""

    def __init__(self, details: str, log: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crash_dialog")
        self.setWindowTitle(self.tr("Unexpected error"))
        self.details = details
        layout = QVBoxLayout(self)
        text = self.tr(
            "Minutier met an unexpected problem. Everything saved before this moment is safe in "
            "the register. You can carry on; if the problem comes back, please send the details "
            "below to whoever supports Minutier for you."
        )
        if log is not None:
            text += "\n\n" + self.tr("The details were also written to %1.").replace("%1", str(log))
        message = QLabel(text, self)
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(message)
        self.view = QPlainTextEdit(details, self)
        self.view.setReadOnly(True)
        self.view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.view.setVisible(False)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.show_button = QPushButton(self.tr("Show details"), self)
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self._toggle)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        self.copy_button.setObjectName("copy_details")
        self.copy_button.clicked.connect(self.copy)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 220)

    def _toggle(self, shown: bool) -> None:
        self.view.setVisible(shown)
        self.resize(self.width(), 460 if shown else 220)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
