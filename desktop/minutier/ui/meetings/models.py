"""Table models of the Meetings page: the meetings, and what a meeting recorded."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTableView

from minutier.core.enums import MeetingStatus
from minutier.core.figures import Figure
from minutier.services import live
from minutier.store.connection import Store
from minutier.ui.forms import localized
from minutier.ui.forms.labels import choice_label
from minutier.ui.models.safe import NUMBER_ALIGNMENT, empty_cell, titled_header

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole


class MeetingsModel(QAbstractTableModel):
    """Meetings, latest first, read a page at a time (SQLite sorts and pages; twenty years of a
    busy committee stay instant), optionally those of one committee."""

    COMMITTEE, NUMBER, DATE, TITLE, STATUS = range(5)
    PAGE = 200
    _SQL = """SELECT m.id, m.committee_id, c.code AS committee_code, c.name AS committee_name,
                     m.number, m.title, m.starts_at, m.status
              FROM meeting m JOIN committee c ON c.id = m.committee_id {where}
              ORDER BY m.starts_at DESC, m.id DESC LIMIT ? OFFSET ?"""

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.committee_id: int | None = None
        self.rows: list[dict[str, Any]] = []
        self.total = 0
        self._dates: dict[int, str] = {}
        self.reload()

    def _where(self) -> tuple[str, tuple[Any, ...]]:
        if self.committee_id is None:
            return "", ()
        return "WHERE m.committee_id = ?", (self.committee_id,)

    def reload(self) -> None:
        self.beginResetModel()
        where, params = self._where()
        self.total = int(self.store.scalar(f"SELECT count(*) FROM meeting m {where}", params) or 0)
        self.rows = self._page(0)
        self._dates.clear()
        self.endResetModel()

    def set_committee(self, committee_id: int | None) -> None:
        self.committee_id = committee_id
        self.reload()

    def _page(self, offset: int) -> list[dict[str, Any]]:
        where, params = self._where()
        return self.store.query(self._SQL.format(where=where), (*params, self.PAGE, offset))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        more = self._page(len(self.rows))
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def headers(self) -> list[str]:
        return [
            self.tr("Committee"),
            self.tr("No."),
            self.tr("Date"),
            self.tr("Title"),
            self.tr("Status"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        return titled_header(self.headers(), section, orientation, role)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return empty_cell(role)
        row = self.rows[index.row()]
        column = index.column()
        if role == DISPLAY or (role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE):
            if column == self.COMMITTEE:
                return row["committee_code"]
            if column == self.NUMBER:
                return str(row["number"])
            if column == self.DATE:
                shown = self._dates.get(row["id"])
                if shown is None:  # formatting a date costs; each row's is made once
                    shown = self._dates[row["id"]] = localized.date_time(row["starts_at"])
                return shown
            if column == self.TITLE:
                return row["title"]
            return choice_label(MeetingStatus(row["status"]))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COMMITTEE:
            return row["committee_name"]
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.NUMBER:
            return NUMBER_ALIGNMENT
        return empty_cell(role)

    def row_of(self, meeting_id: int) -> int:
        """The row of a meeting, reading further pages if needed; -1 if it is not listed."""
        start = 0
        while True:
            for i in range(start, len(self.rows)):
                if self.rows[i]["id"] == meeting_id:
                    return i
            if not self.canFetchMore():
                return -1
            start = len(self.rows)
            self.fetchMore()


def figures_by_owner(store: Store, meeting_id: int) -> dict[tuple[str, int], list[Figure]]:
    """Figures of the meeting's announcements and decisions, keyed (table, id)."""
    rows = store.query(
        """SELECT f.* FROM announcement a JOIN figure f ON f.announcement_id = a.id
           WHERE a.meeting_id = :m
           UNION ALL
           SELECT f.* FROM decision d JOIN figure f ON f.decision_id = d.id
           WHERE d.meeting_id = :m
           ORDER BY position, id""",
        {"m": meeting_id},
    )
    out: dict[tuple[str, int], list[Figure]] = {}
    for r in rows:
        key = (
            ("announcement", r["announcement_id"])
            if r["announcement_id"]
            else (
                "decision",
                r["decision_id"],
            )
        )
        out.setdefault(key, []).append(Figure.from_row(r))
    return out


class RecordedModel(QAbstractTableModel):
    """What a meeting recorded: notes, announcements (with figures), decisions, actions."""

    ITEM, KIND, TEXT, DETAILS = range(4)

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.entries: list[live.LiveEntry] = []
        self.figures: dict[tuple[str, int], list[Figure]] = {}
        self.positions: dict[int, int] = {}

    def load(self, meeting_id: int | None) -> None:
        self.beginResetModel()
        if meeting_id is None:
            self.entries, self.figures, self.positions = [], {}, {}
        else:
            self.entries = live.entries(self.store, meeting_id)
            self.figures = figures_by_owner(self.store, meeting_id)
            self.positions = {
                r["id"]: r["position"]
                for r in self.store.query(
                    "SELECT id, position FROM agenda_item WHERE meeting_id = ?", (meeting_id,)
                )
            }
            # Grouped by agenda item (in agenda order), in the order recorded within an item.
            self.entries.sort(key=lambda e: self.positions.get(e.agenda_item_id or 0, 10**9))
        self.endResetModel()

    def kind_text(self, entry: live.LiveEntry) -> str:
        if entry.table == "note":
            return self.tr("Note")
        if entry.table == "announcement":
            return self.tr("Announcement")
        if entry.table == "decision":
            return self.tr("Decision %1").replace("%1", str(entry.number))
        return self.tr("Action %1").replace("%1", str(entry.number))

    def details(self, entry: live.LiveEntry) -> str:
        parts = []
        if entry.owner:
            parts.append(entry.owner)
        if entry.due_on:
            parts.append(self.tr("due %1").replace("%1", localized.long_date(entry.due_on)))
        parts += [localized.figure_text(f) for f in self.figures.get((entry.table, entry.id), [])]
        return " · ".join(parts)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        titles = [self.tr("Item"), self.tr("Kind"), self.tr("Text"), self.tr("Details")]
        return titled_header(titles, section, orientation, role)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self.entries):
            return empty_cell(role)
        entry = self.entries[index.row()]
        column = index.column()
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            if column == self.ITEM:
                position = self.positions.get(entry.agenda_item_id or 0)
                return "" if position is None else str(position)
            if column == self.KIND:
                return self.kind_text(entry)
            if column == self.TEXT:
                return entry.text
            return self.details(entry)
        if role == Qt.ItemDataRole.FontRole and column == self.KIND and entry.table == "decision":
            font = QFont()
            font.setBold(True)
            return font
        return empty_cell(role)


class RowFitter(QObject):
    """Keeps the row heights of a word-wrapping table fitted to its column widths."""

    def __init__(self, view: QTableView, *, at_bottom: bool = False) -> None:
        super().__init__(view)
        self.view = view
        self.at_bottom = at_bottom
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.fit)
        view.horizontalHeader().sectionResized.connect(self.schedule)

    def fit(self) -> None:
        self.view.resizeRowsToContents()
        if self.at_bottom:
            self.view.scrollToBottom()

    def schedule(self, *_: Any) -> None:
        self.timer.start()
