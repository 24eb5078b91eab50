"""Live meeting mode: type a line, press Enter, and it is recorded under the current agenda item.

Each Enter is one ``AppContext.run`` call (one committed transaction, one undo step) and the new
entry is appended to the list without re-reading anything else, so it shows at once. A refused
line stays in the box with the reason in words under it. Ctrl+Up/Down changes the current agenda
item; F2 or a double-click corrects an entry in place; attendance is ticked on the side.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from minutier.core.enums import AgendaKind
from minutier.core.errors import MinutierError
from minutier.services import live, meetings, owner_later, records
from minutier.services.live import LiveEntry
from minutier.ui.context import AppContext
from minutier.ui.forms import localized
from minutier.ui.forms.errors import error_text
from minutier.ui.forms.form import error_label
from minutier.ui.meetings import carried
from minutier.ui.meetings.attendance import AttendanceEditor
from minutier.ui.meetings.convert_menu import attach_to_live
from minutier.ui.meetings.live_model import LiveEntriesModel
from minutier.ui.meetings.live_parts import (
    EntryBox,
    KeysToEntry,
    LineDelegate,
    StackAction,
    measure_enter,
)
from minutier.ui.meetings.models import RowFitter
from minutier.ui.meetings.quorum_view import QuorumLabel
from minutier.ui.settings import Settings
from minutier.ui.steps import UndoStep
from minutier.ui.views import SharedWidth, make_safe

GEOMETRY_KEY = "live/geometry"


class LiveMeetingWindow(QWidget):
    """A focused window for recording one meeting as it happens."""

    def __init__(self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("live_meeting")
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.meeting = records.get(ctx.store, "meeting", meeting_id)
        self.owners = live.OwnerIndex(())  # read by reload()
        self._own_change = False
        self._refresh_pending = False
        self.current_item: int | None = None

        self.heading = QLabel(self)
        self.heading.setObjectName("live_heading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        undo = self._stack_action(self.tr("Undo"), QKeySequence.StandardKey.Undo, True)
        redo = self._stack_action(self.tr("Redo"), QKeySequence.StandardKey.Redo, False)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        for action in (undo, redo):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            top.addWidget(button)

        # Side: the agenda with the current item, and a compact attendance checklist.
        self.agenda = QListWidget(self)
        self.agenda.setObjectName("live_agenda")
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda.setWordWrap(True)
        self.agenda.currentRowChanged.connect(self._item_chosen)
        self.agenda.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.attendance = AttendanceEditor(ctx, compact=True, parent=self)
        side = QSplitter(Qt.Orientation.Vertical, self)
        agenda_box = QWidget(side)
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.setContentsMargins(0, 0, 0, 0)
        agenda_layout.addWidget(QLabel(self.tr("Agenda (Ctrl+Up / Ctrl+Down)"), agenda_box))
        agenda_layout.addWidget(self.agenda, 1)
        attendance_box = QWidget(side)
        attendance_layout = QVBoxLayout(attendance_box)
        attendance_layout.setContentsMargins(0, 0, 0, 0)
        attendance_layout.addWidget(QLabel(self.tr("Attendance"), attendance_box))
        attendance_layout.addWidget(self.attendance, 1)
        self.quorum = QuorumLabel(ctx, attendance_box)
        attendance_layout.addWidget(self.quorum)
        ctx.data_changed.connect(self.quorum.refresh)
        side.addWidget(agenda_box)
        side.addWidget(attendance_box)

        # Main: the entries, the current item, the entry box and its error.
        self.model = LiveEntriesModel(self.meeting["timezone"], self)
        self.entries_view = make_safe(QTableView(self))
        self.entries_view.setObjectName("live_entries")
        self.entries_view.setAccessibleName(self.tr("Recorded entries"))
        self.entries_view.setModel(self.model)
        self.entries_view.verticalHeader().hide()
        self.entries_view.setWordWrap(True)
        self.entries_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entries_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entries_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        delegate = LineDelegate(self)
        self.entries_view.setItemDelegateForColumn(LiveEntriesModel.TEXT, delegate)
        # A correction done (Enter) or abandoned (Escape): typing goes on in the entry box.
        delegate.closeEditor.connect(lambda *_: QTimer.singleShot(0, self._back_to_entry))
        self.entries_view.doubleClicked.connect(self._double_clicked)
        self.fitter = RowFitter(self.entries_view, at_bottom=True)
        attach_to_live(self)  # right-click: convert to another kind
        header = self.entries_view.horizontalHeader()
        for column in (LiveEntriesModel.TIME, LiveEntriesModel.ITEM):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The text gets most of the room; the marker ("Action 5 · owner · due …") wraps.
        self.widths = SharedWidth(
            self.entries_view, {LiveEntriesModel.TEXT: 3.0, LiveEntriesModel.KIND: 1.2}
        )

        self.current_label = QLabel(self)
        self.current_label.setObjectName("live_current_item")
        self.current_label.setWordWrap(True)
        # Under a review item: the open actions it carries, to go through one by one.
        self.carried = QLabel(self)
        self.carried.setObjectName("live_carried")
        self.carried.setWordWrap(True)
        self.carried.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.carried.hide()
        self.carried_lines: list[str] = []
        self.review_items: set[int] = set()
        self.entry = EntryBox(self)
        self.entry.setObjectName("live_entry")
        self.entry.setPlaceholderText(
            self.tr(
                "Type and press Enter: a note, or D: decision, A: @owner action by…, N: announcement"
            )
        )
        self.entry.setAccessibleName(self.tr("Line to record"))
        self.entry.returnPressed.connect(self.submit)
        self.entry.textEdited.connect(lambda _: self.error.hide())
        self.error = error_label(self, "live_error")
        self.owner_bar = self._owner_bar()
        # Owners kept as typed during the meeting, to resolve afterwards (listed until closed).
        self.kept_for_later: list[str] = []
        self.to_resolve = QLabel(self)
        self.to_resolve.setObjectName("live_to_resolve")
        self.to_resolve.setWordWrap(True)
        self.to_resolve.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.to_resolve.hide()
        self.hint = QLabel(
            self.tr(
                "Plain text is a note · D: decision · A: @owner text by end of March (action) · "
                "N: @person announcement · F2 corrects the selected entry"
            ),
            self,
        )
        self.hint.setObjectName("live_hint")
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        main = QWidget(self)
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.addWidget(self.entries_view, 1)
        main_layout.addWidget(self.current_label)
        main_layout.addWidget(self.carried)
        main_layout.addWidget(self.entry)
        main_layout.addWidget(self.error)
        main_layout.addWidget(self.owner_bar)
        main_layout.addWidget(self.to_resolve)
        main_layout.addWidget(self.hint)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(side)
        splitter.addWidget(main)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([460, 640])  # room for the attendance's names beside four ticks
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        for keys, slot in (
            ("Ctrl+Up", lambda: self.step_item(-1)),
            ("Ctrl+Down", lambda: self.step_item(+1)),
            ("F2", self.edit_selected),
            ("F11", self.toggle_full_screen),
            ("Ctrl+W", self.close),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

        keys = KeysToEntry(self.entry, keep_space=(self.attendance.view,))
        keys.watch(self.entries_view, self.agenda, self.attendance.view)

        ctx.data_changed.connect(self._data_changed)
        self.reload()
        self._restore_geometry()
        self.entry.setFocus()

    def _owner_bar(self) -> QWidget:
        """Shown when a line names an owner the register does not know: create it, with the
        line, in one step (Alt+O / Alt+P), the name first corrected if need be."""
        bar = QWidget(self)
        bar.setObjectName("live_owner_bar")
        rows = QVBoxLayout(bar)
        rows.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()  # the name on its own line, the three ways forward under it:
        buttons = QHBoxLayout()  # on one line they squeezed the name to "ieur" in French
        rows.addLayout(line)
        rows.addLayout(buttons)
        label = QLabel(self.tr("New owner:"), bar)
        self.owner_name = QLineEdit(bar)
        self.owner_name.setObjectName("live_owner_name")
        self.owner_name.setAccessibleName(self.tr("Name of the new owner"))
        label.setBuddy(self.owner_name)
        self.owner_name.returnPressed.connect(lambda: self.create_owner("organisation"))
        as_org = QPushButton(self.tr("Add as &organisation"), bar)
        as_org.setObjectName("live_owner_organisation")
        as_org.clicked.connect(lambda: self.create_owner("organisation"))
        as_person = QPushButton(self.tr("Add as &person"), bar)
        as_person.setObjectName("live_owner_person")
        as_person.clicked.connect(lambda: self.create_owner("person"))
        later = QPushButton(self.tr("&Keep, owner later"), bar)
        later.setObjectName("live_owner_later")
        later.setToolTip(
            self.tr(
                "Record the line now without an owner; the name stays on it and the Actions "
                "page lists it under Owner ▸ To resolve"
            )
        )
        later.clicked.connect(self.keep_owner_later)
        line.addWidget(label)
        line.addWidget(self.owner_name, 1)
        buttons.addWidget(as_org)
        buttons.addWidget(as_person)
        buttons.addWidget(later)
        buttons.addStretch(1)
        bar.hide()
        self.entry.textEdited.connect(lambda _: bar.hide())
        return bar

    def create_owner(self, kind: str) -> LiveEntry | None:
        """Create the unknown owner as a ``kind`` and record the line, as one undo step."""
        entry = self._record_with_owner(
            UndoStep.tr("Record “%1” and its new owner"),
            live.record_line_with_new_owner,
            kind=kind,
        )
        if entry is not None:
            self.owners = live.owner_index(self.ctx.store)
        return entry

    def keep_owner_later(self) -> LiveEntry | None:
        """Record the line without its unknown owner, the name kept to resolve after the
        meeting (one undo step); the Actions page lists it under Owner ▸ To resolve."""
        entry = self._record_with_owner(
            UndoStep.tr("Record “%1”, owner to resolve"), owner_later.record_line_owner_later
        )
        if entry is None:
            return None
        self.kept_for_later.append(self.owner_name.text().strip())
        self.to_resolve.setText(
            self.tr(
                "Owners to resolve after the meeting (Actions ▸ Owner ▸ To resolve): %1"
            ).replace("%1", "; ".join(self.kept_for_later))
        )
        self.to_resolve.show()
        return entry

    def _record_with_owner(self, step: UndoStep, record: Any, **kwargs: Any) -> LiveEntry | None:
        """The typed line and the owner bar's name through ``record``, as one undo step."""
        line = self.entry.text()
        name = self.owner_name.text().strip()
        if not line.strip() or not name:
            return None
        self._own_change = True
        try:
            entry = self.ctx.run(
                step.arg(name),
                record,
                self.meeting_id,
                self.current_item,
                line,
                name=name,
                parent=self,
                on_error=self._line_refused,
                **kwargs,
            )
        finally:
            self._own_change = False
        if entry is None:
            return None
        self.owner_bar.hide()
        self._shown(entry)
        self.entry.setFocus()
        return entry

    # -- size ------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        """The size it had last time, always within the screen it opens on."""
        saved = Settings().bytes(GEOMETRY_KEY)
        if saved is None or not self.restoreGeometry(saved):
            self.resize(1100, 700)
        screen = self.screen() if self.parentWidget() is None else self.parentWidget().screen()
        if screen is None:
            return
        room = screen.availableGeometry()
        width = min(self.width(), room.width())
        height = min(self.height(), room.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        if not room.contains(frame):
            frame.moveLeft(max(room.left(), min(frame.left(), room.right() - frame.width())))
            frame.moveTop(max(room.top(), min(frame.top(), room.bottom() - frame.height())))
            self.move(frame.topLeft())

    def _stack_action(self, text: str, keys: QKeySequence.StandardKey, undo: bool) -> QAction:
        """Undo/Redo of the window's stack, with a short label and the step in the tooltip."""
        stack = self.ctx.undo_stack
        action = StackAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(stack.undo if undo else stack.redo)
        action.setEnabled(stack.canUndo() if undo else stack.canRedo())
        action.show_step(stack.undoText() if undo else stack.redoText())
        (stack.canUndoChanged if undo else stack.canRedoChanged).connect(action.setEnabled)
        (stack.undoTextChanged if undo else stack.redoTextChanged).connect(action.show_step)
        self.addAction(action)
        return action

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the meeting (after an undo, or a change made elsewhere)."""
        self._refresh_pending = False
        try:
            self.meeting = records.get(self.ctx.store, "meeting", self.meeting_id)
        except MinutierError:  # the meeting was deleted (or its creation undone)
            self.close()
            return
        self.owners = live.owner_index(self.ctx.store)
        committee = records.get(self.ctx.store, "committee", self.meeting["committee_id"])
        title = self.meeting["title"] or self.tr("meeting %1").replace(
            "%1", str(self.meeting["number"])
        )
        when = localized.date_time(self.meeting["starts_at"])
        self.heading.setText(f"{committee['code']}/{self.meeting['number']} · {title} · {when}")
        self.setWindowTitle(
            self.tr("Live — %1").replace("%1", f"{committee['code']}/{self.meeting['number']}")
        )
        items = meetings.agenda(self.ctx.store, self.meeting_id)
        self.agenda.blockSignals(True)
        self.agenda.clear()
        self.review_items = {
            item["id"] for item in items if item["kind"] == AgendaKind.REVIEW_OF_ACTIONS
        }
        self.carried_lines = (
            carried.lines(self.ctx.store, self.meeting_id, self.ctx.today().isoformat())
            if self.review_items
            else []
        )
        for number, item in enumerate(items, start=1):
            entry = QListWidgetItem(f"{number}. {item['title']}", self.agenda)
            entry.setData(Qt.ItemDataRole.UserRole, item["id"])
            if item["id"] in self.review_items and self.carried_lines:
                entry.setToolTip("\n".join(self.carried_lines))
        self.agenda.blockSignals(False)
        ids = [item["id"] for item in items]
        if self.current_item not in ids:
            self.current_item = ids[0] if ids else None
        if self.current_item is not None:
            self.agenda.setCurrentRow(ids.index(self.current_item))
        positions = {item["id"]: n for n, item in enumerate(items, start=1)}
        self.model.reset(live.entries(self.ctx.store, self.meeting_id), positions)
        self.model.set_current_item(self.current_item)
        self._show_current()
        self.attendance.load(self.meeting_id)
        self.quorum.set_meeting(self.meeting_id)
        self.fitter.schedule()

    def _data_changed(self) -> None:
        if self._own_change:
            return  # what this window recorded is already on screen
        if not self._refresh_pending:  # after the current event: never inside a model call
            self._refresh_pending = True
            QTimer.singleShot(0, self.reload)

    # -- agenda ----------------------------------------------------------------------------
    def _item_chosen(self, row: int) -> None:
        item = self.agenda.item(row)
        self.current_item = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        self.model.set_current_item(self.current_item)
        self._show_current()

    def step_item(self, step: int) -> None:
        """Make the previous (-1) or next (+1) agenda item current."""
        if not self.agenda.count():
            return
        row = max(0, min(self.agenda.count() - 1, self.agenda.currentRow() + step))
        self.agenda.setCurrentRow(row)

    def _show_current(self) -> None:
        item = self.agenda.currentItem()
        if item is None:
            self.current_label.setText(self.tr("Recording outside the agenda"))
        else:
            self.current_label.setText(self.tr("Recording under: %1").replace("%1", item.text()))
        reviewing = self.current_item in self.review_items
        if reviewing:
            text = (
                "\n".join("• " + line for line in self.carried_lines)
                if self.carried_lines
                else self.tr("No open action is carried to this meeting.")
            )
            self.carried.setText(self.tr("Open actions to review:") + "\n" + text)
        self.carried.setVisible(reviewing)

    # -- recording -------------------------------------------------------------------------
    def submit(self) -> LiveEntry | None:
        """Record the typed line (one committed step) and show it; keep it if refused."""
        line = self.entry.text()
        if not line.strip():
            return None
        shown = line.strip() if len(line.strip()) <= 40 else line.strip()[:39] + "…"
        self._own_change = True
        try:
            entry = self.ctx.run(
                UndoStep.tr("Record “%1”").arg(shown),
                live.record_line,
                self.meeting_id,
                self.current_item,
                line,
                owners=self.owners,
                parent=self,
                on_error=self._submit_refused,
            )
        finally:
            self._own_change = False
        if entry is None:
            return None
        self._shown(entry)
        return entry

    def _shown(self, entry: LiveEntry) -> None:
        self.error.hide()
        self.entry.clear()
        row = self.model.append(entry)
        self.entries_view.resizeRowToContents(row)
        self.entries_view.scrollToBottom()

    def _line_refused(self, error: MinutierError) -> None:
        self.error.setText(error_text(error))
        self.error.show()
        self.entry.setFocus()

    def _submit_refused(self, error: MinutierError) -> None:
        """A typed line refused; an unknown owner gets the way forward under the box."""
        self._line_refused(error)
        if live.unknown_owner(error):
            self.owner_name.setText(live.guess_owner_name(self.entry.text()))
            self.owner_bar.show()

    # -- correcting ------------------------------------------------------------------------
    def _double_clicked(self, index: Any) -> None:
        if index.column() != LiveEntriesModel.TEXT:
            self.entries_view.edit(self.model.index(index.row(), LiveEntriesModel.TEXT))

    def edit_selected(self) -> None:
        """F2: correct the selected entry (the last one if none is selected)."""
        rows = self.entries_view.selectionModel().selectedRows()
        row = rows[0].row() if rows else self.model.rowCount() - 1
        if row < 0:
            return
        index = self.model.index(row, LiveEntriesModel.TEXT)
        self.entries_view.setCurrentIndex(index)
        self.entries_view.edit(index)

    def correct(self, row: int, line: str) -> bool:
        """Correct entry ``row`` from its edited line, as one undo step."""
        entry = self.model.entries[row]
        if line == entry.line:
            return True
        self._own_change = True
        try:
            fixed = self.ctx.run(
                UndoStep.tr("Correct entry"),
                live.update_entry,
                entry.table,
                entry.id,
                line,
                owners=self.owners,
                parent=self,
                on_error=self._line_refused,
            )
        finally:
            self._own_change = False
        if fixed is None:
            self.model.pending[row] = line  # reopen with what was typed, not the old line
            index = self.model.index(row, LiveEntriesModel.TEXT)
            QTimer.singleShot(0, lambda: self.entries_view.edit(index))
            return False
        self.error.hide()
        self.model.replace(row, fixed)
        self.entries_view.resizeRowToContents(row)
        return True

    def _back_to_entry(self) -> None:
        """After a correction the entry box has the focus again (unless the cell reopened)."""
        if self.entries_view.state() != QAbstractItemView.State.EditingState:
            self.entry.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- window ----------------------------------------------------------------------------
    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.isFullScreen():
            Settings().set_bytes(GEOMETRY_KEY, self.saveGeometry())
        try:
            self.ctx.data_changed.disconnect(self._data_changed)
            self.ctx.data_changed.disconnect(self.quorum.refresh)
        except (RuntimeError, TypeError):
            pass
        super().closeEvent(event)
        parent = self.parentWidget()
        if parent is not None and hasattr(parent, "refresh"):
            # parent as the context: the call is dropped if Quit deletes the page meanwhile
            # (Ctrl+Q with this window open logged "Internal C++ object already deleted")
            QTimer.singleShot(0, parent, parent.refresh)


__all__ = ["LiveMeetingWindow", "measure_enter"]
