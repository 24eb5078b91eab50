"""Running a sync round from the window: network in a worker thread, register steps on the UI thread.

The register's connection belongs to the window's thread, so each step of ``engine.sync``
that reads or writes it is handed back to that thread (a blocking queued call) while the
worker waits for PostgreSQL. Closing the window makes any later step refuse (``Closing``)
instead of touching a closed register; the worker is a daemon thread and never holds the
window open.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from minutier.services.sync import engine
from minutier.store.connection import Store


class Closing(Exception):
    """The window closed while a sync was running: the round stops before its next step."""


class _Call:
    def __init__(self, fn: Callable[[], Any]) -> None:
        self.fn = fn
        self.result: Any = None
        self.error: BaseException | None = None


class SyncRunner(QObject):
    """Starts rounds one at a time; ``finished(report)`` or ``failed(error)`` on the UI thread."""

    finished = Signal(object)
    failed = Signal(object)
    _call = Signal(object)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.closing = False
        self._thread: threading.Thread | None = None
        self._call.connect(self._run_here, Qt.ConnectionType.BlockingQueuedConnection)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, url: str | None = None) -> bool:
        """Start a round unless one is running; False when one was already running."""
        if self.running or self.closing:
            return False
        self._thread = threading.Thread(target=self._work, args=(url,), daemon=True)
        self._thread.start()
        return True

    def shutdown(self) -> None:
        self.closing = True

    @Slot(object)
    def _run_here(self, call: _Call) -> None:
        if self.closing:
            call.error = Closing()
            return
        try:
            call.result = call.fn()
        except BaseException as e:
            call.error = e

    def _local(self, fn: Callable[[], Any]) -> Any:
        call = _Call(fn)
        if self.closing:
            raise Closing
        self._call.emit(call)
        if call.error is not None:
            raise call.error
        return call.result

    def _work(self, url: str | None) -> None:
        try:
            report = engine.sync(self.store, url, local=self._local)
        except BaseException as e:
            if not self.closing:
                self.failed.emit(e)
            return
        if not self.closing:
            self.finished.emit(report)
