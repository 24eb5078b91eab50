"""Every control a person can reach on each page has a name a screen reader can say."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

CONTROLS = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
)


def unnamed(root: QWidget) -> list[str]:
    out = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parentWidget(), (QComboBox, QAbstractSpinBox)
        ):
            continue  # the combo box's or spin box's own editor: named through its owner
        if widget.parentWidget() is not None and isinstance(
            widget.parentWidget().parentWidget(), QAbstractItemView
        ):
            continue  # an open cell editor
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name).strip() if iface is not None else ""
        if not name:
            out.append(f"{type(widget).__name__} {widget.objectName() or '?'}")
    return out


@pytest.mark.parametrize(
    "key", ["dashboard", "meetings", "decisions", "initiatives", "actions", "people", "search"]
)
def test_every_control_of_the_page_has_a_name(window, qtbot, key) -> None:  # type: ignore[no-untyped-def]
    window.resize(1280, 800)
    window.show()
    page = window.go(key)
    if hasattr(page, "view"):
        page.view.selectRow(0)
    QApplication.processEvents()
    assert unnamed(page) == [], "; ".join(unnamed(page))


def test_the_live_window_controls_have_names(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.go("meetings")
    live = page.open_live(1)
    QApplication.processEvents()
    assert unnamed(live) == [], unnamed(live)
    live.close()


@pytest.mark.parametrize(
    ("table", "row_id"),
    [
        ("meeting", None),
        ("action", 1),
        ("decision", 1),
        ("meeting_series", None),
        ("committee", None),
    ],
)
def test_record_dialog_controls_have_names(window, qtbot, table, row_id) -> None:  # type: ignore[no-untyped-def]
    from minutier.ui.forms import editor_for

    dialog = editor_for(window.ctx, table, row_id, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    assert unnamed(dialog) == [], "; ".join(unnamed(dialog))
