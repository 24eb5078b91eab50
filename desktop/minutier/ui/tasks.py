"""Long work off the UI thread: a worker thread, a cancellable progress dialog, one result.

A job opens its store in the worker (``Job.open``); for the window's own register that store
borrows the window's connection (SQLite's exclusive lock admits no second one). Cancelling interrupts that connection's running statement
(``sqlite3.Connection.interrupt``, which is safe from another thread) and makes the
connection's progress handler stop any statement started later: a write is rolled back
whole, a read stops, and the job's ``cleanup`` removes a half-written output file. Work that
has no connection to interrupt (the integrity check opens its own) is abandoned instead: its
result is ignored when it arrives.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from minutier.core.errors import MinutierError
from minutier.store.connection import Store, open_store


class Cancelled(Exception):
    """The user cancelled the job."""


class Job:
    """What a worker runs: ``fn(job)``, which may call ``job.open`` and ``job.check``."""

    def __init__(self, fn: Callable[[Job], Any], *, cleanup: Callable[[], None] | None = None):
        self.fn = fn
        self.cleanup = cleanup
        self._cancel = threading.Event()
        self._stores: list[Store] = []
        self._lock = threading.Lock()
        self.on_progress: Callable[[int, int], None] | None = None  # set by the worker

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def open(self, path: str | Path, **kwargs: Any) -> Store:
        """A store for this job; closed when the job ends.

        When the window holds the file (always, for its own register) the store borrows the
        window's connection: SQLite's exclusive lock lets no second one in.
        """
        store = open_store(path, **kwargs)
        # Checked every few thousand SQLite steps: a cancel that comes between two statements
        # (when interrupt() has nothing to stop) still stops the next one. Only statements run
        # by this job's thread are stopped, so a borrowed connection keeps serving the window.
        _watch(store.conn, threading.get_ident(), self)
        with self._lock:
            self._stores.append(store)
        return store

    def check(self) -> None:
        """Stop here if the user cancelled (call between steps)."""
        if self.cancelled:
            raise Cancelled

    def progress(self, done: int, total: int) -> None:
        """``done`` of ``total`` steps are finished (the progress bar shows it)."""
        if self.on_progress is not None:
            self.on_progress(done, total)

    def cancel(self) -> None:
        self._cancel.set()
        with self._lock:
            for store in self._stores:
                if not store.borrowed:  # interrupting a borrowed one would stop the window too
                    store.conn.interrupt()

    def run(self) -> Any:
        try:
            return self.fn(self)
        finally:
            with self._lock:
                stores, self._stores = self._stores, []
            for store in stores:
                _unwatch(store.conn, threading.get_ident())
                store.close()


# Per connection, the job each thread runs on it: one progress handler serves them all.
_watched: dict[int, dict[int, Job]] = {}
_watch_lock = threading.Lock()


def _watch(conn: sqlite3.Connection, thread: int, job: Job) -> None:
    with _watch_lock:
        table = _watched.get(id(conn))
        if table is None:
            table = _watched[id(conn)] = {}

            def handler() -> int:
                current = table.get(threading.get_ident())
                return 1 if current is not None and current.cancelled else 0

            conn.set_progress_handler(handler, 5000)
        table[thread] = job


def _unwatch(conn: sqlite3.Connection, thread: int) -> None:
    with _watch_lock:
        table = _watched.get(id(conn))
        if table is None:
            return
        table.pop(thread, None)
        if not table:
            del _watched[id(conn)]
            try:
                conn.set_progress_handler(None, 0)
            except sqlite3.ProgrammingError:  # already closed
                pass


class _Worker(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        job.on_progress = self.progressed.emit

    @Slot()
    def run(self) -> None:
        try:
            result = self.job.run()
        except BaseException as e:  # handed to the UI thread, which decides what to say
            self.failed.emit(e)
        else:
            self.finished.emit(result)


class BackgroundTask(QObject):
    """One job in its own thread, with a progress dialog that can cancel it.

    A ``quiet`` task (work nobody asked for, such as the daily backup) shows no dialog and no
    message box: its owner says what happened from ``done`` and ``failed``.
    """

    done = Signal(object)
    cancelled = Signal()
    failed = Signal(object)

    def __init__(
        self, parent: QWidget | None, title: str, label: str, job: Job, *, quiet: bool = False
    ) -> None:
        super().__init__(parent)
        self.quiet = quiet
        self.job = job
        self.parent_widget = parent
        self.title = title
        self.thread = QThread(self)
        self.worker = _Worker(job)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self.worker.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.worker.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self.running = False
        self.dialog: QProgressDialog | None = None
        if quiet:
            return
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setObjectName("progress_dialog")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)

    def start(self) -> BackgroundTask:
        self.running = True
        self.thread.start()
        return self

    def cancel(self) -> None:
        if self.running:
            self.job.cancel()
            if self.dialog is not None:
                self.dialog.setLabelText(self.tr("Cancelling…"))

    def shutdown(self, wait_ms: int = 10000) -> None:
        """Cancel and wait for the worker (the window is closing); never leaves it orphaned."""
        if not self.thread.isRunning():
            return
        self.job.cancel()
        self.thread.quit()
        if not self.thread.wait(wait_ms):  # work that cannot be interrupted: let it finish alone
            _orphans.append(self)
            self.setParent(None)

    def _progressed(self, done: int, total: int) -> None:
        if self.dialog is not None and self.running and not self.job.cancelled:
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(min(done, total))

    def _stop(self) -> None:
        self.running = False
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
        self.thread.quit()
        self.thread.wait()

    def _finished(self, result: object) -> None:
        self._stop()
        if self.job.cancelled:
            self._cleanup()
            self.cancelled.emit()
        else:
            self.done.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._stop()
        interrupted = isinstance(error, Cancelled) or (
            isinstance(error, sqlite3.OperationalError) and "interrupt" in str(error)
        )
        if self.job.cancelled or interrupted:
            self._cleanup()
            self.cancelled.emit()
            return
        self._cleanup()
        self.failed.emit(error)
        if self.quiet:
            return
        if isinstance(error, MinutierError):
            from minutier.ui.errors import user_message

            QMessageBox.warning(self.parent_widget, self.title, user_message(error))
        elif isinstance(error, OSError):
            where = f" ({error.filename})" if error.filename else ""
            QMessageBox.warning(self.parent_widget, self.title, f"{error.strerror or error}{where}")
        else:
            from minutier.ui import crash

            crash.report(type(error), error, error.__traceback__)

    def _cleanup(self) -> None:
        if self.job.cleanup is not None:
            try:
                self.job.cleanup()
            except OSError:
                pass


_orphans: list[BackgroundTask] = []


def keep(window: QWidget, task: BackgroundTask) -> BackgroundTask:
    """Hold a reference while the task runs (the window's ``_tasks``, which its close shuts
    down), dropped when it ends."""
    tasks: list[BackgroundTask] = window.__dict__.setdefault("_tasks", [])
    tasks.append(task)

    def forget(*_: object) -> None:
        if task in tasks:
            tasks.remove(task)

    task.done.connect(forget)
    task.failed.connect(forget)
    task.cancelled.connect(forget)
    return task


def remove_file(path: str | Path) -> Callable[[], None]:
    """A cleanup that removes a half-written output file."""

    def cleanup() -> None:
        Path(path).unlink(missing_ok=True)

    return cleanup
