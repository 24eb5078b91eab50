"""A table model that reads a long list a page at a time: SQLite counts, filters, sorts and pages.

Subclasses say how to count and fetch one page (``count()``, ``fetch(limit, offset)``) and which
columns sort in SQL (``sorts``: column key → allow-listed sort key). A change of filter or sort
reloads the first page; scrolling asks for the next (``canFetchMore``/``fetchMore``), so a list
of 100,000 rows costs what 200 cost.

Each row is shaped once, when its page arrives: its cell texts and its mark (the number of a
shared ``Style``) are kept in one flat tuple ``(id, style, text₀, text₁, …)``, and the query's
dict is dropped. Painting a screenful then only looks answers up (``data`` is asked ~1,500 times
per paint), and a list scrolled to its end keeps a few hundred bytes per row instead of a dict of
every column. The tuples hold only ints and strings, so the garbage collector stops tracking
them (200,000 tracked rows made its full passes stall the scroll).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

from minutier.ui.models.rows import ROOT, Column, Index, Mark
from minutier.ui.models.safe import CELL_ALIGNMENT, NUMBER_ALIGNMENT, empty_cell, empty_header

PAGE = 200
R = Qt.ItemDataRole
# Roles as plain ints: Qt passes ints, and int == int is what data() compares most.
DISPLAY, DECORATION, EDIT, TOOLTIP = (
    int(r) for r in (R.DisplayRole, R.DecorationRole, R.EditRole, R.ToolTipRole)
)
FONT, ALIGNMENT, FOREGROUND = (int(r) for r in (R.FontRole, R.TextAlignmentRole, R.ForegroundRole))
ACCESSIBLE = int(R.AccessibleTextRole)
ID_ROLE = int(R.UserRole)  # a row's record id (as rows.ID)
ID, STYLE, TEXTS = 0, 1, 2  # places in a shaped row

Shaped = tuple  # (id, number of its Style, text of column 0, text of column 1, …)


_PLAIN_FONT = QFont()
_PLAIN_BRUSH = QBrush()


class Style:
    """How a row stands out, answered per role (one object shared by every row alike)."""

    __slots__ = ("brush", "columns", "font", "icon", "icon_column", "note", "plain")

    def __init__(self, mark: Mark | None) -> None:
        self.plain = mark is None
        self.note = mark.note if mark is not None else ""
        self.font = QFont()
        self.brush = QBrush()
        self.icon = QIcon()
        self.icon_column = -1
        self.columns = None if mark is None else mark.columns
        if mark is None:
            return
        if mark.bold or mark.italic:
            self.font.setBold(mark.bold)
            self.font.setItalic(mark.italic)
        if mark.color:
            self.brush = QBrush(QColor(mark.color))
        if mark.icon is not None:
            self.icon = mark.icon
            self.icon_column = mark.icon_column

    @staticmethod
    def key(mark: Mark | None) -> tuple:
        if mark is None:
            return ()
        icon = mark.icon.cacheKey() if mark.icon is not None else 0
        return (mark.bold, mark.italic, mark.color, icon, mark.icon_column, mark.note, mark.columns)


class LazyRowsModel(QAbstractTableModel):
    """Rows fetched ``PAGE`` at a time through ``fetch``; ``total`` from ``count``."""

    columns: list[Column]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sorts: dict[str, str] = {}  # column key -> allow-listed SQL sort key
        self.rows: list[Shaped] = []
        self.total = 0
        self.sort_key = ""
        self.descending = False
        self._style_numbers: dict[tuple, int] = {}
        self.styles: list[Style] = []
        self._headers: dict[tuple[int, Any, int], Any] = {}
        self._alignments: list[int] = []
        self._texts: list[Callable[[dict[str, Any]], str]] = []

    # -- to provide -------------------------------------------------------------------------
    def count(self) -> int:
        raise NotImplementedError

    def fetch(self, limit: int, offset: int) -> list[dict[str, Any]]:
        raise NotImplementedError

    def mark(self, row: dict[str, Any]) -> Mark | None:
        return None

    def before_reload(self) -> None:
        """Hook run before counting (e.g. take today's date)."""

    # -- shaping ----------------------------------------------------------------------------
    def shape(self, row: dict[str, Any]) -> Shaped:
        """A fetched row as the model keeps it: id, style, then each column's text."""
        return (int(row["id"]), self.style_of(row), *[text(row) for text in self._texts])

    def style_of(self, row: dict[str, Any]) -> int:
        """The number of the row's ``Style`` (from ``mark``; subclasses may cache it)."""
        return self.style_number(self.mark(row))

    def style_number(self, mark: Mark | None) -> int:
        """The number of the shared ``Style`` drawing ``mark`` (made on first use)."""
        key = Style.key(mark)
        number = self._style_numbers.get(key)
        if number is None:
            number = self._style_numbers[key] = len(self.styles)
            self.styles.append(Style(mark))
        return number

    def _prepare(self) -> None:
        """What shaping and ``data`` take per column (after the columns were set)."""
        self._alignments = [NUMBER_ALIGNMENT if c.numeric else CELL_ALIGNMENT for c in self.columns]
        self._texts = [c.text or c.display for c in self.columns]

    def _page(self, limit: int, offset: int) -> list[Shaped]:
        if len(self._texts) != len(self.columns):
            self._prepare()
        shape = self.shape
        return [shape(r) for r in self.fetch(limit, offset)]

    # -- paging ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Count and fetch the first page again (after a filter, sort or data change)."""
        self.beginResetModel()
        self.before_reload()
        self._style_numbers.clear()
        self.styles = []
        self._prepare()
        self.total = self.count()
        self.rows = self._page(PAGE, 0)
        self.endResetModel()

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = ROOT) -> None:
        if parent.isValid():
            return
        batch = self._page(PAGE, len(self.rows))
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
    def row(self, i: int) -> Shaped:
        return self.rows[i]

    def text(self, i: int, column: int) -> str:
        """What row ``i`` shows in ``column``."""
        return str(self.rows[i][TEXTS + column])

    def id_at(self, i: int) -> int:
        return int(self.rows[i][ID])

    def find(self, row_id: int) -> int:
        """The row number of record ``row_id`` among the rows fetched so far, or -1."""
        for i, r in enumerate(self.rows):
            if r[ID] == row_id:
                return i
        return -1

    def find_fetching(self, row_id: int) -> int:
        """Like ``find``, fetching further pages until the record comes or the list ends."""
        row = self.find(row_id)
        while row < 0 and self.canFetchMore():
            before = len(self.rows)
            self.fetchMore()
            row = next((i for i in range(before, len(self.rows)) if self.rows[i][ID] == row_id), -1)
        return row

    # -- Qt -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        i = index.row()
        if i < 0 or i >= len(self.rows):
            return empty_cell(role)
        row = self.rows[i]
        if role in (DISPLAY, EDIT):
            return row[TEXTS + index.column()]
        style = self.styles[row[STYLE]]
        if role in (FONT, FOREGROUND):
            if style.columns is not None and index.column() not in style.columns:
                return _PLAIN_FONT if role == FONT else _PLAIN_BRUSH
            return style.font if role == FONT else style.brush
        if role == DECORATION:
            return style.icon if index.column() == style.icon_column else empty_cell(role)
        if role == ALIGNMENT:
            return self._alignments[index.column()]
        if role in (TOOLTIP, ACCESSIBLE):
            text = row[TEXTS + index.column()]
            if style.note:
                return f"{text} — {style.note}" if text else style.note
            return text if role == ACCESSIBLE or len(text) > 30 else ""
        if role == ID_ROLE:
            return row[ID]
        return empty_cell(role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        key = (section, orientation, role)
        answer = self._headers.get(key)
        if answer is None:
            if len(self._headers) > 4096:  # row numbers of a long scroll: stay bounded
                self._headers.clear()
            answer = self._headers[key] = self._header(section, orientation, role)
        return answer

    def _header(self, section: int, orientation: Qt.Orientation, role: int) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns)
        title = self.columns[section].title() if horizontal else str(section + 1)
        if role == DISPLAY:
            return title
        if role == ALIGNMENT and horizontal:
            return NUMBER_ALIGNMENT if self.columns[section].numeric else CELL_ALIGNMENT
        return empty_header(role, orientation, title)
