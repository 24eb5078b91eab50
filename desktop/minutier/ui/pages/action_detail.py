"""The right side of the Actions page: one action in full, its progress notes, and adding one."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from minutier.core.enums import ActionStatus, Priority
from minutier.services import actions
from minutier.store import queries
from minutier.ui.context import AppContext
from minutier.ui.forms import localized
from minutier.ui.forms.labels import choice_label
from minutier.ui.models.actions import OVERDUE_COLOR, owner_text, reference
from minutier.ui.pages.base import heading
from minutier.ui.steps import UndoStep


def _value_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ActionDetail(QWidget):
    """Shows the action ``show(id)`` was given; asks the page to edit or delete it."""

    edit_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.action_id: int | None = None
        self.stack = QStackedLayout(self)
        empty = QLabel(self.tr("Select an action to see it here."), self)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setWordWrap(True)
        self.stack.addWidget(empty)
        body = QWidget(self)
        self.stack.addWidget(body)
        layout = QVBoxLayout(body)
        self.title = heading("", body)
        self.title.setObjectName("action_title")
        layout.addWidget(self.title)
        self.overdue = QLabel(body)
        self.overdue.setObjectName("action_overdue")
        self.overdue.setStyleSheet(f"color: {OVERDUE_COLOR}; font-weight: bold;")
        layout.addWidget(self.overdue)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.values: dict[str, QLabel] = {}
        for key, text in (
            ("owner", self.tr("Owner")),
            ("due", self.tr("Due")),
            ("status", self.tr("Status")),
            ("priority", self.tr("Priority")),
            ("origin", self.tr("From")),
            ("initiative", self.tr("Initiative")),
            ("closed", self.tr("Closed on")),
        ):
            self.values[key] = _value_label(body, f"action_{key}")
            form.addRow(text, self.values[key])
        layout.addLayout(form)
        layout.addWidget(heading(self.tr("Progress notes"), body, scale=1.05))
        self.notes = QListWidget(body)
        self.notes.setObjectName("action_notes")
        self.notes.setAccessibleName(self.tr("Progress notes"))
        self.notes.setWordWrap(True)
        layout.addWidget(self.notes, 1)
        self.note_edit = QLineEdit(body)
        self.note_edit.setObjectName("action_note_edit")
        self.note_edit.setAccessibleName(self.tr("New progress note"))
        self.note_edit.setPlaceholderText(self.tr("Add a progress note and press Enter"))
        self.note_edit.returnPressed.connect(self.add_note)
        add = QPushButton(self.tr("Add note"), body)
        add.setObjectName("action_add_note")
        add.clicked.connect(self.add_note)
        line = QHBoxLayout()
        line.addWidget(self.note_edit, 1)
        line.addWidget(add)
        layout.addLayout(line)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit…"), body)
        self.edit_button.setObjectName("action_edit")
        self.edit_button.clicked.connect(lambda: self._ask(self.edit_requested))
        self.delete_button = QPushButton(self.tr("Delete…"), body)
        self.delete_button.setObjectName("action_delete")
        self.delete_button.clicked.connect(lambda: self._ask(self.delete_requested))
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        for w in (self.note_edit, add, self.edit_button, self.delete_button):
            w.setEnabled(not ctx.readonly)

    def _ask(self, signal: Any) -> None:
        if self.action_id is not None:
            signal.emit(self.action_id)

    def show_action(self, action_id: int | None) -> None:
        self.action_id = action_id
        row = None
        if action_id is not None:
            rows = self.ctx.store.query(
                f"SELECT {queries.ACTION_COLUMNS} {queries.ACTION_JOINS} WHERE a.id = ?",
                (action_id,),
            )
            row = rows[0] if rows else None
        if row is None:
            self.action_id = None
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self._fill(row)

    def _fill(self, row: dict[str, Any]) -> None:
        today = self.ctx.today()
        self.title.setText(f"{reference(row)} — {row['text']}")
        v = self.values
        v["owner"].setText(owner_text(row) or self.tr("(nobody yet)"))
        v["due"].setText(localized.long_date(row["due_on"]) or self.tr("(no due date)"))
        v["status"].setText(choice_label(ActionStatus, row["status"]))
        v["priority"].setText(choice_label(Priority, row["priority"]))
        origin = []
        if row.get("meeting_number") is not None:
            origin.append(
                self.tr("meeting %1, %2")
                .replace("%1", f"{row['committee_code']}/{row['meeting_number']}")
                .replace("%2", localized.long_date(row["meeting_starts_at"]))
            )
        if row.get("decision_number") is not None:
            origin.append(
                self.tr("decision %1").replace(
                    "%1", f"{row['committee_code']} #{row['decision_number']}"
                )
            )
        v["origin"].setText(" · ".join(origin) or row["committee_code"])
        v["initiative"].setText(row.get("initiative_name") or "—")
        v["closed"].setText(localized.long_date(row["closed_on"]) or "—")
        if queries.is_overdue(row, today):
            days = (today - dt.date.fromisoformat(row["due_on"])).days
            self.overdue.setText("⚠ " + self.tr("Overdue by %n day(s)", "", days))
            self.overdue.show()
        else:
            self.overdue.hide()
        self.notes.clear()
        for note in self.ctx.store.query(
            "SELECT noted_on, text, author FROM action_note WHERE action_id = ? "
            "ORDER BY noted_on DESC, id DESC",
            (row["id"],),
        ):
            author = f" — {note['author']}" if note["author"] else ""
            self.notes.addItem(f"{localized.long_date(note['noted_on'])}: {note['text']}{author}")
        if self.notes.count() == 0:
            self.notes.addItem(self.tr("No progress note yet."))

    def add_note(self) -> None:
        text = self.note_edit.text()
        if self.action_id is None or not text.strip():
            return
        done = self.ctx.run(
            UndoStep.tr("Add progress note"),
            actions.add_progress_note,
            self.action_id,
            text,
            parent=self,
        )
        if done is not None:
            self.note_edit.clear()
