"""The sync indicator in the window's status bar: last sync, pending operations, offline; Sync now.

Shown only for a register shared through a hub. It syncs every few minutes while the hub
answers, and tries again at the same pace while it does not: offline is a state shown in the
indicator (grey), never a dialog. A refusal (a login refused, another hub) is shown in the
indicator too, with its sentence as the tooltip. After a round that brought others' changes
the pages refresh; if local work had to be re-applied after others', the undo history is
cleared (its steps no longer describe the register as it is).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from minutier.core.errors import MinutierError
from minutier.ui.errors import file_sentence

if TYPE_CHECKING:
    from minutier.services.sync.engine import SyncReport
    from minutier.ui.main_window import MainWindow

INTERVAL_MS = 5 * 60 * 1000
OFFLINE = "offline"
REFUSED = "refused"
SYNCED = "synced"
SYNCING = "syncing"


class SyncIndicator(QWidget):
    """Status-bar widget: a state label and a Sync now button, plus the periodic timer."""

    def __init__(self, window: MainWindow, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(window)
        self.setObjectName("sync_indicator")
        self.window_ = window
        self.ctx = window.ctx
        self.state = SYNCED
        self.problem = ""
        self.label = QLabel(self)
        self.label.setObjectName("sync_state")
        self.button = QToolButton(self)
        self.button.setObjectName("sync_now")
        self.button.setText(self.tr("Sync now"))
        self.button.setEnabled(not self.ctx.readonly)
        self.button.clicked.connect(self.sync_now)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        from minutier.ui.sync.runner import SyncRunner  # ~5 ms: only for a shared register

        self.runner = SyncRunner(self.ctx.store, self)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.sync_now)
        if not self.ctx.readonly:
            self.timer.start()
        self.ctx.data_changed.connect(self.show_state)
        self.show_state()

    # -- actions ----------------------------------------------------------------------------
    def sync_now(self) -> None:
        if self.ctx.readonly or not self.runner.start():
            return
        self.state = SYNCING
        self.show_state()

    def shutdown(self) -> None:
        """The window closes: stop the timer; a running round stops before its next step."""
        self.timer.stop()
        self.runner.shutdown()

    def _finished(self, report: SyncReport) -> None:
        self.state, self.problem = SYNCED, ""
        if report.rebased:
            self.ctx.undo_stack.clear()
        if report.pulled or report.renumbered or report.rebased:
            self.ctx.data_changed.emit()  # also refreshes this indicator
        else:
            self.show_state()

    def _failed(self, error: BaseException) -> None:
        from minutier.services.sync.hub import HubUnreachable
        from minutier.ui.sync.runner import Closing

        if isinstance(error, Closing):
            return
        if isinstance(error, HubUnreachable):
            self.state, self.problem = OFFLINE, str(error)
        else:
            self.state = REFUSED
            self.problem = str(error) if isinstance(error, MinutierError) else repr(error)
        self.show_state()

    # -- display ----------------------------------------------------------------------------
    def show_state(self) -> None:
        from minutier.services.sync import hub, replica

        status = replica.status(self.ctx.store)
        pending = self.tr("to send: %1").replace("%1", str(status.pending))
        if self.state == SYNCING:
            text, colour = self.tr("Syncing…"), "#555"
        elif self.state == OFFLINE:
            text = self.tr("Offline (hub unreachable) · %1").replace("%1", pending)
            colour = "#777"
        elif self.state == REFUSED:
            text, colour = self.tr("Sync refused"), "#a40000"
        else:
            when = _local_time(status.last_sync)
            text = self.tr("Synced %1 · %2").replace("%1", when).replace("%2", pending)
            colour = "#2d6a2d" if status.pending == 0 else "#555"
        if status.conflicts:
            text += " · " + self.tr("conflicts: %1").replace("%1", str(status.conflicts))
        self.label.setText(text)
        self.label.setStyleSheet(f"color: {colour};")
        where = hub.display(status.hub) if status.hub else ""
        tip = self.tr("Shared through the hub %1.").replace("%1", where)
        waiting = replica.provisional(self.ctx.store)
        if waiting:
            tip += "\n" + self.tr("Provisional until the next sync: %1").replace(
                "%1", ", ".join(waiting[:12]) + (" …" if len(waiting) > 12 else "")
            )
        if self.problem:
            tip += "\n" + file_sentence(self.problem)
        self.label.setToolTip(tip)


def _local_time(stamp: str | None) -> str:
    if not stamp:
        return "—"
    when = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    if when.date() == dt.date.today():
        return when.strftime("%H:%M")
    return when.strftime("%Y-%m-%d %H:%M")


def attach(window: MainWindow) -> SyncIndicator | None:
    """Put the indicator in the window's status bar if its register is shared (else None)."""
    from minutier.services.sync import replica

    try:
        shared = replica.hub_url(window.ctx.store) is not None
    except Exception:  # a register older than the sync migration (read-only): not shared
        return None
    if not shared:
        return None
    indicator = SyncIndicator(window)
    window.statusBar().addPermanentWidget(indicator)
    window.__dict__.setdefault("_tasks", []).append(indicator)  # shut down when the window closes
    return indicator
