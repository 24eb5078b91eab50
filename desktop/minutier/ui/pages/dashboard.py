"""The Dashboard: what is open and overdue, by whom, what comes next, and what was decided.

Four figures at the top (each opens the list behind it), open actions per owner as a chart and
a table, the next planned meetings, and actions closed per month over the last year.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minutier.store import queries
from minutier.ui.context import AppContext, Page
from minutier.ui.forms import localized
from minutier.ui.pages.base import heading
from minutier.ui.pages.chart import Bar, BarChart


class Figure(QPushButton):
    """A number with its caption; clicking it opens the list it counts."""

    def __init__(self, caption: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.caption = caption
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumHeight(64)
        self.setStyleSheet(
            "QPushButton { border: 1px solid palette(mid); border-radius: 6px; padding: 8px;"
            " text-align: left; background: palette(base); }"
            "QPushButton:hover { border-color: palette(highlight); }"
        )
        self.value = 0

    def set_value(self, value: int, *, alert: bool = False, caption: str | None = None) -> None:
        """``caption``: the words under the number, in the plural form ``value`` needs."""
        if caption is not None:
            self.caption = caption
        self.value = value
        number = QLocale().toString(value)
        self.setText(f"{number}\n{self.caption}")
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 9) * 1.15)
        font.setBold(alert and value > 0)
        self.setFont(font)
        self.setAccessibleName(f"{self.caption}: {number}")


class DashboardPage(Page):
    key = "dashboard"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("dashboard_page")
        self._stale = True
        self._day: dt.date | None = None  # the day the figures were computed for
        # At midnight "today" moves: overdue counts, the title's date, the next meetings.
        self.midnight = QTimer(self)
        self.midnight.setObjectName("dashboard_midnight")
        self.midnight.setSingleShot(True)
        self.midnight.timeout.connect(self.refresh)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QGridLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setHorizontalSpacing(18)
        layout.setVerticalSpacing(12)
        self.title_label = heading("", body, scale=1.4)
        self.title_label.setObjectName("dashboard_title")
        layout.addWidget(self.title_label, 0, 0, 1, 4)
        from minutier.ui.pages.first_steps import FirstSteps

        self.first_steps = FirstSteps(ctx, body)
        self.first_steps.meeting_planned.connect(
            lambda meeting_id: self.ctx.open_record.emit("meeting", meeting_id)
        )
        layout.addWidget(self.first_steps, 1, 0, 1, 4)  # an empty register: where to start

        self.open_figure = Figure("", "figure_open", body)
        self.overdue_figure = Figure("", "figure_overdue", body)
        self.decisions_figure = Figure("", "figure_decisions", body)
        self.upcoming_figure = Figure("", "figure_upcoming", body)
        self.open_figure.clicked.connect(lambda: self._open_actions(overdue=False))
        self.overdue_figure.clicked.connect(lambda: self._open_actions(overdue=True))
        self.decisions_figure.clicked.connect(lambda: self._go("decisions"))
        self.upcoming_figure.clicked.connect(lambda: self._go("meetings"))
        for n, f in enumerate(
            (self.open_figure, self.overdue_figure, self.decisions_figure, self.upcoming_figure)
        ):
            layout.addWidget(f, 2, n)

        left = QWidget(body)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        self.owner_chart = BarChart(
            self.tr("Open actions per owner"),
            value_name=self.tr("open"),
            part_name=self.tr("overdue"),
            parent=left,
        )
        self.owner_chart.setObjectName("owner_chart")
        left_column.addWidget(self.owner_chart)
        self.owners = QTreeWidget(left)
        self.owners.setObjectName("owners_table")
        self.owners.setAccessibleName(self.tr("Open actions per owner"))
        self.owners.setRootIsDecorated(False)
        self.owners.setHeaderLabels([self.tr("Owner"), self.tr("Open"), self.tr("Overdue")])
        self.owners.setMinimumHeight(140)
        left_column.addWidget(self.owners, 1)
        layout.addWidget(left, 3, 0, 1, 2)

        right = QWidget(body)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading(self.tr("Next meetings"), right, scale=1.05))
        self.upcoming = QTreeWidget(right)
        self.upcoming.setObjectName("upcoming_meetings")
        self.upcoming.setAccessibleName(self.tr("Next meetings"))
        self.upcoming.setRootIsDecorated(False)
        self.upcoming.setHeaderLabels([self.tr("Date"), self.tr("Meeting")])
        self.upcoming.itemActivated.connect(
            lambda item, _c: self.ctx.open_record.emit(
                "meeting", int(item.data(0, Qt.ItemDataRole.UserRole))
            )
        )
        self.upcoming.setMinimumHeight(120)
        column.addWidget(self.upcoming)
        self.closed_chart = BarChart(
            self.tr("Actions closed per month"),
            value_name=self.tr("closed"),
            vertical=True,
            parent=right,
        )
        self.closed_chart.setObjectName("closed_chart")
        column.addWidget(self.closed_chart)
        layout.addWidget(right, 3, 2, 1, 2)
        layout.setRowStretch(3, 1)
        for c in range(4):
            layout.setColumnStretch(c, 1)

    def title(self) -> str:
        return self.tr("Dashboard")

    def refresh(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale or self._day != self.ctx.today():
            self.reload()

    def _arm_midnight(self) -> None:
        now = dt.datetime.now()
        next_day = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(0, 0, 1))
        self.midnight.start(max(1000, int((next_day - now).total_seconds() * 1000)))

    def reload(self) -> None:
        self._stale = False
        self.first_steps.reload()
        today = self.ctx.today()
        self._day = today
        self._arm_midnight()
        data = queries.dashboard(self.ctx.store, today)
        self.title_label.setText(
            self.tr("Dashboard — %1").replace("%1", localized.long_date(today))
        )
        # Plural forms of each language ("1 planned meeting ahead", "1 réunion prévue").
        opened = int(data["open_actions"] or 0)
        self.open_figure.set_value(opened, caption=self.tr("open action(s)", "", opened))
        overdue = int(data["overdue_actions"] or 0)
        self.overdue_figure.set_value(
            overdue, alert=True, caption=self.tr("overdue action(s)", "", overdue)
        )
        decided = int(data["decisions_this_year"] or 0)
        self.decisions_figure.set_value(
            decided,
            caption=self.tr("decision(s) in %1", "", decided).replace("%1", str(today.year)),
        )
        ahead = len(data["upcoming"])
        self.upcoming_figure.set_value(
            ahead, caption=self.tr("planned meeting(s) ahead", "", ahead)
        )

        owners = data["by_owner"]
        nobody = self.tr("(no owner)")
        self.owner_chart.set_bars(
            [Bar(r["owner"] or nobody, int(r["open"]), int(r["overdue"] or 0)) for r in owners[:8]],
            self.tr("No open action."),
        )
        self.owners.clear()
        for r in owners:
            item = QTreeWidgetItem(
                [
                    r["owner"] or nobody,
                    QLocale().toString(int(r["open"])),
                    QLocale().toString(int(r["overdue"] or 0)),
                ]
            )
            for c in (1, 2):
                item.setTextAlignment(
                    c, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
            if r["overdue"]:
                font = item.font(2)
                font.setBold(True)
                item.setFont(2, font)
            self.owners.addTopLevelItem(item)
        self.owners.resizeColumnToContents(0)

        self.upcoming.clear()
        for m in data["upcoming"]:
            item = QTreeWidgetItem(
                [
                    localized.date_time(m["starts_at"]),
                    f"{m['committee_code']}/{m['number']} {m['title']}".strip(),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, m["id"])
            self.upcoming.addTopLevelItem(item)
        if not data["upcoming"]:
            none = QTreeWidgetItem([self.tr("No planned meeting."), ""])
            none.setFlags(Qt.ItemFlag.NoItemFlags)
            self.upcoming.addTopLevelItem(none)
        self.upcoming.resizeColumnToContents(0)

        closed = {r["month"]: int(r["closed"]) for r in data["closed_per_month"]}
        bars = []
        month = dt.date(today.year, today.month, 1)
        months = []
        for _ in range(12):
            months.append(month)
            month = (month - dt.timedelta(days=1)).replace(day=1)
        locale = QLocale()
        for m in reversed(months):
            key = m.strftime("%Y-%m")
            label = locale.monthName(m.month, QLocale.FormatType.ShortFormat)
            bars.append(Bar(label, closed.get(key, 0)))
        if not any(b.value for b in bars):
            bars = []
        self.closed_chart.set_bars(bars, self.tr("No action closed in the last twelve months."))

    # -- going further --------------------------------------------------------------------
    def _go(self, key: str) -> QWidget | None:
        window = self.window()
        go = getattr(window, "go", None)
        return go(key) if go is not None else None

    def _open_actions(self, *, overdue: bool) -> None:
        page = self._go("actions")
        filters = getattr(page, "filters", None)
        if filters is None:
            return
        filters.clear()
        if overdue:
            filters.overdue.setChecked(True)
        else:
            filters.set_status("__open__")
