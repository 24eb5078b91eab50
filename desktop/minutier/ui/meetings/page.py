"""The Meetings page: the list of meetings beside the detail of the one selected."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QInputDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutier.services import meetings, records, series
from minutier.ui import context_menus
from minutier.ui.context import AppContext, Page
from minutier.ui.forms import confirm_delete, open_editor
from minutier.ui.forms.refs import ref_rows
from minutier.ui.meetings.detail import MeetingDetail
from minutier.ui.meetings.models import MeetingsModel
from minutier.ui.meetings.next_meeting_action import make_button
from minutier.ui.steps import UndoStep
from minutier.ui.views import SharedWidth, WrappedRows, make_safe

# Records the page can show: a meeting, or a part of one (shown on its tab, selected).
_TABS = {
    "agenda_item": 0,
    "attendance": 1,
    "note": 2,
    "announcement": 2,
    "decision": 2,
    "action": 2,
}


class MeetingsPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("meetings_page")
        self._dirty = False
        self.live_windows: dict[int, QWidget] = {}

        self.model = MeetingsModel(ctx.store, self)
        self.view = make_safe(QTableView(self))
        self.view.setObjectName("meetings_view")
        self.view.setAccessibleName(self.tr("Meetings"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setResizeContentsPrecision(50)  # size columns from the first rows, not 10,000
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The title gets the room left (the committee, then the status, step aside when there
        # is none: the detail pane shows the selected meeting's status);
        # a long title wraps instead of showing "T…".
        self.widths = SharedWidth(
            self.view,
            {MeetingsModel.TITLE: 1.0},
            optional=(MeetingsModel.STATUS, MeetingsModel.COMMITTEE),
        )
        self.rows = WrappedRows(self.view)
        self.committee = QComboBox(self)
        self.committee.setObjectName("committee_filter")
        # A long committee name must not widen the list past what 1280 px leaves it.
        self.committee.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.committee.setMinimumContentsLength(16)
        self.committee.setToolTip(self.tr("Show the meetings of one committee"))
        self.committee.activated.connect(self._committee_chosen)
        self._fill_committees()
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        context_menus.install(self.view, self.fill_row_menu)

        new = QPushButton(self.tr("New meeting…"), self)
        new.setObjectName("new_meeting")
        new.setToolTip(self.tr("Plan the next meeting of a committee (Ctrl+Shift+N)"))
        new.clicked.connect(self.new_meeting)
        next_of_series = QPushButton(self.tr("Plan next of series…"), self)
        next_of_series.setObjectName("plan_next_of_series")
        next_of_series.clicked.connect(self.plan_next_of_series)
        new_series = QPushButton(self.tr("New series…"), self)
        new_series.clicked.connect(lambda: open_editor(self.ctx, "meeting_series", parent=self))
        delete = QPushButton(self.tr("Delete…"), self)
        delete.clicked.connect(self.delete_meeting)
        # Two rows of plain buttons: in French at 1280 px a one-line tool bar hid "New series…"
        # and "Delete…" behind its » overflow.
        buttons = QWidget(self)
        buttons.setObjectName("meetings_toolbar")
        grid = QGridLayout(buttons)
        grid.setContentsMargins(6, 6, 6, 0)
        # Two a row, the longest label alone: the list stays narrow enough at 1280 px.
        grid.addWidget(new, 0, 0)
        grid.addWidget(make_button(self), 0, 1)
        grid.addWidget(new_series, 1, 0)
        grid.addWidget(delete, 1, 1)
        grid.addWidget(next_of_series, 2, 0, 1, 2)
        grid.setColumnStretch(2, 1)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(buttons)
        left_layout.addWidget(self.committee)
        left_layout.addWidget(self.view, 1)

        self.detail = MeetingDetail(ctx, self)
        self.detail.live_requested.connect(self.open_live)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("meetings_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        # Room for the list's five columns (the title was squeezed to nothing at 2:3).
        self.splitter.setSizes([700, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        for keys, slot in (
            ("F9", self.open_live_selected),
            ("Ctrl+L", self.open_live_selected),
            ("Ctrl+Shift+N", self.new_meeting),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        if self.model.rowCount():
            self.view.selectRow(0)
        else:
            self.detail.load(None)

    def title(self) -> str:
        return self.tr("Meetings")

    # -- list ----------------------------------------------------------------------------
    def _fill_committees(self) -> None:
        current = self.committee.currentData()
        self.committee.blockSignals(True)
        self.committee.clear()
        self.committee.addItem(self.tr("All committees"), 0)
        for committee_id, label in ref_rows(self.ctx.store, "committee"):
            self.committee.addItem(label, committee_id)
        index = self.committee.findData(current) if current else 0
        self.committee.setCurrentIndex(max(index, 0))
        self.committee.blockSignals(False)

    def _committee_chosen(self, index: int) -> None:
        committee_id = self.committee.itemData(index) or None
        self.model.set_committee(committee_id)
        if self.model.rowCount():
            self.view.selectRow(0)
        else:
            self.detail.load(None)

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()]["id"] if rows else None

    def select(self, meeting_id: int) -> bool:
        row = self.model.row_of(meeting_id)
        if row < 0:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        if self.detail.meeting_id != meeting_id:
            self.detail.load(meeting_id)
        return True

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        meeting_id = self.selected_id()
        if meeting_id != self.detail.meeting_id:
            self.detail.load(meeting_id)

    def refresh(self) -> None:
        """Re-read the list and the detail; later if the page is hidden or live mode is open.

        While a live window records, the page waits (it is behind): Enter in live mode must not
        re-read the world. It catches up when its window is activated or live mode closes.
        """
        if not self.isVisible() or any(w.isVisible() for w in self.live_windows.values()):
            self._dirty = True
            return
        self._dirty = False
        self._reload()

    def _reload(self) -> None:
        self._fill_committees()
        current = self.selected_id() or self.detail.meeting_id
        self.view.selectionModel().blockSignals(True)
        self.model.reload()
        self.view.selectionModel().blockSignals(False)
        if current is not None and self.model.row_of(current) >= 0:
            self.view.selectRow(self.model.row_of(current))
            self.detail.load(current)
        elif self.model.rowCount():
            self.view.selectRow(0)
            self.detail.load(self.selected_id())
        else:
            self.detail.load(None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.WindowActivate and self._dirty:
            QTimer.singleShot(0, self._catch_up)
        return super().event(e)

    def _catch_up(self) -> None:
        """Refresh now even if a live window is still open (the user came back to the page)."""
        if self._dirty and self.isVisible():
            self._dirty = False
            self._reload()

    def show_record(self, table: str, row_id: int) -> bool:
        meeting_id: int | None = row_id if table == "meeting" else None
        if table in _TABS:
            row = self.ctx.store.query_one(
                f"SELECT meeting_id FROM {table} WHERE id = ?", (row_id,)
            )
            meeting_id = row["meeting_id"] if row else None
        if meeting_id is None:
            return False
        if self._dirty:
            self.model.reload()
        if self.model.row_of(meeting_id) < 0 and self.model.committee_id is not None:
            self.committee.setCurrentIndex(0)
            self.model.set_committee(None)
        if not self.select(meeting_id):
            return False
        if table in _TABS:
            self.detail.tabs.setCurrentIndex(_TABS[table])
            self.detail.select_part(table, row_id)
        return True

    # -- actions -------------------------------------------------------------------------
    def fill_row_menu(self, menu: QMenu, row: int) -> None:
        """Right-click on a meeting: live mode, its agenda as PDF, set its status, copy its
        reference."""
        meeting = self.model.rows[row]
        writable = not self.ctx.readonly and not self.detail.frozen
        menu.addAction(self.tr("&Live mode"), lambda: self.open_live(meeting["id"])).setEnabled(
            writable
        )
        window = self.window()

        def agenda() -> None:
            from minutier.ui.preview import commands

            commands.agenda(window)  # type: ignore[arg-type]

        menu.addAction(self.tr("&Agenda as PDF…"), agenda)
        statuses = menu.addMenu(self.tr("Set &status"))
        statuses.setEnabled(writable)
        for i in range(self.detail.status.count()):
            status = self.detail.status.itemData(i)
            if status == "minutes_approved":
                continue  # approval goes through the Minutes menu (it files the PDF)
            statuses.addAction(
                self.detail.status.itemText(i),
                lambda s=status: self.ctx.run(
                    UndoStep.tr("Change meeting status"),
                    meetings.set_status,
                    meeting["id"],
                    s,
                    parent=self,
                ),
            )
        ref = f"{self.model.index(row, MeetingsModel.COMMITTEE).data()}/{meeting['number']}"
        menu.addAction(
            self.tr("&Copy reference (%1)").replace("%1", ref),
            lambda: context_menus.copy_text(ref),
        ).setObjectName("copy_reference")

    def new_meeting(self) -> None:
        defaults = {}
        current = self.detail.row
        if current:
            defaults["committee_id"] = current["committee_id"]
        elif not self.ctx.store.scalar("SELECT count(*) FROM committee"):
            # An empty register: a meeting needs a committee, so make that first, here.
            answer = QMessageBox.question(
                self,
                self.tr("New meeting"),
                self.tr(
                    "A meeting belongs to a committee, and this register has none yet. "
                    "Create the committee now? (Committees are also kept under "
                    "People & organisations ▸ Committees.)"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            committee = open_editor(self.ctx, "committee", parent=self)
            if committee is None:
                return
            defaults["committee_id"] = committee
        meeting_id = open_editor(self.ctx, "meeting", parent=self, **defaults)
        if meeting_id is not None:
            self.refresh()
            self.show_record("meeting", meeting_id)

    def plan_next_of_series(self) -> None:
        series_id = self.detail.row.get("series_id") if self.detail.row else None
        if not series_id:
            choices = ref_rows(self.ctx.store, "meeting_series")
            if not choices:
                open_editor(self.ctx, "meeting_series", parent=self)
                return
            labels = [label for _, label in choices]
            label, ok = QInputDialog.getItem(
                self, self.tr("Plan next of series"), self.tr("Series:"), labels, 0, False
            )
            if not ok:
                return
            series_id = choices[labels.index(label)][0]
        planned = self.ctx.run(
            UndoStep.tr("Plan next meeting of series"), series.plan_next, series_id, parent=self
        )
        if planned:
            self.refresh()
            self.show_record("meeting", planned[0])

    def delete_meeting(self) -> None:
        meeting_id = self.selected_id()
        if meeting_id is not None:
            confirm_delete(self.ctx, "meeting", meeting_id, parent=self)

    def open_live_selected(self) -> None:
        meeting_id = self.selected_id()
        if meeting_id is not None:
            self.open_live(meeting_id)

    def open_live(self, meeting_id: int) -> QWidget:
        """Open (or bring forward) live mode for a meeting."""
        from minutier.ui.meetings.live import LiveMeetingWindow

        window = self.live_windows.get(meeting_id)
        if window is None:
            records.get(self.ctx.store, "meeting", meeting_id)
            window = LiveMeetingWindow(self.ctx, meeting_id, parent=self)
            window.destroyed.connect(lambda *_: self.live_windows.pop(meeting_id, None))
            self.live_windows[meeting_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window
