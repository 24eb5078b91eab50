"""The window's safety commands: File ▸ Restore from backup…, Edit ▸ History of this record….

“History of this record” shows the record selected on the page in view: the meeting on the
Meetings page, the action, decision or initiative on theirs, the person, organisation or
committee on the People page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from minutier.ui.safety.history import RecordHistoryDialog
from minutier.ui.safety.restore import RestoreDialog

if TYPE_CHECKING:
    from minutier.ui.main_window import MainWindow

# Tables whose history can be shown (their names go into SQL: an allow-list).
TABLES = ("meeting", "action", "decision", "initiative", "person", "organisation", "committee")


def current_record(window: MainWindow) -> tuple[str, int] | None:
    """(table, id) of the record selected on the page shown, if any."""
    key = window.current_key()
    built = getattr(window.pages, "built", None)  # the page shown is built; others are not asked
    page = built().get(key) if callable(built) else window.pages.get(key)
    if page is None:
        return None
    record_id = None
    table = ""
    if key == "meetings":
        table, record_id = "meeting", page.selected_id()
    elif key == "actions":
        table, record_id = "action", page.current_id()
    elif key == "decisions":
        table, record_id = "decision", page.detail.decision_id
    elif key == "initiatives":
        rows = page.view.selectionModel().selectedRows()
        table, record_id = "initiative", page.model.id_at(rows[0].row()) if rows else None
    elif key == "people":
        tab = page.tabs.currentWidget()
        table, record_id = getattr(tab, "table", ""), tab.current_id()
    if table not in TABLES or not record_id:
        return None
    return table, int(record_id)


def show_history(window: MainWindow) -> RecordHistoryDialog | None:
    """The history of the selected record (a word in the status bar when none is selected)."""
    chosen = current_record(window)
    if chosen is None:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "SafetyMenu",
                "Select a meeting, action, decision, initiative, person, organisation or "
                "committee to see its history.",
            ),
            8000,
        )
        return None
    table, record_id = chosen
    uuid = window.ctx.store.scalar(f"SELECT uuid FROM {table} WHERE id = ?", (record_id,))
    if uuid is None:
        return None
    dialog = RecordHistoryDialog(window.ctx.store, table, uuid, window)
    dialog.exec()
    return dialog


def restore_from_backup(window: MainWindow) -> RestoreDialog:
    """Pick a backup and restore it; the register is then reopened so every page reads it anew."""
    dialog = RestoreDialog(window.ctx, window)
    restored: list[str] = []
    dialog.restored.connect(restored.append)
    dialog.exec()
    if restored and window.controller is not None:
        controller = window.controller
        QTimer.singleShot(0, lambda: controller.reopen(parent=None))  # after the dialog is gone
    return dialog
