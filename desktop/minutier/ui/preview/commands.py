"""The window's PDF commands: the minutes, the agenda, the open-actions report and an
initiative's dossier, built off the UI thread and shown in Minutier's own preview."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from minutier.store.connection import Store
from minutier.ui.exchange_commands import chosen_meeting
from minutier.ui.tasks import BackgroundTask, Job, keep

if TYPE_CHECKING:
    from minutier.ui.main_window import MainWindow
    from minutier.ui.preview.dialog import PdfPreview


def show(
    window: MainWindow, title: str, file_name: str, make: Callable[[Store], bytes]
) -> BackgroundTask:
    """Build a PDF with ``make(store)`` in the background, then show it in a preview window."""
    source = window.ctx.store.path

    def work(job: Job) -> bytes:
        store = job.open(source, readonly=True)
        data = make(store)
        job.check()
        return data

    task = BackgroundTask(
        window,
        title,
        QCoreApplication.translate("PdfCommands", "Preparing %1…").replace("%1", title),
        Job(work),
    )

    def done(data: bytes) -> None:
        from minutier.ui.preview.dialog import PdfPreview

        preview = PdfPreview(data, title, file_name, window)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        previews: list[PdfPreview] = window.__dict__.setdefault("_previews", [])
        previews.append(preview)
        preview.destroyed.connect(
            lambda *_: previews.remove(preview) if preview in previews else None
        )
        preview.show()

    task.done.connect(done)
    return keep(window, task).start()


def _meeting_ref(window: MainWindow, meeting_id: int) -> str:
    ref = window.ctx.store.scalar(
        "SELECT c.code || '-' || m.number FROM meeting m "
        "JOIN committee c ON c.id = m.committee_id WHERE m.id = ?",
        (meeting_id,),
    )
    return str(ref or meeting_id)


def minutes(window: MainWindow) -> BackgroundTask | None:
    """Minutes ▸ Preview minutes: the draft PDF of the selected meeting, shown here."""
    from minutier.services import minutes as minutes_service

    meeting_id = chosen_meeting(window)
    if meeting_id is None:
        return None
    ref = _meeting_ref(window, meeting_id)
    return show(
        window,
        QCoreApplication.translate("PdfCommands", "Minutes of %1").replace("%1", ref),
        f"minutes-{ref}.pdf",
        lambda store: minutes_service.minutes_pdf(store, meeting_id),
    )


def agenda(window: MainWindow) -> BackgroundTask | None:
    """The agenda of the selected meeting, with the open actions its review carries."""
    from minutier.pdf.agenda import build_agenda
    from minutier.services import reports

    meeting_id = chosen_meeting(window)
    if meeting_id is None:
        return None
    ref = _meeting_ref(window, meeting_id)
    return show(
        window,
        QCoreApplication.translate("PdfCommands", "Agenda of %1").replace("%1", ref),
        f"agenda-{ref}.pdf",
        lambda store: build_agenda(reports.agenda(store, meeting_id)),
    )


def actions_report(window: MainWindow) -> BackgroundTask:
    """Every open action, by owner, overdue first."""
    from minutier.pdf.reports import build_actions_report
    from minutier.services import reports

    today = window.ctx.today()
    return show(
        window,
        QCoreApplication.translate("PdfCommands", "Open actions report"),
        f"actions-{today.isoformat()}.pdf",
        lambda store: build_actions_report(reports.actions_report(store, today=today)),
    )


def initiative_dossier(
    window: MainWindow, initiative_id: int | None = None
) -> BackgroundTask | None:
    """The dossier of the initiative selected on its page (or one chosen from a list)."""
    from minutier.pdf.reports import build_initiative_dossier
    from minutier.services import reports

    if initiative_id is None:
        page = window.pages.built().get("initiatives")
        initiative_id = getattr(getattr(page, "detail", None), "initiative_id", None)
    store = window.ctx.store
    if initiative_id is None:
        rows = store.query(
            "SELECT id, code || ' — ' || name AS label FROM initiative ORDER BY code"
        )
        if not rows:
            QMessageBox.information(
                window,
                QCoreApplication.translate("PdfCommands", "Initiative dossier"),
                QCoreApplication.translate(
                    "PdfCommands", "There is no initiative in this register yet."
                ),
            )
            return None
        labels = [r["label"] for r in rows]
        label, ok = QInputDialog.getItem(
            window,
            QCoreApplication.translate("PdfCommands", "Initiative dossier"),
            QCoreApplication.translate("PdfCommands", "Dossier of which initiative?"),
            labels,
            0,
            False,
        )
        if not ok or label not in labels:
            return None
        initiative_id = int(rows[labels.index(label)]["id"])
    code = (
        store.scalar("SELECT code FROM initiative WHERE id = ?", (initiative_id,)) or initiative_id
    )
    today = window.ctx.today()
    chosen = int(initiative_id)
    return show(
        window,
        QCoreApplication.translate("PdfCommands", "Dossier of %1").replace("%1", str(code)),
        f"dossier-{code}.pdf",
        lambda s: build_initiative_dossier(reports.initiative_dossier(s, chosen, today=today)),
    )
