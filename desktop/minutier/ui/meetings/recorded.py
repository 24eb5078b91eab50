"""What a meeting recorded (notes, announcements with figures, decisions, actions), editable."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutier.services import records
from minutier.ui.context import AppContext
from minutier.ui.forms import confirm_delete, open_editor
from minutier.ui.meetings.convert_menu import convert_menu
from minutier.ui.meetings.models import RecordedModel, RowFitter
from minutier.ui.views import make_safe


class RecordedEditor(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.model = RecordedModel(ctx.store, self)
        self.view = make_safe(QTableView(self))
        self.view.setObjectName("recorded_view")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(RecordedModel.ITEM, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RecordedModel.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RecordedModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RecordedModel.DETAILS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(RecordedModel.DETAILS, 220)
        self.fitter = RowFitter(self.view)
        self.view.doubleClicked.connect(lambda _: self.edit_entry())
        buttons = QHBoxLayout()
        for table, text in (
            ("note", self.tr("Note…")),
            ("announcement", self.tr("Announcement…")),
            ("decision", self.tr("Decision…")),
            ("action", self.tr("Action…")),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"add_{table}")
            button.setToolTip(self.tr("Add to this meeting"))
            button.clicked.connect(lambda _=False, t=table: self.add(t))
            buttons.addWidget(button)
        buttons.addStretch(1)
        edit = QPushButton(self.tr("Edit…"), self)
        edit.clicked.connect(self.edit_entry)
        delete = QPushButton(self.tr("Delete"), self)
        delete.clicked.connect(self.delete_entry)
        convert_button = QPushButton(self.tr("Convert to"), self)
        convert_button.setObjectName("convert_entry")
        convert_button.setMenu(convert_menu(ctx, self._selected, self._converted, self))
        buttons.addWidget(edit)
        buttons.addWidget(convert_button)
        buttons.addWidget(delete)
        self.frozen = False
        self.edit_buttons = [
            *(b for b in self.findChildren(QPushButton) if b.objectName().startswith("add_")),
            edit,
            convert_button,
            delete,
        ]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def set_frozen(self, frozen: bool) -> None:
        """Approved minutes: what was recorded is shown, not changed."""
        self.frozen = frozen
        for button in self.edit_buttons:
            button.setEnabled(not frozen)

    def load(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.model.load(meeting_id)
        self.fitter.schedule()

    def add(self, table: str) -> None:
        if self.meeting_id is None:
            return
        defaults = {"meeting_id": self.meeting_id}
        if table in ("decision", "action"):
            meeting = records.get(self.ctx.store, "meeting", self.meeting_id)
            defaults["committee_id"] = meeting["committee_id"]
        open_editor(self.ctx, table, parent=self, **defaults)

    def select(self, table: str, row_id: int) -> None:
        for row, entry in enumerate(self.model.entries):
            if (entry.table, entry.id) == (table, row_id):
                self.view.selectRow(row)
                self.view.scrollTo(self.model.index(row, 0))
                return

    def _selected(self) -> tuple[str, int] | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        entry = self.model.entries[rows[0].row()]
        return entry.table, entry.id

    def _converted(self, entry: tuple[str, int]) -> None:
        self.load(self.meeting_id)
        self.select(*entry)

    def edit_entry(self) -> None:
        selected = self._selected()
        if selected is not None and not self.frozen:
            open_editor(self.ctx, selected[0], selected[1], parent=self)

    def delete_entry(self) -> None:
        selected = self._selected()
        if selected is not None:
            confirm_delete(self.ctx, selected[0], selected[1], parent=self)
