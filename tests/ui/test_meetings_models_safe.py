"""The Meetings page's models never hand ``None`` to Qt, and their views still draw as before.

PySide6 6.12 on Python 3.11 loses a reference to ``None`` each time C++ receives it from
``data()``/``headerData()`` (STACK-NOTES): the meetings list, agenda, attendance, what was
recorded and live mode's entries answer every role with a value, and their tables use the safe
delegate and headers (attendance keeps its real check boxes).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from minutier.ui.meetings.attendance import AttendanceModel
from minutier.ui.views import SafeDelegate, SafeHeader

R = Qt.ItemDataRole
ROLES = [*range(0, 40), *range(256, 262)]


def _models(window):  # type: ignore[no-untyped-def]
    page = window.go("meetings")
    page.select(1)
    live = page.open_live(1)
    live.entry.setText("Note prise en séance")
    live.submit()
    detail = page.detail
    detail.load(1)
    return (
        page,
        live,
        {
            "meetings": (page.model, page.view),
            "agenda": (detail.agenda.model, detail.agenda.view),
            "attendance": (detail.attendance.model, detail.attendance.view),
            "recorded": (detail.recorded.model, detail.recorded.view),
            "live": (live.model, live.entries_view),
        },
    )


def test_every_meetings_model_answers_every_role_with_a_value(window) -> None:  # type: ignore[no-untyped-def]
    _, live, models = _models(window)
    for name, (model, view) in models.items():
        assert model.rowCount() > 0, name
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                for role in ROLES:
                    value = model.data(model.index(row, column), role)
                    assert value is not None, (name, row, column, role)
        for section in range(model.columnCount()):
            for role in ROLES:
                for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
                    value = model.headerData(section, orientation, role)
                    assert value is not None, (name, section, role)
        assert model.data(QModelIndex(), R.DisplayRole) is not None, name
        assert model.data(model.index(10**6, 0), R.DisplayRole) is not None, name
        assert isinstance(view.horizontalHeader(), SafeHeader), name
        assert isinstance(view.verticalHeader(), SafeHeader), name
        for column in range(model.columnCount()):
            assert isinstance(view.itemDelegateForIndex(model.index(0, column)), SafeDelegate), (
                name,
                column,
            )
    live.close()


def test_asking_the_meetings_models_10000_times_keeps_none_alive(window) -> None:  # type: ignore[no-untyped-def]
    _, live, models = _models(window)
    for name, (model, _) in models.items():
        index = model.index(0, 0)
        before = sys.getrefcount(None)
        for _ in range(10_000):
            index.data(R.WhatsThisRole)
            index.data(R.SizeHintRole)
            model.headerData(0, Qt.Orientation.Horizontal, R.StatusTipRole)
        assert sys.getrefcount(None) >= before - 50, name
    live.close()


def test_attendance_keeps_its_check_boxes_and_other_cells_have_none(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, live, models = _models(window)
    live.close()
    model, view = models["attendance"]
    view.show()
    qtbot.waitExposed(view)
    delegate = view.itemDelegate()

    def has_box(column: int) -> bool:
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, model.index(0, column))
        return bool(option.features & QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator)

    assert has_box(AttendanceModel.FIRST_STATUS)
    assert not has_box(AttendanceModel.PERSON)
    assert not has_box(AttendanceModel.CAPACITY)


def test_ticking_attendance_with_the_mouse_still_records_it(window, qtbot, answers) -> None:  # type: ignore[no-untyped-def]
    page = window.go("meetings")
    page.select(1)
    editor = page.detail.attendance
    editor.view.show()
    model = editor.model
    column = AttendanceModel.FIRST_STATUS + 1  # the second status (absent)
    wanted = model.status_of(column)
    index = model.index(0, column)
    rect = editor.view.visualRect(index)
    option = QStyleOptionViewItem()
    editor.view.itemDelegate().initStyleOption(option, index)
    option.rect = rect
    box = editor.view.style().subElementRect(
        editor.view.style().SubElement.SE_ItemViewItemCheckIndicator, option, editor.view
    )
    person = model.rows[0]["person_id"]
    qtbot.mouseClick(
        editor.view.viewport(), Qt.MouseButton.LeftButton, pos=box.center() or QPoint(1, 1)
    )
    status = window.ctx.store.scalar(
        "SELECT status FROM attendance WHERE meeting_id = 1 AND person_id = ?", (person,)
    )
    assert status == wanted
