"""An initiative's timeline as a table model: the query's rows kept, each cell written when shown.

The flagship initiative of a twenty-year archive gathers 3,600 entries; building a tree item
for each (a locale date, a translated kind, a status) took 300 ms. Here the rows stay as the
query returned them, newest first, and a cell's text is made the first time a view asks for it
(a screenful is ~25 rows). Rows come a page at a time (``set_source``, then Qt's
``fetchMore`` as the view scrolls), so showing an initiative costs the same however long its
history. Every role is answered with a value, never ``None`` (``safe.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from minutier.core.enums import ActionStatus, DecisionStatus, MeetingStatus
from minutier.store import queries
from minutier.ui.forms import localized
from minutier.ui.forms.labels import choice_label
from minutier.ui.models.rows import ROOT, Index
from minutier.ui.models.safe import empty_cell, titled_header

R = Qt.ItemDataRole
DISPLAY, EDIT, TOOLTIP, ACCESSIBLE = (
    int(r) for r in (R.DisplayRole, R.EditRole, R.ToolTipRole, R.AccessibleTextRole)
)
FONT, FOREGROUND = int(R.FontRole), int(R.ForegroundRole)
RECORD = int(R.UserRole)  # (kind, id) of the entry's record
OVERDUE_COLOR = "#b3261e"
STATUS_ENUMS = {"decision": DecisionStatus, "action": ActionStatus, "meeting": MeetingStatus}
PAGE = 200


class TimelineModel(QAbstractTableModel):
    """Date, what (kind, reference, text, status) and where (committee) of each entry."""

    DATE, WHAT, WHERE = range(3)

    def __init__(
        self,
        titles: list[str],
        kinds: dict[str, str],
        empty_text: str,
        today: Callable[[], dt.date],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.titles = titles
        self.kinds = kinds  # kind -> its translated name
        self.empty_text = empty_text
        self.today = today
        self.entries: list[dict[str, Any]] = []
        self._fetch: Callable[[int, int], list[dict[str, Any]]] | None = None
        self._more = False
        self._what: dict[int, str] = {}
        self._dates: dict[str, str] = {}
        self._late: dict[int, bool] = {}
        self._today = today()
        self._bold = QFont()
        self._bold.setBold(True)
        self._red = QBrush(QColor(OVERDUE_COLOR))

    # -- contents -------------------------------------------------------------------------
    def set_source(self, fetch: Callable[[int, int], list[dict[str, Any]]]) -> None:
        """Rows from ``fetch(offset, limit)``, newest first: the first page now, more on scroll."""
        first = fetch(0, PAGE)
        self.set_entries(first)
        self._fetch, self._more = fetch, len(first) >= PAGE

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = ROOT) -> None:
        if parent.isValid() or not self._more or self._fetch is None:
            return
        rows = self._fetch(len(self.entries), PAGE)
        self._more = len(rows) >= PAGE
        if rows:
            start = len(self.entries)
            self.beginInsertRows(ROOT, start, start + len(rows) - 1)
            self.entries.extend(rows)
            self.endInsertRows()

    def set_entries(self, entries: list[dict[str, Any]]) -> None:
        """The timeline's rows, newest first (``queries.initiative_timeline``), all at once."""
        self.beginResetModel()
        self._fetch, self._more = None, False
        self.entries = entries
        self._what.clear()
        self._late.clear()
        self._today = self.today()
        self.endResetModel()

    def entry(self, row: int) -> dict[str, Any] | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def record(self, row: int) -> tuple[str, int] | None:
        """(kind, id) of the record on ``row``, or None for the "nothing linked" line."""
        e = self.entry(row)
        return (str(e["kind"]), int(e["id"])) if e is not None else None

    def is_overdue(self, row: int) -> bool:
        late = self._late.get(row)
        if late is None:
            e = self.entries[row]
            late = self._late[row] = e["kind"] == "action" and queries.is_overdue(
                {"due_on": e["on_date"], "status": e["status"]}, self._today
            )
        return late

    def date_text(self, row: int) -> str:
        day = self.entries[row]["on_date"] or ""
        text = self._dates.get(day)
        if text is None:
            text = self._dates[day] = localized.long_date(day) if day else ""
        return text

    def what_text(self, row: int) -> str:
        text = self._what.get(row)
        if text is None:
            e = self.entries[row]
            kind = e["kind"]
            ref = ""
            if kind in ("decision", "action") and e["number"] is not None:
                sep = " #" if kind == "decision" else "-"
                ref = f"{e['committee_code']}{sep}{e['number']} "
            elif kind == "meeting":
                ref = f"{e['committee_code']}/{e['number']} "
            status = ""
            enum = STATUS_ENUMS.get(kind)
            if enum is not None and e["status"]:
                status = f" [{choice_label(enum(e['status']))}]"
            text = f"{self.kinds.get(kind, kind)} {ref}— {e['text']}{status}"
            if self.is_overdue(row):
                text = "⚠ " + text
            self._what[row] = text
        return text

    def text(self, row: int, column: int) -> str:
        """What the cell shows."""
        if not self.entries:
            return self.empty_text if column == self.WHAT else ""
        if column == self.DATE:
            return self.date_text(row)
        if column == self.WHAT:
            return self.what_text(row)
        return str(self.entries[row]["committee_code"] or "")

    # -- Qt -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else max(1, len(self.entries))

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 3

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self.entries or not index.isValid():
            return Qt.ItemFlag.NoItemFlags  # the "nothing linked" line cannot be opened
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        row, column = index.row(), index.column()
        if row < 0 or row >= max(1, len(self.entries)) or not 0 <= column < 3:
            return empty_cell(role)
        if role in (DISPLAY, EDIT):
            return self.text(row, column)
        if not self.entries:
            return empty_cell(role)
        if role == RECORD:
            return self.record(row)
        if role == TOOLTIP:
            return str(self.entries[row]["text"] or "") if column == self.WHAT else ""
        if role == ACCESSIBLE:
            return self.text(row, column)
        if column == self.WHAT and role in (FONT, FOREGROUND) and self.is_overdue(row):
            return self._bold if role == FONT else self._red
        return empty_cell(role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        return titled_header(self.titles, section, orientation, role)
