"""A form built from a table's field specs, with each refusal shown under the field it concerns."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from minutier.core.errors import MinutierError, ValidationError
from minutier.core.fields import SPECS, Field
from minutier.ui.context import AppContext
from minutier.ui.forms import chair_term
from minutier.ui.forms.errors import error_text
from minutier.ui.forms.labels import field_label
from minutier.ui.forms.refs import RefField
from minutier.ui.forms.widgets import (
    ChoiceField,
    DateTimeField,
    FieldWidget,
    _ReadingField,
    widget_for,
)


def error_label(parent: QWidget, name: str) -> QLabel:
    """A label for a refusal in words: hidden until there is one, wrapped, selectable."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


class RecordForm(QWidget):
    """Editors for the fields of ``table`` (all, or those named), laid out label / editor."""

    changed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        table: str,
        *,
        fields: Iterable[str] | None = None,
        exclude: Iterable[str] = (),
        scopes: Mapping[str, tuple[str, tuple[Any, ...]]] | None = None,
        rows: Mapping[str, list[tuple[Any, str]]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = table
        wanted = list(fields) if fields is not None else [f.name for f in SPECS[table]]
        skip = set(exclude)
        specs = {f.name: f for f in SPECS[table]}
        self.layout_ = QFormLayout(self)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general_error = error_label(self, "form_error")
        self.layout_.addRow(self.general_error)
        self.widgets: dict[str, FieldWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.chair_term = chair_term.DEFAULT
        for name in wanted:
            if name in skip:
                continue
            f = specs[name]
            self._add(f, (scopes or {}).get(name), (rows or {}).get(name))
        if "committee_id" in self.widgets:  # the chair is named as this committee names it
            self.widgets["committee_id"].changed.connect(self.follow_committee)
            self.follow_committee()

    def _add(
        self,
        f: Field,
        scope: tuple[str, tuple[Any, ...]] | None,
        rows: list[tuple[Any, str]] | None,
    ) -> None:
        if f.kind == "ref":
            widget: FieldWidget = RefField(
                f, store=self.ctx.store, scope=scope, rows=rows, parent=self
            )
        else:
            widget = widget_for(f, self)
        self.add_widget(widget)

    def add_widget(self, widget: FieldWidget, *, after: str | None = None) -> None:
        """Add an editor for a field that is not a column (an action's owner), or any field."""
        f = widget.field
        if isinstance(widget, _ReadingField):
            widget.today = self.ctx.today()
        widget.changed.connect(self.changed)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = error_label(box, f"error_{f.name}")
        column.addWidget(error)
        text = field_label(f) + (" *" if f.required else "")
        label = QLabel(text, self)
        label.setBuddy(widget.editor())
        # Qt names a control after its buddy label only when they are siblings; here the
        # editor sits in its own box, so a screen reader would hear nothing: name it.
        if not widget.editor().accessibleName():
            widget.editor().setAccessibleName(field_label(f))
        if after is not None and after in self.widgets:
            row, _ = self.layout_.getWidgetPosition(self.widgets[after].parentWidget())
            self.layout_.insertRow(row + 1, label, box)
        else:
            self.layout_.addRow(label, box)
        self.widgets[f.name] = widget
        self.errors[f.name] = error
        self.labels[f.name] = label

    # -- values ---------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """What the editors hold; raises ValidationError when a reference is not in its list."""
        return {name: w.value() for name, w in self.widgets.items()}

    def set_values(self, row: Mapping[str, Any]) -> None:
        for name, widget in self.widgets.items():
            if name in row:
                widget.set_value(row[name])
        if "committee_id" in row:
            self.follow_committee(row["committee_id"])

    def follow_committee(self, committee_id: Any = None) -> None:
        """Name the chair (and vice-chair) in labels and choices as the committee's house style
        does: 의장 instead of 위원장 in a Korean window (``chair_term``)."""
        if committee_id is None and "committee_id" in self.widgets:
            try:
                committee_id = self.widgets["committee_id"].value()
            except MinutierError:  # a name being typed, not yet one of the list
                committee_id = None
        term = self.chair_term = chair_term.term_of(self.ctx.store, committee_id)
        for name, label in self.labels.items():
            widget = self.widgets[name]
            text = field_label(widget.field)
            if chair_term.DEFAULT in text:
                label.setText(
                    chair_term.follow(text, term) + (" *" if widget.field.required else "")
                )
            if isinstance(widget, ChoiceField):
                widget.relabel(lambda choice: chair_term.follow(choice, term))

    def set_value(self, name: str, value: Any) -> None:
        self.widgets[name].set_value(value)

    def set_row_visible(self, name: str, visible: bool) -> None:
        self.layout_.setRowVisible(self.widgets[name].parentWidget(), visible)

    def set_timezone(self, timezone: str) -> None:
        """Show the zone meeting times are read in beside every date-and-time editor."""
        for widget in self.widgets.values():
            if isinstance(widget, DateTimeField):
                widget.set_timezone(timezone)

    # -- errors ---------------------------------------------------------------------------
    def clear_errors(self) -> None:
        self.general_error.hide()
        for label in self.errors.values():
            label.clear()
            label.hide()

    def field_of(self, error: MinutierError) -> str | None:
        """The name of the field an error is about, if this form shows it."""
        if not isinstance(error, ValidationError):
            return None
        wanted = error.field
        for name, widget in self.widgets.items():
            if wanted in (widget.field.title, name):
                return name
        return None

    def show_error(self, error: MinutierError) -> bool:
        """Show a refusal under its field (True), or at the top of the form (False)."""
        name = self.field_of(error)
        text = chair_term.follow(error_text(error), self.chair_term)
        if name is None:
            self.general_error.setText(text)
            self.general_error.show()
            return False
        self.errors[name].setText(text)
        self.errors[name].show()
        self.widgets[name].editor().setFocus(Qt.FocusReason.OtherFocusReason)
        return True
