"""The main paths work from the keyboard alone: to a meeting, live mode, a line recorded,
back; to the actions, a row's menu; the search box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

CTRL = Qt.KeyboardModifier.ControlModifier


def focused():  # type: ignore[no-untyped-def]
    return QApplication.focusWidget()


def test_meeting_to_live_mode_and_a_recorded_line_without_the_mouse(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_2, CTRL)  # Meetings
    assert window.current_key() == "meetings"
    page = window.pages["meetings"]
    page.view.setFocus()
    QTest.keyClick(page.view, Qt.Key.Key_F9)  # live mode for the selected meeting
    live = page.live_windows.get(page.selected_id())
    assert live is not None
    qtbot.waitUntil(lambda: live.entry.hasFocus() or focused() is live.entry, timeout=2000)
    QTest.keyClicks(live.entry, "note from the keyboard")
    QTest.keyClick(live.entry, Qt.Key.Key_Return)
    store = window.ctx.store
    assert store.scalar("SELECT count(*) FROM note WHERE text = 'note from the keyboard'") == 1
    QTest.keyClick(live.entry, Qt.Key.Key_W, CTRL)  # closes live mode
    qtbot.waitUntil(lambda: not page.live_windows.get(1) or not live.isVisible(), timeout=2000)


def test_actions_row_menu_from_the_keyboard(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window.show()
    qtbot.waitExposed(window)
    QTest.keyClick(window, Qt.Key.Key_5, CTRL)  # Actions
    page = window.pages["actions"]
    page.view.setFocus()
    QTest.keyClick(page.view, Qt.Key.Key_Down)
    shown = []

    def record(menu, *args, **kwargs):  # type: ignore[no-untyped-def]
        shown.append([a.text() for a in menu.actions()])

    from minutier.ui import context_menus

    monkeypatch.setattr(context_menus, "popup", record)
    # The Menu key (or Shift+F10) reaches a widget as a keyboard context-menu event; the
    # offscreen platform does not make one from a key press, so send what it would.
    from PySide6.QtGui import QContextMenuEvent

    where = page.view.visualRect(page.view.currentIndex()).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, where, page.view.viewport().mapToGlobal(where)
    )
    QApplication.sendEvent(page.view.viewport(), event)
    assert shown and shown[0][0] == "&Edit…"
