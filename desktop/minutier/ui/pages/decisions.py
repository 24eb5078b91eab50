"""The Decisions page: every decision, newest first, read a page at a time, and the one selected.

Filters (words through the full-text index, status, initiative) and column sorts run in SQLite
(``queries.decision_list``), so twenty years of decisions list as fast as one meeting's.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSignalBlocker, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minutier.core.enums import DecisionStatus
from minutier.store import queries
from minutier.store.connection import Store
from minutier.ui import context_menus
from minutier.ui.context import AppContext
from minutier.ui.forms import localized, open_editor
from minutier.ui.forms.labels import choice_label
from minutier.ui.forms.refs import ref_rows
from minutier.ui.models.lazy import LazyRowsModel
from minutier.ui.models.rows import Column, Mark
from minutier.ui.pages.base import ListDetailPage
from minutier.ui.pages.decision_detail import DecisionDetail
from minutier.ui.views import (
    SharedWidth,
    WrappedRows,
    fit_columns,
    long_dates,
    make_table,
    select_first,
)


def votes_text(row: dict[str, Any]) -> str:
    values = (row.get("votes_for"), row.get("votes_against"), row.get("votes_abstain"))
    if all(v is None for v in values):
        return ""
    return " – ".join("–" if v is None else str(v) for v in values)


class DecisionsModel(LazyRowsModel):
    """Decisions matching ``flt``, newest first unless sorted otherwise, a page at a time."""

    def __init__(self, store: Store, columns: list[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.columns = columns
        self.flt = queries.DecisionFilter()
        self.sort_key = "date"
        self.descending = True
        self.sorts = {"number": "number", "decided_on": "date", "text": "text", "status": "status"}

    def set_filter(self, flt: queries.DecisionFilter) -> None:
        self.flt = flt
        self.reload()

    def count(self) -> int:
        return queries.count_decision_list(self.store, self.flt)

    def fetch(self, limit: int, offset: int) -> list[dict[str, Any]]:
        return queries.decision_list(
            self.store,
            self.flt,
            sort=self.sort_key,
            descending=self.descending,
            limit=limit,
            offset=offset,
        )

    def mark(self, row: dict[str, Any]) -> Mark | None:
        if row["status"] in (DecisionStatus.SUPERSEDED, DecisionStatus.REJECTED):
            return Mark(italic=True, color="#6b6b6b")
        return None


class DecisionsPage(ListDetailPage):
    key = "decisions"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("decisions_page")
        self.model = DecisionsModel(
            ctx.store,
            [
                Column(
                    "number",
                    lambda: self.tr("No."),
                    lambda r: f"{r['committee_code']} #{r['number']}",
                ),
                Column(
                    "decided_on",
                    lambda: self.tr("Date"),
                    lambda r: localized.long_date(r["decided_on"]),
                ),
                Column("text", lambda: self.tr("Decision")),
                Column(
                    "status",
                    lambda: self.tr("Status"),
                    lambda r: choice_label(DecisionStatus(r["status"])),
                ),
                Column("votes", lambda: self.tr("Votes"), votes_text),
                Column("initiatives", lambda: self.tr("Initiatives")),
            ],
            self,
        )
        self.view = make_table(self, name="decisions_view")
        self.view.setAccessibleName(self.tr("Decisions"))
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        fit_columns(
            self.view,
            {5: 26},
            stretch=2,
            fit={
                0: ["CSIIA #888"],
                1: long_dates(),
                3: [choice_label(s) for s in DecisionStatus],
                4: ["888 – 888 – 888"],
            },
        )
        self.view.selectionModel().selectionChanged.connect(self._selected)
        context_menus.install(self.view, self.fill_row_menu)
        self.filter_text = QLineEdit(self)
        self.filter_text.setObjectName("decisions_filter")
        self.filter_text.setAccessibleName(self.tr("Filter by words…"))
        self.filter_text.setClearButtonEnabled(True)
        self.filter_text.setPlaceholderText(self.tr("Filter by words…"))
        self.filter_status = QComboBox(self)
        self.filter_status.setObjectName("decisions_status_filter")
        self.filter_status.addItem(self.tr("All statuses"), "")
        for s in DecisionStatus:
            self.filter_status.addItem(choice_label(s), s.value)
        self.filter_initiative = QComboBox(self)
        self.filter_initiative.setObjectName("decisions_initiative_filter")
        # A long initiative name must not squeeze the words filter to "Fi…" (seen in French).
        self.filter_initiative.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.filter_initiative.setMinimumContentsLength(14)
        self.filter_text.setMinimumWidth(
            self.filter_text.fontMetrics().horizontalAdvance(self.filter_text.placeholderText())
            + 40
        )
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.reload)
        self.filter_text.textChanged.connect(self.timer.start)
        self.filter_status.currentIndexChanged.connect(self.reload)
        self.filter_initiative.currentIndexChanged.connect(self.reload)
        new = QPushButton(self.tr("New decision…"), self)
        new.setObjectName("new_decision")
        new.setEnabled(not ctx.readonly)
        new.clicked.connect(self.new_decision)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 6, 6, 0)
        bar.addWidget(new)
        bar.addWidget(self.filter_text, 1)
        bar.addWidget(self.filter_status)
        bar.addWidget(self.filter_initiative, 1)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.view, 1)
        self.detail = DecisionDetail(ctx, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setSizes([700, 500])
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.follow_detail(self.detail.stack)
        self.widths = SharedWidth(self.view, {2: 4.0, 5: 1.0}, optional=(3, 4))
        self.rows = WrappedRows(self.view)
        self._fill_initiatives()
        self.reload()

    def title(self) -> str:
        return self.tr("Decisions")

    def fill_row_menu(self, menu: QMenu, row: int) -> None:
        """Right-click on a decision: all its fields, its meeting, copy its reference."""
        decision = self.model.id_at(row)
        menu.addAction(
            self.tr("&Edit…"), lambda: open_editor(self.ctx, "decision", decision, parent=self)
        ).setEnabled(not self.ctx.readonly)
        meeting = self.ctx.store.scalar("SELECT meeting_id FROM decision WHERE id = ?", (decision,))
        if meeting:
            menu.addAction(
                self.tr("Open its &meeting"),
                lambda: self.ctx.open_record.emit("meeting", int(meeting)),
            )
        ref = self.model.index(row, 0).data()
        menu.addAction(
            self.tr("&Copy reference (%1)").replace("%1", ref),
            lambda: context_menus.copy_text(ref),
        ).setObjectName("copy_reference")

    def _fill_initiatives(self) -> None:
        current = self.filter_initiative.currentData()
        with QSignalBlocker(self.filter_initiative):
            self.filter_initiative.clear()
            self.filter_initiative.addItem(self.tr("All initiatives"), 0)
            for initiative_id, label in ref_rows(self.ctx.store, "initiative"):
                self.filter_initiative.addItem(label, initiative_id)
            self.filter_initiative.setCurrentIndex(max(0, self.filter_initiative.findData(current)))

    def current_filter(self) -> queries.DecisionFilter:
        initiative = int(self.filter_initiative.currentData() or 0)
        return queries.DecisionFilter(
            text=self.filter_text.text(),
            status=str(self.filter_status.currentData() or ""),
            initiative_id=initiative or None,
        )

    def reload(self) -> None:
        self.timer.stop()
        self._fill_initiatives()
        selected = self.detail.decision_id
        self.model.set_filter(self.current_filter())
        row = self.model.find(selected) if selected is not None else -1
        if row >= 0:
            self.view.selectRow(row)
            self.detail.show_decision(selected)
        else:
            self.detail.show_decision(None)
            select_first(self.view)

    def _selected(self, *_: object) -> None:
        rows = self.view.selectionModel().selectedRows()
        self.detail.show_decision(self.model.id_at(rows[0].row()) if rows else None)

    def show_record(self, table: str, row_id: int) -> bool:
        if table != "decision":
            return False
        if self.model.find_fetching(row_id) < 0:
            with QSignalBlocker(self.filter_status), QSignalBlocker(self.filter_initiative):
                self.filter_status.setCurrentIndex(0)
                self.filter_initiative.setCurrentIndex(0)
            with QSignalBlocker(self.filter_text):
                self.filter_text.clear()
            self.reload()
        row = self.model.find_fetching(row_id)
        if row < 0:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def new_decision(self) -> None:
        new_id = open_editor(self.ctx, "decision", parent=self)
        if new_id is not None:
            self.reload()
            self.show_record("decision", new_id)
