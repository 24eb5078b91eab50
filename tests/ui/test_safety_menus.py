"""File ▸ Restore from backup… and Edit ▸ History of this record… in the window."""

from __future__ import annotations

from pathlib import Path

from minutier.services import meetings
from minutier.store import backup
from minutier.ui.safety import menu
from minutier.ui.safety.history import RecordHistoryDialog
from minutier.ui.safety.restore import RestoreDialog


def _history(window, monkeypatch) -> RecordHistoryDialog | None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(RecordHistoryDialog, "exec", lambda self: 0)
    before = set(window.findChildren(RecordHistoryDialog))
    window.actions_.history.trigger()
    shown = set(window.findChildren(RecordHistoryDialog)) - before
    return shown.pop() if shown else None


def test_history_of_the_selected_meeting_action_and_person(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert "&History of this record…" in [
        a.text() for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()
    ]
    page = window.go("meetings")
    page.select(1)
    page.detail.form.set_value("place", "Séoul")
    assert page.detail.save()
    dialog = _history(window, monkeypatch)
    assert dialog is not None and dialog.windowTitle() == "History of this record"
    kinds = [dialog.cell(r, 3) for r in range(dialog.table.rowCount())]
    assert kinds[0] == "created" and kinds[-1] == "changed"
    assert "Séoul" in dialog.cell(dialog.table.rowCount() - 1, 5)
    assert dialog.table.horizontalHeaderItem(0).text() == "When"

    actions = window.go("actions")
    actions.view.selectRow(0)
    dialog = _history(window, monkeypatch)
    assert dialog is not None and dialog.cell(0, 3) == "created"
    assert ("action", actions.current_id()) == menu.current_record(window)

    people = window.go("people")
    people.tabs.setCurrentWidget(people.people)
    people.people.view.selectRow(0)
    assert menu.current_record(window) == ("person", people.people.current_id())
    assert _history(window, monkeypatch) is not None

    decisions = window.go("decisions")
    decisions.view.selectRow(0)
    assert menu.current_record(window)[0] == "decision"
    initiatives = window.go("initiatives")
    initiatives.view.selectRow(0)
    assert menu.current_record(window)[0] == "initiative"


def test_history_without_a_selection_says_what_to_select(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window.go("dashboard")
    assert _history(window, monkeypatch) is None
    assert window.statusBar().currentMessage().startswith("Select a meeting, action")


def test_restore_from_backup_puts_the_content_back_and_reopens(  # type: ignore[no-untyped-def]
    controller, register: Path, qtbot, monkeypatch, answers
) -> None:
    window = controller.window
    backup.backup_file(register, None)  # a backup with the demo's one meeting
    store = window.ctx.store
    committee = store.scalar("SELECT committee_id FROM meeting WHERE id = 1")
    window.ctx.run("Plan", meetings.plan_meeting, committee, "2025-05-01T10:00", carry_over=False)
    assert store.scalar("SELECT count(*) FROM meeting") == 2

    def exec_(self: RestoreDialog) -> int:
        assert self.table.rowCount() >= 1
        manual = next(i for i, b in enumerate(self.backups) if b.reason == "manual")
        self.table.selectRow(manual)
        assert self.restore_selected() is None
        return 0

    monkeypatch.setattr(RestoreDialog, "exec", exec_)
    restore_action = window.actions_.restore
    assert restore_action.isEnabled()
    restore_action.trigger()
    assert any("Replace the content of register.minutier" in a for a in answers)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window is not window)
    new = controller.window
    assert new.ctx.store.path == register
    assert new.ctx.store.scalar("SELECT count(*) FROM meeting") == 1
    assert new.ctx.undo_stack.count() == 0
    kept = [b.reason for b in backup.list_backups(register)]
    assert "before-restore" in kept  # the replaced content was kept


def test_restore_is_disabled_read_only(app, register: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from minutier.store.connection import open_store
    from minutier.ui.controller import Controller

    c = Controller()
    window = c.show_store(open_store(register, readonly=True))
    assert not window.actions_.restore.isEnabled()
    window.close()
