"""The list of entries live mode shows: appended one at a time, never re-queried on Enter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from minutier.services.live import LiveEntry
from minutier.ui.forms import localized
from minutier.ui.models.safe import empty_cell, titled_header

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_FONT = Qt.ItemDataRole.FontRole
KIND_COLOURS = {
    "note": None,
    "decision": QColor("#1f5fa8"),
    "action": QColor("#a14a00"),
    "announcement": QColor("#2e7d32"),
}


class LiveEntriesModel(QAbstractTableModel):
    """Time, agenda item, kind marker, text; the text is corrected in place (EditRole = line)."""

    TIME, ITEM, KIND, TEXT = range(4)

    def __init__(self, timezone: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.timezone = timezone
        self.entries: list[LiveEntry] = []
        self.positions: dict[int, int] = {}  # agenda item id → its number
        self.current_item: int | None = None
        self.pending: dict[int, str] = {}  # entry row → correction refused, kept for retyping
        self._times: dict[str, str] = {}
        self._brush_cache: dict[str, QBrush] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    # -- content -------------------------------------------------------------------------
    def reset(self, entries: list[LiveEntry], positions: dict[int, int]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.positions = positions
        self.pending.clear()
        self.endResetModel()

    def append(self, entry: LiveEntry) -> int:
        row = len(self.entries)
        self.beginInsertRows(QModelIndex(), row, row)
        self.entries.append(entry)
        self.endInsertRows()
        return row

    def replace(self, row: int, entry: LiveEntry) -> None:
        self.entries[row] = entry
        self.pending.pop(row, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.TEXT))

    def set_current_item(self, item_id: int | None) -> None:
        self.current_item = item_id
        if self.entries:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self.entries) - 1, self.TEXT),
                [Qt.ItemDataRole.ForegroundRole],
            )

    # -- presentation --------------------------------------------------------------------
    def time_of(self, entry: LiveEntry) -> str:
        shown = self._times.get(entry.recorded_at)
        if shown is None:
            local = localized.utc_to_local(entry.recorded_at, self.timezone)
            shown = localized.clock_time(local)
            self._times[entry.recorded_at] = shown
        return shown

    def marker(self, entry: LiveEntry) -> str:
        """Note / Decision 6 / Action 5 · owner · due date / Announcement · by whom."""
        if entry.table == "note":
            return self.tr("Note")
        if entry.table == "decision":
            return self.tr("Decision %1").replace("%1", str(entry.number))
        if entry.table == "announcement":
            text = self.tr("Announcement")
            return f"{text} · {entry.owner}" if entry.owner else text
        parts = [self.tr("Action %1").replace("%1", str(entry.number))]
        parts.append(entry.owner or self.tr("no owner"))
        if entry.due_on:
            parts.append(self.tr("due %1").replace("%1", localized.long_date(entry.due_on)))
        else:
            parts.append(self.tr("no due date"))
        return " · ".join(parts)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        titles = [self.tr("Time"), self.tr("Item"), self.tr("Kind"), self.tr("Text")]
        return titled_header(titles, section, orientation, role)

    _FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    _TEXT_FLAGS = _FLAGS | Qt.ItemFlag.ItemIsEditable

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return self._TEXT_FLAGS if index.column() == self.TEXT else self._FLAGS

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self.entries):
            return empty_cell(role)
        entry = self.entries[index.row()]
        column = index.column()
        if role == DISPLAY or (role == Qt.ItemDataRole.ToolTipRole and column >= self.KIND):
            if column == self.TIME:
                return self.time_of(entry)
            if column == self.ITEM:
                position = self.positions.get(entry.agenda_item_id or 0)
                return "—" if position is None else str(position)
            if column == self.KIND:
                mark = self.marker(entry)
                if not entry.confidential:
                    return mark
                secret = self.tr("Confidential")  # typed with a leading "!"
                return f"{secret} · {mark}"
            return entry.text
        if role == Qt.ItemDataRole.EditRole and column == self.TEXT:
            return self.pending.get(index.row(), entry.line)
        if role == _FOREGROUND:
            if entry.agenda_item_id != self.current_item:
                return self._brushes()["other item"]
            if column == self.KIND and entry.table in self._brushes():
                return self._brushes()[entry.table]
            return empty_cell(role)
        if role == _FONT and column == self.KIND and entry.table != "note":
            return self._bold
        return empty_cell(role)

    def _brushes(self) -> dict[str, QBrush]:
        """Brushes made once (data() runs for every visible cell at every repaint)."""
        if not self._brush_cache:
            palette = QApplication.palette()
            muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            self._brush_cache["other item"] = QBrush(muted)
            for table, colour in KIND_COLOURS.items():
                if colour is not None:
                    self._brush_cache[table] = QBrush(colour)
        return self._brush_cache
