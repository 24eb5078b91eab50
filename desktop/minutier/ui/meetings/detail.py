"""The detail of one meeting: its fields, agenda, attendance and what it recorded."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from minutier.core.enums import MeetingStatus
from minutier.core.errors import MinutierError
from minutier.services import meetings, records
from minutier.ui.context import AppContext
from minutier.ui.forms import localized
from minutier.ui.forms.form import RecordForm
from minutier.ui.forms.labels import choice_label
from minutier.ui.forms.meeting_dialogs import MEETING_FIELDS
from minutier.ui.meetings.agenda import AgendaEditor
from minutier.ui.meetings.attachments_tab import AttachmentsEditor
from minutier.ui.meetings.attendance import AttendanceEditor
from minutier.ui.meetings.recorded import RecordedEditor
from minutier.ui.minutes.dialogs import WARNING_STYLE
from minutier.ui.minutes.state import minutes_state
from minutier.ui.review.commands import confirmed_line
from minutier.ui.steps import UndoStep


class MeetingDetail(QWidget):
    """Shows one meeting; every change goes through one service call (one undo step)."""

    live_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.row: dict[str, Any] = {}
        self.frozen = False

        self.heading = QLabel(self)
        self.heading.setObjectName("meeting_heading")
        self.heading.setWordWrap(True)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subheading = QLabel(self)
        self.subheading.setObjectName("meeting_subheading")
        self.subheading.setWordWrap(True)

        self.status = QComboBox(self)
        self.status.setObjectName("meeting_status")
        for status in MeetingStatus:
            self.status.addItem(choice_label(status), str(status))
        self.status.activated.connect(self._status_chosen)
        self.live_button = QPushButton(self.tr("Live mode"), self)
        self.live_button.setObjectName("live_mode")
        self.live_button.setToolTip(self.tr("Record the meeting as it happens (F9)"))
        self.live_button.clicked.connect(
            lambda: self.meeting_id and self.live_requested.emit(self.meeting_id)
        )
        self.minutes_button = QPushButton(self.tr("Minutes"), self)
        self.minutes_button.setObjectName("minutes_button")
        self.minutes_button.setToolTip(
            self.tr("Approve the minutes, amend them, see their versions")
        )
        menu = QMenu(self.minutes_button)
        self.approve_action = menu.addAction(self.tr("Approve minutes…"), self._approve)
        self.approve_action.setObjectName("approve_minutes")
        self.amend_action = menu.addAction(self.tr("Open amendment…"), self._amend)
        self.amend_action.setObjectName("open_amendment")
        self.versions_action = menu.addAction(self.tr("Minutes versions…"), self._versions)
        self.versions_action.setObjectName("minutes_versions")
        self.minutes_button.setMenu(menu)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Status:"), self))
        bar.addWidget(self.status)
        bar.addStretch(1)
        bar.addWidget(self.minutes_button)
        bar.addWidget(self.live_button)
        self.frozen_line = QLabel(self)
        self.frozen_line.setObjectName("minutes_frozen")
        self.frozen_line.setWordWrap(True)
        self.frozen_line.setStyleSheet(WARNING_STYLE)
        self.frozen_line.hide()

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("meeting_tabs")
        self.form = RecordForm(ctx, "meeting", fields=MEETING_FIELDS)
        self.form.widgets["committee_id"].setEnabled(False)  # a meeting stays in its committee
        details = QWidget(self)
        save = QPushButton(self.tr("Save changes"), details)
        save.setObjectName("save_meeting")
        save.clicked.connect(self.save)
        revert = QPushButton(self.tr("Revert"), details)
        revert.clicked.connect(lambda: self.load(self.meeting_id))
        self.save_button, self.revert_button = save, revert
        details_buttons = QHBoxLayout()
        details_buttons.addStretch(1)
        details_buttons.addWidget(revert)
        details_buttons.addWidget(save)
        scroll = QScrollArea(details)
        scroll.setWidgetResizable(True)
        inner = QWidget(scroll)
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.form)
        inner_layout.addStretch(1)  # the fields keep their height; the space goes below
        scroll.setWidget(inner)
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(scroll, 1)
        details_layout.addLayout(details_buttons)

        self.agenda = AgendaEditor(ctx, self)
        self.attendance = AttendanceEditor(ctx, parent=self)
        self.recorded = RecordedEditor(ctx, self)
        self.tabs.addTab(self.agenda, self.tr("Agenda"))
        self.tabs.addTab(self.attendance, self.tr("Attendance"))
        self.tabs.addTab(self.recorded, self.tr("Recorded"))
        self.files = AttachmentsEditor(ctx, self)
        self.tabs.addTab(self.files, self.tr("Files"))
        self.tabs.addTab(details, self.tr("Details"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addLayout(bar)
        layout.addWidget(self.frozen_line)
        layout.addWidget(self.tabs, 1)

    def load(self, meeting_id: int | None) -> None:
        """Show ``meeting_id`` (None: nothing)."""
        self.meeting_id = meeting_id
        try:
            self.row = records.get(self.ctx.store, "meeting", meeting_id) if meeting_id else {}
        except MinutierError:  # deleted meanwhile
            self.meeting_id, self.row = None, {}
        self.setEnabled(bool(self.row))
        self._show_heading()
        if self.row:
            self.status.setCurrentIndex(self.status.findData(self.row["status"]))
            self.form.clear_errors()
            self.form.set_values(self.row)
            self.form.set_timezone(self.row["timezone"])
        self.agenda.load(self.meeting_id)
        self.attendance.load(self.meeting_id)
        self.recorded.load(self.meeting_id)
        self.files.load(self.meeting_id)
        self._show_minutes_state()

    # -- minutes ---------------------------------------------------------------------------
    def _show_minutes_state(self) -> None:
        """Approved minutes freeze the meeting: say so and make its editors read-only.

        The register refuses the edits anyway (triggers); this keeps anyone from typing them.
        """
        state = minutes_state(self.ctx.store, self.meeting_id) if self.meeting_id else None
        frozen = bool(state and state.frozen)
        writable = not self.ctx.readonly
        self.approve_action.setEnabled(bool(state and state.can_approve) and writable)
        self.amend_action.setEnabled(bool(state and state.can_amend) and writable)
        self.versions_action.setEnabled(bool(state and state.has_versions))
        if state is not None and frozen:
            text = (
                self.tr(
                    "The minutes of this meeting are approved (version %1, %2) and frozen: "
                    "nothing in it can be edited. Open an amendment to change it."
                )
                .replace("%1", str(state.last_approved))
                .replace("%2", localized.long_date(state.last_approved_on))
            )
        elif state is not None and state.amendment_reason:
            text = self.tr(
                "Amendment open (“%1”): correct the meeting, then approve the minutes again."
            ).replace("%1", state.amendment_reason)
        else:
            text = ""
        self.frozen_line.setText(text)
        self.frozen_line.setVisible(bool(text))
        self.frozen = frozen
        self.status.setEnabled(not frozen)
        self.live_button.setEnabled(not frozen)
        self.form.setEnabled(not frozen)
        self.save_button.setEnabled(not frozen)
        self.revert_button.setEnabled(not frozen)
        self.agenda.set_frozen(frozen)
        self.attendance.set_frozen(frozen)
        self.recorded.set_frozen(frozen)
        self.files.set_frozen(frozen)

    def _window(self) -> Any:
        return self.window()

    # The commands build PDFs (reportlab): imported when first used, not at start.
    def _approve(self) -> None:
        from minutier.ui.minutes import commands

        if self.meeting_id is not None:
            commands.approve(self._window(), self.meeting_id)

    def _amend(self) -> None:
        from minutier.ui.minutes import commands

        if self.meeting_id is not None:
            commands.amend(self._window(), self.meeting_id)

    def _versions(self) -> None:
        from minutier.ui.minutes import commands

        if self.meeting_id is not None:
            commands.show_versions(self._window(), self.meeting_id)

    def select_part(self, table: str, row_id: int) -> None:
        """Select an agenda item, an attendance line or a recorded entry in its tab."""
        if table == "agenda_item":
            self.agenda.select(row_id)
        elif table == "attendance":
            person = self.ctx.store.scalar(
                "SELECT person_id FROM attendance WHERE id = ?", (row_id,)
            )
            row = self.attendance.model.row_of(person)
            if row >= 0:
                self.attendance.view.selectRow(row)
        else:
            self.recorded.select(table, row_id)

    def _show_heading(self) -> None:
        if not self.row:
            self.heading.setText(self.tr("No meeting selected"))
            self.subheading.setText(self.tr("Choose a meeting in the list, or plan a new one."))
            return
        committee = records.get(self.ctx.store, "committee", self.row["committee_id"])
        number = self.tr("%1 — meeting %2").replace("%1", committee["code"])
        number = number.replace("%2", str(self.row["number"]))
        title = self.row["title"]
        self.heading.setText(localized.labelled(number, title) if title else number)
        when = localized.date_time(self.row["starts_at"])
        if self.row["ends_at"]:
            when += "–" + localized.clock_time(dt.datetime.fromisoformat(self.row["ends_at"]))
        parts = [f"{when} ({self.row['timezone']})", committee["name"]]
        if self.row["place"]:
            parts.insert(1, self.row["place"])
        parts.append(confirmed_line(self.ctx.store, self.row["id"]))  # attendees' confirmations
        self.subheading.setText(" · ".join(p for p in parts if p))

    def _status_chosen(self, index: int) -> None:
        if self.meeting_id is None:
            return
        wanted = self.status.itemData(index)
        if wanted == self.row.get("status"):
            return
        done = self.ctx.run(
            UndoStep.tr("Change meeting status"),
            meetings.set_status,
            self.meeting_id,
            wanted,
            parent=self,
        )
        if (
            done is None
            and self.ctx.store.scalar("SELECT status FROM meeting WHERE id = ?", (self.meeting_id,))
            != wanted
        ):
            self.status.setCurrentIndex(self.status.findData(self.row["status"]))

    def save(self) -> bool:
        """Save the Details tab as one step; a refusal shows under its field."""
        if self.meeting_id is None:
            return False
        self.form.clear_errors()
        try:
            values = self.form.values()
        except MinutierError as e:
            self.form.show_error(e)
            return False
        values.pop("committee_id", None)
        refused: list[MinutierError] = []
        self.ctx.run(
            UndoStep.tr("Edit meeting"),
            records.update,
            "meeting",
            self.meeting_id,
            values,
            parent=self,
            on_error=lambda e: (refused.append(e), self.form.show_error(e)),
        )
        return not refused
