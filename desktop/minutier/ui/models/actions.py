"""The actions list as a lazy model: SQLite filters, counts, sorts and pages; rows come 200 at a time.

A filter change runs one ``count`` and fetches the first page; scrolling asks for the next page
(``canFetchMore``/``fetchMore``). Sorting by a column sets an allow-listed ORDER BY
(``queries.ACTION_SORTS``) and starts again from the first page — so 100,000 actions filter
and sort as fast as 200.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from minutier.core.enums import ActionStatus, Priority
from minutier.store import queries
from minutier.store.connection import Store
from minutier.ui import icons
from minutier.ui.forms import localized
from minutier.ui.forms.labels import choice_label
from minutier.ui.models.rows import ROOT, Column, Index, Mark, cell
from minutier.ui.models.safe import CELL_ALIGNMENT, empty_cell, empty_header

PAGE = 200
OVERDUE_COLOR = "#b3261e"
R = Qt.ItemDataRole


def reference(row: dict[str, Any]) -> str:
    """ "CSIIA-3": the committee's code and the action's number."""
    return f"{row.get('committee_code', '')}-{row.get('number', '')}"


def owner_text(row: dict[str, Any]) -> str:
    name, native = row.get("owner_name") or "", row.get("owner_native_name") or ""
    return f"{name} ({native})" if name and native and native != name else name


class ActionsModel(QAbstractTableModel):
    """Actions matching ``flt``, sorted by ``sort_key``; rows fetched page by page."""

    # (column key, ACTION_SORTS key)
    NUMBER, TEXT, OWNER, DUE, STATUS, PRIORITY, INITIATIVE, MEETING = range(8)

    def __init__(
        self, store: Store, today: Callable[[], dt.date], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today
        self.flt = queries.ActionFilter(today=today())
        self.sort_key = "due"
        self.descending = False
        self.rows: list[dict[str, Any]] = []
        self.total = 0
        self._today_iso = today().isoformat()
        self.columns = [
            Column("number", lambda: QCoreApplication.translate("ActionsModel", "No."), reference),
            Column("text", lambda: QCoreApplication.translate("ActionsModel", "Action")),
            Column(
                "owner", lambda: QCoreApplication.translate("ActionsModel", "Owner"), owner_text
            ),
            Column(
                "due",
                lambda: QCoreApplication.translate("ActionsModel", "Due"),
                lambda r: localized.long_date(r.get("due_on")),
            ),
            Column(
                "status",
                lambda: QCoreApplication.translate("ActionsModel", "Status"),
                lambda r: choice_label(ActionStatus, r["status"]),
            ),
            Column(
                "priority",
                lambda: QCoreApplication.translate("ActionsModel", "Priority"),
                lambda r: choice_label(Priority, r["priority"]),
            ),
            Column(
                "initiative",
                lambda: QCoreApplication.translate("ActionsModel", "Initiative"),
                lambda r: r.get("initiative_name") or "",
            ),
            Column(
                "meeting",
                lambda: QCoreApplication.translate("ActionsModel", "Meeting"),
                self._meeting,
            ),
        ]
        self.reload()

    @staticmethod
    def _meeting(row: dict[str, Any]) -> str:
        if row.get("meeting_number") is None:
            return ""
        return f"{row.get('committee_code', '')}/{row['meeting_number']}"

    # -- querying -------------------------------------------------------------------------
    def set_filter(self, flt: queries.ActionFilter) -> None:
        self.flt = flt
        self.reload()

    def reload(self) -> None:
        """Count and fetch the first page again (after a filter, sort or data change)."""
        self.beginResetModel()
        today = self.today()
        self._today_iso = today.isoformat()
        self.flt.today = today
        self.total = queries.count_actions(self.store, self.flt)
        self.rows = queries.actions(
            self.store, self.flt, sort=self.sort_key, descending=self.descending, limit=PAGE
        )
        self.endResetModel()

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = ROOT) -> None:
        if parent.isValid():
            return
        batch = queries.actions(
            self.store,
            self.flt,
            sort=self.sort_key,
            descending=self.descending,
            limit=PAGE,
            offset=len(self.rows),
        )
        if not batch:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(batch) - 1)
        self.rows.extend(batch)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column].key
        if key not in queries.ACTION_SORTS:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # -- rows -----------------------------------------------------------------------------
    def row(self, i: int) -> dict[str, Any]:
        return self.rows[i]

    def id_at(self, i: int) -> int:
        return int(self.rows[i]["id"])

    def find(self, action_id: int) -> int:
        for i, r in enumerate(self.rows):
            if r["id"] == action_id:
                return i
        return -1

    def is_overdue(self, row: dict[str, Any]) -> bool:
        return queries.is_overdue(row, dt.date.fromisoformat(self._today_iso))

    def days_late(self, row: dict[str, Any]) -> int:
        return (dt.date.fromisoformat(self._today_iso) - dt.date.fromisoformat(row["due_on"])).days

    def mark(self, row: dict[str, Any]) -> Mark | None:
        if self.is_overdue(row):
            days = self.days_late(row)
            note = self.tr("Overdue by %n day(s)", "", days)
            return Mark(
                bold=True,
                color=OVERDUE_COLOR,
                icon=icons.icon("overdue"),
                icon_column=self.DUE,
                note=note,
            )
        if row["status"] in (ActionStatus.DONE, ActionStatus.CANCELLED):
            return Mark(color="#6b6b6b")
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
            return CELL_ALIGNMENT
        if role == R.SizeHintRole:
            title = (
                self.columns[section].title()
                if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns)
                else str(section + 1)
            )
            return empty_header(role, orientation, title)
        return empty_header(role, orientation)
