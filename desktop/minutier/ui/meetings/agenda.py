"""A meeting's agenda: reordered by drag and drop or by Ctrl+Shift+Up/Down, one undo step a move."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutier.core.enums import AgendaKind
from minutier.services import meetings
from minutier.ui.context import AppContext
from minutier.ui.forms import confirm_delete, open_editor
from minutier.ui.models.safe import empty_cell, titled_header
from minutier.ui.steps import UndoStep
from minutier.ui.views import WrappedRows, make_safe

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
MIME = "application/x-minutier-agenda-item"


class AgendaModel(QAbstractTableModel):
    """The agenda items of one meeting, in order; a drop moves an item through the service."""

    POSITION, TITLE, PRESENTER, MINUTES = range(4)

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.rows: list[dict[str, Any]] = []

    def load(self, meeting_id: int | None) -> None:
        self.beginResetModel()
        self.meeting_id = meeting_id
        self.carried: list[str] = []
        self.rows = (
            []
            if meeting_id is None
            else self.ctx.store.query(
                """SELECT a.id, a.position, a.title, a.kind, a.planned_minutes,
                          coalesce(p.name, '') AS presenter
                   FROM agenda_item a LEFT JOIN person p ON p.id = a.presenter_id
                   WHERE a.meeting_id = ? ORDER BY a.position, a.id""",
                (meeting_id,),
            )
        )
        if any(r["kind"] == AgendaKind.REVIEW_OF_ACTIONS for r in self.rows):
            from minutier.ui.meetings import carried

            assert meeting_id is not None
            today = self.ctx.today().isoformat()
            self.carried = carried.lines(self.ctx.store, meeting_id, today)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        titles = [self.tr("No."), self.tr("Title"), self.tr("Presenter"), self.tr("Duration (min)")]
        return titled_header(titles, section, orientation, role)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return empty_cell(role)
        row = self.rows[index.row()]
        column = index.column()
        if role == DISPLAY:
            if column == self.POSITION:
                return str(index.row() + 1)
            if column == self.TITLE:
                if row["kind"] == AgendaKind.REVIEW_OF_ACTIONS and self.carried:
                    # The open actions it reviews, listed under it (read live: closed ones go).
                    return "\n".join([row["title"], *("    • " + c for c in self.carried)])
                return row["title"]
            if column == self.PRESENTER:
                return row["presenter"]
            return "" if row["planned_minutes"] is None else str(row["planned_minutes"])
        if role == Qt.ItemDataRole.ToolTipRole and row["kind"] == AgendaKind.REVIEW_OF_ACTIONS:
            return self.tr("Review of the open actions of earlier meetings")
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        return empty_cell(role)

    # -- drag and drop ---------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(MIME, QByteArray(str(self.rows[rows[0]]["id"]).encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME):
            return False
        item_id = int(bytes(data.data(MIME).data()).decode())
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.rows))
        current = self.row_of(item_id)
        if current < 0:
            return False
        new_index = target - 1 if target > current else target  # the item leaves its place first
        self.move(item_id, new_index)
        return False  # the model reloads from the store; the view must not remove rows itself

    # -- moving ----------------------------------------------------------------------------
    def row_of(self, item_id: int) -> int:
        for i, row in enumerate(self.rows):
            if row["id"] == item_id:
                return i
        return -1

    def move(self, item_id: int, new_index: int) -> bool:
        """Move an item to ``new_index`` (0-based) as one undo step; True if it moved."""
        new_index = max(0, min(new_index, len(self.rows) - 1))
        if new_index == self.row_of(item_id):
            return False
        self.ctx.run(UndoStep.tr("Move agenda item"), meetings.move_agenda_item, item_id, new_index)
        return True


class AgendaEditor(QWidget):
    """The agenda list with its buttons; keyboard: Ctrl+Shift+Up/Down moves, Del deletes."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = AgendaModel(ctx, self)
        self.view = make_safe(QTableView(self))
        self.view.setObjectName("agenda_view")
        self.view.setAccessibleName(self.tr("Agenda"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.verticalHeader().hide()
        self.rows = WrappedRows(self.view)  # a review item lists the actions it carries
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(AgendaModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AgendaModel.POSITION, QHeaderView.ResizeMode.ResizeToContents)
        # The duration's title ("Duration (min)") is wider than the default 100 px section.
        header.setSectionResizeMode(AgendaModel.MINUTES, QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(lambda _: self.edit_item())

        self.move_up = self._action(self.tr("Move up"), "Ctrl+Shift+Up", lambda: self.move(-1))
        self.move_down = self._action(
            self.tr("Move down"), "Ctrl+Shift+Down", lambda: self.move(+1)
        )
        self.delete_action = self._action(self.tr("Delete item"), "Del", self.delete_item)
        add = QPushButton(self.tr("Add item…"), self)
        add.setObjectName("add_agenda_item")
        add.clicked.connect(self.add_item)
        edit = QPushButton(self.tr("Edit…"), self)
        edit.clicked.connect(self.edit_item)
        up = QPushButton(self.tr("Move up"), self)
        up.clicked.connect(self.move_up.trigger)
        down = QPushButton(self.tr("Move down"), self)
        down.clicked.connect(self.move_down.trigger)
        remove = QPushButton(self.tr("Delete"), self)
        remove.clicked.connect(self.delete_item)
        self.edit_buttons = (add, edit, up, down, remove)
        self.frozen = False
        buttons = QHBoxLayout()
        for b in self.edit_buttons:
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def _action(self, text: str, keys: str, slot: Any) -> QAction:
        action = QAction(text, self.view)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.view.addAction(action)
        return action

    def set_frozen(self, frozen: bool) -> None:
        """Approved minutes: the agenda is shown, not changed (no buttons, no drag, no keys)."""
        self.frozen = frozen
        for widget in self.edit_buttons:
            widget.setEnabled(not frozen)
        for action in (self.move_up, self.move_down, self.delete_action):
            action.setEnabled(not frozen)
        self.view.setDragDropMode(
            QAbstractItemView.DragDropMode.NoDragDrop
            if frozen
            else QAbstractItemView.DragDropMode.InternalMove
        )

    def load(self, meeting_id: int | None) -> None:
        selected = self.selected_id()
        self.model.load(meeting_id)
        if selected is not None:
            self.select(selected)

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        if not rows:
            return None
        return self.model.rows[rows[0].row()]["id"]

    def select(self, item_id: int) -> None:
        row = self.model.row_of(item_id)
        if row >= 0:
            self.view.selectRow(row)
            self.view.setCurrentIndex(self.model.index(row, AgendaModel.TITLE))

    def move(self, step: int) -> None:
        item_id = self.selected_id()
        if item_id is None:
            return
        self.model.move(item_id, self.model.row_of(item_id) + step)
        self.select(item_id)

    def add_item(self) -> None:
        if self.model.meeting_id is None:
            return
        open_editor(self.ctx, "agenda_item", parent=self, meeting_id=self.model.meeting_id)

    def edit_item(self) -> None:
        item_id = self.selected_id()
        if item_id is not None and not self.frozen:
            open_editor(self.ctx, "agenda_item", item_id, parent=self)

    def delete_item(self) -> None:
        item_id = self.selected_id()
        if item_id is not None:
            confirm_delete(self.ctx, "agenda_item", item_id, parent=self)
