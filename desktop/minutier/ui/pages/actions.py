"""The Actions page: every action of the register, filtered and sorted by SQLite, in pages.

Officials use it to see what is open, who owes it and since when: filters (owner, status,
committee, initiative, due range, overdue, words), overdue rows in bold red with a warning
icon, "My actions" for a chosen person (remembered per file), and a status change applied to
the whole selection as one undoable step.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, QSignalBlocker, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from minutier.core.enums import ActionStatus, Priority
from minutier.services import actions as action_service
from minutier.ui import context_menus
from minutier.ui.context import AppContext
from minutier.ui.forms import confirm_delete, localized, open_editor
from minutier.ui.forms.labels import choice_label, choice_said
from minutier.ui.forms.refs import ref_rows
from minutier.ui.models.actions import ActionsModel
from minutier.ui.pages.action_detail import ActionDetail
from minutier.ui.pages.action_filters import ActionFilterBar
from minutier.ui.pages.base import ListDetailPage
from minutier.ui.review.commands import review_button
from minutier.ui.settings import Settings
from minutier.ui.steps import UndoStep
from minutier.ui.views import SharedWidth, WrappedRows, make_table


class ActionsPage(ListDetailPage):
    key = "actions"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("actions_page")
        self.settings = Settings()
        self.model = ActionsModel(ctx.store, ctx.today, self)
        self.filters = ActionFilterBar(ctx.store, ctx.today, self)
        self.filters.changed.connect(self.apply_filters)

        self.view = make_table(self, name="actions_view")
        self.view.setAccessibleName(self.tr("Actions"))
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(ActionsModel.DUE, Qt.SortOrder.AscendingOrder)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._column_widths()
        # The action's text gets most of the room; owner and initiative wrap in what they get.
        self.widths = SharedWidth(
            self.view,
            {ActionsModel.TEXT: 3.0, ActionsModel.OWNER: 1.2, ActionsModel.INITIATIVE: 1.0},
            optional=(ActionsModel.PRIORITY, ActionsModel.MEETING),
        )
        self.rows = WrappedRows(self.view)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.doubleClicked.connect(lambda _: self.edit_selected())
        context_menus.install(self.view, self.fill_row_menu)

        self.count = QLabel(self)
        self.count.setObjectName("actions_count")
        toolbar = self._toolbar()

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(toolbar)
        column.addWidget(self.filters)
        column.addWidget(self.count)
        column.addWidget(self.view, 1)
        self.detail = ActionDetail(ctx, self)
        self.detail.setMinimumWidth(300)
        self.detail.edit_requested.connect(self.edit)
        self.detail.delete_requested.connect(self.delete)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 340])
        self.follow_detail(self.detail.stack)
        self._shortcuts()
        self._update_count()
        self._selection_changed()

    def title(self) -> str:
        return self.tr("Actions")

    def _column_widths(self) -> None:
        """Widths from what the columns hold in this language (a long date, a status name)."""
        fm = self.view.fontMetrics()
        bold = QFont(self.view.font())
        bold.setBold(True)
        fmb = QFontMetrics(bold)
        pad = 18

        def widest(texts: list[str], header: int) -> int:
            title = self.model.columns[header].title()
            return (
                max([fmb.horizontalAdvance(t) for t in texts] + [fm.horizontalAdvance(title) + 20])
                + pad
            )

        dates = [localized.long_date(dt.date(2025, m, 28)) for m in range(1, 13)]
        chars = fm.averageCharWidth()
        self.view.setColumnWidth(ActionsModel.NUMBER, widest(["CSIIA-888"], ActionsModel.NUMBER))
        self.view.setColumnWidth(ActionsModel.OWNER, chars * 20)
        self.view.setColumnWidth(ActionsModel.DUE, widest(dates, ActionsModel.DUE) + 22)
        self.view.setColumnWidth(
            ActionsModel.STATUS,
            widest([choice_label(s) for s in ActionStatus], ActionsModel.STATUS),
        )
        self.view.setColumnWidth(
            ActionsModel.PRIORITY,
            widest([choice_label(p) for p in Priority], ActionsModel.PRIORITY),
        )
        self.view.setColumnWidth(ActionsModel.INITIATIVE, chars * 16)
        self.view.setColumnWidth(ActionsModel.MEETING, widest(["CSIIA/88"], ActionsModel.MEETING))

    # -- layout ---------------------------------------------------------------------------
    def _toolbar(self) -> QWidget:
        bar = QWidget(self)
        line = QHBoxLayout(bar)
        line.setContentsMargins(6, 6, 6, 0)
        self.new_button = QPushButton(self.tr("New action…"), bar)
        self.new_button.setObjectName("new_action")
        self.new_button.clicked.connect(self.new_action)
        # A push button with a menu sizes itself for its text and arrow ("Changer le statut"
        # was clipped by the tool button's arrow).
        self.status_button = QPushButton(self.tr("Set status"), bar)
        self.status_button.setObjectName("bulk_status")
        self.status_button.setToolTip(self.tr("Change the status of every selected action"))
        menu = QMenu(self.status_button)
        for status in ActionStatus:
            act = menu.addAction(choice_label(status))
            act.setObjectName(f"set_status_{status.value}")
            act.triggered.connect(lambda _=False, s=status.value: self.set_status(s))
        self.status_button.setMenu(menu)
        self.my_button = QToolButton(bar)
        self.my_button.setObjectName("my_actions")
        self.my_button.setText(self.tr("My actions"))
        self.my_button.setCheckable(True)
        self.my_button.setToolTip(self.tr("Show only the open actions of the person chosen beside"))
        self.my_button.toggled.connect(self._my_toggled)
        self.me = QComboBox(bar)
        self.me.setObjectName("my_person")
        self.me.setToolTip(self.tr("Whose actions “My actions” shows (remembered for this file)"))
        self._fill_people()
        self.me.currentIndexChanged.connect(self._me_changed)
        line.addWidget(self.new_button)
        line.addWidget(self.status_button)
        line.addWidget(review_button(self, self.ctx))  # cut a review pack for one owner
        line.addSpacing(16)
        line.addWidget(self.my_button)
        line.addWidget(self.me)
        line.addStretch(1)
        for w in (self.new_button, self.status_button):
            w.setEnabled(not self.ctx.readonly)
        return bar

    def _fill_people(self) -> None:
        """The people "My actions" can show, keeping (or restoring) the chosen one."""
        chosen = self.me.currentData() or self.settings.my_person(self.ctx.store.path)
        with QSignalBlocker(self.me):
            self.me.clear()
            self.me.addItem(self.tr("(choose a person)"), 0)
            for person_id, label in ref_rows(self.ctx.store, "person"):
                self.me.addItem(label, person_id)
            self.me.setCurrentIndex(max(0, self.me.findData(chosen)) if chosen else 0)

    def _shortcuts(self) -> None:
        delete = QAction(self.tr("Delete"), self.view)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(lambda: self.delete(self.current_id()))
        self.view.addAction(delete)

    # -- list -----------------------------------------------------------------------------
    def apply_filters(self) -> None:
        selected = self.selected_ids()
        self.model.set_filter(self.filters.current())
        self._update_count()
        self._reselect(selected)

    def reload(self) -> None:
        selected = self.selected_ids()
        self.filters.load_choices()  # people, committees… may have been added
        self._fill_people()
        self.model.reload()
        self._update_count()
        self._reselect(selected)
        self.detail.show_action(selected[0] if len(selected) == 1 else self.detail.action_id)

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n action(s)", "", self.model.total))

    def _reselect(self, ids: list[int]) -> None:
        selection = self.view.selectionModel()
        selection.clearSelection()
        first = True
        for action_id in ids:
            row = self.model.find(action_id)
            if row < 0:
                continue
            flags = (
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            )
            if first:
                flags |= QItemSelectionModel.SelectionFlag.Current
                first = False
            selection.select(self.model.index(row, 0), flags)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.id_at(r) for r in rows if r < len(self.model.rows)]

    def current_id(self) -> int | None:
        ids = self.selected_ids()
        return ids[0] if ids else None

    def _selection_changed(self, *_: object) -> None:
        ids = self.selected_ids()
        self.detail.show_action(ids[0] if len(ids) == 1 else None)
        self.status_button.setEnabled(bool(ids) and not self.ctx.readonly)

    def show_record(self, table: str, row_id: int) -> bool:
        if table == "action_note":
            row = self.ctx.store.query_one(
                "SELECT action_id FROM action_note WHERE id = ?", (row_id,)
            )
            if row is None:
                return False
            table, row_id = "action", row["action_id"]
        if table != "action":
            return False
        if self.model.find(row_id) < 0:
            self.filters.clear()
        while self.model.find(row_id) < 0 and self.model.canFetchMore():
            self.model.fetchMore()
        row = self.model.find(row_id)
        if row < 0:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    # -- my actions -----------------------------------------------------------------------
    def _me_changed(self) -> None:
        person = int(self.me.currentData() or 0)
        self.settings.set_my_person(self.ctx.store.path, person or None)
        if self.my_button.isChecked():
            self._my_toggled(True)

    def _my_toggled(self, on: bool) -> None:
        person = int(self.me.currentData() or 0)
        if on and not person:
            self.me.showPopup()
            self.my_button.setChecked(False)
            return
        if on:
            self.filters.set_owner("person", person)
            self.filters.set_status("__open__")
        else:
            self.filters.set_owner(None, None)
            self.filters.set_status(None)

    def fill_row_menu(self, menu: QMenu, row: int) -> None:
        """Right-click on an action: edit, set the status of the selection, copy its reference."""
        writable = not self.ctx.readonly
        edit = menu.addAction(self.tr("&Edit…"), self.edit_selected)
        edit.setEnabled(writable)
        statuses = menu.addMenu(self.tr("Set &status"))
        statuses.setEnabled(writable)
        for status in ActionStatus:
            statuses.addAction(
                choice_label(status), lambda s=status.value: self.set_status(s)
            ).setObjectName(f"menu_status_{status.value}")
        ref = self.model.index(row, ActionsModel.NUMBER).data()
        menu.addAction(
            self.tr("&Copy reference (%1)").replace("%1", ref),
            lambda: context_menus.copy_text(ref),
        ).setObjectName("copy_reference")
        menu.addSeparator()
        menu.addAction(self.tr("&Delete…"), lambda: self.delete(self.current_id())).setEnabled(
            writable
        )

    # -- changes --------------------------------------------------------------------------
    def set_status(self, status: str) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        text = UndoStep.tr("Set %n action(s) to “%1”", "", len(ids)).arg(
            choice_said(ActionStatus(status))
        )
        self.ctx.run(text, action_service.set_status, ids, status, parent=self)

    def new_action(self) -> None:
        new_id = open_editor(self.ctx, "action", parent=self)
        if new_id is not None:
            self.show_record("action", new_id)

    def edit(self, action_id: int | None) -> None:
        if action_id is not None and not self.ctx.readonly:
            open_editor(self.ctx, "action", action_id, parent=self)

    def edit_selected(self) -> None:
        self.edit(self.current_id())

    def delete(self, action_id: int | None) -> None:
        if action_id is not None and not self.ctx.readonly:
            confirm_delete(self.ctx, "action", action_id, parent=self)
