"""The "Files" tab of a meeting: its attached files (and its items' and decisions'), opened from here."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutier.core.errors import MinutierError
from minutier.services import attachments
from minutier.ui.context import AppContext
from minutier.ui.models.safe import empty_cell, titled_header
from minutier.ui.steps import UndoStep
from minutier.ui.views import make_safe

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole


def size_text(n: int) -> str:
    """1 234 567 bytes → "1.2 MB" (the table's short form; the annex gives exact bytes)."""
    for unit, step in (("MB", 1024 * 1024), ("KB", 1024)):
        if n >= step:
            return f"{n / step:.1f} {unit}"
    return f"{n} B"


class AttachmentsModel(QAbstractTableModel):
    NAME, WHERE, SIZE, SHA = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []
        self.where: dict[int, str] = {}

    def reset(self, rows: list[dict[str, Any]], where: dict[int, str]) -> None:
        self.beginResetModel()
        self.rows, self.where = rows, where
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        titles = [self.tr("File"), self.tr("Attached to"), self.tr("Size"), "SHA-256"]
        return titled_header(titles, section, orientation, role)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or role not in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return empty_cell(role)
        row = self.rows[index.row()]
        column = index.column()
        if column == self.NAME:
            return row["name"] if role == DISPLAY else f"{row['name']} ({row['media_type']})"
        if column == self.WHERE:
            return self.where.get(row["id"], "")
        if column == self.SIZE:
            return size_text(row["size"]) if role == DISPLAY else f"{row['size']:,}"
        return row["sha256"]


class AttachmentsEditor(QWidget):
    """The files of one meeting: attach, open, save a copy, remove."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.frozen = False
        self.model = AttachmentsModel(self)
        self.view = make_safe(QTableView(self))
        self.view.setObjectName("attachments_view")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.doubleClicked.connect(lambda _: self.open_selected())
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(AttachmentsModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (AttachmentsModel.WHERE, AttachmentsModel.SIZE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AttachmentsModel.SHA, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(AttachmentsModel.SHA, 280)  # elided in the middle; full in its tooltip
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.limit = QLabel(
            self.tr("Files are kept inside the register, at most 25 MiB each."), self
        )
        self.limit.setEnabled(False)
        self.target = QComboBox(self)
        self.target.setObjectName("attach_target")
        self.target.setToolTip(self.tr("What the next attached file belongs to"))
        self.target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.target.setMinimumContentsLength(18)
        self.attach_button = QPushButton(self.tr("Attach file…"), self)
        self.attach_button.setObjectName("attach_file")
        self.attach_button.clicked.connect(lambda: self.attach())
        open_button = QPushButton(self.tr("Open"), self)
        open_button.setObjectName("open_attachment")
        open_button.clicked.connect(self.open_selected)
        save_button = QPushButton(self.tr("Save a copy…"), self)
        save_button.clicked.connect(lambda: self.save_selected())
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.target)
        for button in (self.attach_button, open_button, save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.limit)
        layout.addLayout(buttons)

    def set_frozen(self, frozen: bool) -> None:
        """Approved minutes: the files are shown and opened, not changed."""
        self.frozen = frozen
        self.attach_button.setEnabled(not frozen)
        self.target.setEnabled(not frozen)
        self.remove_button.setEnabled(not frozen)

    def load(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        if meeting_id is None:
            self.model.reset([], {})
            return
        rows = attachments.listed(self.ctx.store, "meeting", meeting_id)
        where: dict[int, str] = {}
        items = self.ctx.store.query(
            "SELECT id, title FROM agenda_item WHERE meeting_id = ? ORDER BY position, id",
            (meeting_id,),
        )
        positions = {r["id"]: n for n, r in enumerate(items, start=1)}
        self._fill_targets(meeting_id, items)
        for row in rows:
            if row["decision_id"]:
                number = self.ctx.store.scalar(
                    "SELECT number FROM decision WHERE id = ?", (row["decision_id"],)
                )
                where[row["id"]] = self.tr("Decision %1").replace("%1", str(number))
            elif row["agenda_item_id"]:
                item = positions.get(row["agenda_item_id"], "")
                where[row["id"]] = self.tr("Agenda item %1").replace("%1", str(item))
            else:
                where[row["id"]] = self.tr("Meeting")
        self.model.reset(rows, where)

    def _fill_targets(self, meeting_id: int, items: list[dict[str, Any]]) -> None:
        chosen = self.target.currentData()
        self.target.clear()
        self.target.addItem(self.tr("The meeting"), f"meeting:{meeting_id}")
        for n, item in enumerate(items, start=1):
            title = item["title"] if len(item["title"]) <= 40 else item["title"][:39] + "…"
            self.target.addItem(
                self.tr("Agenda item %1").replace("%1", f"{n}. {title}"),
                ("agenda_item", item["id"]),
            )
        for d in self.ctx.store.query(
            "SELECT id, number FROM decision WHERE meeting_id = ? ORDER BY number", (meeting_id,)
        ):
            self.target.addItem(
                self.tr("Decision %1").replace("%1", str(d["number"])), f"decision:{d['id']}"
            )
        index = self.target.findData(chosen)
        self.target.setCurrentIndex(max(0, index))

    def _selected(self) -> dict[str, Any] | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def attach(self, path: str | None = None) -> int | None:
        """Attach a file to the meeting (``path`` skips the file dialog)."""
        if self.meeting_id is None or self.frozen:
            return None
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file to the meeting"))
            if not path:
                return None
        table, _, row_id = (self.target.currentData() or f"meeting:{self.meeting_id}").partition(
            ":"
        )
        attached = self.ctx.run(
            UndoStep.tr("Attach %1").arg(Path(path).name),
            attachments.attach_file,
            table,
            int(row_id),
            path,
            parent=self,
        )
        self.load(self.meeting_id)
        return attached

    def open_selected(self) -> Path | None:
        """Open the selected file with the system's application (from a private copy)."""
        row = self._selected()
        if row is None:
            return None
        folder = Path(tempfile.mkdtemp(prefix="minutier-file-"))
        path = self._copy(row["id"], folder)
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def save_selected(self, target: str | None = None) -> Path | None:
        row = self._selected()
        if row is None:
            return None
        if target is None:
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), row["name"])
            if not target:
                return None
        return self._copy(row["id"], target)

    def _copy(self, attachment_id: int, target: str | Path) -> Path | None:
        """A copy written out (reading only: no undo step, no refresh); a refusal in words."""
        try:
            return attachments.save_copy(self.ctx.store, attachment_id, target)
        except MinutierError as error:
            self.ctx.show_error(error, self)
            return None

    def remove_selected(self) -> None:
        row = self._selected()
        if row is None or self.frozen:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove file"),
            self.tr("Remove “%1” from the register? This cannot be undone.").replace(
                "%1", row["name"]
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.run(
            UndoStep.tr("Remove %1").arg(row["name"]),
            attachments.remove,
            row["id"],
            parent=self,
            undoable=False,
        )
        self.load(self.meeting_id)
