"""iCalendar export, parsed back with ``icalendar``: events in Asia/Seoul, to-dos with DUE dates."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from pathlib import Path

import pytest
from exchange_helpers import HOSTILE
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from minutier.core.errors import ValidationError
from minutier.services import actions, meetings, records
from minutier.services.exchange import ics_format
from minutier.store.connection import Store, open_store

SEOUL = zoneinfo.ZoneInfo("Asia/Seoul")


def parse(path: Path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


def by_uid(calendar: Calendar, name: str) -> dict[str, object]:
    return {str(c["uid"]): c for c in calendar.walk(name)}


def test_meetings_are_events_in_their_time_zone(register: Store, tmp_path: Path) -> None:
    path = tmp_path / "register.ics"
    ics_format.write_ics(register, path)
    calendar = parse(path)
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Asia/Seoul"]
    events = by_uid(calendar, "VEVENT")
    rows = {f"{m['uuid']}@minutier": m for m in register.query("SELECT * FROM meeting")}
    assert set(events) == set(rows)
    third = next(e for uid, e in events.items() if rows[uid]["number"] == 3)
    assert third["dtstart"].params["TZID"] == "Asia/Seoul"
    assert third.decoded("dtstart") == dt.datetime(2025, 2, 16, 10, 0, tzinfo=SEOUL)
    assert third.decoded("dtend") == dt.datetime(2025, 2, 16, 12, 0, tzinfo=SEOUL)
    assert str(third["summary"]) == "CSIIA/3 Troisième réunion"
    assert str(third["location"]) == "Séoul, salle 3"
    assert str(third["status"]) == "CONFIRMED"
    description = str(third["description"]).split("\n")
    assert description == [
        "Comité spécial sur l'infrastructure informatique de l'IA",
        "1. Ouverture",
        f"2. {HOSTILE}",
    ]
    row = rows[str(third["uid"])]
    assert third.decoded("dtstamp") == dt.datetime.fromisoformat(
        row["updated_at"].replace("Z", "+00:00")
    ).replace(microsecond=0)
    statuses = {rows[uid]["number"]: str(e["status"]) for uid, e in events.items()}
    assert statuses == {1: "CONFIRMED", 3: "CONFIRMED", 4: "CONFIRMED", 5: "CANCELLED"}
    for event in events.values():
        assert event["dtstart"].params["TZID"] == "Asia/Seoul"


def test_open_actions_are_todos_with_a_due_date(register: Store, tmp_path: Path) -> None:
    path = tmp_path / "register.ics"
    ics_format.write_ics(register, path)
    todos = by_uid(parse(path), "VTODO")
    rows = {f"{a['uuid']}@minutier": a for a in register.query("SELECT * FROM action")}
    open_rows = {uid for uid, a in rows.items() if a["status"] in ("open", "in_progress")}
    assert set(todos) == open_rows and len(open_rows) == 3  # the done action is left out
    for uid, todo in todos.items():
        action = rows[uid]
        assert todo.decoded("due") == dt.date.fromisoformat(action["due_on"])
        assert todo["due"].params.get("VALUE") == "DATE"
    buy = next(t for uid, t in todos.items() if rows[uid]["priority"] == "high")
    assert str(buy["summary"]) == f"CSIIA-A1 Lancer l'achat des GPU\n{HOSTILE}"
    assert (str(buy["status"]), int(buy["priority"])) == ("NEEDS-ACTION", 3)
    assert "Responsable\u00a0: Choi Sang Mok" in str(buy["description"])  # the register's French
    assert "Owner" not in str(buy["description"])
    plan = next(t for uid, t in todos.items() if rows[uid]["status"] == "in_progress")
    assert (str(plan["status"]), int(plan["priority"])) == ("IN-PROCESS", 5)


def test_the_file_is_deterministic_folded_and_escaped(register: Store, tmp_path: Path) -> None:
    a, b = tmp_path / "a.ics", tmp_path / "b.ics"
    ics_format.write_ics(register, a)
    ics_format.write_ics(register, b)
    raw = a.read_bytes()
    assert raw == b.read_bytes()
    lines = raw.split(b"\r\n")
    assert lines[0] == b"BEGIN:VCALENDAR" and lines[-1] == b""
    assert all(len(line) <= 75 for line in lines)
    unfolded = raw.replace(b"\r\n ", b"")
    assert b"Budget\\, GPU\\; " in unfolded and b"\\\\ <b>" in unfolded


def test_one_committee_only(register: Store, tmp_path: Path) -> None:
    other = records.create(
        register, "committee", {"name": "Autre", "code": "AUTRE", "timezone": "Europe/Paris"}
    )
    meetings.plan_meeting(register, other, "2025-07-01T09:30")
    actions.create_action(register, "Écrire", committee_id=other, due="2025-07-15")
    path = tmp_path / "other.ics"
    ics_format.write_ics(register, path, committee_id=other)
    calendar = parse(path)
    (event,) = calendar.walk("VEVENT")
    assert event["dtstart"].params["TZID"] == "Europe/Paris"
    assert event.decoded("dtstart") == dt.datetime(
        2025, 7, 1, 9, 30, tzinfo=zoneinfo.ZoneInfo("Europe/Paris")
    )
    assert [str(t["summary"]) for t in calendar.walk("VTODO")] == ["AUTRE-A1 Écrire"]
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    everything = Calendar.from_ical(ics_format.build_calendar(register).to_ical())
    assert len(everything.walk("VEVENT")) == 5
    zones = [str(tz["tzid"]) for tz in everything.walk("VTIMEZONE")]
    assert zones == ["Asia/Seoul", "Europe/Paris"]


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Store:
    folder = tmp_path_factory.mktemp("ics")
    mp = pytest.MonkeyPatch()
    mp.setenv("MINUTIER_HOME", str(folder / "home"))
    store = open_store(folder / "scratch.minutier", create=True)
    yield store
    store.close()
    mp.undo()


TEXT = st.one_of(
    st.text(st.characters(exclude_categories=("Cc", "Cs")), min_size=1, max_size=200),
    st.text(alphabet=",;\\\n:\"'<>&가힣é ", min_size=1, max_size=60),
    st.builds(lambda n, s: s * n, st.integers(1, 3000), st.sampled_from(["x", "가", "é,", "\\;"])),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, title=TEXT)
def test_any_text_survives_the_calendar(scratch: Store, text: str, title: str) -> None:
    code = f"C{scratch.scalar('SELECT count(*) FROM committee')}"
    committee = records.create(
        scratch, "committee", {"name": "Comité", "code": code, "timezone": "Asia/Seoul"}
    )
    try:
        action_id = actions.create_action(scratch, text, committee_id=committee, due="2030-01-31")
        meeting_id = meetings.plan_meeting(
            scratch, committee, "2030-01-15T10:00", title=title, place=title, carry_over=False
        )
    except ValidationError:
        assume(False)  # control characters and the like are refused before any export
    action = records.get(scratch, "action", action_id)
    meeting = records.get(scratch, "meeting", meeting_id)
    raw = ics_format.build_calendar(scratch, committee_id=committee).to_ical()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    calendar = Calendar.from_ical(raw)
    todo = by_uid(calendar, "VTODO")[f"{action['uuid']}@minutier"]
    assert str(todo["summary"]) == f"{code}-A{action['number']} {action['text']}"
    assert todo.decoded("due") == dt.date(2030, 1, 31)
    event = by_uid(calendar, "VEVENT")[f"{meeting['uuid']}@minutier"]
    expected = f"{code}/{meeting['number']}" + (f" {meeting['title']}" if meeting["title"] else "")
    assert str(event["summary"]) == expected
    if meeting["place"]:
        assert str(event["location"]) == meeting["place"]
    assert event["dtstart"].params["TZID"] == "Asia/Seoul"
