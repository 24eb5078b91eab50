"""The next meeting's review item lists the open actions it carries, in the agenda and live."""

from __future__ import annotations

from minutier.services import meetings
from minutier.ui.meetings.agenda import AgendaEditor, AgendaModel
from minutier.ui.meetings.live import LiveMeetingWindow


def next_meeting(store) -> int:  # type: ignore[no-untyped-def]
    committee = store.scalar("SELECT committee_id FROM meeting WHERE id = 1")
    return meetings.plan_meeting(store, committee, "2025-05-20T10:00", agenda=["Divers"])


def test_the_agenda_lists_the_carried_actions_under_the_review(qtbot, ctx, store) -> None:  # type: ignore[no-untyped-def]
    meeting = next_meeting(store)
    editor = AgendaEditor(ctx)
    qtbot.addWidget(editor)
    editor.load(meeting)
    title = editor.model.index(0, AgendaModel.TITLE).data()
    assert title.startswith("Suivi des actions en cours")
    for ref in ("CSIIA-1", "CSIIA-2", "CSIIA-3", "CSIIA-4"):
        assert ref in title
    assert "Ministère des Sciences et des TIC" in title
    assert editor.model.index(1, AgendaModel.TITLE).data() == "Divers"
    # An action closed before the meeting drops out.
    from minutier.services import actions

    first = store.scalar("SELECT id FROM action WHERE number = 1")
    actions.set_status(store, [first], "done")
    editor.load(meeting)
    assert "CSIIA-1 " not in editor.model.index(0, AgendaModel.TITLE).data()


def test_live_mode_shows_the_carried_actions_while_on_the_review(qtbot, ctx, store) -> None:  # type: ignore[no-untyped-def]
    meeting = next_meeting(store)
    window = LiveMeetingWindow(ctx, meeting)
    qtbot.addWidget(window)
    window.show()
    assert window.agenda.currentRow() == 0
    assert window.carried.isVisible()
    assert "CSIIA-2" in window.carried.text()
    window.step_item(1)
    assert not window.carried.isVisible()
    window.close()


def test_the_carry_over_box_is_in_view_when_the_new_meeting_dialog_opens(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from minutier.ui.forms import editor_for

    dialog = editor_for(ctx, "meeting", committee_id=1)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    box = dialog.carry_over
    assert box.isVisible()
    scroll = box.parentWidget()
    while scroll is not None and not hasattr(scroll, "viewport"):
        scroll = scroll.parentWidget()
    viewport = scroll.viewport() if scroll is not None else dialog
    where = box.mapTo(viewport, box.rect().bottomLeft())
    assert where.y() <= viewport.height(), "the carry-over box is below the fold"
    room = dialog.screen().availableGeometry()
    assert dialog.height() <= room.height() and dialog.width() <= room.width()


def test_the_carry_over_box_says_what_it_does_before_a_committee_is_chosen(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """Seen at 1280×800: a bare tick box under the agenda when no committee was chosen yet."""
    from minutier.ui.forms import editor_for

    dialog = editor_for(ctx, "meeting")
    qtbot.addWidget(dialog)
    assert dialog.carry_over.text().startswith("Open the agenda with a review")
    assert not dialog.carry_over.isEnabled()  # nothing to carry before a committee is known
    dialog.form.set_value("committee_id", 1)
    assert dialog.carry_over.text().startswith("Open the agenda with a review")
