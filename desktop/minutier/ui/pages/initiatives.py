"""The Initiatives page: the long-running programmes and, for one, its facts and its timeline.

The timeline lists every meeting, decision, announcement and action that touched the
initiative, across committees, newest first (``queries.initiative_timeline``), in a table
whose cells are written only when shown (``models.timeline``); Enter or a double-click opens
the record on its own page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from minutier.core.enums import InitiativeStatus
from minutier.services import links, records
from minutier.store import queries
from minutier.ui import context_menus
from minutier.ui.context import AppContext
from minutier.ui.forms import confirm_delete, localized, open_editor
from minutier.ui.forms.labels import choice_label, choice_said
from minutier.ui.models.rows import Column, Mark, RowsModel
from minutier.ui.models.timeline import TimelineModel
from minutier.ui.pages.base import ListDetailPage, heading
from minutier.ui.steps import UndoStep
from minutier.ui.views import (
    SharedWidth,
    WrappedRows,
    fit_columns,
    long_dates,
    make_table,
    select_first,
)


def partial_date(value: str | None) -> str:
    """ "2027", "September 2023" or a full date, as the locale writes them."""
    if not value:
        return ""
    if len(value) == 4:
        return value
    if len(value) == 7:
        from PySide6.QtCore import QDate, QLocale

        year, month = int(value[:4]), int(value[5:7])
        return QLocale().toString(QDate(year, month, 1), "MMMM yyyy")
    return localized.long_date(value)


class InitiativesModel(RowsModel):
    def mark(self, row: dict[str, Any]) -> Mark | None:
        if row["status"] in (InitiativeStatus.COMPLETED, InitiativeStatus.CANCELLED):
            return Mark(color="#6b6b6b")
        return None


class InitiativeDetail(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.initiative_id: int | None = None
        self.stack = QStackedLayout(self)
        empty = QLabel(self.tr("Select an initiative to see its timeline."), self)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(empty)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        scroll.setWidget(body)
        self.stack.addWidget(scroll)
        layout = QVBoxLayout(body)
        self.title = heading("", body)
        self.title.setObjectName("initiative_title")
        layout.addWidget(self.title)
        self.description = QLabel(body)
        self.description.setObjectName("initiative_description")
        self.description.setWordWrap(True)
        layout.addWidget(self.description)
        form = QFormLayout()
        self.status = QComboBox(body)
        self.status.setObjectName("initiative_status")
        for s in InitiativeStatus:
            self.status.addItem(choice_label(s), s.value)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.status.setEnabled(not ctx.readonly)
        form.addRow(self.tr("Status"), self.status)
        self.facts: dict[str, QLabel] = {}
        for key, text in (
            ("owner", self.tr("Owner")),
            ("period", self.tr("Period")),
            ("parent", self.tr("Part of")),
            ("figures", self.tr("Figures")),
        ):
            label = QLabel(body)
            label.setObjectName(f"initiative_{key}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts[key] = label
            form.addRow(text, label)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit…"), body)
        self.edit_button.setObjectName("initiative_edit")
        self.edit_button.clicked.connect(self.edit)
        self.delete_button = QPushButton(self.tr("Delete…"), body)
        self.delete_button.setObjectName("initiative_delete")
        self.delete_button.clicked.connect(self.delete)
        for b in (self.edit_button, self.delete_button):
            b.setEnabled(not ctx.readonly)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(heading(self.tr("Timeline (newest first)"), body, scale=1.1))
        self.timeline_model = TimelineModel(
            [self.tr("Date"), self.tr("What"), self.tr("Where")],
            {k: self.kind_label(k) for k in ("meeting", "decision", "announcement", "action")},
            self.tr("Nothing is linked to this initiative yet."),
            ctx.today,
            self,
        )
        self.timeline = make_table(body, name="initiative_timeline")
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.timeline.setModel(self.timeline_model)
        # Widths from sample texts (a long date, the committee codes), never from the rows:
        # 3,600 entries were measured one by one to fit the first column.
        codes = [str(r["code"]) for r in ctx.store.query("SELECT code FROM committee")]
        fit_columns(self.timeline, {}, stretch=TimelineModel.WHAT, fit={0: long_dates(), 2: codes})
        self.timeline.setMinimumHeight(260)
        self.timeline.activated.connect(self._open)
        layout.addWidget(self.timeline, 1)

    def kind_label(self, kind: str) -> str:
        return {
            "meeting": self.tr("Meeting"),
            "decision": self.tr("Decision"),
            "announcement": self.tr("Announcement"),
            "action": self.tr("Action"),
        }.get(kind, kind)

    def show_initiative(self, initiative_id: int | None) -> None:
        row = None
        if initiative_id is not None:
            row = self.ctx.store.query_one(
                "SELECT i.*, coalesce(o.name, '') AS owner_name, coalesce(p.name, '') AS parent_name "
                "FROM initiative i LEFT JOIN organisation o ON o.id = i.owner_organisation_id "
                "LEFT JOIN initiative p ON p.id = i.parent_id WHERE i.id = ?",
                (initiative_id,),
            )
        self.initiative_id = row["id"] if row else None
        if row is None:
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        name = row["name"]
        if row["native_name"]:
            name += f" ({row['native_name']})"
        if row["code"]:
            name = f"{row['code']} — {name}"
        self.title.setText(name)
        self.description.setText(row["description"])
        self.description.setVisible(bool(row["description"]))
        with QSignalBlocker(self.status):
            self.status.setCurrentIndex(max(0, self.status.findData(row["status"])))
        self.facts["owner"].setText(row["owner_name"] or "—")
        start, target = partial_date(row["start_on"]), partial_date(row["target_on"])
        if start and target:
            period = self.tr("%1 to %2").replace("%1", start).replace("%2", target)
        elif target:
            period = self.tr("target %1").replace("%1", target)
        elif start:
            period = self.tr("since %1").replace("%1", start)
        else:
            period = "—"
        self.facts["period"].setText(period)
        self.facts["parent"].setText(row["parent_name"] or "—")
        figures = links.figures_of(self.ctx.store, "initiative", row["id"])
        self.facts["figures"].setText("\n".join(localized.figure_text(f) for f in figures) or "—")
        self._timeline(row["id"])

    def _timeline(self, initiative_id: int) -> None:
        store = self.ctx.store
        self.timeline_model.set_source(
            lambda offset, limit: queries.initiative_timeline(
                store, initiative_id, limit=limit, offset=offset
            )
        )
        self.timeline.scrollToTop()

    def _open(self, index: QModelIndex) -> None:
        record = self.timeline_model.record(index.row())
        if record is not None:
            self.ctx.open_record.emit(record[0], record[1])

    def _status_changed(self) -> None:
        if self.initiative_id is None:
            return
        status = self.status.currentData()
        self.ctx.run(
            UndoStep.tr("Set initiative status to “%1”").arg(choice_said(InitiativeStatus(status))),
            records.update,
            "initiative",
            self.initiative_id,
            {"status": status},
            parent=self,
        )

    def edit(self) -> None:
        if self.initiative_id is not None:
            open_editor(self.ctx, "initiative", self.initiative_id, parent=self)

    def delete(self) -> None:
        if self.initiative_id is not None:
            confirm_delete(self.ctx, "initiative", self.initiative_id, parent=self)


class InitiativesPage(ListDetailPage):
    key = "initiatives"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("initiatives_page")
        self.model = InitiativesModel(
            [
                Column("name", lambda: self.tr("Initiative"), self._name),
                Column(
                    "status",
                    lambda: self.tr("Status"),
                    lambda r: choice_label(InitiativeStatus(r["status"])),
                ),
                Column(
                    "target_on", lambda: self.tr("Target"), lambda r: partial_date(r["target_on"])
                ),
                Column("owner_name", lambda: self.tr("Owner")),
                Column("decisions", lambda: self.tr("Decisions"), numeric=True),
                Column("open_actions", lambda: self.tr("Open actions"), numeric=True),
            ],
            self,
        )
        self.view = make_table(self, name="initiatives_view")
        self.view.setAccessibleName(self.tr("Initiatives"))
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        fit_columns(
            self.view,
            {3: 16},
            stretch=0,
            fit={
                1: [choice_label(s) for s in InitiativeStatus],
                2: ["2027"],
                4: ["888"],
                5: ["888"],
            },
        )
        self.view.selectionModel().selectionChanged.connect(self._selected)
        context_menus.install(self.view, self.fill_row_menu)
        new = QPushButton(self.tr("New initiative…"), self)
        new.setObjectName("new_initiative")
        new.setEnabled(not ctx.readonly)
        new.clicked.connect(self.new_initiative)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 6, 6, 0)
        bar.addWidget(new)
        bar.addStretch(1)
        column.addLayout(bar)
        column.addWidget(self.view, 1)
        self.detail = InitiativeDetail(ctx, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setSizes([600, 600])
        self.follow_detail(self.detail.stack)
        # Squeezed beside the detail, the counts (long headers in French) step aside before
        # the name is cut: open actions last, then decisions, then the target.
        self.widths = SharedWidth(self.view, {0: 3.0, 3: 1.0}, optional=(5, 4, 2))
        self.rows = WrappedRows(self.view)
        self.reload()

    @staticmethod
    def _name(row: dict[str, Any]) -> str:
        return f"{row['name']} ({row['native_name']})" if row["native_name"] else row["name"]

    def title(self) -> str:
        return self.tr("Initiatives")

    def fill_row_menu(self, menu: QMenu, row: int) -> None:
        """Right-click on an initiative: edit it, its dossier as PDF, copy its code."""
        initiative = self.model.id_at(row)
        menu.addAction(
            self.tr("&Edit…"), lambda: open_editor(self.ctx, "initiative", initiative, parent=self)
        ).setEnabled(not self.ctx.readonly)
        window = self.window()

        def dossier() -> None:
            from minutier.ui.preview import commands

            commands.initiative_dossier(window, initiative)  # type: ignore[arg-type]

        menu.addAction(self.tr("&Dossier as PDF…"), dossier)
        code = self.ctx.store.scalar("SELECT code FROM initiative WHERE id = ?", (initiative,))
        menu.addAction(
            self.tr("&Copy reference (%1)").replace("%1", str(code)),
            lambda: context_menus.copy_text(str(code)),
        ).setObjectName("copy_reference")

    def reload(self) -> None:
        selected = self.detail.initiative_id
        self.model.set_rows(queries.initiatives(self.ctx.store, self.ctx.today()))
        row = self.model.find(selected) if selected is not None else -1
        if row >= 0:
            self.view.selectRow(row)
        else:
            self.detail.show_initiative(None)
            select_first(self.view)

    def _selected(self, *_: object) -> None:
        rows = self.view.selectionModel().selectedRows()
        self.detail.show_initiative(self.model.id_at(rows[0].row()) if rows else None)

    def show_record(self, table: str, row_id: int) -> bool:
        if table != "initiative":
            return False
        row = self.model.find(row_id)
        if row < 0:
            self.reload()
            row = self.model.find(row_id)
        if row < 0:
            return False
        self.view.selectRow(row)
        return True

    def new_initiative(self) -> None:
        new_id = open_editor(self.ctx, "initiative", parent=self)
        if new_id is not None:
            self.reload()
            self.show_record("initiative", new_id)
