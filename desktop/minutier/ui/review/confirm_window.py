"""The window a confirmation pack opens in: the draft minutes' agenda, confirm or comment
(on the whole minutes or one item), what was said so far; its own undo."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minutier.services.packs.confirm import confirm
from minutier.services.packs.info import pack_info
from minutier.ui.steps import UndoStep

if TYPE_CHECKING:
    from minutier.ui.context import AppContext


class ConfirmationWindow(QMainWindow):
    """One confirmation pack, open for its attendee."""

    def __init__(self, ctx: AppContext, controller: Any = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.controller = controller
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("confirmation_window")
        info = pack_info(ctx.store)
        assert info is not None
        self.info = info
        self.setWindowTitle(self.tr("Draft minutes to confirm — %1").replace("%1", info.owner_name))
        file = self.menuBar().addMenu(self.tr("&File"))
        self.save_pdf = file.addAction(self.tr("Save the draft &PDF…"))
        self.save_pdf.setObjectName("save_draft_pdf")
        self.save_pdf.triggered.connect(self.save_draft_pdf)
        close = file.addAction(self.tr("&Close"))
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo = ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo = ctx.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addActions([self.undo, self.redo])

        central = QWidget(self)
        column = QVBoxLayout(central)
        header = QLabel(central)
        header.setObjectName("pack_header")
        header.setWordWrap(True)
        header.setTextFormat(Qt.TextFormat.PlainText)
        header.setText(
            self.tr("Draft minutes of %1 for %2, cut from %3 on %4 UTC by %5.")
            .replace("%1", self._meeting_title())
            .replace("%2", info.owner_name)
            .replace("%3", info.origin_name)
            .replace("%4", info.cut_at[:16].replace("T", " "))
            .replace("%5", info.cut_by)
            + " "
            + self.tr(
                "Confirm the minutes as a whole, or comment on the whole or on one item; the "
                "secretariat merges your answer back."
            )
        )
        column.addWidget(header)
        self.items = QListWidget(central)
        self.items.setObjectName("agenda_items")
        column.addWidget(self.items, 1)
        line = QHBoxLayout()
        self.comment = QLineEdit(central)
        self.comment.setObjectName("confirm_comment")
        self.comment.setPlaceholderText(self.tr("A comment on the selected item"))
        self.comment_button = QPushButton(self.tr("Comment"), central)
        self.comment_button.setObjectName("confirm_add_comment")
        self.comment_button.clicked.connect(self.add_comment)
        self.confirm_button = QPushButton(self.tr("Confirm the selection"), central)
        self.confirm_button.setObjectName("confirm_selection")
        self.confirm_button.clicked.connect(self.confirm_selection)
        line.addWidget(self.comment, 1)
        line.addWidget(self.comment_button)
        line.addWidget(self.confirm_button)
        column.addLayout(line)
        column.addWidget(QLabel(self.tr("What you said so far"), central))
        self.said = QListWidget(central)
        self.said.setObjectName("confirmations_said")
        column.addWidget(self.said, 1)
        self.setCentralWidget(central)
        self.statusBar()
        for w in (self.comment, self.comment_button, self.confirm_button):
            w.setEnabled(not ctx.readonly)
        ctx.data_changed.connect(self.refresh)
        self.resize(900, 640)
        self.refresh()

    def _meeting_title(self) -> str:
        row = self.ctx.store.query_one(
            "SELECT c.code || '/' || m.number AS ref, m.title FROM meeting m "
            "JOIN committee c ON c.id = m.committee_id WHERE m.uuid = ?",
            (self.info.meeting_uuid,),
        )
        return f"{row['ref']} {row['title']}".strip() if row else ""

    def refresh(self) -> None:
        current = self.items.currentRow()
        self.items.clear()
        whole = QListWidgetItem(self.tr("The minutes as a whole"))
        whole.setData(Qt.ItemDataRole.UserRole, 0)
        self.items.addItem(whole)
        titles = self.ctx.store.conn.execute(
            "SELECT i.title FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id "
            "WHERE m.uuid = ? ORDER BY i.position, i.id",
            (self.info.meeting_uuid,),
        ).fetchall()
        for n, (title,) in enumerate(titles, start=1):
            item = QListWidgetItem(f"{n}. {title}")
            item.setData(Qt.ItemDataRole.UserRole, n)
            self.items.addItem(item)
        self.items.setCurrentRow(max(0, min(current, self.items.count() - 1)))
        self.said.clear()
        for kind, title, text in self.ctx.store.conn.execute(
            "SELECT c.kind, i.title, c.text FROM minutes_confirmation c "
            "LEFT JOIN agenda_item i ON i.id = c.agenda_item_id ORDER BY c.id"
        ):
            where = title or self.tr("the minutes as a whole")
            line = (
                self.tr("Confirmed: %1").replace("%1", where)
                if kind == "confirm"
                else self.tr("Comment on %1: %2").replace("%1", where).replace("%2", text)
            )
            self.said.addItem(line)

    def _selected(self) -> int | None:
        item = self.items.currentItem()
        number = item.data(Qt.ItemDataRole.UserRole) if item is not None else 0
        return int(number) or None

    def confirm_selection(self) -> None:
        self.ctx.run(UndoStep.tr("Confirm"), confirm, item=self._selected(), parent=self)

    def add_comment(self) -> None:
        text = self.comment.text().strip()
        if not text:
            return
        done = self.ctx.run(
            UndoStep.tr("Comment"), confirm, item=self._selected(), comment=text, parent=self
        )
        if done is not None:
            self.comment.clear()

    def draft_pdf(self) -> bytes | None:
        """The draft minutes the pack carries, as the secretariat printed them."""
        pdf = self.ctx.store.scalar(
            "SELECT v.pdf FROM minutes_version v JOIN meeting m ON m.id = v.meeting_id "
            "WHERE m.uuid = ? AND v.status = 'draft' ORDER BY v.version DESC LIMIT 1",
            (self.info.meeting_uuid,),
        )
        return bytes(pdf) if pdf is not None else None

    def save_draft_pdf(self, path: str | None = None) -> None:
        pdf = self.draft_pdf()
        if pdf is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the draft PDF"), "draft-minutes.pdf", "PDF (*.pdf)"
            )
            if not path:
                return
        try:
            with open(path, "wb") as f:  # a new file chosen by the user, never the register
                f.write(pdf)
        except OSError as e:
            QMessageBox.warning(
                self,
                self.tr("Save the draft PDF"),
                self.tr("The PDF could not be saved: %1.").replace("%1", e.strerror or str(e)),
            )

    def save_state(self) -> None:
        """Nothing to remember between sessions."""

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            closed = getattr(self.controller, "window_closed", None)
            if closed is not None:
                closed(self)
