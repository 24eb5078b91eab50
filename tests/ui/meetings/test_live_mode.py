"""Live mode driven from the keyboard: lines recorded at Enter, undone, corrected, refused."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPushButton

from minutier.services import meetings
from minutier.store.connection import Store
from minutier.ui.context import AppContext
from minutier.ui.meetings.attendance import AttendanceModel
from minutier.ui.meetings.live import LiveMeetingWindow, measure_enter
from minutier.ui.meetings.live_model import LiveEntriesModel

MEETING = 1
CTRL = Qt.KeyboardModifier.ControlModifier


def type_text(widget: QLineEdit, text: str) -> None:
    """Type like a keyboard does, accents and Hangul included (keyClicks is ASCII only)."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


@pytest.fixture
def window(qtbot, ctx: AppContext) -> LiveMeetingWindow:  # type: ignore[no-untyped-def]
    w = LiveMeetingWindow(ctx, MEETING)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    w.entry.setFocus()
    qtbot.waitUntil(w.entry.hasFocus)
    return w


def enter(qtbot, window: LiveMeetingWindow, line: str) -> None:  # type: ignore[no-untyped-def]
    type_text(window.entry, line)
    assert window.entry.text() == line
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)


def count(store: Store, table: str) -> int:
    return store.scalar(f"SELECT count(*) FROM {table} WHERE meeting_id = ?", (MEETING,))


def test_three_lines_recorded_at_enter_and_shown_at_once(qtbot, window, store, ctx) -> None:
    items = [r["id"] for r in meetings.agenda(store, MEETING)]
    assert window.current_item == items[0]
    qtbot.keyClick(window.entry, Qt.Key.Key_Down, CTRL)  # to the second agenda item
    assert window.current_item == items[1]
    shown = window.model.rowCount()

    enter(qtbot, window, "Le président ouvre la séance — 회의 시작.")
    assert window.entry.text() == ""  # recorded: the box is ready for the next line
    note = store.query_one("SELECT * FROM note WHERE meeting_id = ?", (MEETING,))
    assert note["text"] == "Le président ouvre la séance — 회의 시작."
    assert note["agenda_item_id"] == items[1]
    assert window.model.rowCount() == shown + 1

    enter(qtbot, window, "D: Acheter 8 000 GPU supplémentaires")
    decision = store.query_one("SELECT * FROM decision ORDER BY id DESC LIMIT 1")
    assert (decision["text"], decision["number"]) == ("Acheter 8 000 GPU supplémentaires", 6)
    assert decision["agenda_item_id"] == items[1]

    enter(
        qtbot,
        window,
        "A: @Ministère des Sciences et des TIC envoyer le plan interministériel d'ici fin mars",
    )
    action = store.query_one("SELECT * FROM action ORDER BY id DESC LIMIT 1")
    assert action["text"] == "envoyer le plan interministériel"
    assert action["due_on"] == "2025-03-31"  # "fin mars" said at the meeting of 16 February
    msit = store.scalar("SELECT id FROM organisation WHERE short_name = 'MSIT'")
    assert action["owner_organisation_id"] == msit

    assert window.model.rowCount() == shown + 3
    last = window.model.rowCount() - 1
    marker = window.model.index(last, LiveEntriesModel.KIND).data()
    assert marker == "Action 5 · Ministère des Sciences et des TIC · due 31 March 2025"
    assert window.model.index(last - 1, LiveEntriesModel.KIND).data() == "Decision 6"
    assert window.model.index(last, LiveEntriesModel.ITEM).data() == "2"
    assert ":" in window.model.index(last, LiveEntriesModel.TIME).data()
    assert ctx.undo_stack.count() == 3  # one undo step per line


def test_undo_removes_the_last_entry_from_register_and_view(qtbot, window, store) -> None:
    shown = window.model.rowCount()
    enter(qtbot, window, "D: reporter le point")
    assert count(store, "decision") == 6
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, CTRL)  # the box is empty: Ctrl+Z undoes the line
    assert count(store, "decision") == 5
    qtbot.waitUntil(lambda: window.model.rowCount() == shown)
    texts = [e.text for e in window.model.entries]
    assert "reporter le point" not in texts
    qtbot.keyClick(window.entry, Qt.Key.Key_Y, CTRL)  # and redo brings it back
    assert count(store, "decision") == 6
    qtbot.waitUntil(lambda: window.model.rowCount() == shown + 1)


def test_ctrl_z_while_typing_undoes_the_typing_not_the_register(qtbot, window, store) -> None:
    enter(qtbot, window, "D: une décision")
    type_text(window.entry, "abc")
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, CTRL)
    assert count(store, "decision") == 6


def test_correct_an_entry_in_place(qtbot, window, store, ctx) -> None:
    enter(qtbot, window, "A: @MSIT envoyer le plan d'ici fin mars")
    row = window.model.rowCount() - 1
    window.entries_view.selectRow(row)
    qtbot.keyClick(window.entries_view, Qt.Key.Key_F2)
    editor = window.entries_view.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.text() == (
        "A: @Ministère des Sciences et des TIC envoyer le plan d'ici 2025-03-31"
    )
    editor.setText("A: @Choi Sang Mok envoyer le plan révisé d'ici fin avril")
    steps = ctx.undo_stack.count()
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop
    qtbot.waitUntil(lambda: ctx.undo_stack.count() == steps + 1)
    action = store.query_one("SELECT * FROM action ORDER BY id DESC LIMIT 1")
    assert action["text"] == "envoyer le plan révisé" and action["due_on"] == "2025-04-30"
    assert action["owner_person_id"] is not None and action["owner_organisation_id"] is None
    assert "Choi Sang Mok" in window.model.index(row, LiveEntriesModel.KIND).data()
    assert window.model.index(row, LiveEntriesModel.TEXT).data() == "envoyer le plan révisé"
    assert ctx.undo_stack.count() == steps + 1  # one step
    ctx.undo_stack.undo()
    action = store.query_one("SELECT * FROM action ORDER BY id DESC LIMIT 1")
    assert action["text"] == "envoyer le plan" and action["due_on"] == "2025-03-31"


def test_refused_correction_keeps_what_was_typed(qtbot, window, store) -> None:
    enter(qtbot, window, "une note")
    row = window.model.rowCount() - 1
    assert not window.correct(row, "A: faire d'ici 31/02/2025")  # no such day
    assert not window.error.isHidden() and "no such day" in window.error.text()
    assert window.model.index(row, LiveEntriesModel.TEXT).data(Qt.ItemDataRole.EditRole) == (
        "A: faire d'ici 31/02/2025"
    )
    assert store.scalar("SELECT text FROM note ORDER BY id DESC LIMIT 1") == "une note"


def test_correction_of_another_kind_converts_in_one_step(qtbot, window, store, ctx) -> None:
    enter(qtbot, window, "une note")
    row = window.model.rowCount() - 1
    steps = ctx.undo_stack.count()
    assert window.correct(row, "D: une décision")
    assert ctx.undo_stack.count() == steps + 1
    assert window.model.entries[row].table == "decision"
    assert store.scalar("SELECT count(*) FROM note") == 0
    ctx.undo_stack.undo()
    assert store.scalar("SELECT text FROM note ORDER BY id DESC LIMIT 1") == "une note"


def test_a_bad_line_stays_in_the_box_with_the_reason(qtbot, window, store, ctx) -> None:
    shown = window.model.rowCount()
    line = "A: @Ministere des Sciencs envoyer le plan d'ici fin mars"
    enter(qtbot, window, line)
    assert window.entry.text() == line  # nothing typed is lost
    assert not window.error.isHidden()
    assert "@Ministere des Sciencs" in window.error.text()
    assert "no person or organisation" in window.error.text()
    assert window.model.rowCount() == shown and ctx.undo_stack.count() == 0
    assert count(store, "action") == 4

    window.entry.setText("A: @MSIT envoyer le plan d'ici fin mras")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    assert "fin mras" in window.error.text() and "not a date" in window.error.text()

    type_text(window.entry, "x")  # typing again hides the stale reason
    assert window.error.isHidden()


def test_attendance_ticked_from_live_mode(qtbot, window, store) -> None:
    model = window.attendance.model
    excused = model.index(0, AttendanceModel.FIRST_STATUS + 2)
    assert model.setData(excused, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert store.scalar("SELECT status FROM attendance WHERE meeting_id = ?", (MEETING,)) == (
        "excused"
    )
    assert window.attendance.view.isColumnHidden(AttendanceModel.CAPACITY)


def test_agenda_navigation_stays_within_the_agenda(qtbot, window) -> None:
    for _ in range(10):
        qtbot.keyClick(window.entry, Qt.Key.Key_Down, CTRL)
    assert window.agenda.currentRow() == window.agenda.count() - 1
    for _ in range(10):
        qtbot.keyClick(window.entry, Qt.Key.Key_Up, CTRL)
    assert window.agenda.currentRow() == 0
    assert "Plan d'accélération" in window.current_label.text()


def test_measure_enter_helper_for_the_benchmark(qtbot, window, store) -> None:
    times = measure_enter(window, [f"note {i}" for i in range(5)])
    assert len(times) == 5 and all(t > 0 for t in times)
    assert count(store, "note") == 5


def test_page_waits_while_live_mode_records(qtbot, ctx, store) -> None:
    from minutier.ui.meetings import MeetingsPage

    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    window = page.open_live(MEETING)
    reloads = []
    page.model.modelReset.connect(lambda: reloads.append(1))
    window.entry.setText("D: une décision")
    window.submit()
    assert reloads == []  # Enter did not re-read the page behind
    window.close()
    qtbot.waitUntil(lambda: reloads != [])  # it catches up when live mode closes
    assert page.detail.recorded.model.rowCount() == 15


def type_to_focus(text: str) -> None:
    """Type as a person does: each key goes to whatever widget has the focus."""
    from PySide6.QtWidgets import QApplication

    for ch in text:
        target = QApplication.focusWidget()
        assert target is not None
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, target, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def test_the_line_typed_after_a_correction_is_recorded(qtbot, window, store) -> None:
    from PySide6.QtWidgets import QApplication

    enter(qtbot, window, "une note à corriger")
    row = window.model.rowCount() - 1
    window.entries_view.selectRow(row)
    window.entries_view.setFocus()
    qtbot.keyClick(window.entries_view, Qt.Key.Key_F2)
    editor = window.entries_view.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.setText("une note corrigée")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: store.scalar("SELECT count(*) FROM note WHERE text = 'une note corrigée'") == 1
    )
    qtbot.wait(10)
    # Straight on with the next line, without touching the mouse.
    type_to_focus("la ligne suivante")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert store.scalar("SELECT count(*) FROM note WHERE text = 'la ligne suivante'") == 1
    assert window.entry.hasFocus() and window.entry.text() == ""


def test_keys_typed_in_the_lists_reach_the_entry_box(qtbot, window, store) -> None:
    from PySide6.QtWidgets import QApplication

    window.entries_view.setFocus()
    qtbot.waitUntil(window.entries_view.hasFocus)
    type_to_focus("ab")  # the first key moves the focus; none is dropped
    assert window.entry.text() == "ab"
    window.attendance.view.setFocus()
    qtbot.waitUntil(window.attendance.view.hasFocus)
    type_to_focus("c")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert store.scalar("SELECT count(*) FROM note WHERE text = 'abc'") == 1


def test_an_unknown_owner_is_created_with_the_line_in_one_step(qtbot, window, store, ctx) -> None:
    line = "A: @Ministère de l'Intérieur envoyer le plan d'ici fin mars"
    shown = window.model.rowCount()
    orgs = store.scalar("SELECT count(*) FROM organisation")
    enter(qtbot, window, line)
    assert window.entry.text() == line and not window.owner_bar.isHidden()
    assert window.owner_name.text() == "Ministère de l'Intérieur"  # guessed, editable
    # Keyboard only: Tab to the guessed name, Enter adds it as an organisation.
    qtbot.keyClick(window.entry, Qt.Key.Key_Tab)
    assert window.owner_name.hasFocus()
    qtbot.keyClick(window.owner_name, Qt.Key.Key_Return)
    assert store.scalar("SELECT count(*) FROM organisation") == orgs + 1, window.error.text()
    action = store.query_one("SELECT * FROM action ORDER BY id DESC LIMIT 1")
    assert action["text"] == "envoyer le plan" and action["owner_organisation_id"] is not None
    assert window.model.rowCount() == shown + 1 and window.entry.text() == ""
    assert window.owner_bar.isHidden() and window.entry.hasFocus()
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()  # one step takes back both
    assert store.scalar("SELECT count(*) FROM organisation") == orgs
    # The new owner is now known to the next line.
    ctx.undo_stack.redo()
    enter(qtbot, window, "A: @Ministère de l'Intérieur relire le plan")
    assert store.scalar("SELECT count(*) FROM action WHERE text = 'relire le plan'") == 1


def test_the_window_remembers_its_size_and_fits_the_screen(qtbot, ctx) -> None:
    first = LiveMeetingWindow(ctx, MEETING)  # deletes itself on close
    room = first.screen().availableGeometry()  # offscreen: 800×600, less than 1100×700
    assert first.width() <= room.width() and first.height() <= room.height()
    first.show()
    first.resize(640, 480)
    first.close()
    second = LiveMeetingWindow(ctx, MEETING)
    assert (second.width(), second.height()) == (640, 480)
    second.close()


def test_attendance_names_are_not_squeezed(qtbot, window) -> None:
    view = window.attendance.view
    window.resize(1100, 700)
    qtbot.wait(30)
    name = view.model().index(0, AttendanceModel.PERSON).data()
    assert (
        view.columnWidth(AttendanceModel.PERSON)
        >= view.fontMetrics().horizontalAdvance(name.split()[0]) + 6
    )


def test_an_unknown_owner_can_be_kept_to_resolve_later(qtbot, window, store, ctx) -> None:
    """ "Keep, owner later": the line is saved without an owner, the typed name kept on it,
    listed in the live window and on the Actions page; nothing typed is lost; one undo step."""
    import datetime as dt

    from minutier.store import queries
    from minutier.ui.pages.action_filters import TO_RESOLVE, ActionFilterBar

    line = "A: @Ministère de l'Intérieur envoyer le plan <&\"> d'ici fin mars"
    orgs, people = (store.scalar(f"SELECT count(*) FROM {t}") for t in ("organisation", "person"))
    shown = window.model.rowCount()
    enter(qtbot, window, line)
    assert not window.owner_bar.isHidden()
    later = window.owner_bar.findChild(QPushButton, "live_owner_later")
    assert later is not None and later.isVisible()
    qtbot.mouseClick(later, Qt.MouseButton.LeftButton)
    action = store.query_one("SELECT * FROM action ORDER BY id DESC LIMIT 1")
    assert action["text"] == 'envoyer le plan <&">', window.error.text()
    assert action["due_on"] is not None  # "d'ici fin mars" still read as the due date
    assert action["owner_person_id"] is None and action["owner_organisation_id"] is None
    notes = store.query("SELECT text FROM action_note WHERE action_id = ?", (action["id"],))
    assert [n["text"] for n in notes] == ["@Ministère de l'Intérieur"]  # the name as typed
    # Nothing created in the register's people and organisations, nothing lost in the window.
    assert store.scalar("SELECT count(*) FROM organisation") == orgs
    assert store.scalar("SELECT count(*) FROM person") == people
    assert window.model.rowCount() == shown + 1 and window.entry.text() == ""
    assert window.owner_bar.isHidden() and window.entry.hasFocus()
    assert not window.to_resolve.isHidden()
    assert "Ministère de l'Intérieur" in window.to_resolve.text()

    # Listed on the Actions page: Owner ▸ To resolve.
    bar = ActionFilterBar(store, lambda: dt.date(2025, 2, 16))
    qtbot.addWidget(bar)
    bar.owner.setCurrentIndex(bar.owner.findData(TO_RESOLVE))
    listed = queries.actions(store, bar.current())
    assert [r["id"] for r in listed] == [action["id"]]
    # Once an owner is set it is no longer to resolve.
    with store.operation("Set owner") as op:
        op.update("action", action["id"], {"owner_organisation_id": 1})
    assert queries.count_actions(store, bar.current()) == 0


def test_keeping_an_owner_later_is_one_undo_step(qtbot, window, store, ctx) -> None:
    enter(qtbot, window, "A: @Cour des comptes relire le rapport")
    before = store.scalar("SELECT count(*) FROM action")
    window.keep_owner_later()
    assert store.scalar("SELECT count(*) FROM action") == before + 1
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert store.scalar("SELECT count(*) FROM action") == before
    assert store.scalar("SELECT count(*) FROM action_note WHERE text LIKE '@Cour%'") == 0
    # A name that is not in the line is refused and the line stays in the box.
    enter(qtbot, window, "A: @Cour des comptes relire le rapport")
    window.owner_name.setText("Sénat")
    assert window.keep_owner_later() is None
    assert window.entry.text() == "A: @Cour des comptes relire le rapport"
    assert not window.error.isHidden()
    assert store.scalar("SELECT count(*) FROM action") == before


def test_the_owner_bar_fits_a_1000_px_screen_in_french(qtbot, ctx, compiled_translations) -> None:  # type: ignore[no-untyped-def]
    """The three ways forward on one line squeezed the name field to "ieur" in French."""
    from minutier.ui import i18n

    assert i18n.install("fr")
    try:
        w = LiveMeetingWindow(ctx, MEETING)
        qtbot.addWidget(w)
        w.resize(1000, 700)
        w.show()
        qtbot.waitExposed(w)
        w.entry.setText("A: @Ministère de l'Intérieur envoyer le plan d'ici fin mars")
        w.submit()
        qtbot.wait(10)
        assert not w.owner_bar.isHidden()
        assert w.minimumSizeHint().width() <= 1000
        name = w.owner_name
        assert name.width() >= name.fontMetrics().horizontalAdvance(name.text())
    finally:
        i18n.install("en")
