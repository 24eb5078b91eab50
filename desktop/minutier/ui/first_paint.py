"""Work that waits until a window has been painted once: seeing the window comes first.

Listening for a second Minutier and filling the menus are not needed to show the register;
done before the first paint they delayed it (``python -m minutier.bench``, cold start). They
run on the first turn of the event loop after the window's first paint, or after
``FALLBACK_MS`` if the window is never painted (hidden, or started minimised).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 500


class _Watch(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self.pending: list[Callable[[], None]] = []
        self.done = False
        widget.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self.run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.widget.removeEventFilter(self)
            QTimer.singleShot(0, self, self.run)  # once this paint (and its children's) is done
        return False

    def run(self) -> None:
        if self.done:
            return
        self.done = True
        self.widget.removeEventFilter(self)
        while self.pending:
            self.pending.pop(0)()


def after_first_paint(widget: QWidget, work: Callable[[], None]) -> None:
    """Run ``work`` once ``widget`` has been painted (at once if that already happened).

    Work is run in the order given. Nothing runs if the widget is deleted first: the watch
    belongs to it.
    """
    watch: _Watch | None = widget.__dict__.get("_first_paint")
    if watch is None:
        watch = _Watch(widget)
        widget.__dict__["_first_paint"] = watch
    if watch.done:
        work()
    else:
        watch.pending.append(work)
