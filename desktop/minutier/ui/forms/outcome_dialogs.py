"""Dialogs for what a meeting produces: decisions, announcements (with figures) and actions."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minutier.core import clock
from minutier.core.enums import ActionStatus
from minutier.core.fields import Field
from minutier.services import actions, decisions, links, records
from minutier.ui.context import AppContext
from minutier.ui.forms import localized
from minutier.ui.forms.dialog import RecordDialog
from minutier.ui.forms.figures import FiguresEditor, InitiativesPicker
from minutier.ui.forms.meeting_dialogs import _filled
from minutier.ui.forms.refs import RefField, owner_rows
from minutier.ui.meetings.quorum_view import QuorumLabel
from minutier.ui.steps import UndoStep

_NO_ROWS = ("0", ())


def _agenda_scope(meeting_id: Any) -> tuple[str, tuple[Any, ...]]:
    return ("t.meeting_id = ?", (int(meeting_id),)) if meeting_id else _NO_ROWS


def _committee_scope(committee_id: Any) -> tuple[str, tuple[Any, ...]] | None:
    return ("t.committee_id = ?", (int(committee_id),)) if committee_id else None


def _linked_initiatives(store: Any, owner: str, owner_id: int | None) -> list[int]:
    if owner_id is None:
        return []
    table = f"{owner}_initiative"
    rows = store.query(f"SELECT initiative_id FROM {table} WHERE {owner}_id = ?", (owner_id,))
    return [r["initiative_id"] for r in rows]


class _OutcomeDialog(RecordDialog):
    """Common part: the agenda item list follows the chosen meeting."""

    def _start(self, defaults: dict[str, Any]) -> None:
        meeting = self.form.widgets.get("meeting_id")
        if meeting is not None:
            meeting.changed.connect(self._meeting_changed)
            self._meeting_changed()
            self.form.set_values(self.row or defaults)

    def _meeting_changed(self) -> None:
        meeting_id = self.form.widgets["meeting_id"].value_or_none()  # type: ignore[attr-defined]
        items = self.form.widgets["agenda_item_id"]
        assert isinstance(items, RefField)
        items.set_scope(_agenda_scope(meeting_id))
        if meeting_id and "committee_id" in self.form.widgets and self.row_id is None:
            meeting = records.get(self.ctx.store, "meeting", int(meeting_id))
            self.form.set_value("committee_id", meeting["committee_id"])


class _LinkedOutcomeDialog(_OutcomeDialog):
    """A decision or an announcement: its fields, the initiatives it feeds and its figures."""

    TABLE = ""

    def __init__(
        self,
        ctx: AppContext,
        row_id: int | None = None,
        *,
        parent: QWidget | None = None,
        **defaults: Any,
    ) -> None:
        super().__init__(
            ctx,
            self.TABLE,
            row_id,
            defaults=defaults,
            scopes={"agenda_item_id": _agenda_scope(defaults.get("meeting_id"))},
            parent=parent,
        )
        self._prepare()
        self.initiatives = InitiativesPicker(
            ctx.store, _linked_initiatives(ctx.store, self.TABLE, row_id), self
        )
        figures = links.figures_of(ctx.store, self.TABLE, row_id) if row_id else []
        self.figures = FiguresEditor(figures, self)
        self.body.addWidget(self.initiatives)
        self.body.addWidget(self.figures)
        self._start(defaults)

    def _prepare(self) -> None:
        """Adjust the form before the links are added (nothing by default)."""

    def _create(self, text: str, **kwargs: Any) -> int | None:
        raise NotImplementedError

    def save(self, values: dict[str, Any]) -> int | None:
        figures = self.figures.figures()
        if figures is None:
            return None
        initiative_ids = self.initiatives.selected()
        if self.row_id is not None:
            self.run(
                decisions.update_links,
                self.TABLE,
                self.row_id,
                initiative_ids=initiative_ids,
                figures=figures,
                values=values,
            )
            return None if self._refused else self.row_id
        values = _filled(values)
        text = values.pop("text", "")
        return self._create(text, initiative_ids=initiative_ids, figures=figures, **values)


class DecisionDialog(_LinkedOutcomeDialog):
    TABLE = "decision"

    def _prepare(self) -> None:
        self.form.widgets["number"].editor().setPlaceholderText(  # type: ignore[attr-defined]
            self.tr("next free number")
        )
        self.quorum = QuorumLabel(self.ctx, self)
        self.body.addWidget(self.quorum)

    def _meeting_changed(self) -> None:
        super()._meeting_changed()
        meeting_id = self.form.widgets["meeting_id"].value_or_none()  # type: ignore[attr-defined]
        self.quorum.set_meeting(int(meeting_id) if meeting_id else None)

    def _create(self, text: str, **kwargs: Any) -> int | None:
        return self.run(decisions.record_decision, text, **kwargs)


class AnnouncementDialog(_LinkedOutcomeDialog):
    TABLE = "announcement"

    def _create(self, text: str, **kwargs: Any) -> int | None:
        return self.run(decisions.record_announcement, text, **kwargs)


OWNER = Field("owner", "ref", "owner")
ACTION_FIELDS = (
    "committee_id",
    "number",
    "meeting_id",
    "agenda_item_id",
    "decision_id",
    "initiative_id",
    "text",
    "due_on",
    "status",
    "priority",
    "source_id",
    "confidential",
)


class ActionDialog(_OutcomeDialog):
    """An action: what, who owns it (a person or an organisation), by when; progress notes."""

    def __init__(
        self,
        ctx: AppContext,
        row_id: int | None = None,
        *,
        parent: QWidget | None = None,
        **defaults: Any,
    ) -> None:
        super().__init__(
            ctx,
            "action",
            row_id,
            defaults=defaults,
            fields=ACTION_FIELDS,
            scopes={"agenda_item_id": _agenda_scope(defaults.get("meeting_id"))},
            parent=parent,
        )
        self.form.widgets["number"].editor().setPlaceholderText(  # type: ignore[attr-defined]
            self.tr("next free number")
        )
        self.owner = RefField(OWNER, rows=owner_rows(ctx.store), parent=self.form)
        self.form.add_widget(self.owner, after="text")
        row = self.row or defaults
        if row.get("owner_person_id"):
            self.owner.set_value(("person", row["owner_person_id"]))
        elif row.get("owner_organisation_id"):
            self.owner.set_value(("organisation", row["owner_organisation_id"]))
        self.notes = self._notes_box() if row_id is not None else None
        self._start(defaults)

    def _notes_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Progress notes"), self)
        self.note_list = QListWidget(box)
        self.note_list.setObjectName("progress_notes")
        self.note_edit = QLineEdit(box)
        self.note_edit.setObjectName("progress_note_edit")
        self.note_edit.setPlaceholderText(self.tr("What has happened since?"))
        add = QPushButton(self.tr("Add note"), box)
        add.setObjectName("add_progress_note")
        add.clicked.connect(self.add_note)
        self.note_edit.returnPressed.connect(self.add_note)
        line = QHBoxLayout()
        line.addWidget(self.note_edit, 1)
        line.addWidget(add)
        layout = QVBoxLayout(box)
        layout.addWidget(self.note_list)
        layout.addLayout(line)
        self.body.addWidget(box)
        self._load_notes()
        return box

    def _load_notes(self) -> None:
        self.note_list.clear()
        rows = self.ctx.store.query(
            "SELECT noted_on, text, author FROM action_note WHERE action_id = ? "
            "ORDER BY noted_on, id",
            (self.row_id,),
        )
        for r in rows:
            author = f" — {r['author']}" if r["author"] else ""
            self.note_list.addItem(f"{localized.short_date(r['noted_on'])}: {r['text']}{author}")

    def add_note(self) -> None:
        """A progress note is saved at once, as its own undo step."""
        text = self.note_edit.text()
        if not text.strip():
            return
        self.form.clear_errors()
        added = self.ctx.run(
            UndoStep.tr("Add progress note"),
            actions.add_progress_note,
            self.row_id,
            text,
            parent=self,
            on_error=self.show_error,
        )
        if added is not None:
            self.note_edit.clear()
            self._load_notes()

    def collect(self) -> dict[str, Any]:
        values = super().collect()
        values.pop("owner", None)
        owner = self.owner.value()
        values["owner_person_id"] = owner[1] if owner and owner[0] == "person" else None
        values["owner_organisation_id"] = owner[1] if owner and owner[0] == "organisation" else None
        return values

    def save(self, values: dict[str, Any]) -> int | None:
        if self.row_id is None:
            values = _filled(values)
            text = values.pop("text", "")
            return self.run(actions.create_action, text, **values)
        closed = values.get("status") in (ActionStatus.DONE, ActionStatus.CANCELLED)
        if closed:
            values["closed_on"] = self.row.get("closed_on") or clock.today().isoformat()
        else:
            values["closed_on"] = None
        self.run(records.update, "action", self.row_id, values)
        return None if self._refused else self.row_id
