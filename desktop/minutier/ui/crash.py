"""What happens on an unexpected exception: it is logged to a file and explained in a dialog.

A defect must not cost the user their work or show them a traceback: the hook writes the
traceback to ``minutier.log`` in the user's log folder, then shows a short sentence with a
"Copy details" button (for a bug report). The dialog is non-blocking, so an error raised
while another dialog is open cannot stack modal loops; everything already saved stays saved
(each change is its own committed transaction).
"""

from __future__ import annotations

import datetime as dt
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minutier import __version__
from minutier.store import locations

LOG_NAME = "minutier.log"
_open_dialogs: list[QDialog] = []
_busy = False


def log_path() -> Path:
    return locations.log_dir() / LOG_NAME


def write_log(details: str) -> Path | None:
    """Append ``details`` to the log file; None if the log folder cannot be written."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as f:
            stamp = dt.datetime.now().isoformat(timespec="seconds")
            f.write(f"--- {stamp} Minutier {__version__}\n{details}\n")
    except OSError:
        return None
    return path


def format_details(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> str:
    return "".join(traceback.format_exception(kind, value, tb))


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


def report(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Log an unexpected exception and tell the user (never raises)."""
    global _busy
    details = format_details(kind, value, tb)
    log = write_log(details)
    if _busy or QApplication.instance() is None:
        sys.stderr.write(details)
        return
    _busy = True
    try:
        dialog = CrashDialog(details, log, QApplication.activeWindow())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _open_dialogs.append(dialog)
        dialog.finished.connect(lambda _=0, d=dialog: _open_dialogs.remove(d))
        dialog.open()
    except Exception:  # the report itself failed: the log still has the details
        sys.stderr.write(details)
    finally:
        _busy = False


def _hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    report(kind, value, tb)


def install() -> None:
    """Route uncaught exceptions (including those in Qt slots) to ``report``."""
    sys.excepthook = _hook
