"""The filter bar of the Actions page: what a person narrows the list by, as one ``ActionFilter``.

Text is searched after a short pause; every other control applies at once. Due dates accept
what the dates module reads ("2025-03-31", "fin mars", "다음 주 금요일"); text it cannot read
is marked on the field and ignored rather than refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minutier.core import dates
from minutier.core.enums import ActionStatus
from minutier.core.errors import ValidationError
from minutier.store import queries
from minutier.store.connection import Store
from minutier.ui.forms.labels import choice_label
from minutier.ui.forms.refs import owner_rows, ref_rows

OPEN = "__open__"
TO_RESOLVE = "__to_resolve__"  # owner typed in live mode, not yet in the register


def _combo(parent: QWidget, name: str, searchable: bool = False) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    if searchable:
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return combo


class ActionFilterBar(QWidget):
    """Filter controls; ``changed`` whenever the filter they describe changes."""

    changed = Signal()

    def __init__(self, store: Store, today: Callable[[], dt.date], parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.today = today
        self.text = QLineEdit(self)
        self.text.setObjectName("filter_text")
        self.text.setAccessibleName(self.tr("Filter by words"))
        self.text.setClearButtonEnabled(True)
        self.text.setPlaceholderText(self.tr("Filter by words in the action…"))
        self.owner = _combo(self, "filter_owner", searchable=True)
        self.status = _combo(self, "filter_status")
        self.committee = _combo(self, "filter_committee")
        self.initiative = _combo(self, "filter_initiative", searchable=True)
        self.due_from = QLineEdit(self)
        self.due_from.setObjectName("filter_due_from")
        self.due_from.setAccessibleName(self.tr("Due from"))
        self.due_to = QLineEdit(self)
        self.due_to.setObjectName("filter_due_to")
        self.due_to.setAccessibleName(self.tr("Due until"))
        for edit, hint in (
            (self.due_from, self.tr("from, e.g. 2025-03-01")),
            (self.due_to, self.tr("to, e.g. end of June")),
        ):
            edit.setPlaceholderText(hint)
            edit.setClearButtonEnabled(True)
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(hint) + 36)
        self.overdue = QCheckBox(self.tr("Overdue only"), self)
        self.overdue.setObjectName("filter_overdue")
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.setObjectName("filter_clear")
        self.clear_button.clicked.connect(self.clear)

        rows = QVBoxLayout(self)
        rows.setContentsMargins(6, 6, 6, 2)
        rows.setSpacing(4)
        first = QHBoxLayout()
        first.addWidget(self.text, 1)
        first.addWidget(self.overdue)
        first.addWidget(self.clear_button)
        second = QHBoxLayout()
        for text, combo in (
            (self.tr("Owner:"), self.owner),
            (self.tr("Status:"), self.status),
            (self.tr("Committee:"), self.committee),
        ):
            second.addWidget(self._labelled(text, combo), 1)
        third = QHBoxLayout()
        third.addWidget(self._labelled(self.tr("Initiative:"), self.initiative), 2)
        due_label = QLabel(self.tr("Due:"), self)
        due_label.setBuddy(self.due_from)
        third.addSpacing(8)
        third.addWidget(due_label)
        third.addWidget(self.due_from, 1)
        third.addWidget(QLabel("–", self))
        third.addWidget(self.due_to, 1)
        for line in (first, second, third):
            rows.addLayout(line)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self.changed)
        self.text.textChanged.connect(self.timer.start)
        for edit in (self.due_from, self.due_to):
            edit.textChanged.connect(self.timer.start)
        for combo in (self.owner, self.status, self.committee, self.initiative):
            combo.currentIndexChanged.connect(self.changed)
        self.overdue.toggled.connect(self.changed)
        self.load_choices()

    def _labelled(self, text: str, widget: QWidget) -> QWidget:
        box = QWidget(self)
        line = QHBoxLayout(box)
        line.setContentsMargins(0, 0, 0, 0)
        label = QLabel(text, box)
        label.setBuddy(widget)
        line.addWidget(label)
        line.addWidget(widget, 1)
        return box

    # -- choices --------------------------------------------------------------------------
    def load_choices(self) -> None:
        """(Re)fill the combos from the register, keeping what was chosen."""
        owners = [(TO_RESOLVE, self.tr("To resolve (kept in live mode)"))]
        owners += [(f"{kind}:{row_id}", label) for (kind, row_id), label in owner_rows(self.store)]
        self._fill(self.owner, self.tr("All owners"), owners)
        statuses: list[tuple[Any, str]] = [
            (OPEN, self.tr("Still open (open, in progress, blocked)"))
        ]
        statuses += [(s.value, choice_label(s)) for s in ActionStatus]
        self._fill(self.status, self.tr("All statuses"), statuses)
        self._fill(self.committee, self.tr("All committees"), ref_rows(self.store, "committee"))
        self._fill(self.initiative, self.tr("All initiatives"), ref_rows(self.store, "initiative"))

    @staticmethod
    def _fill(combo: QComboBox, everything: str, rows: list[tuple[Any, str]]) -> None:
        current = combo.currentData()
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem(everything, None)
            for key, label in rows:
                combo.addItem(label, key)
            found = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(0, found))

    # -- the filter -----------------------------------------------------------------------
    def _date(self, edit: QLineEdit) -> str | None:
        text = edit.text().strip()
        edit.setToolTip("")
        edit.setStyleSheet("")
        if not text:
            return None
        try:
            day = dates.parse_due_date(text, today=self.today())
        except ValidationError as e:
            from minutier.ui.errors import user_message

            edit.setStyleSheet("border: 1px solid #b3261e;")
            edit.setToolTip(user_message(e))
            return None
        edit.setToolTip(day.isoformat())
        return day.isoformat()

    def current(self) -> queries.ActionFilter:
        flt = queries.ActionFilter(today=self.today(), text=self.text.text())
        owner = self.owner.currentData()
        if owner == TO_RESOLVE:
            flt.owner_to_resolve = True
        elif owner:
            kind, _, row_id = str(owner).partition(":")
            if kind == "person":
                flt.owner_person_id = int(row_id)
            else:
                flt.owner_organisation_id = int(row_id)
        status = self.status.currentData()
        if status == OPEN:
            flt.open_only = True
        elif status:
            flt.statuses = (str(status),)
        if self.committee.currentData() is not None:
            flt.committee_id = int(self.committee.currentData())
        if self.initiative.currentData() is not None:
            flt.initiative_id = int(self.initiative.currentData())
        flt.due_after = self._date(self.due_from)
        flt.due_before = self._date(self.due_to)
        flt.overdue = self.overdue.isChecked()
        return flt

    def set_owner(self, kind: str | None, row_id: int | None) -> None:
        """Choose an owner (None: every owner)."""
        index = self.owner.findData(f"{kind}:{row_id}") if kind else 0
        self.owner.setCurrentIndex(max(0, index))

    def set_status(self, value: str | None) -> None:
        self.status.setCurrentIndex(max(0, self.status.findData(value)) if value else 0)

    def clear(self) -> None:
        with QSignalBlocker(self):
            for combo in (self.owner, self.status, self.committee, self.initiative):
                combo.setCurrentIndex(0)
            for edit in (self.text, self.due_from, self.due_to):
                edit.clear()
            self.overdue.setChecked(False)
        self.timer.stop()
        self.changed.emit()
