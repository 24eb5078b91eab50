"""A series' recurrence as a form — every N weeks or months, which weekday, which one of the
month — instead of a raw RFC 5545 rule; the rule it makes, and the next five dates, shown.

The rule stays the stored value (``FREQ=MONTHLY;INTERVAL=1;BYDAY=+2TU``). A rule the form
cannot say (a COUNT, several days…) is kept as it is and shown for editing as text.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from minutier.core import dates
from minutier.core.errors import MinutierError
from minutier.core.fields import Field
from minutier.ui.forms import localized
from minutier.ui.forms.widgets import FieldWidget

DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
ORDINALS = ("+1", "+2", "+3", "+4", "-1")
_SIMPLE = re.compile(
    r"^FREQ=(?P<freq>WEEKLY|MONTHLY)(?:;INTERVAL=(?P<n>\d+))?;BYDAY=(?P<ord>[+-]?\d)?(?P<day>MO|TU|WE|TH|FR|SA|SU)$"
)


def rule_of(freq: str, interval: int, day: str, ordinal: str = "") -> str:
    """The RRULE the form says: "FREQ=MONTHLY;INTERVAL=1;BYDAY=+2TU"."""
    by = f"{ordinal}{day}" if freq == "MONTHLY" else day
    return f"FREQ={freq};INTERVAL={max(1, interval)};BYDAY={by}"


def parse_simple(rule: str) -> dict[str, Any] | None:
    """The form's fields for ``rule``, or None when the form cannot say it."""
    try:
        canonical = dates.validate_rrule(rule)
    except MinutierError:
        return None
    parts = dict(p.split("=", 1) for p in canonical.split(";"))
    if set(parts) - {"FREQ", "INTERVAL", "BYDAY", "WKST"}:
        return None
    body = ";".join(f"{k}={parts[k]}" for k in ("FREQ", "INTERVAL", "BYDAY") if k in parts)
    m = _SIMPLE.match(body)
    if m is None:
        return None
    ordinal = m["ord"] or ""
    if ordinal and not ordinal.startswith(("+", "-")):
        ordinal = "+" + ordinal
    if m["freq"] == "MONTHLY" and ordinal not in ORDINALS:
        return None
    if m["freq"] == "WEEKLY" and ordinal:
        return None
    return {"freq": m["freq"], "interval": int(m["n"] or 1), "day": m["day"], "ordinal": ordinal}


class RecurrenceField(FieldWidget):
    """Every [N] [weeks|months] on [the second] [Tuesday]; or a rule typed as text."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        box = QWidget(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.every = QSpinBox(box)
        self.every.setObjectName("recurrence_every")
        self.every.setRange(1, 52)
        self.every.setAccessibleName(self.tr("Every how many"))
        self.unit = QComboBox(box)
        self.unit.setObjectName("recurrence_unit")
        self.unit.addItem(self.tr("week(s)"), "WEEKLY")
        self.unit.addItem(self.tr("month(s)"), "MONTHLY")
        self.unit.setAccessibleName(self.tr("Weeks or months"))
        self.ordinal = QComboBox(box)
        self.ordinal.setObjectName("recurrence_ordinal")
        for code, text in zip(
            ORDINALS,
            (
                self.tr("first"),
                self.tr("second"),
                self.tr("third"),
                self.tr("fourth"),
                self.tr("last"),
            ),
            strict=True,
        ):
            self.ordinal.addItem(text, code)
        self.ordinal.setAccessibleName(self.tr("Which one of the month"))
        self.day = QComboBox(box)
        self.day.setObjectName("recurrence_day")
        locale = QLocale()
        for n, code in enumerate(DAYS, start=1):
            self.day.addItem(locale.dayName(n), code)
        self.day.setAccessibleName(self.tr("Weekday"))
        every = QLabel(self.tr("Every"), box)
        every.setBuddy(self.every)
        self.on = QLabel(self.tr("on the"), box)
        self.custom = QCheckBox(self.tr("Rule typed as text"), box)
        self.custom.setObjectName("recurrence_custom")
        self.text = QLineEdit(box)
        self.text.setObjectName("field_rrule")
        self.text.setPlaceholderText("FREQ=MONTHLY;BYDAY=+2TU")
        self.text.setAccessibleName(self.tr("Recurrence rule (RFC 5545)"))
        grid.addWidget(every, 0, 0)
        grid.addWidget(self.every, 0, 1)
        grid.addWidget(self.unit, 0, 2)
        grid.addWidget(self.on, 0, 3)
        grid.addWidget(self.ordinal, 0, 4)
        grid.addWidget(self.day, 0, 5)
        grid.setColumnStretch(6, 1)
        grid.addWidget(self.custom, 1, 0, 1, 7)
        grid.addWidget(self.text, 2, 0, 1, 7)
        self._layout.addWidget(box, 1)
        self._quiet = False
        for widget in (self.every,):
            widget.valueChanged.connect(self._form_changed)
        for combo in (self.unit, self.ordinal, self.day):
            combo.currentIndexChanged.connect(self._form_changed)
        self.custom.toggled.connect(self._custom_toggled)
        self.text.textChanged.connect(lambda _: self.changed.emit())
        self.set_value("FREQ=MONTHLY;INTERVAL=1;BYDAY=+1MO")

    # -- value -------------------------------------------------------------------------------
    def value(self) -> str:
        return self.text.text()

    def set_value(self, value: Any) -> None:
        rule = "" if value is None else str(value)
        simple = parse_simple(rule) if rule else None
        self._quiet = True
        try:
            if simple is not None:
                self.every.setValue(simple["interval"])
                self.unit.setCurrentIndex(self.unit.findData(simple["freq"]))
                self.day.setCurrentIndex(self.day.findData(simple["day"]))
                if simple["ordinal"]:
                    self.ordinal.setCurrentIndex(self.ordinal.findData(simple["ordinal"]))
            self.custom.setChecked(simple is None and bool(rule))
            self.text.setText(rule)
        finally:
            self._quiet = False
        self._update_enabled()
        if simple is not None and rule:
            self._form_changed()

    def editor(self) -> QWidget:
        return self.text if self.custom.isChecked() else self.every

    # -- form ↔ text -------------------------------------------------------------------------
    def _form_changed(self) -> None:
        self._update_enabled()
        if self._quiet or self.custom.isChecked():
            return
        freq = self.unit.currentData()
        self.text.setText(
            rule_of(freq, self.every.value(), self.day.currentData(), self.ordinal.currentData())
        )

    def _custom_toggled(self, on: bool) -> None:
        self._update_enabled()
        if not on and not self._quiet:
            simple = parse_simple(self.text.text())
            if simple is not None:
                self.set_value(self.text.text())
            else:
                self._form_changed()

    def _update_enabled(self) -> None:
        custom = self.custom.isChecked()
        for widget in (self.every, self.unit, self.ordinal, self.day, self.on):
            widget.setEnabled(not custom)
        monthly = self.unit.currentData() == "MONTHLY"
        self.ordinal.setVisible(monthly)
        self.on.setText(self.tr("on the") if monthly else self.tr("on"))
        self.text.setReadOnly(not custom)


def next_dates(rule: str, start: dt.datetime, today: dt.date, count: int = 5) -> list[str]:
    """The next ``count`` meetings of the series from today (or its start), as people read them."""
    after = max(start - dt.timedelta(seconds=1), dt.datetime.combine(today, dt.time(0, 0)))
    locale = QLocale()
    return [  # with the weekday: "Tuesday 8 December 2026, 10:00" says the rule was understood
        f"{locale.dayName(moment.isoweekday())} {localized.date_time(moment)}"
        for moment in dates.next_occurrences(rule, start, after=after, count=count)
    ]
