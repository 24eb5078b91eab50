"""A table model over rows a query returned: columns say how a row reads, never ``None`` out.

``RowsModel`` holds dicts from ``Store.query`` (lists of a few thousand rows at most: people,
initiatives, decisions). The lazy model of the actions list builds on the same ``Column``
and ``cell`` so both answer every role the same safe way (``safe.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

from minutier.core.text import fold
from minutier.ui.models.safe import CELL_ALIGNMENT, NUMBER_ALIGNMENT, empty_cell, empty_header

Index = QModelIndex | QPersistentModelIndex
R = Qt.ItemDataRole
ID = R.UserRole  # a row's record id
ROW = R.UserRole + 1  # the whole row dict
ROOT = QModelIndex()  # the parent of every row of a table


@dataclass
class Column:
    """One column: its translated title and how a row's cell reads and sorts."""

    key: str
    title: Callable[[], str]
    text: Callable[[dict[str, Any]], str] | None = None
    numeric: bool = False
    sort_key: Callable[[dict[str, Any]], Any] | None = None
    width: int = 0  # preferred width in average characters (0: as the view decides)

    def display(self, row: dict[str, Any]) -> str:
        if self.text is not None:
            return self.text(row)
        value = row.get(self.key)
        return "" if value is None else str(value)

    def order(self, row: dict[str, Any]) -> Any:
        if self.sort_key is not None:
            return self.sort_key(row)
        value = row.get(self.key)
        if value is None:
            return (1, "")
        return (0, value if self.numeric else fold(str(value)))


@dataclass
class Mark:
    """How a row stands out (overdue, superseded…): never colour alone."""

    bold: bool = False
    italic: bool = False
    color: str = ""
    icon: QIcon | None = None
    icon_column: int = 0
    note: str = ""  # said in the tooltip and to screen readers
    extra: dict[str, Any] = field(default_factory=dict)
    # Bold and colour on these columns only (None: the whole row). An overdue action marks its
    # due date, not every cell: a list of red bold rows read as an alarm, not as information.
    columns: tuple[int, ...] | None = None


class RowsModel(QAbstractTableModel):
    """Rows of dicts shown through ``columns``; ``mark(row)`` may make a row stand out."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[dict[str, Any]] = []
        self._sorted: tuple[int, Qt.SortOrder] | None = None

    # -- contents -------------------------------------------------------------------------
    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if self._sorted is not None:
            self._sort_rows(*self._sorted)
        self.endResetModel()

    def row(self, i: int) -> dict[str, Any]:
        return self.rows[i]

    def id_at(self, i: int) -> int:
        return int(self.rows[i]["id"])

    def find(self, row_id: int) -> int:
        """The row number of record ``row_id``, or -1."""
        for i, r in enumerate(self.rows):
            if r.get("id") == row_id:
                return i
        return -1

    def mark(self, row: dict[str, Any]) -> Mark | None:
        return None

    # -- Qt -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = R.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return empty_cell(role)
        return cell(self, self.rows[index.row()], index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = R.DisplayRole
    ) -> Any:
        if role == R.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
                return self.columns[section].title()
            return str(section + 1)
        if role == R.TextAlignmentRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns) and self.columns[section].numeric:
                return NUMBER_ALIGNMENT
            return CELL_ALIGNMENT
        if role == R.SizeHintRole:
            title = (
                self.columns[section].title()
                if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns)
                else str(section + 1)
            )
            return empty_header(role, orientation, title)
        return empty_header(role, orientation)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        ids = [self.rows[i.row()].get("id") if i.row() < len(self.rows) else None for i in old]
        self._sorted = (column, order)
        self._sort_rows(column, order)
        where = {r.get("id"): n for n, r in enumerate(self.rows)}
        self.changePersistentIndexList(
            old,
            [
                self.index(where[i], p.column()) if i in where else QModelIndex()
                for i, p in zip(ids, old, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        col = self.columns[column]
        self.rows.sort(key=col.order, reverse=order == Qt.SortOrder.DescendingOrder)


def cell(model: Any, row: dict[str, Any], column: int, role: int) -> Any:
    """What a cell of ``row`` answers for ``role`` (shared by every model of the window)."""
    col: Column = model.columns[column]
    if role == R.DisplayRole or role == R.EditRole:
        return col.display(row)
    if role == ID:
        return int(row.get("id") or 0)
    if role == ROW:
        return row
    mark: Mark | None = model.mark(row)
    if role == R.TextAlignmentRole:
        return NUMBER_ALIGNMENT if col.numeric else CELL_ALIGNMENT
    if role in (R.ToolTipRole, R.AccessibleTextRole):
        text = col.display(row)
        if mark is not None and mark.note:
            return f"{text} — {mark.note}" if text else mark.note
        return text if role == R.AccessibleTextRole or len(text) > 30 else ""
    if mark is None:
        return empty_cell(role)
    marked = mark.columns is None or column in mark.columns
    if role == R.FontRole:
        if marked and (mark.bold or mark.italic):
            font = QFont()
            font.setBold(mark.bold)
            font.setItalic(mark.italic)
            return font
        return QFont()
    if role == R.ForegroundRole:
        return QBrush(QColor(mark.color)) if mark.color and marked else QBrush()
    if role == R.DecorationRole:
        if mark.icon is not None and column == mark.icon_column:
            return mark.icon
        return QIcon()
    return empty_cell(role)
