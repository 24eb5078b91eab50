"""The conflicts dialog: base, register and incoming values with who and when; keep one side."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minutier.core import fields
from minutier.services.merge import list_conflicts, resolve
from minutier.services.merge.apply import FROZEN_REASON
from minutier.ui.forms.labels import field_label
from minutier.ui.steps import UndoStep

if TYPE_CHECKING:
    from minutier.ui.context import AppContext


def _value(value: Any, present: bool, absent: str) -> str:
    if not present:
        return absent
    if value is None:
        return "—"
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _field(table: str, name: str | None, whole: str) -> str:
    if not name:
        return whole
    try:
        return field_label(fields.spec(table, name))
    except KeyError:  # a column the forms do not edit (closing date, position…)
        return field_label(name.removesuffix("_id").replace("_", " "))


def _when(who: str, at: str | None) -> str:
    if not who:
        return ""
    return f"\n{who} {(at or '')[:16].replace('T', ' ')}".rstrip()


class ConflictsDialog(QDialog):
    """Every conflict waiting for a decision; each resolution is one undoable step."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("conflicts_dialog")
        self.setWindowTitle(self.tr("Merge conflicts"))
        self.rows: list[dict[str, Any]] = []
        column = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        column.addWidget(self.summary)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("conflicts")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Base"),
                self.tr("Register"),
                self.tr("Incoming"),
                self.tr("Why"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        column.addWidget(self.table, 1)
        line = QHBoxLayout()
        self.keep_register = QPushButton(self.tr("Keep the register's value"), self)
        self.keep_register.setObjectName("keep_register")
        self.keep_register.clicked.connect(lambda: self.settle("register"))
        self.take_incoming = QPushButton(self.tr("Take the incoming value"), self)
        self.take_incoming.setObjectName("take_incoming")
        self.take_incoming.clicked.connect(lambda: self.settle("incoming"))
        line.addWidget(self.keep_register)
        line.addWidget(self.take_incoming)
        line.addStretch(1)
        column.addLayout(line)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.resize(1000, 420)
        self.table.itemSelectionChanged.connect(self._buttons)
        self.refresh()

    def refresh(self) -> None:
        self.rows = list_conflicts(self.ctx.store)
        self.summary.setText(
            self.tr("No conflict is waiting.")
            if not self.rows
            else self.tr(
                "Conflicts waiting for a decision: %1. Both sides changed these values since "
                "the common base; the register keeps its value until you choose."
            ).replace("%1", str(len(self.rows)))
        )
        self.table.setRowCount(len(self.rows))
        unknown = self.tr("(unknown)")
        gone = self.tr("(no record)")
        reasons = {
            "both sides changed it": self.tr("both sides changed it"),
            FROZEN_REASON: self.tr("the minutes of this meeting are approved"),
            "the register deleted this record": self.tr("the register deleted this record"),
        }
        for i, c in enumerate(self.rows):
            cells = [
                c.get("record", c["row_uuid"]),
                _field(c["table_name"], c["field"], self.tr("(whole record)")),
                _value(c["base"], c["has_base"], unknown),
                _value(c["register"], c["has_register"], gone)
                + _when(c["register_who"], c["register_at"]),
                _value(c["incoming"], c["has_incoming"], gone)
                + _when(c["incoming_who"], c["incoming_at"]),
                f"{reasons.get(c['reason'], c['reason'])} — {c['source']}",
            ]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        if self.rows:
            self.table.selectRow(0)
        self._buttons()

    def _buttons(self) -> None:
        has = bool(self.table.selectionModel().selectedRows()) and not self.ctx.readonly
        self.keep_register.setEnabled(has)
        self.take_incoming.setEnabled(has)

    def settle(self, keep: str) -> None:
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return
        c = self.rows[selected[0].row()]
        text = UndoStep.tr("Resolve conflict %1").arg(str(c["id"]))
        self.ctx.run(text, resolve, c["id"], keep, parent=self)
        self.refresh()
