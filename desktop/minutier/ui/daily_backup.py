"""The day's automatic backup, taken in the background once the window is showing.

Copying a large register takes seconds (about 4 s for 385 MB): done on the UI thread while
opening, it froze the window. The window now opens without it (``opening.open_database``)
and this task takes the backup through the window's own connection, with
``store.backup.daily`` (at most one a day), a few pages at a time: the window keeps working
between two steps, and SQLite carries into the copy what the user saves meanwhile. Closing
the window cancels it at the next step and removes the unfinished copy. Nothing is shown unless it fails, and then only in the status bar: a missed
backup must not stop anyone working. The backup before a migration stays synchronous (in
``open_store``): it must precede the migration.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from minutier.ui.errors import file_sentence
from minutier.ui.tasks import BackgroundTask, Job, keep

if TYPE_CHECKING:
    from minutier.ui.main_window import MainWindow

FAILURE_SHOWN_MS = 60000


def start(window: MainWindow) -> BackgroundTask | None:
    """Take today's backup of the window's register off the UI thread (None: not needed)."""
    from minutier.store import backup

    store = window.ctx.store
    if store.readonly or not window.isVisible():  # closed before the task could start
        return None
    path = store.path
    if backup.taken_today(path):  # the common case: no second connection, no file check
        return None

    def work(job: Job) -> Any:
        source = job.open(path, readonly=True)  # the window's connection, borrowed
        source.wait_checked()  # a file that failed its opening check is not copied
        if source.owner is not None and source.owner.readonly:
            return None
        return backup.daily(source, cancel=lambda: job.cancelled)

    task = BackgroundTask(window, "", "", Job(work), quiet=True)

    def failed(error: BaseException) -> None:
        sentence = file_sentence(f"Today's automatic backup could not be made: {error}")
        window.statusBar().showMessage(sentence, FAILURE_SHOWN_MS)
        window.statusBar().setToolTip(sentence)

    task.failed.connect(failed)
    window.daily_backup = task
    return keep(window, task).start()
