"""First steps on an empty register: create the committee, add its members, plan the first meeting.

A new register has nothing to plan a meeting for: the Dashboard shows these three steps, in
order, each one a button that opens the dialog it needs (the member step creates the person,
then their membership of the committee). Steps done are ticked; the box goes once a meeting is
planned.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from minutier.ui.context import AppContext
from minutier.ui.forms import open_editor
from minutier.ui.pages.base import heading


class FirstSteps(QFrame):
    """The three steps that make an empty register usable."""

    meeting_planned = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("first_steps")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        grid.addWidget(heading(self.tr("First steps"), self, scale=1.15), 0, 0, 1, 3)
        intro = QLabel(
            self.tr(
                "This register is empty. A meeting belongs to a committee: create the "
                "committee, add its members, then plan its first meeting."
            ),
            self,
        )
        intro.setWordWrap(True)
        grid.addWidget(intro, 1, 0, 1, 3)
        self.buttons: list[QPushButton] = []
        self.marks: list[QLabel] = []
        steps = (
            (self.tr("1. Create the &committee…"), "first_committee", self.create_committee),
            (self.tr("2. Add a &member…"), "first_member", self.add_member),
            (self.tr("3. Plan the first &meeting…"), "first_meeting", self.plan_meeting),
        )
        for row, (text, name, slot) in enumerate(steps, start=2):
            mark = QLabel(self)
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            grid.addWidget(mark, row, 0)
            grid.addWidget(button, row, 1)
            self.marks.append(mark)
            self.buttons.append(button)
        grid.setColumnStretch(2, 1)

    def committee_id(self) -> int | None:
        found = self.ctx.store.scalar("SELECT min(id) FROM committee")
        return int(found) if found is not None else None

    def reload(self) -> None:
        """Show the steps while no meeting exists; tick those done."""
        store = self.ctx.store
        meetings = store.scalar("SELECT count(*) FROM meeting")
        committees = store.scalar("SELECT count(*) FROM committee")
        members = store.scalar("SELECT count(*) FROM membership")
        self.setVisible(not meetings)
        done = (bool(committees), bool(members), bool(meetings))
        writable = not self.ctx.readonly
        for n, (button, mark) in enumerate(zip(self.buttons, self.marks, strict=True)):
            mark.setText("✓" if done[n] else "")
            ready = n == 0 or done[0]
            button.setEnabled(writable and ready)
        self.buttons[0].setEnabled(writable and not done[0])

    def create_committee(self) -> None:
        if open_editor(self.ctx, "committee", parent=self) is not None:
            self.reload()
            self.buttons[1].setFocus()

    def add_member(self) -> None:
        committee = self.committee_id()
        if committee is None:
            return
        person = open_editor(self.ctx, "person", parent=self)
        if person is None:
            return
        open_editor(self.ctx, "membership", parent=self, committee_id=committee, person_id=person)
        self.reload()

    def plan_meeting(self) -> None:
        committee = self.committee_id()
        if committee is None:
            return
        meeting = open_editor(self.ctx, "meeting", parent=self, committee_id=committee)
        self.reload()
        if meeting is not None:
            self.meeting_planned.emit(meeting)
