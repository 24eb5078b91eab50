"""Work that waits for a window's first paint runs after it, once, in order — or without one."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from minutier.ui import first_paint


def test_work_runs_after_the_first_paint_not_before(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel("x")
    qtbot.addWidget(label)
    ran: list[str] = []
    first_paint.after_first_paint(label, lambda: ran.append("a"))
    first_paint.after_first_paint(label, lambda: ran.append("b"))
    assert ran == []
    painted: list[bool] = []
    label.paintEvent = lambda event: painted.append(True) or QLabel.paintEvent(label, event)  # type: ignore[method-assign]
    label.show()
    qtbot.waitUntil(lambda: ran == ["a", "b"], timeout=2000)
    assert painted  # the paint came first
    qtbot.wait(first_paint.FALLBACK_MS + 100)
    assert ran == ["a", "b"]  # once: the fallback does not run it again
    first_paint.after_first_paint(label, lambda: ran.append("c"))
    assert ran == ["a", "b", "c"]  # painted already: at once


def test_a_window_never_painted_still_gets_its_work_done(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel("never shown")
    qtbot.addWidget(label)
    ran: list[int] = []
    first_paint.after_first_paint(label, lambda: ran.append(1))
    qtbot.waitUntil(lambda: ran == [1], timeout=first_paint.FALLBACK_MS + 1500)
