"""The actions model shapes each row once, when its page arrives, and keeps it compact.

Painting asks ``data`` ~1,500 times per screenful: the texts, the overdue mark and its note
must already be there (``mark`` is not asked again), and a fetched row is a small tuple, not
the query's dict of every column.
"""

from __future__ import annotations

import datetime as dt
import gc
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QTableView

from minutier.store.connection import Store, open_store
from minutier.ui.models.actions import ActionsModel
from minutier.ui.models.lazy import PAGE

R = Qt.ItemDataRole


@pytest.fixture
def store(app, register: Path):  # type: ignore[no-untyped-def]
    s = open_store(register)
    yield s
    s.close()


def _add_overdue(store: Store, n: int) -> None:
    with store.operation("many") as op:
        for k in range(1, n + 1):
            op.insert(
                "action",
                {
                    "committee_id": 2,
                    "number": 100 + k,
                    "text": f"Tâche {k}",
                    "due_on": "2024-01-01",
                },
            )


def test_rows_are_shaped_once_and_painting_asks_no_mark(store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = ActionsModel(store, lambda: dt.date(2025, 4, 15))
    assert all(isinstance(row, tuple) for row in model.rows)
    gc.collect()  # ints and strings only: the collector stops walking 200,000 rows
    assert not any(gc.is_tracked(row) for row in model.rows)
    asked: list[int] = []
    original = model.mark

    def spy(row):  # type: ignore[no-untyped-def]
        asked.append(row["id"])
        return original(row)

    model.mark = spy  # type: ignore[method-assign]
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(1000, 400)
    view.show()
    qtbot.waitExposed(view)
    view.grab()  # every visible cell asks its roles
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            for role in (R.DisplayRole, R.FontRole, R.ForegroundRole, R.ToolTipRole):
                model.index(r, c).data(role)
    assert asked == []
    model.reload()  # asked again when the rows come: at most once each (once per look)
    ids = {model.id_at(r) for r in range(model.rowCount())}
    assert asked and len(asked) <= len(ids) and set(asked) <= ids


def test_the_overdue_mark_follows_today_on_reload(store: Store) -> None:
    today = [dt.date(2025, 3, 30)]
    model = ActionsModel(store, lambda: today[0])
    first = model.index(model.find(1), ActionsModel.DUE)
    assert first.data() == "31 March 2025"
    assert not first.data(R.FontRole).bold()
    assert first.data(R.DecorationRole).isNull()
    today[0] = dt.date(2025, 4, 15)
    model.reload()
    due = model.index(model.find(1), ActionsModel.DUE)
    assert due.data(R.FontRole).bold()
    assert not due.data(R.DecorationRole).isNull()
    assert due.data(R.ToolTipRole) == "31 March 2025 — Overdue by 15 days"
    # The icon and the bold red stand on the due date only; the rest of the row reads plainly
    # (every cell bold red read as an alarm), and a screen reader still hears it on each cell.
    text = model.index(model.find(1), ActionsModel.TEXT)
    assert text.data(R.DecorationRole).isNull()
    assert not text.data(R.FontRole).bold()
    assert text.data(R.ForegroundRole).style() == Qt.BrushStyle.NoBrush
    assert due.data(R.ForegroundRole).color().name() == "#b3261e"
    assert "Overdue by 15 days" in text.data(R.AccessibleTextRole)


def test_rows_fetched_while_scrolling_are_marked_too(store: Store) -> None:
    _add_overdue(store, PAGE + 50)
    model = ActionsModel(store, lambda: dt.date(2025, 4, 15))
    assert model.rowCount() == PAGE
    model.fetchMore()
    assert model.rowCount() == model.total == PAGE + 54
    row = model.find(store.scalar("SELECT max(id) FROM action"))
    assert row >= PAGE  # came with the second page
    due = model.index(row, ActionsModel.DUE)
    assert due.data() == "1 January 2024"
    font = due.data(R.FontRole)
    assert isinstance(font, QFont) and font.bold()
    icon = due.data(R.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    assert due.data(R.ToolTipRole).endswith("Overdue by 470 days")
    # Each due date has its own delay: the demo's action due 31 March 2025 says 15 days.
    demo = model.index(model.find(1), ActionsModel.DUE)
    assert demo.data(R.ToolTipRole) == "31 March 2025 — Overdue by 15 days"
    assert model.text(row, ActionsModel.TEXT).startswith("Tâche")
    # Rows alike share their texts (one string per due date, not one per row).
    other = model.find(store.scalar("SELECT min(id) FROM action WHERE number > 100"))
    assert model.text(other, ActionsModel.DUE) is model.text(row, ActionsModel.DUE)


def test_closed_actions_are_greyed_and_unmarked_rows_answer_plainly(store: Store) -> None:
    with store.operation("close") as op:
        op.update("action", 2, {"status": "done", "closed_on": "2025-04-01"})
    model = ActionsModel(store, lambda: dt.date(2025, 4, 15))
    done = model.index(model.find(2), ActionsModel.STATUS)
    assert done.data(R.ForegroundRole).color().name() == "#6b6b6b"
    assert not done.data(R.FontRole).bold()
    open_row = model.index(model.find(3), ActionsModel.TEXT)
    assert open_row.data(R.ForegroundRole).style() == Qt.BrushStyle.NoBrush
    assert open_row.data(R.ToolTipRole) in ("", open_row.data())
