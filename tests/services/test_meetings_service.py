"""Meetings: numbering, the carry-over review item, agenda order, attendance, status, notes."""

from __future__ import annotations

import pytest

from minutier.core.errors import Conflict, NotFound, ValidationError
from minutier.services import actions, meetings, records
from minutier.store.connection import Store


def history_ops(store: Store) -> int:
    return int(store.scalar("SELECT count(DISTINCT op) FROM history"))


def titles(store: Store, meeting_id: int) -> list[str]:
    return [r["title"] for r in meetings.agenda(store, meeting_id)]


def positions(store: Store, meeting_id: int) -> list[int]:
    return [r["position"] for r in meetings.agenda(store, meeting_id)]


def new_committee(store: Store, code: str, language: str = "fr") -> int:
    return records.create(
        store, "committee", {"name": f"Comité {code}", "code": code, "language": language}
    )


def test_meetings_are_numbered_per_committee(store: Store, committee: int, meeting: int) -> None:
    other = new_committee(store, "CNIA")
    second = meetings.plan_meeting(store, committee, "2025-03-16T10:00")
    first_other = meetings.plan_meeting(store, other, "2025-03-17T10:00")
    third = meetings.plan_meeting(store, committee, "2025-04-16 10:00")
    number = {m: records.get(store, "meeting", m)["number"] for m in (meeting, second, third)}
    assert number == {meeting: 1, second: 2, third: 3}
    assert records.get(store, "meeting", first_other)["number"] == 1


def test_meeting_takes_the_committees_time_zone(store: Store, meeting: int) -> None:
    row = records.get(store, "meeting", meeting)
    assert row["timezone"] == "Asia/Seoul"
    assert row["starts_at"] == "2025-02-16T10:00"
    assert row["status"] == "planned"


def test_explicit_number_is_kept_and_a_clash_refused(store: Store, committee: int) -> None:
    third = meetings.plan_meeting(store, committee, "2025-02-16T10:00", number=3)
    assert records.get(store, "meeting", third)["number"] == 3
    assert records.next_number(store, "meeting", committee) == 4
    ops = history_ops(store)
    with pytest.raises(Conflict, match="already uses"):
        meetings.plan_meeting(store, committee, "2025-03-16T10:00", number=3, agenda=["X"])
    assert history_ops(store) == ops
    assert store.scalar("SELECT count(*) FROM meeting") == 1
    assert store.scalar("SELECT count(*) FROM agenda_item") == 0


def test_plan_meeting_refuses_bad_input_without_writing(store: Store, committee: int) -> None:
    ops = history_ops(store)
    with pytest.raises(ValidationError):
        meetings.plan_meeting(store, committee, "pas une date")
    with pytest.raises(ValidationError):
        meetings.plan_meeting(store, committee, "2025-03-16T10:00", agenda=[""])
    with pytest.raises(ValidationError):
        meetings.plan_meeting(store, committee, "2025-03-16T10:00", timezone="Mars/Olympus")
    with pytest.raises(NotFound):
        meetings.plan_meeting(store, 99, "2025-03-16T10:00")
    assert history_ops(store) == ops
    assert store.scalar("SELECT count(*) FROM meeting") == 0


def test_plan_meeting_is_one_operation(store: Store, committee: int) -> None:
    ops = history_ops(store)
    meetings.plan_meeting(store, committee, "2025-03-16T10:00", agenda=["A", "B", "C"])
    assert history_ops(store) == ops + 1


def test_no_review_item_without_earlier_open_actions(store: Store, meeting: int) -> None:
    assert titles(store, meeting) == ["Ouverture", "Supercalculateur"]
    assert positions(store, meeting) == [1, 2]


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("fr", "Suivi des actions en cours"),
        ("en", "Review of open actions"),
        ("ko", "미결 조치 사항 점검"),
    ],
)
def test_review_item_in_the_committees_language(store: Store, language: str, title: str) -> None:
    committee = new_committee(store, "C" + language.upper(), language)
    first = meetings.plan_meeting(store, committee, "2025-02-16T10:00")
    actions.create_action(store, "Préparer le plan", meeting_id=first)
    second = meetings.plan_meeting(store, committee, "2025-03-16T10:00", agenda=["Budget"])
    items = meetings.agenda(store, second)
    assert [(i["position"], i["title"], i["kind"]) for i in items] == [
        (1, title, "review_of_actions"),
        (2, "Budget", "item"),
    ]


def test_review_item_only_for_actions_still_open(store: Store, committee: int) -> None:
    first = meetings.plan_meeting(store, committee, "2025-02-16T10:00")
    done = actions.create_action(store, "Fait", meeting_id=first)
    actions.set_status(store, [done], "done")
    second = meetings.plan_meeting(store, committee, "2025-03-16T10:00")
    assert titles(store, second) == []
    blocked = actions.create_action(store, "Bloqué", meeting_id=first, status="blocked")
    third = meetings.plan_meeting(store, committee, "2025-04-16T10:00")
    assert titles(store, third) == ["Suivi des actions en cours"]
    assert [
        a["id"] for a in meetings.open_actions_before(store, committee, "2025-04-16T10:00")
    ] == [blocked]


def test_review_item_ignores_later_meetings_and_other_committees(
    store: Store, committee: int
) -> None:
    later = meetings.plan_meeting(store, committee, "2025-06-16T10:00")
    actions.create_action(store, "Plus tard", meeting_id=later)
    other = new_committee(store, "AUTRE")
    elsewhere = meetings.plan_meeting(store, other, "2025-01-16T10:00")
    actions.create_action(store, "Ailleurs", meeting_id=elsewhere)
    earlier = meetings.plan_meeting(store, committee, "2025-03-16T10:00")
    assert titles(store, earlier) == []


def test_review_item_counts_actions_given_outside_a_meeting(store: Store, committee: int) -> None:
    action = actions.create_action(store, "Suivre le budget", committee_id=committee)
    found = meetings.open_actions_before(store, committee, "2025-03-16T10:00")
    assert [a["id"] for a in found] == [action]
    planned = meetings.plan_meeting(store, committee, "2025-03-16T10:00")
    assert titles(store, planned) == ["Suivi des actions en cours"]


def test_carry_over_can_be_turned_off(store: Store, committee: int, meeting: int) -> None:
    actions.create_action(store, "Ouvert", meeting_id=meeting)
    planned = meetings.plan_meeting(store, committee, "2025-03-16T10:00", carry_over=False)
    assert titles(store, planned) == []


def test_move_agenda_item_renumbers(store: Store, meeting: int) -> None:
    for title in ("Budget", "Calendrier"):
        meetings.add_agenda_item(store, meeting, title)
    assert titles(store, meeting) == ["Ouverture", "Supercalculateur", "Budget", "Calendrier"]
    last = meetings.agenda(store, meeting)[-1]["id"]
    ops = history_ops(store)
    meetings.move_agenda_item(store, last, 0)
    assert history_ops(store) == ops + 1
    assert titles(store, meeting) == ["Calendrier", "Ouverture", "Supercalculateur", "Budget"]
    assert positions(store, meeting) == [1, 2, 3, 4]
    meetings.move_agenda_item(store, last, 3)
    assert titles(store, meeting) == ["Ouverture", "Supercalculateur", "Budget", "Calendrier"]
    assert positions(store, meeting) == [1, 2, 3, 4]


def test_move_agenda_item_repairs_gaps(store: Store, meeting: int) -> None:
    meetings.add_agenda_item(store, meeting, "Budget", position=10)
    first = meetings.agenda(store, meeting)[0]["id"]
    meetings.move_agenda_item(store, first, 1)
    assert titles(store, meeting) == ["Supercalculateur", "Ouverture", "Budget"]
    assert positions(store, meeting) == [1, 2, 3]


@pytest.mark.parametrize("index", [-1, 2, 100])
def test_move_agenda_item_refuses_out_of_range(store: Store, meeting: int, index: int) -> None:
    item = meetings.agenda(store, meeting)[0]["id"]
    ops = history_ops(store)
    with pytest.raises(ValidationError, match="from 1 to 2"):
        meetings.move_agenda_item(store, item, index)
    assert history_ops(store) == ops
    assert positions(store, meeting) == [1, 2]


def test_moving_to_the_same_place_records_nothing(store: Store, meeting: int) -> None:
    item = meetings.agenda(store, meeting)[0]["id"]
    count = store.scalar("SELECT count(*) FROM history")
    meetings.move_agenda_item(store, item, 0)
    assert store.scalar("SELECT count(*) FROM history") == count


def test_set_attendance_is_an_upsert(store: Store, meeting: int) -> None:
    choi = records.create(store, "person", {"name": "Choi Sang-mok"})
    ryu = records.create(store, "person", {"name": "Ryu Kwang-jun"})
    line = meetings.set_attendance(store, meeting, choi, capacity="président")
    again = meetings.set_attendance(store, meeting, choi, "excused")
    assert again == line
    rows = store.query("SELECT * FROM attendance")
    assert len(rows) == 1
    assert (rows[0]["status"], rows[0]["capacity"], rows[0]["position"]) == (
        "excused",
        "président",
        1,
    )
    other = meetings.set_attendance(store, meeting, ryu, "absent")
    assert records.get(store, "attendance", other)["position"] == 2


def test_represented_needs_nothing_and_other_statuses_clear_the_deputy(
    store: Store, meeting: int
) -> None:
    choi = records.create(store, "person", {"name": "Choi Sang-mok"})
    deputy = records.create(store, "person", {"name": "Suppléant"})
    line = meetings.set_attendance(store, meeting, choi, "represented")
    assert records.get(store, "attendance", line)["represented_by_id"] is None
    meetings.set_attendance(store, meeting, choi, "represented", represented_by_id=deputy)
    assert records.get(store, "attendance", line)["represented_by_id"] == deputy
    meetings.set_attendance(store, meeting, choi, "present", represented_by_id=deputy)
    row = records.get(store, "attendance", line)
    assert (row["status"], row["represented_by_id"]) == ("present", None)
    # the status as typed (spaces around it) keeps its deputy too
    meetings.set_attendance(store, meeting, choi, " represented ", represented_by_id=deputy)
    row = records.get(store, "attendance", line)
    assert (row["status"], row["represented_by_id"]) == ("represented", deputy)


def test_set_attendance_refuses_unknown_status(store: Store, meeting: int) -> None:
    choi = records.create(store, "person", {"name": "Choi"})
    with pytest.raises(ValidationError, match="present, absent, excused, represented"):
        meetings.set_attendance(store, meeting, choi, "late")
    assert store.scalar("SELECT count(*) FROM attendance") == 0


def test_set_status_and_its_refusals(store: Store, meeting: int) -> None:
    meetings.set_status(store, meeting, "held")
    assert records.get(store, "meeting", meeting)["status"] == "held"
    with pytest.raises(Conflict, match="Approve minutes"):
        meetings.set_status(store, meeting, "minutes_approved")
    with pytest.raises(ValidationError):
        meetings.set_status(store, meeting, "adjourned")
    records.update(store, "meeting", meeting, {"status": "minutes_approved"})
    with pytest.raises(Conflict, match="amendment"):
        meetings.set_status(store, meeting, "held")


def test_notes_are_numbered_and_stamped(store: Store, meeting: int, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("MINUTIER_FIXED_NOW", "2025-02-16T01:05:00Z")
    item = meetings.agenda(store, meeting)[1]["id"]
    first = meetings.add_note(store, meeting, "  Le centre ouvrira en 2027\n", agenda_item_id=item)
    second = meetings.add_note(store, meeting, "8 000 GPU")
    a, b = records.get(store, "note", first), records.get(store, "note", second)
    assert (a["position"], b["position"]) == (1, 2)
    assert a["text"] == "Le centre ouvrira en 2027"
    assert a["agenda_item_id"] == item and b["agenda_item_id"] is None
    assert a["recorded_at"] == "2025-02-16T01:05:00.000Z"
    with pytest.raises(ValidationError):
        meetings.add_note(store, meeting, "   ")
