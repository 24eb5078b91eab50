"""The Minutes menu's commands, and what they allow for the meeting selected.

The commands build PDFs (reportlab), so each is imported when first used, not at start.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from minutier.ui.main_window import MainWindow


def _approve(window: MainWindow) -> None:
    from minutier.ui.minutes import commands

    commands.approve(window)


def _amend(window: MainWindow) -> None:
    from minutier.ui.minutes import commands

    commands.amend(window)


def _versions(window: MainWindow) -> None:
    from minutier.ui.minutes import commands

    commands.show_versions(window)


def _verify(window: MainWindow) -> None:
    from minutier.ui.minutes import commands

    commands.verify_pdf(window)


def _preview_minutes(window: MainWindow) -> None:
    from minutier.ui.preview import commands

    commands.minutes(window)


def _agenda(window: MainWindow) -> None:
    from minutier.ui.preview import commands

    commands.agenda(window)


def _actions_report(window: MainWindow) -> None:
    from minutier.ui.preview import commands

    commands.actions_report(window)


def _dossier(window: MainWindow) -> None:
    from minutier.ui.preview import commands

    commands.initiative_dossier(window)


def _export_year(window: MainWindow) -> None:
    from minutier.ui.minutes import batch

    batch.export_year(window)


def _session_book(window: MainWindow) -> None:
    from minutier.ui.minutes import book

    book.session_book(window)


def _house_style(window: MainWindow) -> None:
    from minutier.ui import house_style_dialog as dialog

    page = window.pages.get("meetings")
    selected = getattr(page, "selected_id", None)
    meeting_id = selected() if callable(selected) else None
    committee = dialog.choose_committee(window, window.ctx.store, meeting_id)
    if committee is not None:
        dialog.edit_house_style(window, window.ctx.store, committee)


class MinutesActions(QObject):
    """Approve, amend, versions, verify, preview and year export as window actions."""

    def __init__(self, window: MainWindow, act: Callable[..., QAction]) -> None:
        super().__init__(window)
        self.w = window

        def run(fn: Callable[[MainWindow], Any]) -> Callable[[], None]:
            return lambda: fn(window)

        self.preview = act(
            self.tr("Previe&w minutes"), run(_preview_minutes), name="action_preview"
        )
        self.preview.setStatusTip(
            self.tr("Show the minutes of the selected meeting here, page by page")
        )
        self.agenda = act(self.tr("A&genda as PDF…"), run(_agenda), name="action_agenda_pdf")
        self.agenda.setStatusTip(
            self.tr("The agenda of the selected meeting, with the open actions it reviews")
        )
        self.actions_report = act(
            self.tr("Open &actions report…"), run(_actions_report), name="action_actions_report"
        )
        self.dossier = act(
            self.tr("Initiative &dossier…"), run(_dossier), name="action_initiative_dossier"
        )
        self.approve = act(
            self.tr("&Approve minutes…"), run(_approve), name="action_approve_minutes"
        )
        self.amend = act(self.tr("Open a&mendment…"), run(_amend), name="action_amend")
        self.versions = act(
            self.tr("Minutes &versions…"), run(_versions), name="action_minutes_versions"
        )
        self.verify = act(self.tr("Veri&fy a PDF…"), run(_verify), name="action_verify_pdf")
        self.export_year = act(
            self.tr("Export minutes of a &year…"), run(_export_year), name="action_export_year"
        )
        self.session_book = act(
            self.tr("Session &book…"), run(_session_book), name="action_session_book"
        )
        self.house_style = act(
            self.tr("&House style…"), run(_house_style), name="action_house_style"
        )

    def set_ready(self, ready: bool) -> None:
        """Disabled without the PDF minutes; approving and amending need a writable file."""
        for a in (
            self.preview,
            self.approve,
            self.amend,
            self.versions,
            self.verify,
            self.agenda,
            self.actions_report,
            self.dossier,
        ):
            a.setEnabled(ready)
        self.export_year.setEnabled(ready)
        self.session_book.setEnabled(ready)
        self.house_style.setEnabled(ready and not self.w.ctx.readonly)
        for a in (self.approve, self.amend):
            a.setEnabled(ready and not self.w.ctx.readonly)

    def update(self, ready: bool) -> None:
        """Enable what the meeting selected on the Meetings page allows (none: ask which)."""
        from minutier.ui.minutes.state import minutes_state

        built = getattr(self.w.pages, "built", None)  # never build a page just to ask
        page = built().get("meetings") if callable(built) else self.w.pages.get("meetings")
        selected = getattr(page, "selected_id", None)
        meeting_id = selected() if callable(selected) else None
        state = minutes_state(self.w.ctx.store, meeting_id) if meeting_id else None
        writable = not self.w.ctx.readonly and ready
        if state is None:  # the command asks which meeting
            self.approve.setEnabled(writable)
            self.amend.setEnabled(writable)
            self.versions.setEnabled(ready)
            return
        self.approve.setEnabled(writable and state.can_approve)
        self.amend.setEnabled(writable and state.can_amend)
        self.versions.setEnabled(ready and state.has_versions)
