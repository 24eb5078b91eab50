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

from minutier.services.merge import list_conflicts, resolve

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
                "%1 conflicts wait for a decision: both sides changed these values since the "
                "common base. The register keeps its value until you choose."
            ).replace("%1", str(len(self.rows)))
        )
        self.table.setRowCount(len(self.rows))
        unknown = self.tr("(unknown)")
        gone = self.tr("(no record)")
        for i, c in enumerate(self.rows):
            who_reg = (
                f"\n{c['register_who']} {c['register_at'] or ''}".rstrip()
                if c["register_who"]
                else ""
            )
            who_in = (
                f"\n{c['incoming_who']} {c['incoming_at'] or ''}".rstrip()
                if c["incoming_who"]
                else ""
            )
            cells = [
                c.get("record", c["row_uuid"]),
                c["field"] or self.tr("(whole record)"),
                _value(c["base"], c["has_base"], unknown),
                _value(c["register"], c["has_register"], gone) + who_reg,
                _value(c["incoming"], c["has_incoming"], gone) + who_in,
                f"{c['reason']} — {c['source']}",
            ]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(i, j, item)
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
        text = self.tr("Resolve conflict %1").replace("%1", str(c["id"]))
        self.ctx.run(text, resolve, c["id"], keep, parent=self)
        self.refresh()
