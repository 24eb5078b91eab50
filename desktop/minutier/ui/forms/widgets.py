"""One editing widget per kind of field in ``core.fields`` (line, text, int, dates, choice, zone).

Each widget hands back the raw text a person typed; ``core.fields.clean`` (run by the service)
decides whether it is acceptable, so a rule is never written twice. Date widgets read the text
as it is typed and show the day they understood beside it.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from minutier.core import dates, enums
from minutier.core.errors import MinutierError
from minutier.core.fields import Field
from minutier.ui.forms import localized
from minutier.ui.forms.labels import choice_label

# Value a new record gets when the form does not say (the schema's defaults).
CHOICE_DEFAULTS: dict[type, str] = {
    enums.Priority: "normal",
    enums.OrganisationKind: "other",
    enums.MembershipRole: "member",
    enums.InitiativeStatus: "active",
}


class FieldWidget(QWidget):
    """Base of the editors: ``value()`` gives what ``fields.clean`` will check."""

    changed = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def editor(self) -> QWidget:
        """The widget that takes the focus (to put the cursor where an error is)."""
        return self


class LineField(FieldWidget):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(f"field_{field.name}")
        self.edit.textChanged.connect(self.changed)
        self._layout.addWidget(self.edit)

    def value(self) -> str:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))

    def editor(self) -> QWidget:
        return self.edit


class IntField(LineField):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("0") * 12)
        self._layout.addStretch(1)

    def value(self) -> str | None:
        text = self.edit.text().strip()
        return text or None


class TextField(FieldWidget):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName(f"field_{field.name}")
        self.edit.setTabChangesFocus(True)
        lines = 6 if field.name == "text" else 3
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * lines + 12)
        self.edit.textChanged.connect(self.changed)
        self._layout.addWidget(self.edit)

    def value(self) -> str:
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))

    def editor(self) -> QWidget:
        return self.edit


class _ReadingField(LineField):
    """A line whose text is read as it is typed, with what was understood shown beside it."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("M") * 18)
        self.preview = QLabel(self)
        self.preview.setObjectName(f"preview_{field.name}")
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.preview.setEnabled(False)  # drawn in the muted colour
        self._layout.addWidget(self.preview, 1)
        self.today = dt.date.today()
        self.edit.textChanged.connect(self._update_preview)

    def understood(self, text: str) -> str:
        raise NotImplementedError

    def _update_preview(self) -> None:
        text = self.edit.text().strip()
        if not text:
            self.preview.clear()
            return
        try:
            shown = self.understood(text)
        except MinutierError:
            # Explicit context: PySide's tr() would use the subclass name (DateField…).
            shown = QCoreApplication.translate("FieldWidget", "not understood yet")
        self.preview.setText(f"→ {shown}")


class DateField(_ReadingField):
    """A day typed any way ``core.dates`` reads ("fin mars", "31/03/2025", "다음 주 금요일")."""

    def understood(self, text: str) -> str:
        day = dates.parse_due_date(text, today=self.today, field=self.field.title)
        return localized.long_date(day)


class PartialDateField(_ReadingField):
    """A year, a month or a day ("2027", "septembre 2023")."""

    def understood(self, text: str) -> str:
        value = dates.parse_partial_date(text, field=self.field.title)
        if len(value) == 10:
            return localized.long_date(value)
        return value


class DateTimeField(_ReadingField):
    """A local date and time, in the time zone shown beside it."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.timezone = ""

    def set_timezone(self, timezone: str) -> None:
        self.timezone = timezone
        self._update_preview()

    def understood(self, text: str) -> str:
        moment = dates.parse_local_datetime(text, today=self.today, field=self.field.title)
        shown = localized.date_time(moment)
        return f"{shown} ({self.timezone})" if self.timezone else shown

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value).replace("T", " "))


@functools.cache
def _zone_names() -> list[str]:
    """IANA zone names (reading the zone database's folder once: it holds hundreds of files)."""
    return sorted(zoneinfo.available_timezones())


class TimezoneField(LineField):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        completer = QCompleter(_zone_names(), self.edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.edit.setCompleter(completer)


class ChoiceField(FieldWidget):
    """One value of a closed vocabulary, shown translated."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        assert field.choices is not None
        self.combo = QComboBox(self)
        self.combo.setObjectName(f"field_{field.name}")
        for member in field.choices:
            self.combo.addItem(choice_label(member), str(member))
        default = CHOICE_DEFAULTS.get(field.choices)
        if default:
            self.set_value(default)
        self.combo.currentIndexChanged.connect(self.changed)
        self._layout.addWidget(self.combo)
        self._layout.addStretch(1)

    def relabel(self, follow: Callable[[str], str]) -> None:
        """Show each choice's label through ``follow`` (a committee's word for its chair)."""
        assert self.field.choices is not None
        for i, member in enumerate(self.field.choices):
            self.combo.setItemText(i, follow(choice_label(member)))

    def value(self) -> str:
        return str(self.combo.currentData())

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(str(value))
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def editor(self) -> QWidget:
        return self.combo


class BoolField(FieldWidget):
    """A yes/no field (the confidential mark) as a check box."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.box = QCheckBox(self)
        self.box.setObjectName(f"field_{field.name}")
        self.box.toggled.connect(self.changed)
        self._layout.addWidget(self.box)
        self._layout.addStretch(1)

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))

    def editor(self) -> QWidget:
        return self.box


_KINDS: dict[str, type[FieldWidget]] = {
    "bool": BoolField,
    "line": LineField,
    "code": LineField,
    "email": LineField,
    "rrule": LineField,
    "quorum": LineField,
    "text": TextField,
    "int": IntField,
    "date": DateField,
    "partial_date": PartialDateField,
    "datetime": DateTimeField,
    "timezone": TimezoneField,
    "choice": ChoiceField,
}


def widget_for(field: Field, parent: QWidget | None = None, **ref_options: Any) -> FieldWidget:
    """The editor of a field (``ref`` fields need the store: see ``refs.RefField``)."""
    if field.kind == "rrule":  # a form, not a raw rule (forms.recurrence)
        from minutier.ui.forms.recurrence import RecurrenceField

        return RecurrenceField(field, parent)
    if field.kind == "ref":
        from minutier.ui.forms.refs import RefField

        return RefField(field, parent=parent, **ref_options)
    return _KINDS[field.kind](field, parent)
