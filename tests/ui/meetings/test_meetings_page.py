"""The Meetings page driven like a person would: plan, reorder, tick, change status, edit, delete."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton

from minutier.core.enums import AgendaKind
from minutier.services import meetings, records, series
from minutier.store.connection import Store
from minutier.ui.context import AppContext
from minutier.ui.forms.meeting_dialogs import MeetingDialog
from minutier.ui.meetings import MeetingsPage
from minutier.ui.meetings.agenda import AgendaModel
from minutier.ui.meetings.attendance import AttendanceModel
from minutier.ui.meetings.models import MeetingsModel

MEETING = 1  # CSIIA/3 in the demo


def make_page(qtbot, ctx: AppContext) -> MeetingsPage:  # type: ignore[no-untyped-def]
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def agenda_titles(store: Store, meeting_id: int = MEETING) -> list[str]:
    return [r["title"] for r in meetings.agenda(store, meeting_id)]


def test_page_lists_meetings_with_localized_date_and_translatable_title(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx)
    assert page.title() == "Meetings"
    model = page.model
    assert model.rowCount() == 1
    assert model.index(0, MeetingsModel.COMMITTEE).data() == "CSIIA"
    assert model.index(0, MeetingsModel.NUMBER).data() == "3"
    assert "2025" in model.index(0, MeetingsModel.DATE).data()
    assert model.index(0, MeetingsModel.STATUS).data() == "Minutes drafted"
    assert page.detail.meeting_id == MEETING
    assert "CSIIA" in page.detail.heading.text()


def test_new_meeting_is_numbered_in_its_zone_with_the_review_of_open_actions(
    qtbot, ctx, store, dialogs, no_message_boxes
) -> None:
    page = make_page(qtbot, ctx)

    def fill(dialog: MeetingDialog) -> bool:
        form = dialog.form.widgets
        assert form["number"].value() == "4"  # proposed: next in the committee
        assert form["timezone"].value() == "Asia/Seoul"
        assert dialog.carry_over.isEnabled() and "4" in dialog.carry_over.text()
        form["title"].set_value("Quatrième réunion")
        form["starts_at"].edit.setText("16 mars 2025 à 10h")
        assert "(Asia/Seoul)" in form["starts_at"].preview.text()
        dialog.agenda.setPlainText("Budget\nGPU\n")
        return True

    dialogs.answer(fill)
    qtbot.mouseClick(page.findChild(QPushButton, "new_meeting"), Qt.MouseButton.LeftButton)

    row = store.query_one("SELECT * FROM meeting WHERE number = 4")
    assert row is not None
    assert (row["starts_at"], row["timezone"], row["title"]) == (
        "2025-03-16T10:00",
        "Asia/Seoul",
        "Quatrième réunion",
    )
    items = meetings.agenda(store, row["id"])
    assert [i["kind"] for i in items] == [AgendaKind.REVIEW_OF_ACTIONS, "item", "item"]
    assert [i["title"] for i in items][1:] == ["Budget", "GPU"]
    assert page.detail.meeting_id == row["id"]  # the new meeting is shown
    assert page.model.rowCount() == 2
    assert no_message_boxes == []

    ctx.undo_stack.undo()  # the whole plan is one step
    assert store.scalar("SELECT count(*) FROM meeting WHERE number = 4") == 0
    assert store.scalar("SELECT count(*) FROM agenda_item WHERE meeting_id = ?", (row["id"],)) == 0
    assert page.model.rowCount() == 1


def test_a_refused_new_meeting_keeps_the_dialog_open_with_the_reason(
    qtbot, ctx, store, dialogs
) -> None:
    page = make_page(qtbot, ctx)

    def fill(dialog: MeetingDialog) -> bool:
        dialog.form.widgets["starts_at"].edit.setText("le 31 février à 10h")
        return True

    dialogs.answer(fill)
    page.new_meeting()
    dialog = dialogs.seen[0]
    assert dialog.result() == 0  # still open: nothing was saved
    error = dialog.form.errors["starts_at"]
    assert not error.isHidden() and "31 février" in error.text()
    assert store.scalar("SELECT count(*) FROM meeting") == 1


def test_agenda_reordered_by_keyboard_one_undo_step_per_move(qtbot, ctx, store) -> None:
    page = make_page(qtbot, ctx)
    editor = page.detail.agenda
    page.detail.tabs.setCurrentWidget(editor)
    before = agenda_titles(store)
    editor.select(editor.model.rows[0]["id"])
    page.activateWindow()
    editor.view.setFocus()
    qtbot.waitUntil(editor.view.hasFocus)

    qtbot.keyClick(
        editor.view,
        Qt.Key.Key_Down,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    moved = [before[1], before[0], *before[2:]]
    assert agenda_titles(store) == moved
    assert [r["title"] for r in editor.model.rows] == moved  # the view follows
    assert editor.selected_id() == meetings.agenda(store, MEETING)[1]["id"]  # still selected

    qtbot.keyClick(
        editor.view,
        Qt.Key.Key_Down,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert agenda_titles(store) == [before[1], before[2], before[0], *before[3:]]
    qtbot.keyClick(
        editor.view,
        Qt.Key.Key_Up,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert agenda_titles(store) == moved
    assert [r["position"] for r in meetings.agenda(store, MEETING)] == [1, 2, 3, 4, 5]

    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert agenda_titles(store) == before


def test_agenda_reordered_by_drag_and_drop(qtbot, ctx, store) -> None:
    page = make_page(qtbot, ctx)
    model = page.detail.agenda.model
    before = agenda_titles(store)
    data = model.mimeData([model.index(0, AgendaModel.TITLE)])
    # Dropped between the third and the fourth item.
    model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert agenda_titles(store) == [before[1], before[2], before[0], before[3], before[4]]
    ctx.undo_stack.undo()
    assert agenda_titles(store) == before


def test_attendance_ticked_in_place(qtbot, ctx, store) -> None:
    page = make_page(qtbot, ctx)
    editor = page.detail.attendance
    page.detail.tabs.setCurrentWidget(editor)
    model = editor.model
    assert model.rowCount() == 1  # Choi Sang Mok, present in the demo
    absent = model.index(0, AttendanceModel.FIRST_STATUS + 1)
    assert absent.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    page.activateWindow()
    editor.view.setFocus()
    editor.view.setCurrentIndex(absent)
    qtbot.keyClick(editor.view, Qt.Key.Key_Space)
    assert (
        store.scalar("SELECT status FROM attendance WHERE meeting_id = ?", (MEETING,)) == "absent"
    )
    assert (
        model.index(0, AttendanceModel.FIRST_STATUS + 1).data(Qt.ItemDataRole.CheckStateRole)
        == Qt.CheckState.Checked
    )
    assert (
        model.index(0, AttendanceModel.FIRST_STATUS).data(Qt.ItemDataRole.CheckStateRole)
        == Qt.CheckState.Unchecked
    )

    # Represented, and by whom.
    other = records.create(store, "person", {"name": "Kim Min-jun"})
    represented = model.index(0, AttendanceModel.FIRST_STATUS + 3)
    assert model.setData(represented, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    by = model.index(0, AttendanceModel.REPRESENTED_BY)
    assert model.flags(by) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(by, other, Qt.ItemDataRole.EditRole)
    line = store.query_one("SELECT * FROM attendance WHERE meeting_id = ?", (MEETING,))
    assert (line["status"], line["represented_by_id"]) == ("represented", other)
    assert line["capacity"] == "Président par intérim et ministre des Finances"  # kept
    assert model.index(0, AttendanceModel.REPRESENTED_BY).data() == "Kim Min-jun"


def test_committee_members_are_listed_for_ticking(qtbot, ctx, store) -> None:
    person = records.create(store, "person", {"name": "Lee Ji-won", "native_name": "이지원"})
    records.create(store, "membership", {"committee_id": 2, "person_id": person})
    page = make_page(qtbot, ctx)
    model = page.detail.attendance.model
    row = model.row_of(person)
    assert row >= 0 and model.index(row, 0).data() == "Lee Ji-won (이지원)"
    present = model.index(row, AttendanceModel.FIRST_STATUS)
    assert present.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(present, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert (
        store.scalar(
            "SELECT status FROM attendance WHERE meeting_id = ? AND person_id = ?",
            (MEETING, person),
        )
        == "present"
    )


def test_status_change_and_a_refused_one(qtbot, ctx, store, no_message_boxes) -> None:
    page = make_page(qtbot, ctx)
    combo = page.detail.status
    combo.setCurrentIndex(combo.findData("held"))
    combo.activated.emit(combo.currentIndex())
    assert store.scalar("SELECT status FROM meeting WHERE id = ?", (MEETING,)) == "held"
    combo.setCurrentIndex(combo.findData("minutes_approved"))
    combo.activated.emit(combo.currentIndex())
    assert store.scalar("SELECT status FROM meeting WHERE id = ?", (MEETING,)) == "held"
    assert combo.currentData() == "held"  # the combo says what is stored
    assert len(no_message_boxes) == 1 and "Approve minutes" in no_message_boxes[0]


def test_details_saved_or_refused_under_the_field(qtbot, ctx, store) -> None:
    page = make_page(qtbot, ctx)
    form = page.detail.form
    form.widgets["place"].set_value("Séoul, Cheong Wa Dae")
    assert page.detail.save()
    assert records.get(store, "meeting", MEETING)["place"] == "Séoul, Cheong Wa Dae"
    assert "Séoul" in page.detail.subheading.text()

    page.detail.form.widgets["ends_at"].edit.setText("pas une date")
    assert not page.detail.save()
    assert not form.errors["ends_at"].isHidden()
    assert "pas une date" in form.errors["ends_at"].text()
    assert records.get(store, "meeting", MEETING)["ends_at"] == "2025-02-16T12:00"


def test_delete_says_what_goes_along(qtbot, ctx, store, monkeypatch) -> None:
    page = make_page(qtbot, ctx)
    asked: list[str] = []

    def question(parent, title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    page.delete_meeting()
    for taken in ("agenda items (5)", "decisions (5)", "actions (4)", "figures (15)"):
        assert taken in asked[0]
    assert store.scalar("SELECT count(*) FROM meeting") == 0
    assert store.scalar("SELECT count(*) FROM decision") == 0
    assert page.model.rowCount() == 0 and page.detail.meeting_id is None
    ctx.undo_stack.undo()
    assert store.scalar("SELECT count(*) FROM decision") == 5
    assert page.model.rowCount() == 1


def test_plan_next_of_series(qtbot, ctx, store, monkeypatch) -> None:
    series_id = series.create_series(
        store, 2, "FREQ=MONTHLY;BYDAY=+3SU", "2025-03-16T10:00", title="Suivi mensuel"
    )
    page = make_page(qtbot, ctx)
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: (a[3][0], True)))
    page.plan_next_of_series()
    row = store.query_one("SELECT * FROM meeting WHERE series_id = ?", (series_id,))
    assert row["starts_at"] == "2025-03-16T10:00" and row["number"] == 4
    assert page.detail.meeting_id == row["id"]
    page.plan_next_of_series()  # the shown meeting's series: the one after
    rows = store.query("SELECT starts_at FROM meeting WHERE series_id = ? ORDER BY 1", (series_id,))
    assert [r["starts_at"] for r in rows] == ["2025-03-16T10:00", "2025-04-20T10:00"]


def test_f9_opens_live_mode_for_the_selected_meeting(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx)
    page.activateWindow()
    page.view.setFocus()
    qtbot.waitUntil(page.view.hasFocus)
    qtbot.keyClick(page.view, Qt.Key.Key_F9)
    window = page.live_windows.get(MEETING)
    assert window is not None and window.isVisible()
    window.close()


def test_show_record_selects_the_part_of_a_meeting(qtbot, ctx, store) -> None:
    page = make_page(qtbot, ctx)
    announcement = store.scalar("SELECT id FROM announcement ORDER BY id DESC LIMIT 1")
    assert page.show_record("announcement", announcement)
    assert page.detail.tabs.currentWidget() is page.detail.recorded
    rows = page.detail.recorded.view.selectionModel().selectedRows()
    entry = page.detail.recorded.model.entries[rows[0].row()]
    assert (entry.table, entry.id) == ("announcement", announcement)
    item = meetings.agenda(store, MEETING)[2]["id"]
    assert page.show_record("agenda_item", item)
    assert page.detail.agenda.selected_id() == item
    assert not page.show_record("committee", 1)


def test_plan_next_meeting_from_the_held_one(qtbot, ctx, store) -> None:
    from PySide6.QtWidgets import QPushButton

    from minutier.ui.meetings.next_meeting_action import plan_next_from

    page = make_page(qtbot, ctx)
    assert page.select(MEETING)
    assert page.findChild(QPushButton, "plan_next_meeting") is not None
    steps = ctx.undo_stack.count()
    new = plan_next_from(page, "2025-03-16 10:00")
    assert new is not None and ctx.undo_stack.count() == steps + 1
    assert page.selected_id() == new
    row = store.query_one("SELECT * FROM meeting WHERE id = ?", (new,))
    old = store.query_one("SELECT * FROM meeting WHERE id = ?", (MEETING,))
    assert (row["place"], row["chair_id"]) == (old["place"], old["chair_id"])
    review = meetings.agenda(store, new)[0]
    assert review["kind"] == "review_of_actions" and review["notes"].count("CSIIA-A") == 4
