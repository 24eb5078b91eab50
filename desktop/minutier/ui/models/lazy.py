"""A table model that reads a long list a page at a time: SQLite counts, filters, sorts and pages.

Subclasses say how to count and fetch one page (``count()``, ``fetch(limit, offset)``) and which
columns sort in SQL (``sorts``: column key → allow-listed sort key). A change of filter or sort
reloads the first page; scrolling asks for the next (``canFetchMore``/``fetchMore``), so a list
of 100,000 rows costs what 200 cost.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QObject, Qt

from minutier.ui.models.rows import ROOT, Column, Index, Mark, cell
from minutier.ui.models.safe import CELL_ALIGNMENT, NUMBER_ALIGNMENT, empty_cell, empty_header

PAGE = 200
R = Qt.ItemDataRole


class LazyRowsModel(QAbstractTableModel):
    """Rows fetched ``PAGE`` at a time through ``fetch``; ``total`` from ``count``."""

    columns: list[Column]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sorts: dict[str, str] = {}  # column key -> allow-listed SQL sort key
        self.rows: list[dict[str, Any]] = []
        self.total = 0
        self.sort_key = ""
        self.descending = False

    # -- to provide -------------------------------------------------------------------------
    def count(self) -> int:
        raise NotImplementedError

    def fetch(self, limit: int, offset: int) -> list[dict[str, Any]]:
        raise NotImplementedError

    def mark(self, row: dict[str, Any]) -> Mark | None:
        return None

    def before_reload(self) -> None:
        """Hook run before counting (e.g. take today's date)."""

    # -- paging ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Count and fetch the first page again (after a filter, sort or data change)."""
        self.beginResetModel()
        self.before_reload()
        self.total = self.count()
        self.rows = self.fetch(PAGE, 0)
        self.endResetModel()

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = ROOT) -> None:
        if parent.isValid():
            return
        batch = self.fetch(PAGE, len(self.rows))
        if not batch:
            self.total = len(self.rows)
            return
        self.beginInsertRows(ROOT, len(self.rows), len(self.rows) + len(batch) - 1)
        self.rows.extend(batch)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        key = self.sorts.get(self.columns[column].key)
        if key is None:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # -- rows -----------------------------------------------------------------------------
    def row(self, i: int) -> dict[str, Any]:
        return self.rows[i]

    def id_at(self, i: int) -> int:
        return int(self.rows[i]["id"])

    def find(self, row_id: int) -> int:
        """The row number of record ``row_id`` among the rows fetched so far, or -1."""
        for i, r in enumerate(self.rows):
            if r["id"] == row_id:
                return i
        return -1

    def find_fetching(self, row_id: int) -> int:
        """Like ``find``, fetching further pages until the record comes or the list ends."""
        row = self.find(row_id)
        while row < 0 and self.canFetchMore():
            before = len(self.rows)
            self.fetchMore()
            row = next(
                (i for i in range(before, len(self.rows)) if self.rows[i]["id"] == row_id), -1
            )
        return row

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
        horizontal = orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns)
        title = self.columns[section].title() if horizontal else str(section + 1)
        if role == R.DisplayRole:
            return title
        if role == R.TextAlignmentRole and horizontal:
            return NUMBER_ALIGNMENT if self.columns[section].numeric else CELL_ALIGNMENT
        return empty_header(role, orientation, title)
