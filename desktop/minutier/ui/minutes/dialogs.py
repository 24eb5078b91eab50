"""The two questions of the approval workflow: approve the minutes, open an amendment.

Both read their dates as people type them ("aujourd'hui", "16/03/2025", "다음 주 금요일") and
check them before closing, so a refusal shows under the field and nothing typed is lost.
Approving says first what it does: it freezes the meeting and cannot be undone.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from minutier.core import clock, dates
from minutier.core.errors import MinutierError, ValidationError
from minutier.core.fields import Field
from minutier.services import lookup, records
from minutier.store.connection import Store
from minutier.ui.context import AppContext
from minutier.ui.errors import user_message
from minutier.ui.forms import localized
from minutier.ui.forms.form import error_label
from minutier.ui.forms.widgets import DateField
from minutier.ui.steps import UndoStep

WARNING_STYLE = "background: #fff4ce; color: #3d2f00; padding: 8px; border-radius: 3px;"


def meeting_title(store: Store, meeting_id: int) -> str:
    """'CSIIA/3 — 16 February 2025 — title' in the interface's language."""
    row = records.get(store, "meeting", meeting_id)
    parts = [lookup.meeting_ref(store, meeting_id), localized.long_date(row["starts_at"][:10])]
    if row["title"]:
        parts.append(row["title"])
    return " — ".join(parts)


def fit_height(dialog: QDialog) -> None:
    """Make a dialog tall enough for its wrapped labels at its width (Qt sizes windows from
    the labels' one-line hints, which cuts wrapped text)."""
    layout = dialog.layout()
    layout.activate()
    width = max(dialog.width(), layout.totalMinimumSize().width())
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
    height = max(height, layout.totalSizeHint().height())
    if height > dialog.height() or width > dialog.width():
        dialog.resize(width, max(height, dialog.height()))


class _Fitted(QDialog):
    """A dialog that fits its wrapped text when it is shown."""

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        fit_height(self)


def _date_field(name: str, label: str, parent: QWidget) -> DateField:
    field = DateField(Field(name, "date", label), parent)
    field.today = clock.today()  # the register's "today" (tests and MINUTIER_FIXED_NOW pin it)
    return field


def _read_date(field: DateField, label: str) -> dt.date:
    text = field.value().strip()
    if not text:
        raise ValidationError(label, text, "this field is required")
    return dates.parse_due_date(text, today=field.today, field=label)  # "today", "hier"…


class ApproveDialog(_Fitted):
    """Approving meeting (a later one of the committee, or none) and approval date."""

    def __init__(self, store: Store, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approve_dialog")
        self.setWindowTitle(self.tr("Approve minutes"))
        self.store = store
        self.meeting_id = meeting_id
        self.meeting = records.get(store, "meeting", meeting_id)
        self.values: dict[str, Any] = {}

        heading = QLabel(
            self.tr("Minutes of %1").replace("%1", meeting_title(store, meeting_id)), self
        )
        heading.setObjectName("approve_heading")
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.warning = QLabel(
            self.tr(
                "Approving freezes this meeting: its agenda, attendance, announcements, "
                "decisions and the actions as decided can no longer be edited. The final PDF "
                "and its SHA-256 fingerprint are kept in the register. Approval cannot be "
                "undone, and the list of steps to undo is emptied; a later change needs an "
                "amendment with a reason."
            ),
            self,
        )
        self.warning.setObjectName("approve_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setMinimumWidth(560)  # the dialog's width (its layout keeps the minimum)

        self.at_meeting = QComboBox(self)
        self.at_meeting.setObjectName("approving_meeting")
        self.at_meeting.addItem(self.tr("None (approved outside a meeting)"), 0)
        amendment = store.query_one(
            "SELECT version, amendment_reason, amended_on FROM minutes_version "
            "WHERE meeting_id = ? AND status = 'draft' AND amendment_reason <> '' "
            "ORDER BY version DESC LIMIT 1",
            (meeting_id,),
        )
        # Approved after the meeting, and an amendment after it was opened.
        self.not_before = max(
            self.meeting["starts_at"][:10], (amendment or {}).get("amended_on") or ""
        )
        later = store.query(
            "SELECT id FROM meeting WHERE committee_id = ? AND id <> ? AND starts_at >= ? "
            "AND substr(starts_at, 1, 10) >= ? AND status <> 'cancelled' ORDER BY starts_at, id",
            (self.meeting["committee_id"], meeting_id, self.meeting["starts_at"], self.not_before),
        )
        self._starts: dict[int, str] = {}
        for row in later:
            self.at_meeting.addItem(meeting_title(store, row["id"]), row["id"])
            self._starts[row["id"]] = records.get(store, "meeting", row["id"])["starts_at"]
        # The usual case: the next meeting held approves the minutes of this one.
        self.today = clock.today_in(self.meeting.get("timezone"))  # where the meeting is
        today = self.today.isoformat()
        held = [i for i, starts in self._starts.items() if starts[:10] <= today]
        if held:
            self.at_meeting.setCurrentIndex(self.at_meeting.findData(held[0]))
        self.at_meeting.currentIndexChanged.connect(self._meeting_chosen)

        self.date = _date_field("approved_on", "approval date", self)
        self.date.today = self.today
        self.date_error = error_label(self, "approved_on_error")
        self._meeting_chosen()

        form = QFormLayout()
        form.addRow(self.tr("Approved at meeting:"), self.at_meeting)
        form.addRow(self.tr("Approval date:"), self.date)
        form.addRow("", self.date_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.approve_button = buttons.addButton(
            self.tr("Approve and freeze"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.approve_button.setObjectName("approve_button")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        if amendment:
            note = QLabel(
                self.tr("This approves amendment %1: “%2”.")
                .replace("%1", str(amendment["version"]))
                .replace("%2", amendment["amendment_reason"]),
                self,
            )
            note.setObjectName("approve_amendment")
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _meeting_chosen(self, *_: object) -> None:
        """The approval date follows the approving meeting (today without one)."""
        chosen = self.at_meeting.currentData()
        day = self._starts[chosen][:10] if chosen else max(self.today.isoformat(), self.not_before)
        self.date.set_value(day)

    def accept(self) -> None:
        self.date_error.hide()
        try:
            day = _read_date(self.date, "approval date")
            if day.isoformat() < self.meeting["starts_at"][:10]:
                raise ValidationError(
                    "approval date", day.isoformat(), "minutes are approved after the meeting"
                )
            if day.isoformat() < self.not_before:
                raise ValidationError(
                    "approval date", day.isoformat(), "an amendment is approved after it is opened"
                )
            if day > self.today:  # the latest date the field takes: today where the meeting is
                from minutier.services.minutes import FUTURE_APPROVAL  # loads the PDF builder

                raise ValidationError("approval date", day.isoformat(), FUTURE_APPROVAL)
        except MinutierError as e:
            self.date_error.setText(user_message(e))
            self.date_error.show()
            fit_height(self)  # grow to show it
            self.date.editor().setFocus()
            return
        self.values = {"at_meeting_id": self.at_meeting.currentData() or None, "approved_on": day}
        super().accept()


class AmendmentDialog(_Fitted):
    """Why the approved minutes must change (required) and when; recorded on accept.

    The amendment is recorded when the dialog is accepted; a refusal (a date before the
    approval…) shows under its field and the dialog stays open.
    """

    def __init__(self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("amendment_dialog")
        self.setWindowTitle(self.tr("Open an amendment"))
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.version: Any = None
        store = ctx.store
        heading = QLabel(
            self.tr("Minutes of %1").replace("%1", meeting_title(store, meeting_id)), self
        )
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        explain = QLabel(
            self.tr(
                "An amendment lifts the freeze so the meeting can be corrected; approving the "
                "minutes again records the next version. Earlier versions stay readable. "
                "Opening an amendment cannot be undone."
            ),
            self,
        )
        explain.setWordWrap(True)
        explain.setStyleSheet(WARNING_STYLE)
        explain.setMinimumWidth(520)  # the dialog's width (its layout keeps the minimum)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("amendment_reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 4 + 12)
        self.reason_error = error_label(self, "amendment_reason_error")
        self.date = _date_field("amended_on", "amendment date", self)
        self.date.set_value(clock.today().isoformat())
        self.date_error = error_label(self, "amended_on_error")
        form = QFormLayout()
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow("", self.reason_error)
        form.addRow(self.tr("Date:"), self.date)
        form.addRow("", self.date_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.addButton(
            self.tr("Open the amendment"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        ok.setObjectName("amend_button")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def show_error(self, error: MinutierError) -> None:
        """Show a refusal under its field (the service's, or the dialog's own check)."""
        field = getattr(error, "field", "")
        label = self.reason_error if field == "reason" else self.date_error
        label.setText(user_message(error))
        label.show()
        fit_height(self)  # grow to show it
        (self.reason if label is self.reason_error else self.date.editor()).setFocus()

    def accept(self) -> None:
        self.reason_error.hide()
        self.date_error.hide()
        reason = " ".join(self.reason.toPlainText().split())
        try:
            if not reason:
                raise ValidationError("reason", "", "this field is required")
            day = _read_date(self.date, "amendment date")
        except MinutierError as e:
            self.show_error(e)
            return
        from minutier.services import minutes  # builds PDFs: loaded when first needed

        self.version = self.ctx.run(
            UndoStep.tr("Open amendment"),
            minutes.open_amendment,
            self.meeting_id,
            reason,
            day,
            undoable=False,  # the register refuses to revert it
            on_error=self.show_error,
            parent=self,
        )
        if self.version is not None:
            super().accept()
