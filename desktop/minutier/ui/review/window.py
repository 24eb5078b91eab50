"""The window a review pack opens in: whose pack, cut when, from where; the owner's actions with
their context; only the edits a pack allows (status, notes, a proposed due date with a reason);
its own undo."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minutier.core.enums import ActionStatus
from minutier.services.packs.edit import edit_action
from minutier.services.packs.info import CONFIRMATION, PackInfo, pack_info
from minutier.services.packs.view import review_actions
from minutier.store.connection import Store
from minutier.ui.forms.labels import choice_label
from minutier.ui.steps import UndoStep

if TYPE_CHECKING:
    from minutier.ui.context import AppContext


def is_pack(store: Store) -> bool:
    """Whether the open file is a review or confirmation pack (it opens in its own window)."""
    return pack_info(store) is not None


def pack_window(ctx: AppContext, controller: Any = None) -> QMainWindow | None:
    """The window a pack opens in (None for a register: the main window)."""
    info = pack_info(ctx.store)
    if info is None:
        return None
    if info.kind == CONFIRMATION:
        from minutier.ui.review.confirm_window import ConfirmationWindow

        return ConfirmationWindow(ctx, controller)
    return ReviewWindow(ctx, controller)


class ReviewWindow(QMainWindow):
    """One review pack, open for its official."""

    def __init__(self, ctx: AppContext, controller: Any = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.controller = controller
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("review_window")
        info = pack_info(ctx.store)
        assert info is not None
        self.info = info
        self.rows: list[dict[str, Any]] = []
        self.setWindowTitle(self.tr("Review pack — %1").replace("%1", info.owner_name))
        self._menus()
        central = QWidget(self)
        column = QVBoxLayout(central)
        self.header = QLabel(self._header_text(info), central)
        self.header.setObjectName("pack_header")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.header)
        splitter = QSplitter(Qt.Orientation.Horizontal, central)
        self.table = QTableWidget(0, 4, splitter)
        self.table.setObjectName("pack_actions")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("What"), self.tr("Due"), self.tr("Status")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(
            1, self.table.horizontalHeader().ResizeMode.Stretch
        )
        self.table.itemSelectionChanged.connect(self._show_current)
        self.table.verticalHeader().hide()
        splitter.addWidget(self._detail(splitter))
        splitter.setSizes([520, 680])
        column.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.statusBar()
        ctx.data_changed.connect(self.refresh)
        if ctx.readonly:
            self.statusBar().showMessage(ctx.store.readonly_reason or self.tr("Read-only"))
        self.resize(1100, 700)
        self.refresh()

    # -- building -------------------------------------------------------------------------
    def _header_text(self, info: PackInfo) -> str:
        return (
            self.tr("Review pack for %1, cut from %2 on %3 UTC by %4.")
            .replace("%1", info.owner_name)
            .replace("%2", info.origin_name)
            .replace("%3", info.cut_at[:16].replace("T", " "))
            .replace("%4", info.cut_by)
            + " "
            + self.tr(
                "You can change an action's status, add progress notes or comments, and propose "
                "a new due date with a reason; the secretariat merges your work back."
            )
        )

    def _menus(self) -> None:
        stack = self.ctx.undo_stack
        file = self.menuBar().addMenu(self.tr("&File"))
        close = file.addAction(self.tr("&Close"))
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo.setObjectName("review_undo")
        self.redo = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo.setObjectName("review_redo")
        edit.addActions([self.undo, self.redo])

    def _detail(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        column = QVBoxLayout(box)
        self.context = QLabel(box)
        self.context.setObjectName("action_context")
        self.context.setWordWrap(True)
        self.context.setTextFormat(Qt.TextFormat.PlainText)
        self.context.setAlignment(Qt.AlignmentFlag.AlignTop)
        column.addWidget(self.context)
        self.notes = QPlainTextEdit(box)
        self.notes.setObjectName("action_notes")
        self.notes.setReadOnly(True)
        column.addWidget(self.notes, 1)

        edits = QGroupBox(self.tr("Your review"), box)
        form = QFormLayout(edits)
        status_line = QHBoxLayout()
        self.status = QComboBox(edits)
        self.status.setObjectName("pack_status")
        for status in ActionStatus:
            self.status.addItem(choice_label(status), status.value)
        self.set_status_button = QPushButton(self.tr("Set status"), edits)
        self.set_status_button.setObjectName("pack_set_status")
        self.set_status_button.clicked.connect(self.apply_status)
        status_line.addWidget(self.status, 1)
        status_line.addWidget(self.set_status_button)
        form.addRow(self.tr("Status"), status_line)
        note_line = QHBoxLayout()
        self.note = QLineEdit(edits)
        self.note.setObjectName("pack_note")
        self.note.setPlaceholderText(self.tr("A progress note or a comment"))
        self.add_note_button = QPushButton(self.tr("Add"), edits)
        self.add_note_button.setObjectName("pack_add_note")
        self.add_note_button.clicked.connect(self.add_note)
        self.note.returnPressed.connect(self.add_note)
        note_line.addWidget(self.note, 1)
        note_line.addWidget(self.add_note_button)
        form.addRow(self.tr("Note"), note_line)
        self.due = QLineEdit(edits)
        self.due.setObjectName("pack_due")
        self.due.setPlaceholderText(self.tr("e.g. 2025-06-30, fin juin"))
        self.reason = QLineEdit(edits)
        self.reason.setObjectName("pack_reason")
        self.reason.setPlaceholderText(self.tr("Why the date should move (required)"))
        self.propose_button = QPushButton(self.tr("Propose this due date"), edits)
        self.propose_button.setObjectName("pack_propose_due")
        self.propose_button.clicked.connect(self.propose_due)
        form.addRow(self.tr("New due date"), self.due)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow("", self.propose_button)
        column.addWidget(edits)
        self._edit_widgets = [
            self.status,
            self.set_status_button,
            self.note,
            self.add_note_button,
            self.due,
            self.reason,
            self.propose_button,
        ]
        return box

    # -- showing ------------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.current_id()
        self.rows = review_actions(self.ctx.store)
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            values = [
                r["ref"],
                " ".join(r["text"].split()),
                r["due_on"] or "",
                choice_label(ActionStatus, r["status"]),
            ]
            for j, value in enumerate(values):
                item = QTableWidgetItem(value)
                if j == 0:
                    item.setData(Qt.ItemDataRole.UserRole, r["id"])
                self.table.setItem(i, j, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        row = next((i for i, r in enumerate(self.rows) if r["id"] == current), 0)
        if self.rows:
            self.table.selectRow(row)
        self._show_current()

    def current_id(self) -> int | None:
        row = self.current_row()
        return row["id"] if row else None

    def current_row(self) -> dict[str, Any] | None:
        selected = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not selected or selected[0].row() >= len(self.rows):
            return None
        return self.rows[selected[0].row()]

    def _show_current(self) -> None:
        r = self.current_row()
        enabled = r is not None and not self.ctx.readonly
        for w in self._edit_widgets:
            w.setEnabled(enabled)
        if r is None:
            self.context.setText(self.tr("No action in this pack."))
            self.notes.setPlainText("")
            return
        lines = [f"{r['ref']} — {r['text']}"]
        if r["meeting_ref"]:
            lines.append(
                self.tr("Meeting: %1 %2 (%3)")
                .replace("%1", r["meeting_ref"])
                .replace("%2", r["meeting_title"])
                .replace("%3", r["meeting_on"] or "")
            )
        if r["agenda_item"]:
            lines.append(self.tr("Agenda item: %1").replace("%1", r["agenda_item"]))
        if r["decision_ref"]:
            lines.append(
                self.tr("Decision %1: %2")
                .replace("%1", r["decision_ref"])
                .replace("%2", r["decision"])
            )
        if r["initiative"]:
            lines.append(self.tr("Initiative: %1").replace("%1", r["initiative"]))
        lines.append(self.tr("Due: %1").replace("%1", r["due_on"] or self.tr("no date")))
        self.context.setText("\n".join(lines))
        self.notes.setPlainText(
            "\n\n".join(f"{n['noted_on']} — {n['author']}\n{n['text']}" for n in r["notes"])
        )
        index = self.status.findData(r["status"])
        if index >= 0:
            self.status.setCurrentIndex(index)

    # -- the edits a pack allows --------------------------------------------------------------
    def _edit(self, text: str, done: Callable[[], None] | None = None, **changes: Any) -> None:
        action_id = self.current_id()
        if action_id is None:
            return
        result = self.ctx.run(text, edit_action, action_id, parent=self, **changes)
        if result is not None and done is not None:
            done()

    def apply_status(self) -> None:
        self._edit(UndoStep.tr("Set status"), status=self.status.currentData())

    def add_note(self) -> None:
        text = self.note.text().strip()
        if text:
            self._edit(UndoStep.tr("Add a note"), self.note.clear, note=text)

    def propose_due(self) -> None:
        def clear() -> None:
            self.due.clear()
            self.reason.clear()

        self._edit(
            UndoStep.tr("Propose a due date"),
            clear,
            due=self.due.text(),
            reason=self.reason.text(),
        )

    # -- closing --------------------------------------------------------------------------
    def save_state(self) -> None:
        """Nothing to remember between sessions (the main window's settings stay untouched)."""

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            closed = getattr(self.controller, "window_closed", None)
            if closed is not None:
                closed(self)
