"""Opening a register from the window: the problems a file can have, said in words, with a way out.

``open_database`` never lets a traceback through: a ``DatabaseProblem`` becomes a translated
message, and where reading is still possible (a busy file) the user is offered to open it
read-only instead (a file another Minutier holds cannot be read at all: the message names who
has it) (the day's backup is taken later, in the background:
``daily_backup``). Anything the store noticed while opening (read-only
because another window edits it, recovered after a crash) is returned for the window to show.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from minutier.core.errors import DatabaseProblem
from minutier.store.connection import Store, open_store
from minutier.ui.errors import user_message

CONTEXT = "Opening"
# Problems after which the file can still be read as it is.
READABLE_HINTS = {"busy", "backup_failed", None, ""}


def _ask(parent: QWidget | None, error: DatabaseProblem, path: Path) -> str:
    """ "readonly" or "" (give up)."""
    from PySide6.QtWidgets import QMessageBox  # only when there is a problem to say

    box = QMessageBox(parent)
    box.setObjectName("open_problem")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Opening", "Cannot open the register"))
    box.setText(user_message(error))
    choices: dict[object, str] = {}
    if error.hint in READABLE_HINTS and path.exists():
        button = box.addButton(
            QCoreApplication.translate("Opening", "Open read-only"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        choices[button] = "readonly"
    box.addButton(QMessageBox.StandardButton.Cancel if choices else QMessageBox.StandardButton.Ok)
    box.exec()
    return choices.get(box.clickedButton(), "")


def open_database(
    path: str | Path, parent: QWidget | None = None, *, create: bool = False
) -> Store | None:
    """Open ``path`` for the window; None if the user gave up.

    The day's backup is not taken here: it would hold the window for seconds on a large
    file. ``daily_backup.start`` takes it in the background once the window shows.
    """
    path = Path(path)
    try:
        # Shown before its quick_check ends (writes wait for it): see ``Controller.show_store``.
        # The check itself starts once the window is painted (Controller.show_store).
        return open_store(path, create=create, check_later=True, start_check=False)
    except DatabaseProblem as error:
        choice = _ask(parent, error, path)
    try:
        if choice == "readonly":
            return open_store(path, readonly=True)
    except DatabaseProblem as error:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Opening", "Cannot open the register"),
            user_message(error),
        )
    return None
