"""The minutes workflow in the window: approve (freezes), amend, versions, verify a PDF."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel

from minutier.services import meetings, minutes, records
from minutier.ui import exchange_commands
from minutier.ui.meetings.attendance import AttendanceModel
from minutier.ui.minutes import commands, verify
from minutier.ui.minutes.dialogs import AmendmentDialog, ApproveDialog
from minutier.ui.minutes.versions import VersionsDialog

pytestmark = pytest.mark.skipif(
    not exchange_commands.minutes_available(), reason="PDF minutes not there yet"
)


@pytest.fixture
def later(window) -> int:  # type: ignore[no-untyped-def]
    """A later meeting of the same committee, held (it approves the minutes of the first)."""
    store = window.ctx.store
    committee = store.scalar("SELECT committee_id FROM meeting WHERE id = 1")
    meeting_id = meetings.plan_meeting(store, committee, "2025-03-20T10:00", carry_over=False)
    meetings.set_status(store, meeting_id, "held")
    window.ctx.data_changed.emit()
    return meeting_id


def _fill_and_accept(dialog: QDialog, **fields: str) -> int:
    for name, value in fields.items():
        widget = getattr(dialog, name)
        if hasattr(widget, "set_value"):
            widget.set_value(value)
        else:
            widget.setPlainText(value)
    dialog.accept()
    return dialog.result()


def _approve(window, qtbot, monkeypatch, **fields: str):  # type: ignore[no-untyped-def]
    seen: list[ApproveDialog] = []

    def fake_exec(self: ApproveDialog) -> int:
        seen.append(self)
        return _fill_and_accept(self, **fields)

    monkeypatch.setattr(ApproveDialog, "exec", fake_exec)
    page = window.go("meetings")
    page.select(1)
    task = None

    def trigger() -> None:
        nonlocal task
        task = commands.approve(window, 1)

    trigger()
    assert task is not None
    with qtbot.waitSignal(task.done, timeout=60000):
        pass
    return seen[0], page


def test_approving_from_the_meeting_freezes_it_and_leaves_nothing_to_undo(  # type: ignore[no-untyped-def]
    window, later, qtbot, monkeypatch, answers
) -> None:
    page = window.go("meetings")
    page.select(1)
    detail = page.detail
    assert detail.approve_action.isEnabled() and not detail.amend_action.isEnabled()
    assert not detail.frozen_line.isVisible()
    detail.form.set_value("place", "Séoul, Cheong Wa Dae")
    assert detail.save()
    assert window.ctx.undo_stack.count() == 1  # an edit that approval will make impossible to undo

    dialog, page = _approve(window, qtbot, monkeypatch)
    # The dialog proposed the next meeting held and its date.
    assert dialog.at_meeting.currentData() == later
    assert dialog.date.value() == "2025-03-20"
    assert "freezes this meeting" in dialog.warning.text()
    assert "cannot be undone" in dialog.warning.text()

    store = window.ctx.store
    row = store.query_one("SELECT * FROM minutes_version WHERE meeting_id = 1")
    assert row["status"] == "approved" and row["approved_at_meeting_id"] == later
    assert row["approved_on"] == "2025-03-20"
    assert hashlib.sha256(row["pdf"]).hexdigest() == row["pdf_sha256"]
    assert store.scalar("SELECT status FROM meeting WHERE id = 1") == "minutes_approved"
    assert window.ctx.undo_stack.count() == 0
    assert not window.actions_.undo.isEnabled()
    assert "approved (version 1)" in window.statusBar().currentMessage()
    assert answers == []

    detail = page.detail
    assert detail.meeting_id == 1
    assert detail.frozen_line.isVisibleTo(detail)
    assert "approved (version 1, 20 March 2025) and frozen" in detail.frozen_line.text()
    assert not detail.form.isEnabled() and not detail.save_button.isEnabled()
    assert not detail.status.isEnabled() and not detail.live_button.isEnabled()
    assert not detail.approve_action.isEnabled() and detail.amend_action.isEnabled()
    assert detail.versions_action.isEnabled()
    assert not any(b.isEnabled() for b in detail.agenda.edit_buttons)
    assert not any(b.isEnabled() for b in detail.recorded.edit_buttons)
    assert not any(b.isEnabled() for b in detail.attendance.edit_buttons)
    model = detail.attendance.model
    assert model.rowCount() > 0
    flags = model.flags(model.index(0, AttendanceModel.FIRST_STATUS))
    assert not flags & Qt.ItemFlag.ItemIsEnabled and flags & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.setData(
        model.index(0, AttendanceModel.FIRST_STATUS + 1),
        Qt.CheckState.Checked.value,
        Qt.ItemDataRole.CheckStateRole,
    )

    # The storage refuses edits anyway, in words.
    assert window.ctx.run("Edit meeting", records.update, "meeting", 1, {"place": "Busan"}) is None
    assert answers and "minutes are approved" in answers[-1]


def test_the_menu_follows_the_selected_meeting(window, later, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    actions = window.actions_
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Minutes" in titles
    texts = [a.objectName() for a in actions.minutes_menu.actions()]
    for name in (
        "action_approve_minutes",
        "action_amend",
        "action_minutes_versions",
        "action_verify_pdf",
        "action_print",
        "action_export_pdf",
        "action_export_year",
    ):
        assert name in texts
    window.go("meetings").select(1)
    actions.minutes_state()
    assert actions.approve.isEnabled() and not actions.amend.isEnabled()
    assert not actions.versions.isEnabled()
    _approve(window, qtbot, monkeypatch)
    actions.minutes_state()
    assert not actions.approve.isEnabled() and actions.amend.isEnabled()
    assert actions.versions.isEnabled()


def test_a_wrong_approval_date_is_said_under_the_field_and_the_dialog_stays(window, later) -> None:  # type: ignore[no-untyped-def]
    dialog = ApproveDialog(window.ctx.store, 1, window)
    assert _fill_and_accept(dialog, date="pas une date") == QDialog.DialogCode.Rejected
    assert dialog.date_error.isVisibleTo(dialog)
    assert "not a date" in dialog.date_error.text()
    assert _fill_and_accept(dialog, date="2025-01-02") == QDialog.DialogCode.Rejected
    assert "after the meeting" in dialog.date_error.text()
    dialog.at_meeting.setCurrentIndex(0)  # none: approved outside a meeting, today
    assert dialog.date.value() == "2025-04-15"
    assert _fill_and_accept(dialog, date="31 mars 2025") == QDialog.DialogCode.Accepted
    assert dialog.values == {"at_meeting_id": None, "approved_on": dt.date(2025, 3, 31)}


def test_amendment_needs_a_reason_then_reopens_the_meeting_and_is_not_an_undo_step(  # type: ignore[no-untyped-def]
    window, later, qtbot, monkeypatch, answers
) -> None:
    _, page = _approve(window, qtbot, monkeypatch)
    attempts: list[int] = []

    def fake_exec(self: AmendmentDialog) -> int:
        attempts.append(_fill_and_accept(self, reason="   ", date="2025-04-15"))
        assert self.reason_error.isVisibleTo(self)
        assert "required" in self.reason_error.text()
        attempts.append(_fill_and_accept(self, reason="Coquille", date="2025-03-01"))
        assert "approved on 2025-03-20" in self.date_error.text()
        attempts.append(
            _fill_and_accept(self, reason="Coquille dans le nom du ministère", date="2025-04-15")
        )
        return self.result()

    monkeypatch.setattr(AmendmentDialog, "exec", fake_exec)
    version = commands.amend(window, 1)
    assert attempts == [0, 0, 1]
    assert version.version == 2 and version.status == "draft"
    store = window.ctx.store
    assert store.scalar("SELECT status FROM meeting WHERE id = 1") == "minutes_drafted"
    assert window.ctx.undo_stack.count() == 0  # the register refuses to revert it
    detail = page.detail
    assert detail.form.isEnabled() and detail.approve_action.isEnabled()
    assert "Amendment open (“Coquille dans le nom du ministère”)" in detail.frozen_line.text()
    assert "Amendment 2" in window.statusBar().currentMessage()
    # Approving again records version 2, not before the amendment; both stay readable.
    again = ApproveDialog(store, 1, window)
    assert again.at_meeting.count() == 1  # the later meeting was before the amendment
    assert again.date.value() == "2025-04-15"
    assert _fill_and_accept(again, date="2025-03-25") == QDialog.DialogCode.Rejected
    assert "after it is opened" in again.date_error.text()
    dialog, _ = _approve(window, qtbot, monkeypatch)
    assert dialog.findChild(QLabel, "approve_amendment").text() == (
        "This approves amendment 2: “Coquille dans le nom du ministère”."
    )
    assert minutes.versions(store, 1)[1].approved_on == "2025-04-15"
    assert [v.status for v in minutes.versions(store, 1)] == ["approved", "approved"]


def test_versions_open_and_save_the_filed_bytes(  # type: ignore[no-untyped-def]
    window, later, qtbot, monkeypatch, tmp_path: Path
) -> None:
    _approve(window, qtbot, monkeypatch)
    monkeypatch.setattr(
        AmendmentDialog, "exec", lambda self: _fill_and_accept(self, reason="Erratum")
    )
    commands.amend(window, 1)
    store = window.ctx.store
    filed = minutes.version_pdf(store, 1, 1)
    dialog = VersionsDialog(store, 1, window)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() == 2
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    assert cells[:5] == [
        "1",
        "Approved",
        "Français",
        "20 March 2025",
        f"CSIIA/{store.scalar('SELECT number FROM meeting WHERE id = ?', (later,))}",
    ]
    assert cells[5] == hashlib.sha256(filed).hexdigest()[:16] + "…"
    assert model.index(1, 1).data() == "Draft" and "Erratum" in model.index(1, 6).data()
    # The draft (selected: the latest) has no filed document.
    assert not dialog.open_button.isEnabled() and not dialog.save_button.isEnabled()
    dialog.view.selectRow(0)
    assert dialog.open_button.isEnabled()
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices,
        "openUrl",
        staticmethod(lambda url: opened.append(url.toLocalFile()) or True),
    )
    path = dialog.open_selected()
    assert opened == [str(path)] and path.read_bytes() == filed
    assert path.name == "CSIIA-3-v1.pdf"
    dest = tmp_path / "archive" / "pv.pdf"
    dest.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(dest), "PDF"))
    )
    assert dialog.save_selected() == dest
    assert dest.read_bytes() == filed
    assert [p.name for p in dest.parent.iterdir()] == ["pv.pdf"]


def test_verify_says_which_version_a_file_is_or_that_it_is_none(  # type: ignore[no-untyped-def]
    window, later, qtbot, monkeypatch, answers, tmp_path: Path
) -> None:
    _approve(window, qtbot, monkeypatch)
    store = window.ctx.store
    number = store.scalar("SELECT number FROM meeting WHERE id = ?", (later,))
    filed = minutes.version_pdf(store, 1, 1)
    good = tmp_path / "signed.pdf"
    good.write_bytes(filed)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(good), "PDF"))
    )
    text = commands.verify_pdf(window)
    assert text == answers[-1]
    assert text.startswith("signed.pdf is version 1 of the minutes of CSIIA/3, exactly as approved")
    assert f"on 20 March 2025 at meeting CSIIA/{number}" in text
    assert "still holds the content it was approved with" in text

    tampered = tmp_path / "tampered.pdf"
    changed = bytearray(filed)
    changed[len(changed) // 2] ^= 1
    tampered.write_bytes(bytes(changed))
    text = verify.verify_pdf(window, store, str(tampered))
    assert "tampered.pdf is NOT an approved version" in text
    assert "names itself version 1 of the minutes of CSIIA/3" in text

    other = tmp_path / "other.pdf"
    other.write_bytes(b"%PDF-1.4 nothing here")
    text = verify.verify_pdf(window, store, str(other))
    assert "not one byte of it matches" in text

    missing = verify.verify_pdf(window, store, str(tmp_path / "gone.pdf"))
    assert missing.startswith("gone.pdf cannot be read")


def test_a_read_only_register_cannot_approve(app, register: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from minutier.store.connection import open_store
    from minutier.ui.controller import Controller

    c = Controller()
    window = c.show_store(open_store(register, readonly=True))
    page = window.go("meetings")
    page.select(1)
    assert not page.detail.approve_action.isEnabled()
    assert not window.actions_.approve.isEnabled() and not window.actions_.amend.isEnabled()
    assert commands.approve(window, 1) is None
    window.close()


def test_an_approval_date_after_today_is_refused_under_the_field(window, later) -> None:  # type: ignore[no-untyped-def]
    """Today (15 April 2025 where the meeting is) is the latest date the dialog takes."""
    store = window.ctx.store
    committee = store.scalar("SELECT committee_id FROM meeting WHERE id = 1")
    ahead = meetings.plan_meeting(store, committee, "2025-05-06T10:00", carry_over=False)
    dialog = ApproveDialog(store, 1, window)
    for typed in ("2025-04-16", "demain", "2030-01-01"):
        assert _fill_and_accept(dialog, date=typed) == QDialog.DialogCode.Rejected
        assert "ahead of time" in dialog.date_error.text(), typed
    dialog.at_meeting.setCurrentIndex(dialog.at_meeting.findData(ahead))  # not held yet
    assert dialog.date.value() == "2025-05-06"
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert "ahead of time" in dialog.date_error.text()
    assert _fill_and_accept(dialog, date="aujourd'hui") == QDialog.DialogCode.Accepted
    assert dialog.values["approved_on"] == dt.date(2025, 4, 15)
