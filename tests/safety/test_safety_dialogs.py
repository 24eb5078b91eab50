"""The window's safety dialogs: “Restore from backup…” and “History of this record”."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from minutier.services import meetings, records
from minutier.store import backup, schema
from minutier.store.connection import open_store
from minutier.ui.context import AppContext
from minutier.ui.safety import RecordHistoryDialog, RestoreDialog

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)


class Asked(list):
    reply: dict[str, QMessageBox.StandardButton]


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Asked:
    """Questions are answered by the test (Yes unless told otherwise) and recorded."""
    asked = Asked()
    reply = {"value": QMessageBox.StandardButton.Yes}

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return reply["value"]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    asked.reply = reply
    return asked


def note_count(store, text: str) -> int:  # type: ignore[no-untyped-def]
    return store.scalar("SELECT count(*) FROM note WHERE text = ?", (text,))


def test_restore_dialog_lists_and_restores_into_the_open_register(
    demo: Path, qtbot, answers
) -> None:
    store = open_store(demo, backup=True)  # the window's open: today's backup
    ctx = AppContext(store)
    ctx.run("Add note", meetings.add_note, 1, "typed after the backup")
    assert ctx.undo_stack.count() == 1
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    (info,) = dialog.backups
    assert dialog.table.item(0, 2).text() == str(info.counts["meeting"])
    assert dialog.table.item(0, 5).text() == str(info.records)
    assert dialog.restore_button.isEnabled()

    with qtbot.waitSignal(ctx.data_changed), qtbot.waitSignal(dialog.restored):
        dialog.restore_button.click()
    assert answers and "backed up first" in answers[0]
    assert note_count(store, "typed after the backup") == 0  # the open store sees it at once
    assert ctx.undo_stack.count() == 0
    assert "Restored" in dialog.message.text()
    reasons = sorted(b.reason for b in backup.list_backups(demo))
    assert reasons == ["before-restore", "daily"]
    saved = next(b for b in backup.list_backups(demo) if b.reason == "before-restore")
    conn = sqlite3.connect(f"{saved.path.as_uri()}?mode=ro&immutable=1", uri=True)
    assert conn.execute(
        "SELECT count(*) FROM note WHERE text = 'typed after the backup'"
    ).fetchone() == (1,)
    conn.close()
    ctx.run("Add note", meetings.add_note, 1, "the window keeps working")
    store.close()


def test_saying_no_changes_nothing(demo: Path, qtbot, answers) -> None:
    store = open_store(demo, backup=True)
    meetings.add_note(store, 1, "kept")
    dialog = RestoreDialog(demo)
    qtbot.addWidget(dialog)
    answers.reply["value"] = QMessageBox.StandardButton.No
    dialog.restore_button.click()
    assert note_count(store, "kept") == 1 and dialog.result_info is None
    assert [b.reason for b in backup.list_backups(demo)] == ["daily"]
    store.close()


def test_damaged_backups_are_shown_but_cannot_be_chosen(demo: Path, qtbot, answers) -> None:
    open_store(demo, backup=True).close()
    (good,) = backup.list_backups(demo)
    good.path.write_bytes(good.path.read_bytes()[:5000])  # the only backup is cut short
    dialog = RestoreDialog(demo)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert "damaged" in dialog.table.item(0, 6).text()
    dialog.table.selectRow(0)
    assert dialog.selected() is None and not dialog.restore_button.isEnabled()
    assert dialog.restore(backup.inspect(good.path)) is False  # even if forced: refused, said
    assert dialog.message.text()


def test_an_old_backup_is_brought_up_to_date_after_restoring(
    demo: Path, tmp_path: Path, qtbot, answers
) -> None:
    from test_backups import old_schema_file

    old = old_schema_file(tmp_path / "old.minutier")
    folder = backup.folder_for(demo)
    folder.mkdir(parents=True)
    shutil.copyfile(old, folder / "register.20240101-090000Z.manual.minutier")
    dialog = RestoreDialog(demo)
    qtbot.addWidget(dialog)
    assert dialog.backups[0].version == schema.LATEST_VERSION - 1
    assert dialog.restore(dialog.backups[0])
    store = open_store(demo, readonly=True)
    assert store.scalar("PRAGMA user_version") == schema.LATEST_VERSION
    assert store.scalar("SELECT name FROM person") == "Kim"
    store.close()


def test_history_dialog_shows_every_change_oldest_first(demo: Path, qtbot) -> None:
    store = open_store(demo, who="secretariat")
    note = meetings.add_note(store, 1, "Première version")
    records.update(store, "note", note, {"text": "Deuxième version"}, label="Correct note")
    uuid = records.get(store, "note", note)["uuid"]
    dialog = RecordHistoryDialog(store, "note", uuid)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert [dialog.cell(r, 3) for r in range(2)] == ["created", "changed"]
    assert dialog.cell(0, 1) == "secretariat" and dialog.cell(1, 2) == "Correct note"
    assert "Première version" in dialog.cell(0, 5)
    assert dialog.cell(1, 4) == "text = Première version"
    assert dialog.cell(1, 5) == "text = Deuxième version"
    records.delete(store, "note", note)
    again = RecordHistoryDialog(store, "note", uuid)
    qtbot.addWidget(again)
    assert again.table.rowCount() == 3 and again.cell(2, 3) == "deleted"
    store.close()


def test_history_of_the_demo_meeting(demo: Path, qtbot) -> None:
    store = open_store(demo)
    uuid = store.scalar("SELECT uuid FROM meeting WHERE id = 1")
    dialog = RecordHistoryDialog(store, "meeting", uuid)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() >= 1 and dialog.cell(0, 3) == "created"
    store.close()


def test_restore_dialog_lists_backups_in_the_order_they_were_made(demo: Path, qtbot) -> None:
    """Under a clock going back, the newest backup (made last) is still the first row."""
    import datetime as dt

    from minutier.core import clock

    store = open_store(demo)
    made = []
    for day in range(4):
        with clock.pinned(dt.datetime(2031, 6, 10, 9, tzinfo=dt.UTC) - dt.timedelta(days=day)):
            made.append(backup.daily(store).path)  # type: ignore[union-attr]
    store.close()
    dialog = RestoreDialog(demo)
    qtbot.addWidget(dialog)
    rows = [Path(dialog.table.item(row, 0).toolTip()) for row in range(dialog.table.rowCount())]
    assert rows == list(reversed(made))
    assert dialog.table.item(0, 0).text().startswith("2031-06-07")  # made last, dated earliest
    assert dialog.restore_button.isEnabled() and dialog.table.currentRow() == 0
