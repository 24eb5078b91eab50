"""“Restore from backup…”: the backups of the open register with dates and record counts.

Restoring asks first, then calls ``store.backup.restore``, which backs the current content up
before replacing it and refuses a damaged backup. Given an ``AppContext`` the dialog restores
the register the window has open: the open connection sees the restored content at once, the
undo steps (which describe the replaced content) are dropped and every page refreshes. Given a
path it restores that file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minutier.core.errors import DatabaseProblem
from minutier.store import backup, schema
from minutier.store import restore as restoring
from minutier.store.connection import open_store
from minutier.ui.context import AppContext

CONTEXT = "RestoreDialog"
REASONS = {
    "daily": QT_TRANSLATE_NOOP("RestoreDialog", "daily"),
    "before-migration": QT_TRANSLATE_NOOP("RestoreDialog", "before an update"),
    "before-restore": QT_TRANSLATE_NOOP("RestoreDialog", "before a restore"),
    "manual": QT_TRANSLATE_NOOP("RestoreDialog", "by hand"),
    "file": QT_TRANSLATE_NOOP("RestoreDialog", "chosen file"),
}


def when_text(info: backup.BackupInfo) -> str:
    return info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M") if info.taken_at else ""


class RestoreDialog(QDialog):
    """Pick a backup of the register and put it back; ``restored`` says which file was restored."""

    restored = Signal(str)
    COLUMNS = (
        QT_TRANSLATE_NOOP("RestoreDialog", "Taken"),
        QT_TRANSLATE_NOOP("RestoreDialog", "Why"),
        QT_TRANSLATE_NOOP("RestoreDialog", "Meetings"),
        QT_TRANSLATE_NOOP("RestoreDialog", "Decisions"),
        QT_TRANSLATE_NOOP("RestoreDialog", "Actions"),
        QT_TRANSLATE_NOOP("RestoreDialog", "Records"),
        QT_TRANSLATE_NOOP("RestoreDialog", "State"),
    )

    def __init__(self, ctx_or_path: AppContext | str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx_or_path if isinstance(ctx_or_path, AppContext) else None
        self.db_path = self.ctx.store.path if self.ctx else Path(ctx_or_path)
        self.result_info: restoring.RestoreResult | None = None
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("backups_table")
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate(CONTEXT, c) for c in self.COLUMNS]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.message = QLabel(self)
        self.message.setObjectName("restore_message")
        self.message.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setObjectName("restore_button")
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.file_button = QPushButton(self.tr("Other file…"), self)
        self.buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button.clicked.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(820, 420)
        self.refresh()

    # -- listing ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.backups = backup.list_backups(self.db_path)
        self.intro.setText(
            self.tr("%n backup(s) of %1, newest first. The current content is backed up before a "
                    "restore replaces it.", None, len(self.backups)).replace("%1", self.db_path.name)
        )  # fmt: skip
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            counts = info.counts
            cells = (
                when_text(info),
                QCoreApplication.translate(CONTEXT, REASONS[info.reason])
                if info.reason in REASONS
                else info.reason,
                str(counts.get("meeting", "")),
                str(counts.get("decision", "")),
                str(counts.get("action", "")),
                str(info.records) if info.ok else "",
                self.tr("sound") if info.ok else self.tr("damaged: %1").replace("%1", info.problem),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.path))
                if 2 <= column <= 5:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if not info.ok:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        if self.backups and self.backups[0].ok:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> backup.BackupInfo | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if len(rows) != 1:
            return None
        info = self.backups[rows.pop()]
        return info if info.ok else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    # -- restoring ----------------------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a file"), str(backup.folder_for(self.db_path)),
            self.tr("Minutier registers (*.minutier *.db);;All files (*)"),
        )  # fmt: skip
        if name:
            self.restore(backup.inspect(name))

    def restore_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.restore(info)

    def restore(self, info: backup.BackupInfo) -> bool:
        """Ask, restore, report; True when the register now holds the backup's content."""
        question = self.tr(
            "Replace the content of %1 with the backup taken %2 (%3 records)? "
            "The current content is backed up first, so this can be reversed."
        )
        question = (
            question.replace("%1", self.db_path.name)
            .replace("%2", when_text(info))
            .replace("%3", str(info.records))
        )
        answer = QMessageBox.question(self, self.tr("Restore from backup"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            result = restoring.restore(info.path, self.db_path)
            if (
                result.restored.version is not None
                and result.restored.version < schema.LATEST_VERSION
            ):
                open_store(self.db_path).close()  # bring it up to date (after its own backup)
        except DatabaseProblem as error:
            from minutier.ui.errors import user_message

            self.message.setText(user_message(error))
            return False
        self.result_info = result
        if self.ctx is not None:
            self.ctx.undo_stack.clear()  # its steps describe the content that was replaced
            self.ctx.data_changed.emit()
        self.message.setText(self.tr("Restored. The content it replaced was backed up first."))
        self.restored.emit(str(self.db_path))
        self.refresh()
        return True
