"""Quorum rules, proxies and votes taken without quorum, against a real register."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from minutier.core.errors import MinutierError, ValidationError
from minutier.core.quorum import parse_rule, required
from minutier.services import decisions, meetings, quorum, records
from minutier.store.connection import Store, open_store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = open_store(tmp_path / "quorum.minutier", create=True, who="test")
    committee = records.create(s, "committee", {"name": "Comité", "code": "CS", "quorum": "1/2"})
    people = [records.create(s, "person", {"name": f'Membre {i} <&"> 한'}) for i in range(6)]
    for person in people[:5]:
        records.create(s, "membership", {"committee_id": committee, "person_id": person})
    records.create(  # an observer does not vote
        s, "membership", {"committee_id": committee, "person_id": people[5], "role": "observer"}
    )
    records.create(  # a former member no longer counts
        s,
        "membership",
        {"committee_id": committee, "person_id": people[0], "end_on": "2020-01-01"},
    )
    s.committee, s.people = committee, people  # type: ignore[attr-defined]
    s.meeting = meetings.plan_meeting(s, committee, "2025-02-16T10:00")  # type: ignore[attr-defined]
    yield s
    s.close()


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("5", "5"),
        (" 2 / 3 ", "2/3"),
        ("50 %", "1/2"),
        ("66,5%", "133/200"),
        ("Majorité", "majority"),
        ("과반수", "majority"),
        ("majority", "majority"),
        ("", ""),
        ("4/4", "1/1"),  # everyone, not one member
    ],
)
def test_rules_are_read_and_stored_canonically(typed: str, stored: str) -> None:
    assert parse_rule(typed) == stored


@pytest.mark.parametrize("typed", ["0", "3/2", "1/0", "-1", "la moitié", "150 %", "<b>"])
def test_bad_rules_are_refused_in_a_sentence(typed: str) -> None:
    with pytest.raises(ValidationError):
        parse_rule(typed)


@given(st.integers(1, 500), st.integers(1, 100), st.integers(1, 100))
def test_a_fraction_requires_at_least_that_share(members: int, a: int, b: int) -> None:
    if a > b:
        a, b = b, a
    need = required(parse_rule(f"{a}/{b}"), members)
    assert (need * b >= a * members and (need - 1) * b < a * members) or need == 1
    assert required("majority", members) * 2 > members >= (required("majority", members) - 1) * 2


def test_quorum_counts_present_voting_members_and_proxies(store: Store) -> None:
    m, people = store.meeting, store.people
    assert quorum.status(store, m).required == 3  # half of 5 voting members, rounded up
    meetings.set_attendance(store, m, people[0], "present")
    meetings.set_attendance(store, m, people[5], "present")  # observer: not counted
    meetings.set_attendance(store, m, people[1], "represented", represented_by_id=people[0])
    state = quorum.status(store, m)
    assert (state.voting_members, state.present, state.reached) == (5, 2, False)
    meetings.set_attendance(store, m, people[2], "present")
    assert quorum.status(store, m).reached
    records.update(store, "committee", store.committee, {"proxies": "exclude"})
    assert quorum.status(store, m).present == 2 and not quorum.status(store, m).reached
    records.update(store, "committee", store.committee, {"quorum": "2"})
    assert quorum.status(store, m).reached
    records.update(store, "committee", store.committee, {"quorum": ""})
    assert quorum.status(store, m) is None


def test_vote_without_quorum_is_flagged(store: Store) -> None:
    decision = decisions.record_decision(
        store, "adopter", meeting_id=store.meeting, votes=(3, 0, 0)
    )
    flag = quorum.vote_flag(store, records.get(store, "decision", decision))
    assert flag is not None and (flag.present, flag.required) == (0, 3)
    no_vote = decisions.record_decision(store, "adopter sans vote", meeting_id=store.meeting)
    assert quorum.vote_flag(store, records.get(store, "decision", no_vote)) is None
    for person in store.people[:3]:
        meetings.set_attendance(store, store.meeting, person, "present")
    assert quorum.vote_flag(store, records.get(store, "decision", decision)) is None


def test_an_excused_member_cannot_hold_a_proxy(store: Store) -> None:
    m, people = store.meeting, store.people
    meetings.set_attendance(store, m, people[0], "excused")
    with pytest.raises(ValidationError, match="excused or absent cannot hold a proxy"):
        meetings.set_attendance(store, m, people[1], "represented", represented_by_id=people[0])
    meetings.set_attendance(store, m, people[0], "present")
    meetings.set_attendance(store, m, people[1], "represented", represented_by_id=people[0])
    with pytest.raises(ValidationError, match="cannot hold a proxy"):  # holder now leaves
        meetings.set_attendance(store, m, people[0], "excused")
    with pytest.raises(ValidationError, match="their own proxy"):
        meetings.set_attendance(store, m, people[2], "represented", represented_by_id=people[2])


def test_the_register_itself_refuses_an_excused_proxy_holder(store: Store) -> None:
    """An import or another program writing SQL meets the same rule (store.proxy_rules)."""
    m, people = store.meeting, store.people
    meetings.set_attendance(store, m, people[0], "excused")
    with pytest.raises(MinutierError, match="cannot hold a proxy"), store.operation("raw") as op:
        op.insert(
            "attendance",
            {
                "meeting_id": m,
                "person_id": people[1],
                "status": "represented",
                "represented_by_id": people[0],
            },
        )
    store.close()  # the window holds its register alone (exclusive lock): another program
    conn = sqlite3.connect(store.path)  # writes once it is closed
    with pytest.raises(sqlite3.IntegrityError, match="cannot hold a proxy"):
        conn.execute(
            "INSERT INTO attendance (uuid, created_at, updated_at, meeting_id, person_id, status, "
            "represented_by_id) VALUES ('00000000-0000-0000-0000-000000000001', 'x', 'x', ?, ?, "
            "'represented', ?)",
            (m, people[2], people[0]),
        )
    conn.close()
