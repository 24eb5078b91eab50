"""Models never hand ``None`` to Qt (PySide6 6.12 on Python 3.11 loses a reference each time).

Three guards: C++ asking 10,000 times for a role nobody answers leaves ``None``'s count alone;
every model of the window answers every role with something other than ``None``; and the
safe answers draw exactly what "no value" draws (pixel for pixel).
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from minutier.ui.models.rows import Column, RowsModel
from minutier.ui.models.safe import empty_cell, empty_header
from minutier.ui.views import SafeDelegate, SafeHeader

R = Qt.ItemDataRole
UNANSWERED = (R.WhatsThisRole, R.CheckStateRole, R.SizeHintRole, R.StatusTipRole, R.UserRole + 40)


def _model() -> RowsModel:
    model = RowsModel([Column("name", lambda: "Name"), Column("n", lambda: "N", numeric=True)])
    model.set_rows(
        [{"id": 1, "name": "Choi Sang Mok", "n": 3}, {"id": 2, "name": "최상목", "n": 0}]
    )
    return model


@pytest.mark.parametrize("role", UNANSWERED)
def test_asking_10000_times_for_an_unanswered_role_keeps_none_alive(qapp, role: int) -> None:
    model = _model()
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(10_000):
        index.data(role)
        model.headerData(0, Qt.Orientation.Horizontal, role)
    assert sys.getrefcount(None) >= before - 50  # other threads may drop a few; 10,000 would show


def test_every_model_of_the_window_answers_every_role_with_a_value(window) -> None:  # type: ignore[no-untyped-def]
    people = window.pages["people"]
    models = {
        "actions": window.pages["actions"].model,
        "decisions": window.pages["decisions"].model,
        "initiatives": window.pages["initiatives"].model,
        "people": people.people.model,
        "organisations": people.organisations.model,
        "committees": people.committees.model,
    }
    window.pages["actions"].filters.overdue.setChecked(True)  # an overdue row: the marked path
    for name, model in models.items():
        assert model.rowCount() > 0, name
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                for role in [*range(0, 40), *range(256, 262)]:
                    assert model.data(model.index(row, column), role) is not None, (name, role)
        for column in range(model.columnCount()):
            for role in [*range(0, 40), *range(256, 262)]:
                for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
                    assert model.headerData(column, orientation, role) is not None, (name, role)
        assert model.data(QModelIndex(), R.DisplayRole) is not None


class _Plain(QAbstractTableModel):
    """The reference: answers only DisplayRole, ``None`` otherwise (safe on PySide6 6.11)."""

    def __init__(self, safe: bool) -> None:
        super().__init__()
        self.safe = safe

    def rowCount(self, parent=QModelIndex()):  # type: ignore[no-untyped-def]  # noqa: B008
        return 0 if parent.isValid() else 4

    def columnCount(self, parent=QModelIndex()):  # type: ignore[no-untyped-def]  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index, role=R.DisplayRole):  # type: ignore[no-untyped-def]
        if role == R.DisplayRole:
            return f"cell {index.row()} {index.column()} — échéance 위원회"
        return empty_cell(role) if self.safe else None

    def headerData(self, section, orientation, role=R.DisplayRole):  # type: ignore[no-untyped-def]
        if role == R.DisplayRole:
            return f"Header {section}"
        if not self.safe:
            return None
        return empty_header(
            role,
            orientation,
            f"Header {section}" if orientation == Qt.Orientation.Horizontal else str(section + 1),
        )


def _grab(qtbot, safe: bool):  # type: ignore[no-untyped-def]
    view = QTableView()
    qtbot.addWidget(view)
    if safe:
        view.setHorizontalHeader(SafeHeader(Qt.Orientation.Horizontal, view))
        view.setVerticalHeader(SafeHeader(Qt.Orientation.Vertical, view))
        view.setItemDelegate(SafeDelegate(view))
    view.setModel(_Plain(safe))
    view.horizontalHeader().setHighlightSections(False)
    view.verticalHeader().setHighlightSections(False)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.resize(520, 220)
    view.show()
    view.resizeColumnsToContents()
    view.resizeRowsToContents()
    view.selectRow(1)
    qtbot.waitExposed(view)
    return view.grab().toImage()


def test_safe_answers_draw_exactly_like_no_answer(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert _grab(qtbot, safe=True) == _grab(qtbot, safe=False)
