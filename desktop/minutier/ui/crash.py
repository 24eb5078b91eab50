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
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from minutier import __version__
from minutier.store import locations

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

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
        from minutier.ui.crash_dialog import CrashDialog  # its widgets load with the first error

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
