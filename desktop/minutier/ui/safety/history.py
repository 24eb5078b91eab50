"""“History of this record”: every recorded change to one record, oldest first, as a table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minutier.services import history
from minutier.store.connection import Store
from minutier.ui import steps

CONTEXT = "RecordHistoryDialog"
HIDDEN = {"id", "uuid", "created_at", "updated_at"}
SHOWN_CHARS = 160


def local_time(stamp: str) -> str:
    """'2025-02-16T01:00:00.000Z' → '2025-02-16 10:00' in the computer's time zone."""
    try:
        when = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def describe(
    values: dict[str, Any] | None, fields: list[str], size_text: Callable[[int], str] = str
) -> str:
    """'title = Budget; status = held' for the fields that matter (empty ones skipped).

    ``size_text(n)`` says what an n-byte document is (a stored PDF is not shown as bytes).
    """
    if not values:
        return ""
    names = [f for f in (fields or values) if f in values and f not in HIDDEN]
    parts = []
    for name in names:
        value = values[name]
        if value in (None, ""):
            continue
        if isinstance(value, dict) and "$bytes" in value:
            value = size_text(int(value["$bytes"]))
        parts.append(f"{name} = {value}")
    return "; ".join(parts)


def kind_text(kind: str) -> str:
    return {
        "insert": QCoreApplication.translate("RecordHistoryDialog", "created"),
        "update": QCoreApplication.translate("RecordHistoryDialog", "changed"),
        "delete": QCoreApplication.translate("RecordHistoryDialog", "deleted"),
    }.get(kind, kind)


class RecordHistoryDialog(QDialog):
    """The audit trail of one record (table + UUID), read from the append-only history."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("RecordHistoryDialog", "When"),
        QT_TRANSLATE_NOOP("RecordHistoryDialog", "Who"),
        QT_TRANSLATE_NOOP("RecordHistoryDialog", "Action"),
        QT_TRANSLATE_NOOP("RecordHistoryDialog", "Change"),
        QT_TRANSLATE_NOOP("RecordHistoryDialog", "Before"),
        QT_TRANSLATE_NOOP("RecordHistoryDialog", "After"),
    )

    def __init__(self, store: Store, table: str, uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("record_history")
        self.setWindowTitle(self.tr("History of this record"))
        self.entries = history.of_record(store, table, uuid)
        intro = QLabel(
            self.tr(
                "%n recorded change(s), oldest first. The history cannot be edited.",
                None,
                len(self.entries),
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.entries), len(self.COLUMNS), self)
        self.table.setObjectName("history_table")
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate(CONTEXT, c) for c in self.COLUMNS]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        for row, e in enumerate(self.entries):
            cells = (
                local_time(e["at"]),
                e["who"],
                steps.shown(e["label"]),
                kind_text(e["kind"]),
                describe(e["before"], e["fields"] if e["kind"] == "update" else [], self.size_text),
                describe(e["after"], e["fields"] if e["kind"] == "update" else [], self.size_text),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(
                    text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + "…"
                )
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 420)

    def size_text(self, size: int) -> str:
        return self.tr("a document of %n byte(s)", "", size)

    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""
