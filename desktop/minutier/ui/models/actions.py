"""The actions list as a lazy model (``LazyRowsModel``) over ``queries.actions``.

Sorting by a column sets an allow-listed ORDER BY (``queries.ACTION_SORTS``); overdue rows are
marked bold, in red, with a warning icon and the delay said in words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from minutier.core.enums import ActionStatus, Priority
from minutier.store import queries
from minutier.store.connection import Store
from minutier.ui import icons
from minutier.ui.forms import localized
from minutier.ui.forms.labels import choice_label
from minutier.ui.models.lazy import LazyRowsModel
from minutier.ui.models.rows import Column, Mark

OVERDUE_COLOR = "#b3261e"
CLOSED_COLOR = "#6b6b6b"
R = Qt.ItemDataRole


def reference(row: dict[str, Any]) -> str:
    """ "CSIIA-3": the committee's code and the action's number."""
    return f"{row.get('committee_code', '')}-{row.get('number', '')}"


def owner_text(row: dict[str, Any]) -> str:
    name, native = row.get("owner_name") or "", row.get("owner_native_name") or ""
    return f"{name} ({native})" if name and native and native != name else name


class ActionsModel(LazyRowsModel):
    """Actions matching ``flt``, sorted by ``sort_key``; rows fetched page by page.

    A row's texts and overdue mark are made once, when its page arrives (``shape``); texts many
    rows share (a due date, a status, an initiative) are made once per page load and shared.
    """

    NUMBER, TEXT, OWNER, DUE, STATUS, PRIORITY, INITIATIVE, MEETING = range(8)

    def __init__(
        self, store: Store, today: Callable[[], dt.date], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today
        self.flt = queries.ActionFilter(today=today())
        self.sort_key = "due"
        self.sorts = {key: key for key in queries.ACTION_SORTS}
        self._today = today()
        self._today_iso = self._today.isoformat()
        self._shared: dict[Any, str] = {}  # texts many rows show, made once
        self.columns = [
            Column("number", lambda: QCoreApplication.translate("ActionsModel", "No."), reference),
            Column("text", lambda: QCoreApplication.translate("ActionsModel", "Action")),
            Column(
                "owner",
                lambda: QCoreApplication.translate("ActionsModel", "Owner"),
                lambda r: self._share(
                    ("o", r.get("owner_name"), r.get("owner_native_name")), owner_text, r
                ),
            ),
            Column(
                "due",
                lambda: QCoreApplication.translate("ActionsModel", "Due"),
                lambda r: self._share(("d", r.get("due_on")), _due_text, r),
            ),
            Column(
                "status",
                lambda: QCoreApplication.translate("ActionsModel", "Status"),
                lambda r: self._share(("s", r["status"]), _status_text, r),
            ),
            Column(
                "priority",
                lambda: QCoreApplication.translate("ActionsModel", "Priority"),
                lambda r: self._share(("p", r["priority"]), _priority_text, r),
            ),
            Column(
                "initiative",
                lambda: QCoreApplication.translate("ActionsModel", "Initiative"),
                lambda r: self._share(("i", r.get("initiative_name")), _initiative_text, r),
            ),
            Column(
                "meeting",
                lambda: QCoreApplication.translate("ActionsModel", "Meeting"),
                lambda r: self._share(
                    ("m", r.get("committee_code"), r.get("meeting_number")), self._meeting, r
                ),
            ),
        ]
        self.reload()

    def _share(self, key: Any, make: Callable[[dict[str, Any]], str], row: dict[str, Any]) -> str:
        text = self._shared.get(key)
        if text is None:
            text = self._shared[key] = make(row)
        return text

    @staticmethod
    def _meeting(row: dict[str, Any]) -> str:
        if row.get("meeting_number") is None:
            return ""
        return f"{row.get('committee_code', '')}/{row['meeting_number']}"

    # -- querying -------------------------------------------------------------------------
    def set_filter(self, flt: queries.ActionFilter) -> None:
        self.flt = flt
        self.reload()

    def before_reload(self) -> None:
        self._today = self.today()
        self._today_iso = self._today.isoformat()
        self.flt.today = self._today
        self._shared.clear()  # the language or a name may have changed since

    def count(self) -> int:
        return queries.count_actions(self.store, self.flt)

    def fetch(self, limit: int, offset: int) -> list[dict[str, Any]]:
        return queries.actions(
            self.store,
            self.flt,
            sort=self.sort_key,
            descending=self.descending,
            limit=limit,
            offset=offset,
        )

    def is_overdue(self, row: dict[str, Any]) -> bool:
        return queries.is_overdue(row, self._today)

    def days_late(self, row: dict[str, Any]) -> int:
        return (self._today - dt.date.fromisoformat(row["due_on"])).days

    def mark(self, row: dict[str, Any]) -> Mark | None:
        """Asked once per row, when its page arrives (see ``LazyRowsModel.shape``)."""
        if self.is_overdue(row):
            days = self.days_late(row)
            note = self._share(
                ("late", days), lambda _: self.tr("Overdue by %n day(s)", "", days), row
            )
            return Mark(
                bold=True,
                color=OVERDUE_COLOR,
                icon=icons.icon("overdue"),
                icon_column=self.DUE,
                note=note,
            )
        if row["status"] in (ActionStatus.DONE, ActionStatus.CANCELLED):
            return Mark(color=CLOSED_COLOR)
        return None


def _due_text(row: dict[str, Any]) -> str:
    return localized.long_date(row.get("due_on"))


def _status_text(row: dict[str, Any]) -> str:
    return choice_label(ActionStatus, row["status"])


def _priority_text(row: dict[str, Any]) -> str:
    return choice_label(Priority, row["priority"])


def _initiative_text(row: dict[str, Any]) -> str:
    return row.get("initiative_name") or ""
