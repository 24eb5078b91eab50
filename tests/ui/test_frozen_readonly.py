"""Approved minutes are read-only everywhere in the window, before anyone tries to save."""

from __future__ import annotations

from minutier.services import minutes
from minutier.ui.forms import editor_for


def _approve_first_meeting(window) -> None:  # type: ignore[no-untyped-def]
    with window.ctx.store.transaction() as store:
        minutes.approve(store, 1, approved_on="2025-03-20")
    window.ctx.data_changed.emit()


def _first_meeting_decision(window) -> int:  # type: ignore[no-untyped-def]
    return int(window.ctx.store.scalar("SELECT min(id) FROM decision WHERE meeting_id = 1"))


def test_an_approved_meetings_decision_cannot_be_edited_on_the_decisions_page(
    window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    decision = _first_meeting_decision(window)
    page = window.go("decisions")
    assert page.show_record("decision", decision)
    detail = page.detail
    assert detail.save_button.isEnabled()  # still editable before approval
    _approve_first_meeting(window)
    qtbot.wait(20)
    assert page.show_record("decision", decision)
    assert detail.decision_id == decision
    assert detail.text.isReadOnly()
    assert not detail.save_button.isEnabled() and not detail.delete_button.isEnabled()
    assert not detail.status.isEnabled() and not any(s.isEnabled() for s in detail.votes)
    assert not detail.initiatives.isEnabled()
    assert detail.frozen_line.isVisibleTo(detail)
    # A decision of another meeting stays editable.
    other = window.ctx.store.scalar(
        "SELECT min(id) FROM decision WHERE meeting_id IS NOT 1 OR meeting_id IS NULL"
    )
    if other is not None:
        assert page.show_record("decision", int(other))
        assert detail.save_button.isEnabled() and not detail.text.isReadOnly()


def test_dialogs_of_an_approved_meeting_open_read_only(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _approve_first_meeting(window)
    decision = editor_for(window.ctx, "decision", _first_meeting_decision(window), parent=window)
    qtbot.addWidget(decision)
    decision.show()
    assert decision.frozen and decision.frozen_line.isVisible()
    assert not decision.form.widgets["text"].isEnabledTo(decision)
    assert decision.buttons.button(decision.buttons.StandardButton.Ok) is None
    decision.close()

    action_id = int(window.ctx.store.scalar("SELECT min(id) FROM action WHERE meeting_id = 1"))
    action = editor_for(window.ctx, "action", action_id, parent=window)
    qtbot.addWidget(action)
    action.show()
    assert action.frozen
    assert not action.form.widgets["text"].isEnabledTo(action)
    assert action.form.widgets["status"].isEnabledTo(action)  # follow-up stays open
    assert action.buttons.button(action.buttons.StandardButton.Ok) is not None
    action.close()
