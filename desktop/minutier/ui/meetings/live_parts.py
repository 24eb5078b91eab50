"""Pieces of live mode: entry box, undo/redo actions, correcting delegate, Enter-to-shown timing."""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QWidget

from minutier.ui.views import SafeDelegate

if TYPE_CHECKING:
    from minutier.ui.meetings.live import LiveMeetingWindow


class EntryBox(QLineEdit):
    """The single-line entry; lets Ctrl+Z reach the window's undo when there is nothing to undo."""

    def event(self, e: QEvent) -> bool:
        if (
            e.type() == QEvent.Type.ShortcutOverride
            and isinstance(e, QKeyEvent)
            and (
                e.matches(QKeySequence.StandardKey.Undo) or e.matches(QKeySequence.StandardKey.Redo)
            )
            and not self.text()
        ):
            e.ignore()
            return False
        return super().event(e)


class KeysToEntry(QObject):
    """Sends what is typed in the window's lists to the entry box, so no keystroke is lost.

    A list that has the focus (after a correction, a click on an entry or the attendance)
    would swallow letters as keyboard search and Enter as nothing; here a printable key or
    Enter moves the focus to the entry box and is delivered there. Space stays with the
    attendance list (it ticks), and an open cell editor keeps its keys.
    """

    def __init__(self, entry: QLineEdit, keep_space: tuple[QWidget, ...] = ()) -> None:
        super().__init__(entry)
        self.entry = entry
        self.keep_space = keep_space

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if isinstance(watched, QAbstractItemView) and (
            watched.state() == QAbstractItemView.State.EditingState
        ):
            return False
        mods = event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        if mods != Qt.KeyboardModifier.NoModifier:
            return False
        text = event.text()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if not enter and not (text and text.isprintable()):
            return False
        if text == " " and watched in self.keep_space:
            return False
        self.entry.setFocus(Qt.FocusReason.OtherFocusReason)
        forwarded = QKeyEvent(
            QEvent.Type.KeyPress, event.key(), event.modifiers(), text, event.isAutoRepeat()
        )
        QApplication.sendEvent(self.entry, forwarded)
        return True


class StackAction(QAction):
    """Undo or Redo: a short label; the step it would undo or redo in the tooltip."""

    def show_step(self, step: str) -> None:
        self.setToolTip(f"{self.text()}: {step}" if step else self.text())


class LineDelegate(SafeDelegate):
    """Edits an entry as its quick-entry line; committing asks the window to correct it."""

    def __init__(self, window: LiveMeetingWindow) -> None:
        super().__init__(window.entries_view)
        self.window = window

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        assert isinstance(editor, QLineEdit)
        self.window.correct(index.row(), editor.text())


def measure_enter(window: LiveMeetingWindow, lines: Iterable[str]) -> list[float]:
    """Seconds from Enter to the entry shown, for each line (what the benchmark calls).

    Each line is typed into the entry box, then timed from the Return key press to the new row
    being in the list and the list repainted.
    """
    from PySide6.QtTest import QTest

    out = []
    for line in lines:
        window.entry.setText(line)
        before = window.model.rowCount()
        start = time.perf_counter()
        QTest.keyClick(window.entry, Qt.Key.Key_Return)
        window.entries_view.viewport().repaint()
        elapsed = time.perf_counter() - start
        if window.model.rowCount() != before + 1:
            raise RuntimeError(f"the line was not recorded: {window.error.text()}")
        out.append(elapsed)
    QApplication.processEvents()
    return out
