"""Recurring meetings: a rule plans the next meetings, numbered in sequence, as one step."""

from __future__ import annotations

import pytest

from minutier.core.errors import ValidationError
from minutier.services import history, records
from minutier.store.connection import Store

pytest.importorskip("minutier.core.dates")

from minutier.services import series  # needs core.dates

SECOND_TUESDAY = "FREQ=MONTHLY;BYDAY=+2TU"


def planned(store: Store, series_id: int) -> list[tuple[int, str, str | None]]:
    return [
        (r["number"], r["starts_at"], r["ends_at"])
        for r in store.query(
            "SELECT number, starts_at, ends_at FROM meeting WHERE series_id = ? ORDER BY starts_at",
            (series_id,),
        )
    ]


@pytest.fixture
def monthly(store: Store, committee: int) -> int:
    return series.create_series(
        store,
        committee,
        SECOND_TUESDAY,
        "2025-03-11T10:00",
        title="Réunion mensuelle",
        duration_minutes=90,
        place="Séoul",
    )


def test_plan_next_numbers_meetings_in_sequence(
    store: Store, committee: int, meeting: int, monthly: int
) -> None:
    ids = series.plan_next(store, monthly, count=3)
    assert len(ids) == 3
    assert planned(store, monthly) == [
        (2, "2025-03-11T10:00", "2025-03-11T11:30"),
        (3, "2025-04-08T10:00", "2025-04-08T11:30"),
        (4, "2025-05-13T10:00", "2025-05-13T11:30"),
    ]
    row = records.get(store, "meeting", ids[0])
    assert (row["title"], row["place"], row["timezone"]) == (
        "Réunion mensuelle",
        "Séoul",
        "Asia/Seoul",
    )
    more = series.plan_next(store, monthly)
    assert planned(store, monthly)[-1] == (5, "2025-06-10T10:00", "2025-06-10T11:30")
    assert more == [planned_id(store, monthly, 5)]


def planned_id(store: Store, series_id: int, number: int) -> int:
    return int(
        store.scalar(
            "SELECT id FROM meeting WHERE series_id = ? AND number = ?", (series_id, number)
        )
    )


def test_plan_next_is_one_undoable_step(store: Store, monthly: int) -> None:
    ops = store.scalar("SELECT count(DISTINCT op) FROM history")
    series.plan_next(store, monthly, count=4)
    assert store.scalar("SELECT count(DISTINCT op) FROM history") == ops + 1
    history.revert(store, history.last_op(store))
    assert planned(store, monthly) == []


def test_series_takes_the_committees_time_zone_and_checks_its_rule(
    store: Store, committee: int, monthly: int
) -> None:
    assert records.get(store, "meeting_series", monthly)["timezone"] == "Asia/Seoul"
    with pytest.raises(ValidationError):
        series.create_series(store, committee, "EVERY TUESDAY", "2025-03-11T10:00")
    with pytest.raises(ValidationError):
        series.create_series(store, committee, SECOND_TUESDAY, "bientôt")
    assert store.scalar("SELECT count(*) FROM meeting_series") == 1


def test_plan_next_of_zero_plans_nothing(store: Store, monthly: int) -> None:
    assert series.plan_next(store, monthly, count=0) == []
    assert planned(store, monthly) == []
