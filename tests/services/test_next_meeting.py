"""Planning the next meeting from a held one, against a real register."""

from __future__ import annotations

import pytest

from minutier.core.errors import ValidationError
from minutier.services import actions, history, meetings, next_meeting, records
from minutier.store.connection import Store


@pytest.fixture
def held(store: Store, committee: int, meeting: int) -> int:
    chair = records.create(store, "person", {"name": "Choi Sang Mok", "native_name": "최상목"})
    secretary = records.create(store, "person", {"name": "Kim <&> Min-ji"})
    records.update(
        store,
        "meeting",
        meeting,
        {
            "place": "Séoul, salle 3",
            "chair_id": chair,
            "secretary_id": secretary,
            "ends_at": "2025-02-16T12:00",
            "status": "held",
        },
    )
    items = meetings.agenda(store, meeting)
    records.update(store, "agenda_item", items[0]["id"], {"recurs": "standing"})
    msit = records.create(store, "organisation", {"name": "Ministère", "short_name": "MSIT"})
    actions.create_action(
        store, "envoyer le plan", meeting_id=meeting, owner_organisation_id=msit, due="2025-03-31"
    )
    done = actions.create_action(store, "déjà fait", meeting_id=meeting)
    actions.set_status(store, [done], "done")
    actions.create_action(store, "sans échéance", meeting_id=meeting, owner_person_id=chair)
    return meeting


def test_next_meeting_copies_the_frame_and_lists_open_actions(store: Store, held: int) -> None:
    ops = history.last_op(store)
    new = next_meeting.plan_next(store, held)
    assert history.last_op(store) == ops + 1  # one undoable step
    old, row = records.get(store, "meeting", held), records.get(store, "meeting", new)
    for key in ("committee_id", "place", "chair_id", "secretary_id", "timezone"):
        assert row[key] == old[key]
    assert (row["number"], row["status"]) == (old["number"] + 1, "planned")
    assert (row["starts_at"], row["ends_at"]) == ("2025-03-16T10:00", "2025-03-16T12:00")
    agenda = meetings.agenda(store, new)
    assert [(a["kind"], a["title"]) for a in agenda] == [
        ("review_of_actions", "Suivi des actions en cours"),
        ("item", "Ouverture"),  # the standing item; "Supercalculateur" was for that day only
    ]
    assert agenda[1]["recurs"] == "standing"
    assert agenda[0]["notes"].splitlines() == [
        "• CSIIA-A1 — envoyer le plan (MSIT, échéance 2025-03-31)",
        "• CSIIA-A3 — sans échéance (Choi Sang Mok)",
    ]
    history.revert(store, history.last_op(store))
    assert store.scalar("SELECT count(*) FROM meeting WHERE id = ?", (new,)) == 0


def test_a_planned_meeting_has_no_next_to_plan_from(store: Store, meeting: int) -> None:
    with pytest.raises(ValidationError, match="was held"):
        next_meeting.plan_next(store, meeting)


def test_the_next_meeting_starts_after_this_one(store: Store, held: int) -> None:
    with pytest.raises(ValidationError, match="starts after"):
        next_meeting.plan_next(store, held, "2025-02-01T10:00")
    new = next_meeting.plan_next(store, held, "le 3 avril 2025 à 14h30")
    assert records.get(store, "meeting", new)["starts_at"] == "2025-04-03T14:30"
