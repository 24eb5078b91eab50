""" "Plan next meeting…" on the meetings page: asks the date, plans it from the selected held meeting."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QPushButton

from minutier.services import next_meeting
from minutier.ui.steps import UndoStep

if TYPE_CHECKING:
    from minutier.ui.meetings.page import MeetingsPage


def plan_next_from(page: MeetingsPage, starts_at: str | None = None) -> int | None:
    """Plan the meeting after the selected one; ``starts_at`` skips the question (tests)."""
    meeting_id = page.selected_id()
    if meeting_id is None:
        return None
    if starts_at is None:
        typed, ok = QInputDialog.getText(
            page,
            UndoStep.tr("Plan next meeting"),
            QCoreApplication.translate(
                "NextMeeting",
                "Date and time of the next meeting (e.g. 2025-03-16 10:00, le 16 mars à 10h):",
            ),
            text=next_meeting.default_start(page.ctx.store, meeting_id).replace("T", " "),
        )
        if not ok:
            return None
        starts_at = typed
    new_id = page.ctx.run(
        UndoStep.tr("Plan next meeting"),
        next_meeting.plan_next,
        meeting_id,
        starts_at,
        parent=page,
    )
    if new_id is not None:
        page.refresh()
        page.show_record("meeting", new_id)
    return new_id


def make_button(page: MeetingsPage) -> QPushButton:
    """The toolbar button: plans the next meeting from the selected held one."""
    from minutier.ui.forms import chair_term

    button = QPushButton(QCoreApplication.translate("NextMeeting", "Plan next meeting…"), page)
    button.setObjectName("plan_next_meeting")

    def name_the_chair() -> None:  # as the selected meeting's committee names it (의장/위원장)
        meeting_id = page.selected_id()
        committee = None
        if meeting_id is not None:
            committee = page.ctx.store.scalar(
                "SELECT committee_id FROM meeting WHERE id = ?", (meeting_id,)
            )
        tip = QCoreApplication.translate(
            "NextMeeting",
            "A new meeting with this one's committee, place, chair, secretary and standing items; "
            "its open actions are listed under the review item",
        )
        button.setToolTip(chair_term.for_committee(page.ctx.store, committee, tip))

    name_the_chair()
    page.view.selectionModel().selectionChanged.connect(name_the_chair)
    button.clicked.connect(lambda: plan_next_from(page))
    return button
