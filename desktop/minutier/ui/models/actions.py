"""The actions list as a lazy model (``LazyRowsModel``) over ``queries.actions``.

Sorting by a column sets an allow-listed ORDER BY (``queries.ACTION_SORTS``); overdue rows are
marked bold, in red, with a warning icon and the delay said in words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from minutier.core.enums import OPEN_ACTION_STATUSES, ActionStatus, Priority
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

    A row's texts and overdue mark are made once, when its page arrives (``shape``). Texts many
    rows share (a due date, a status, an owner, an initiative) are made once per load and the
    same string is kept by every row; the look of a row is worked out once per due date.
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
        self._memos: list[dict[Any, str]] = []  # emptied on reload (language, names may change)
        self._late_styles: dict[str, int] = {}  # due date -> style number of its overdue rows
        self._status_styles: dict[str, int] = {}  # status -> style number of other rows
        self.columns = [
            Column("number", lambda: QCoreApplication.translate("ActionsModel", "No."), reference),
            Column("text", lambda: QCoreApplication.translate("ActionsModel", "Action")),
            Column(
                "owner",
                lambda: QCoreApplication.translate("ActionsModel", "Owner"),
                self._memo(lambda r: (r.get("owner_name"), r.get("owner_native_name")), owner_text),
            ),
            Column(
                "due",
                lambda: QCoreApplication.translate("ActionsModel", "Due"),
                self._memo(lambda r: r.get("due_on"), _due_text),
            ),
            Column(
                "status",
                lambda: QCoreApplication.translate("ActionsModel", "Status"),
                self._memo(lambda r: r["status"], _status_text),
            ),
            Column(
                "priority",
                lambda: QCoreApplication.translate("ActionsModel", "Priority"),
                self._memo(lambda r: r["priority"], _priority_text),
            ),
            Column(
                "initiative",
                lambda: QCoreApplication.translate("ActionsModel", "Initiative"),
                self._memo(lambda r: r.get("initiative_name"), _initiative_text),
            ),
            Column(
                "meeting",
                lambda: QCoreApplication.translate("ActionsModel", "Meeting"),
                self._memo(lambda r: r.get("meeting_id"), self._meeting),
            ),
        ]
        self.reload()

    def _memo(
        self, key: Callable[[dict[str, Any]], Any], make: Callable[[dict[str, Any]], str]
    ) -> Callable[[dict[str, Any]], str]:
        """A column text made once per distinct ``key(row)`` and shared by the rows alike."""
        made: dict[Any, str] = {}
        self._memos.append(made)

        def text(row: dict[str, Any]) -> str:
            k = key(row)
            value = made.get(k)
            if value is None:
                value = made[k] = make(row)
            return value

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
        for made in self._memos:
            made.clear()
        self._late_styles.clear()
        self._status_styles.clear()

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

    def style_of(self, row: dict[str, Any]) -> int:
        """The row's look: ``mark`` asked once per due date of overdue rows, once per status
        of the others."""
        due, status = row.get("due_on"), row["status"]
        if due and status in _OPEN and due < self._today_iso:
            number = self._late_styles.get(due)
            if number is None:
                number = self._late_styles[due] = self.style_number(self.mark(row))
            return number
        number = self._status_styles.get(status)  # not overdue: the look follows the status
        if number is None:
            number = self._status_styles[status] = self.style_number(self.mark(row))
        return number

    def mark(self, row: dict[str, Any]) -> Mark | None:
        """How a row stands out; asked when its page arrives, never while painting."""
        if self.is_overdue(row):
            days = self.days_late(row)
            return Mark(
                bold=True,
                color=OVERDUE_COLOR,
                icon=icons.icon("overdue"),
                icon_column=self.DUE,
                note=self.tr("Overdue by %n day(s)", "", days),
                columns=(self.DUE,),
            )
        if row["status"] in _CLOSED:
            return Mark(color=CLOSED_COLOR)
        return None


_OPEN = frozenset(str(s) for s in OPEN_ACTION_STATUSES)
_CLOSED = frozenset((str(ActionStatus.DONE), str(ActionStatus.CANCELLED)))


def _due_text(row: dict[str, Any]) -> str:
    return localized.long_date(row.get("due_on"))


def _status_text(row: dict[str, Any]) -> str:
    return choice_label(ActionStatus, row["status"])


def _priority_text(row: dict[str, Any]) -> str:
    return choice_label(Priority, row["priority"])


def _initiative_text(row: dict[str, Any]) -> str:
    return row.get("initiative_name") or ""
