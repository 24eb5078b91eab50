"""An empty register guides its first use: committee, members, then the first meeting."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from minutier.store.connection import open_store
from minutier.ui.forms.dialog import RecordDialog


@pytest.fixture
def empty_window(app, tmp_path: Path, qtbot, home):  # type: ignore[no-untyped-def]
    from minutier.ui.controller import Controller

    path = tmp_path / "new.minutier"
    open_store(path, create=True, who="test").close()
    c = Controller()
    assert c.open_path(str(path))
    c.window.resize(1280, 800)
    c.window.show()
    yield c.window
    c.window.close()
    qtbot.wait(1)


def fill(values: dict[str, object]):  # type: ignore[no-untyped-def]
    def answer(dialog: RecordDialog) -> int:
        for name, value in values.items():
            dialog.form.set_value(name, value)
        dialog.accept()
        shown = [e.text() for e in (dialog.form.general_error, *dialog.form.errors.values())]
        assert dialog.result(), [t for t in shown if t]
        return int(dialog.result())

    return answer


def test_the_dashboard_walks_through_committee_member_and_first_meeting(
    empty_window, monkeypatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = empty_window
    page = window.go("dashboard")
    steps = page.first_steps
    assert steps.isVisible()
    committee, member, meeting = steps.buttons
    assert committee.isEnabled() and not member.isEnabled() and not meeting.isEnabled()

    answers = [
        fill({"name": "Comité de pilotage", "code": "COPIL"}),
        fill({"name": "Kim Min-jun"}),
        fill({}),  # the membership: committee and person already filled in
        fill({"starts_at": "2025-05-12T10:00", "title": "Première réunion"}),
    ]
    seen: list[str] = []

    def exec_(dialog: RecordDialog) -> int:
        seen.append(dialog.table)
        return answers.pop(0)(dialog)

    monkeypatch.setattr(RecordDialog, "exec", exec_)
    qtbot.mouseClick(committee, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    assert not committee.isEnabled() and member.isEnabled() and meeting.isEnabled()
    member.click()
    meeting.click()
    assert seen == ["committee", "person", "membership", "meeting"]
    store = window.ctx.store
    assert store.scalar("SELECT count(*) FROM membership") == 1
    assert store.scalar("SELECT count(*) FROM meeting") == 1
    assert not steps.isVisible()  # done: the register is in use
    assert window.current_key() == "meetings"  # the new meeting is shown


def test_new_meeting_on_an_empty_register_offers_the_committee_first(
    empty_window, monkeypatch, answers
) -> None:  # type: ignore[no-untyped-def]
    window = empty_window
    page = window.go("meetings")
    seen: list[str] = []

    def exec_(dialog: RecordDialog) -> int:
        seen.append(dialog.table)
        if dialog.table == "committee":
            fill({"name": "Comité de pilotage", "code": "COPIL"})(dialog)
        else:
            assert dialog.form.values()["committee_id"] is not None
            dialog.reject()
        return int(dialog.result()) if dialog.result() else int(QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(RecordDialog, "exec", exec_)
    page.new_meeting()
    assert seen == ["committee", "meeting"]
    assert "has none yet" in answers[-1]
