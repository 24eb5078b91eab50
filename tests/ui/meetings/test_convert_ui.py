"""Converting an entry from the meeting's page and from live mode: one undo step each."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QPushButton

from minutier.services import live
from minutier.ui.meetings.live import LiveMeetingWindow
from minutier.ui.meetings.page import MeetingsPage

MEETING = 1  # CSIIA/3 in the demo


def _trigger(menu, kind: str) -> None:  # type: ignore[no-untyped-def]
    menu.aboutToShow.emit()  # what opening the menu does: the kinds are re-checked
    action = next(a for a in menu.actions() if a.objectName() == f"convert_to_{kind}")
    assert action.isEnabled()
    action.trigger()


def test_meeting_page_converts_announcement_to_note(qtbot, ctx, store) -> None:
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitExposed(page)
    announcement = store.scalar(
        "SELECT id FROM announcement WHERE meeting_id = ? ORDER BY id DESC LIMIT 1", (MEETING,)
    )
    assert page.show_record("announcement", announcement)
    recorded = page.detail.recorded
    button = recorded.findChild(QPushButton, "convert_entry")
    assert button is not None and button.isEnabled()
    steps = ctx.undo_stack.count()
    text = store.scalar("SELECT text FROM announcement WHERE id = ?", (announcement,))
    figures = store.scalar("SELECT count(*) FROM figure WHERE announcement_id = ?", (announcement,))
    kind = "note" if not figures else "decision"  # a note cannot hold figures
    _trigger(button.menu(), kind)
    assert ctx.undo_stack.count() == steps + 1
    rows = recorded.view.selectionModel().selectedRows()
    entry = recorded.model.entries[rows[0].row()]
    assert (
        entry.table == kind
        and store.scalar(f"SELECT text FROM {kind} WHERE id = ?", (entry.id,)) == text
    )
    if os.environ.get("MINUTIER_SHOTS"):
        page.grab().save(os.path.join(os.environ["MINUTIER_SHOTS"], "convert-page.png"))
    ctx.undo_stack.undo()
    assert store.scalar("SELECT text FROM announcement WHERE id = ?", (announcement,)) == text


def test_live_mode_context_menu_converts_the_row(qtbot, ctx, store) -> None:
    window = LiveMeetingWindow(ctx, MEETING)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    note = live.record_line(store, MEETING, None, "relancer le ministère — 한글 <&>")
    window.reload()
    row = next(
        i for i, e in enumerate(window.model.entries) if (e.table, e.id) == ("note", note.id)
    )
    window.entries_view.selectRow(row)
    steps = ctx.undo_stack.count()
    _trigger(window.convert_menu, "action")
    assert ctx.undo_stack.count() == steps + 1
    assert window.model.entries[row].table == "action"
    assert window.model.entries[row].recorded_at == note.recorded_at
    if os.environ.get("MINUTIER_SHOTS"):
        window.resize(1100, 700)
        window.grab().save(os.path.join(os.environ["MINUTIER_SHOTS"], "convert-live.png"))
    ctx.undo_stack.undo()
    assert store.scalar("SELECT count(*) FROM note WHERE id = ?", (note.id,)) == 1
