"""The quorum line shown in live mode and in the decision dialog: present / required, reached or not."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from minutier.core.errors import MinutierError
from minutier.core.quorum import Quorum
from minutier.services import quorum
from minutier.ui.context import AppContext


class QuorumLabel(QLabel):
    """ "Quorum: 4 present / 3 required — reached"; hidden when the committee has no rule."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quorum_label")
        self.setWordWrap(True)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.state: Quorum | None = None
        self.hide()

    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.refresh()

    def refresh(self) -> None:
        """Re-read the attendance and the rule (after any change)."""
        try:
            self.state = quorum.status(self.ctx.store, self.meeting_id) if self.meeting_id else None
        except (MinutierError, sqlite3.Error):  # the meeting is gone (its creation undone)
            self.state = None
        if self.state is None:
            self.hide()
            return
        text = (
            self.tr("Quorum: %1 present / %2 required")
            .replace("%1", str(self.state.present))
            .replace("%2", str(self.state.required))
        )
        if self.state.reached:
            text += " — " + self.tr("reached")
            self.setStyleSheet("color: #1b5e20;")
        else:
            text += " — " + self.tr("not reached: a vote recorded now is flagged")
            self.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.setText(text)
        self.show()


def flag_text(state: Quorum) -> str:
    """The warning beside a vote taken without quorum."""
    template = QCoreApplication.translate(
        "QuorumLabel", "Vote recorded without quorum: %1 present / %2 required"
    )
    return template.replace("%1", str(state.present)).replace("%2", str(state.required))


def vote_flag_label(parent: QWidget) -> QLabel:
    """The red line under a decision's votes when they were taken without quorum."""
    label = QLabel(parent)
    label.setObjectName("vote_without_quorum")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b71c1c; font-weight: bold;")
    label.hide()
    return label


def show_vote_flag(label: QLabel, ctx: AppContext, decision: dict) -> None:
    """Say on ``label`` whether ``decision`` (a row) was voted without quorum."""
    try:
        state = quorum.vote_flag(ctx.store, decision)
    except (MinutierError, sqlite3.Error):
        state = None
    label.setText(flag_text(state) if state is not None else "")
    label.setVisible(state is not None)
