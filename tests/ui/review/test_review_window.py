"""The window side of offline review: a pack opens in its review window; cut, merge, conflicts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

from minutier.services.packs import cut, edit
from minutier.store.connection import open_store

OFFSCREEN_NOISE = r"This plugin does not support (propagateSizeHints|raise)\(\)"
pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
OWNER = "Ministère des Sciences"


@pytest.fixture
def pack(register: Path, tmp_path: Path) -> Path:
    out = tmp_path / "pack.minutier"
    with open_store(register, who="secretariat") as store:
        cut.cut_pack(store, OWNER, out)
    return out


@pytest.fixture
def no_modal(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Dialogs run with exec() return at once; message boxes' texts are recorded."""
    from minutier.ui.review import conflicts

    shown: list[str] = []

    def box_exec(self: QMessageBox) -> int:
        shown.append(self.text() + "\n" + self.detailedText())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    monkeypatch.setattr(
        conflicts.ConflictsDialog, "exec", lambda self: shown.append("conflicts") or 0
    )
    return shown


def _open(app, path: Path, qtbot):  # type: ignore[no-untyped-def]
    from minutier.ui.controller import Controller

    c = Controller()
    assert c.open_path(str(path))
    return c


def test_a_pack_opens_in_its_review_window_with_only_the_permitted_edits(app, pack, qtbot, answers):
    from minutier.ui.review.window import ReviewWindow

    c = _open(app, pack, qtbot)
    w = c.window
    assert isinstance(w, ReviewWindow)
    header = w.header.text()
    assert "Ministère des Sciences et des TIC" in header and "register.minutier" in header
    assert w.table.rowCount() == 3
    refs = [w.table.item(i, 0).text() for i in range(3)]
    w.table.selectRow(refs.index("CSIIA-A1"))
    assert "Meeting: CSIIA/3" in w.context.text()

    w.status.setCurrentIndex(w.status.findData("in_progress"))
    w.set_status_button.click()
    assert w.ctx.store.scalar("SELECT status FROM action WHERE number = 1") == "in_progress"
    w.note.setText("진행 중 <b>bold</b> & co")
    w.add_note_button.click()
    assert "진행 중 <b>bold</b> & co" in w.notes.toPlainText()

    w.due.setText("2025-06-30")
    w.propose_button.click()  # no reason: refused in a sentence, nothing typed is lost
    assert answers and "reason" in answers[-1] and w.due.text() == "2025-06-30"
    w.reason.setText("budget")
    w.propose_button.click()
    assert w.ctx.store.scalar("SELECT due_on FROM action WHERE number = 1") == "2025-06-30"
    assert w.due.text() == ""

    w.undo.trigger()  # its own undo
    assert w.ctx.store.scalar("SELECT due_on FROM action WHERE number = 1") == "2025-03-31"
    w.close()


def test_the_main_window_offers_cut_and_merge(
    app, register, pack, tmp_path, qtbot, no_modal, monkeypatch, answers
):
    from minutier.ui.review import commands
    from minutier.ui.review.commands import CutDialog

    with open_store(pack, who="official") as p:
        a1 = p.scalar("SELECT id FROM action WHERE number = 1")
        edit.edit_action(p, a1, status="done", note="fini")
    c = _open(app, register, qtbot)
    w = c.window
    page = w.go("actions")
    assert page.findChild(QPushButton, "review_pack") is not None
    file_menu = w.menuBar().actions()[0].menu()
    names = {a.objectName() for a in file_menu.actions()}
    assert {"action_merge_pack", "action_conflicts"} <= names

    monkeypatch.setattr(CutDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    second = tmp_path / "second.minutier"
    assert commands.cut_pack(w.ctx, w, out=str(second)) == second and second.exists()

    steps = w.ctx.undo_stack.count()
    report = commands.merge_pack(w, w.ctx, str(pack))
    assert report is not None and report.updated == 1 and report.inserted == 1
    assert w.ctx.store.scalar("SELECT status FROM action WHERE number = 1") == "done"
    assert w.ctx.undo_stack.count() == steps + 1
    w.ctx.undo_stack.undo()
    assert w.ctx.store.scalar("SELECT status FROM action WHERE number = 1") != "done"
    w.close()


def test_the_conflicts_dialog_settles_one_undoable_step(
    app, register, pack, qtbot, no_modal, answers
):
    from minutier.ui.review import commands
    from minutier.ui.review.conflicts import ConflictsDialog

    with open_store(pack, who="official") as p:
        edit.edit_action(
            p, p.scalar("SELECT id FROM action WHERE number = 2"), due="2025-09-30", reason="r"
        )
    c = _open(app, register, qtbot)
    w = c.window
    w.ctx.run(
        "due",
        edit.edit_action,
        w.ctx.store.scalar("SELECT id FROM action WHERE number = 2"),
        due="2025-08-31",
    )
    commands.merge_pack(w, w.ctx, str(pack))
    assert "conflicts" in no_modal
    dialog = ConflictsDialog(w.ctx, w)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "CSIIA-A2"
    assert dialog.table.item(0, 2).text() == "2025-06-30"
    dialog.take_incoming.click()
    assert dialog.table.rowCount() == 0
    assert w.ctx.store.scalar("SELECT due_on FROM action WHERE number = 2") == "2025-09-30"
    w.ctx.undo_stack.undo()
    dialog.refresh()
    assert dialog.table.rowCount() == 1
    w.close()


def test_an_import_lists_every_warning_and_conflict_in_full(
    app, register, qtbot, no_modal, answers
):
    from minutier.services.exchange import json_format
    from minutier.ui.review.commands import show_import_details

    c = _open(app, register, qtbot)
    w = c.window
    data = json_format.export_data(w.ctx.store)
    data["version"] = 1
    for rows in data["records"].values():
        for row in rows:
            row.pop("base", None)
    person = data["records"]["person"][0]
    person["notes"] = "Ancienne valeur"
    person["updated_at"] = "2001-01-01T00:00:00.000Z"
    data["unknown_key"] = 1
    report = json_format.import_data(w.ctx.store, data, source="old.json")
    assert len(report.details()) == 2
    show_import_details(w, report.summary(), report.details(), bool(report.conflicts))
    shown = no_modal[-1]
    for line in report.details():
        assert line in shown  # every one in full, not only counted
    w.close()
