"""The quorum shown in live mode and in the decision dialog; a proxy refused in words."""

from __future__ import annotations

import os

from minutier.services import meetings, records
from minutier.ui.forms import editor_for
from minutier.ui.meetings.live import LiveMeetingWindow

MEETING = 1  # CSIIA/3 in the demo: one voting member (the chair), present


def _rule(store, rule: str) -> None:  # type: ignore[no-untyped-def]
    committee = records.get(store, "meeting", MEETING)["committee_id"]
    records.update(store, "committee", committee, {"quorum": rule})


def test_live_mode_shows_present_and_required_and_follows_attendance(qtbot, ctx, store) -> None:
    window = LiveMeetingWindow(ctx, MEETING)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.quorum.isHidden()  # no rule: nothing to show
    _rule(store, "2")
    person = records.create(store, "person", {"name": "Kim Min-ji", "native_name": "김민지"})
    committee = records.get(store, "meeting", MEETING)["committee_id"]
    records.create(store, "membership", {"committee_id": committee, "person_id": person})
    window.reload()
    assert not window.quorum.isHidden()
    assert (
        "1 present / 2 required" in window.quorum.text() and "not reached" in window.quorum.text()
    )
    if os.environ.get("MINUTIER_SHOTS"):
        window.resize(1100, 700)
        window.grab().save(os.path.join(os.environ["MINUTIER_SHOTS"], "quorum-live.png"))
    ctx.run("attend", meetings.set_attendance, MEETING, person, "present")  # any change refreshes
    assert (
        "2 present / 2 required" in window.quorum.text()
        and "not reached" not in window.quorum.text()
    )


def test_decision_dialog_shows_the_quorum_of_its_meeting(qtbot, ctx, store) -> None:
    _rule(store, "majority")
    dialog = editor_for(ctx, "decision", meeting_id=MEETING, committee_id=2)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.quorum.isHidden()
    assert "1 present / 1 required" in dialog.quorum.text() and "reached" in dialog.quorum.text()
    if os.environ.get("MINUTIER_SHOTS"):
        dialog.grab().save(os.path.join(os.environ["MINUTIER_SHOTS"], "quorum-dialog.png"))


def test_committee_dialog_edits_the_rule(qtbot, ctx, store) -> None:
    committee = records.get(store, "meeting", MEETING)["committee_id"]
    dialog = editor_for(ctx, "committee", committee)
    qtbot.addWidget(dialog)
    dialog.form.widgets["quorum"].set_value("2/3")
    dialog.form.widgets["proxies"].set_value("exclude")
    dialog.accept()
    row = records.get(store, "committee", committee)
    assert (row["quorum"], row["proxies"]) == ("2/3", "exclude")
    dialog = editor_for(ctx, "committee", committee)
    qtbot.addWidget(dialog)
    dialog.form.widgets["quorum"].set_value("la moitié")
    dialog.accept()
    assert dialog.saved_id is None and records.get(store, "committee", committee)["quorum"] == "2/3"


def test_decision_page_flags_a_vote_without_quorum(qtbot, ctx, store) -> None:
    from minutier.services import decisions
    from minutier.ui.pages.decision_detail import DecisionDetail

    _rule(store, "3")  # the demo meeting has one voting member present
    voted = decisions.record_decision(store, "voter", meeting_id=MEETING, votes=(1, 0, 0))
    detail = DecisionDetail(ctx)
    qtbot.addWidget(detail)
    detail.show()
    detail.show_decision(voted)
    assert not detail.quorum_flag.isHidden()
    assert detail.quorum_flag.text() == "Vote recorded without quorum: 1 present / 3 required"
    not_voted = store.scalar("SELECT id FROM decision WHERE votes_for IS NULL LIMIT 1")
    detail.show_decision(not_voted)
    assert detail.quorum_flag.isHidden()
