"""The minutes commands of the window (Minutes menu and the Meetings page): approve, amend, list.

Approving builds the final PDF, so it runs as a background task with its own connection; the
window stays responsive. Neither approving nor opening an amendment can be undone (the
register refuses to revert them), so neither pushes an undo step; approving also empties the
undo list, whose earlier steps may have touched the meeting it has just frozen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from minutier.services import minutes
from minutier.ui.exchange_commands import chosen_meeting
from minutier.ui.minutes import verify
from minutier.ui.minutes.dialogs import AmendmentDialog, ApproveDialog
from minutier.ui.minutes.state import minutes_state
from minutier.ui.minutes.versions import VersionsDialog
from minutier.ui.tasks import BackgroundTask, Job, keep

if TYPE_CHECKING:
    from minutier.ui.main_window import MainWindow

CONTEXT = "MinutesCommands"


def _meeting(window: MainWindow, meeting_id: int | None) -> int | None:
    return meeting_id if meeting_id is not None else chosen_meeting(window)


def _refused(window: MainWindow, text: str) -> None:
    QMessageBox.information(window, QCoreApplication.translate("MinutesCommands", "Minutes"), text)


def run_approval(window: MainWindow, meeting_id: int, values: dict[str, Any]) -> BackgroundTask:
    """Approve in the background (the final PDF is built there); the window follows after."""
    ctx = window.ctx
    path = ctx.store.path

    def work(job: Job) -> minutes.Version:
        store = job.open(path)
        job.check()
        return minutes.approve(store, meeting_id, **values)

    ref = minutes_state(ctx.store, meeting_id)
    task = BackgroundTask(
        window,
        QCoreApplication.translate("MinutesCommands", "Approve minutes"),
        QCoreApplication.translate("MinutesCommands", "Approving the minutes of %1…").replace(
            "%1", ref.ref if ref else str(meeting_id)
        ),
        Job(work),
    )

    def after(*_: object) -> None:
        state = minutes_state(ctx.store, meeting_id)
        if state is not None and state.frozen:
            ctx.undo_stack.clear()  # its steps may touch what is now frozen
        ctx.data_changed.emit()

    def done(version: minutes.Version) -> None:
        after()
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "MinutesCommands",
                "The minutes of %1 are approved (version %2); the meeting is now frozen.",
            )
            .replace("%1", version.meeting)
            .replace("%2", str(version.version)),
            15000,
        )

    task.done.connect(done)
    task.failed.connect(after)
    task.cancelled.connect(after)  # a cancel that came after the commit still approved
    return keep(window, task).start()


def approve(window: MainWindow, meeting_id: int | None = None) -> BackgroundTask | None:
    """Ask how the minutes were approved, say that it freezes the meeting, then approve."""
    if window.ctx.readonly:
        return None
    meeting_id = _meeting(window, meeting_id)
    if meeting_id is None:
        return None
    state = minutes_state(window.ctx.store, meeting_id)
    if state is None:
        return None
    if not state.can_approve:
        if state.frozen:
            text = QCoreApplication.translate(
                "MinutesCommands",
                "The minutes of %1 are already approved; open an amendment to change them.",
            )
        else:  # planned or cancelled
            text = QCoreApplication.translate(
                "MinutesCommands",
                "The minutes of %1 can be approved once the meeting has been held.",
            )
        _refused(window, text.replace("%1", state.ref))
        return None
    dialog = ApproveDialog(window.ctx.store, meeting_id, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return run_approval(window, meeting_id, dialog.values)


def amend(window: MainWindow, meeting_id: int | None = None) -> Any:
    """Open an amendment of approved minutes (reason required); returns the new draft version."""
    if window.ctx.readonly:
        return None
    meeting_id = _meeting(window, meeting_id)
    if meeting_id is None:
        return None
    state = minutes_state(window.ctx.store, meeting_id)
    if state is None:
        return None
    if not state.can_amend:
        _refused(
            window,
            QCoreApplication.translate(
                "MinutesCommands",
                "The minutes of %1 are not approved: they can be edited without an amendment.",
            ).replace("%1", state.ref),
        )
        return None
    dialog = AmendmentDialog(window.ctx, meeting_id, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "MinutesCommands",
            "Amendment %1 of the minutes of %2 is open: the meeting can be edited again.",
        )
        .replace("%1", str(dialog.version.version))
        .replace("%2", state.ref),
        15000,
    )
    return dialog.version


def show_versions(window: MainWindow, meeting_id: int | None = None) -> VersionsDialog | None:
    meeting_id = _meeting(window, meeting_id)
    if meeting_id is None:
        return None
    state = minutes_state(window.ctx.store, meeting_id)
    if state is None:
        return None
    if not state.has_versions:
        _refused(
            window,
            QCoreApplication.translate(
                "MinutesCommands",
                "The minutes of %1 have no recorded version yet: approving them records the first.",
            ).replace("%1", state.ref),
        )
        return None
    dialog = VersionsDialog(window.ctx.store, meeting_id, window)
    dialog.exec()
    return dialog


def verify_pdf(window: MainWindow) -> str | None:
    return verify.verify_pdf(window, window.ctx.store)
