"""Dialogs for a meeting, its agenda items and its attendance lines."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel, QPlainTextEdit, QWidget

from minutier.core import clock, dates, fields
from minutier.core.errors import MinutierError
from minutier.services import meetings, records
from minutier.store.connection import Store
from minutier.ui.context import AppContext
from minutier.ui.forms.dialog import RecordDialog

# Every field of a meeting but its status, which has its own control (and flow).
MEETING_FIELDS = tuple(f.name for f in fields.SPECS["meeting"] if f.name != "status")


def _filled(values: dict[str, Any]) -> dict[str, Any]:
    """Drop what was left empty, so a service fills its own defaults (number, time zone)."""
    return {k: v for k, v in values.items() if v not in (None, "")}


class MeetingDialog(RecordDialog):
    """Plan a meeting (numbered next in its committee, in its time zone, with carry-over)."""

    def __init__(
        self,
        ctx: AppContext,
        row_id: int | None = None,
        *,
        parent: QWidget | None = None,
        **defaults: Any,
    ) -> None:
        super().__init__(
            ctx, "meeting", row_id, defaults=defaults, fields=MEETING_FIELDS, parent=parent
        )
        self.carry_over = QCheckBox(self)
        self.carry_over.setObjectName("carry_over")
        self.carry_over.setChecked(True)
        self.carry_over.setAccessibleName(
            self.tr("Open the agenda with a review of the open actions of earlier meetings")
        )
        self.agenda = QPlainTextEdit(self)
        self.agenda.setObjectName("agenda_lines")
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda.setTabChangesFocus(True)
        self.agenda.setPlaceholderText(self.tr("One agenda item per line"))
        self.agenda.setFixedHeight(self.agenda.fontMetrics().lineSpacing() * 5 + 12)
        if row_id is None:
            self.body.addWidget(QLabel(self.tr("Agenda"), self))
            self.body.addWidget(self.agenda)
            self.body.addWidget(self.carry_over)
        else:
            self.carry_over.hide()
            self.agenda.hide()
        form = self.form.widgets
        form["committee_id"].changed.connect(self._committee_changed)
        form["starts_at"].changed.connect(self._update_carry_over)
        form["timezone"].changed.connect(
            lambda: self.form.set_timezone(form["timezone"].value().strip())
        )
        if row_id is None:
            self._committee_changed()
        else:
            self.form.set_timezone(self.row.get("timezone", ""))

    def _committee(self) -> dict[str, Any] | None:
        committee_id = self.form.widgets["committee_id"].value_or_none()  # type: ignore[attr-defined]
        if not committee_id:
            return None
        try:
            return records.get(self.ctx.store, "committee", int(committee_id))
        except MinutierError:
            return None

    def _committee_changed(self) -> None:
        if self.row_id is not None:
            return
        committee = self._committee()
        if committee is None:
            self._update_carry_over()  # the box says what it does before a committee is chosen
            return
        number = records.next_number(self.ctx.store, "meeting", committee["id"])
        self.form.set_value("number", number)
        self.form.set_value("timezone", committee["timezone"])
        self.form.set_timezone(committee["timezone"])
        self._update_carry_over()

    def _starts_at(self) -> str:
        text = str(self.form.widgets["starts_at"].value()).strip()
        try:
            moment = dates.parse_local_datetime(text, today=self.ctx.today())
        except MinutierError:
            moment = dt.datetime.combine(self.ctx.today(), dt.time())
        return moment.isoformat(timespec="minutes")

    def open_actions(self) -> int:
        committee = self._committee()
        if committee is None:
            return 0
        return len(meetings.open_actions_before(self.ctx.store, committee["id"], self._starts_at()))

    def _update_carry_over(self) -> None:
        count = self.open_actions()
        self.carry_over.setText(
            self.tr(
                "Open the agenda with a review of the open actions of earlier meetings (%1)"
            ).replace("%1", str(count))
        )
        self.carry_over.setEnabled(count > 0)

    def save(self, values: dict[str, Any]) -> int | None:
        if self.row_id is not None:
            self.run(records.update, "meeting", self.row_id, values)
            return None if self._refused else self.row_id
        values = _filled(values)
        committee_id = values.pop("committee_id", None)
        starts_at = values.pop("starts_at", "")
        agenda = [line.strip() for line in self.agenda.toPlainText().splitlines() if line.strip()]
        return self.run(
            _plan,
            committee_id,
            starts_at,
            agenda=agenda,
            carry_over=self.carry_over.isChecked() and self.carry_over.isEnabled(),
            **values,
        )


def _plan(store: Store, committee_id: int | None, starts_at: str, **kwargs: Any) -> int:
    """plan_meeting, with a missing committee or start refused in words like any other field."""
    for name, value in (("committee_id", committee_id), ("starts_at", starts_at)):
        if not value:
            fields.clean_value(fields.spec("meeting", name), None, today=clock.today())
    assert committee_id is not None
    return meetings.plan_meeting(store, committee_id, starts_at, **kwargs)


class AgendaItemDialog(RecordDialog):
    def __init__(
        self,
        ctx: AppContext,
        row_id: int | None = None,
        *,
        parent: QWidget | None = None,
        **defaults: Any,
    ) -> None:
        meeting_id = defaults.get("meeting_id")
        if row_id is not None:
            meeting_id = records.get(ctx.store, "agenda_item", row_id)["meeting_id"]
        super().__init__(
            ctx,
            "agenda_item",
            row_id,
            defaults={"meeting_id": meeting_id, **defaults},
            fields=("title", "kind", "presenter_id", "planned_minutes", "notes", "confidential"),
            parent=parent,
        )
        self.meeting_id = meeting_id

    def save(self, values: dict[str, Any]) -> int | None:
        if self.row_id is not None:
            self.run(records.update, "agenda_item", self.row_id, values)
            return None if self._refused else self.row_id
        title = values.pop("title", "")
        values.pop("meeting_id", None)
        return self.run(meetings.add_agenda_item, self.meeting_id, title, **_filled(values))


class AttendanceDialog(RecordDialog):
    """Who attended, and how: present, absent, excused, or represented by someone."""

    def __init__(
        self,
        ctx: AppContext,
        row_id: int | None = None,
        *,
        parent: QWidget | None = None,
        **defaults: Any,
    ) -> None:
        meeting_id = defaults.get("meeting_id")
        if row_id is not None:
            meeting_id = records.get(ctx.store, "attendance", row_id)["meeting_id"]
        super().__init__(
            ctx,
            "attendance",
            row_id,
            defaults={"meeting_id": meeting_id, **defaults},
            fields=("person_id", "status", "represented_by_id", "capacity"),
            parent=parent,
        )
        self.meeting_id = meeting_id
        self.form.widgets["status"].changed.connect(self._status_changed)
        self._status_changed()

    def _status_changed(self) -> None:
        represented = self.form.widgets["status"].value() == "represented"
        self.form.set_row_visible("represented_by_id", represented)

    def save(self, values: dict[str, Any]) -> int | None:
        return self.run(
            meetings.set_attendance,
            self.meeting_id,
            values.get("person_id"),
            values.get("status") or "present",
            represented_by_id=values.get("represented_by_id"),
            capacity=values.get("capacity") or "",
        )


class NoteDialog(RecordDialog):
    """A discussion note of a meeting, under one of its agenda items."""

    def __init__(
        self,
        ctx: AppContext,
        row_id: int | None = None,
        *,
        parent: QWidget | None = None,
        **defaults: Any,
    ) -> None:
        meeting_id = defaults.get("meeting_id")
        if row_id is not None:
            meeting_id = records.get(ctx.store, "note", row_id)["meeting_id"]
        super().__init__(
            ctx,
            "note",
            row_id,
            defaults={"meeting_id": meeting_id, **defaults},
            fields=("agenda_item_id", "text", "confidential"),
            scopes={"agenda_item_id": ("t.meeting_id = ?", (meeting_id or 0,))},
            parent=parent,
        )
        self.meeting_id = meeting_id

    def save(self, values: dict[str, Any]) -> int | None:
        if self.row_id is not None:
            self.run(records.update, "note", self.row_id, values)
            return None if self._refused else self.row_id
        return self.run(
            meetings.add_note,
            self.meeting_id,
            values.get("text", ""),
            agenda_item_id=values.get("agenda_item_id"),
        )


class SeriesDialog(RecordDialog):
    """A recurring series of meetings (its rule plans the next meeting)."""

    def __init__(
        self,
        ctx: AppContext,
        row_id: int | None = None,
        *,
        parent: QWidget | None = None,
        **defaults: Any,
    ) -> None:
        if row_id is None:  # empty, the field was refused as "a required value is missing"
            defaults.setdefault("duration_minutes", 120)
        super().__init__(ctx, "meeting_series", row_id, defaults=defaults, parent=parent)
        # The next five meetings the rule gives, under the form, as it is filled in.
        self.upcoming = QLabel(self)
        self.upcoming.setObjectName("series_next_dates")
        self.upcoming.setWordWrap(True)
        self.body.addWidget(self.upcoming)
        for name in ("rrule", "dtstart"):
            self.form.widgets[name].changed.connect(self._show_next_dates)
        self.form.widgets["committee_id"].changed.connect(self._committee_changed)
        self.form.widgets["timezone"].changed.connect(
            lambda: self.form.set_timezone(self.form.widgets["timezone"].value().strip())
        )
        if row_id is None:
            self._committee_changed()
        self._show_next_dates()

    def _show_next_dates(self) -> None:
        from minutier.ui.forms.recurrence import next_dates

        rule = self.form.widgets["rrule"].value()
        start_text = str(self.form.widgets["dtstart"].value() or "").strip()
        try:
            start = dates.parse_local_datetime(start_text, today=self.ctx.today())
            shown = next_dates(rule, start, self.ctx.today())
        except (MinutierError, ValueError, TypeError):
            self.upcoming.setText(
                self.tr("The next meetings show here once the rule and the first meeting are set.")
            )
            return
        self.upcoming.setText(
            self.tr("Next meetings: %1").replace("%1", "; ".join(shown) if shown else "—")
        )

    def _committee_changed(self) -> None:
        committee_id = self.form.widgets["committee_id"].value_or_none()  # type: ignore[attr-defined]
        if committee_id and self.row_id is None:
            committee = records.get(self.ctx.store, "committee", int(committee_id))
            self.form.set_value("timezone", committee["timezone"])
