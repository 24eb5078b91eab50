"""Action items: owner by name, natural due dates, numbering, bulk status, progress notes."""

from __future__ import annotations

import pytest

from minutier.core.errors import Ambiguous, NotFound, ValidationError
from minutier.services import actions, decisions, records
from minutier.store.connection import Store

pytest.importorskip("minutier.core.dates")

TODAY = "2025-02-20"  # a Thursday


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MINUTIER_FIXED_NOW", f"{TODAY}T09:00:00Z")


@pytest.fixture
def owners(store: Store) -> dict[str, int]:
    return {
        "choi": records.create(store, "person", {"name": "Choi Sang-mok", "native_name": "최상목"}),
        "kim1": records.create(store, "person", {"name": "Kim Min-su"}),
        "kim2": records.create(store, "person", {"name": "Kim Ji-hoon"}),
        "msit": records.create(
            store,
            "organisation",
            {"name": "Ministère des Sciences et des TIC", "short_name": "MSIT", "kind": "ministry"},
        ),
    }


def action(store: Store, action_id: int) -> dict:
    return records.get(store, "action", action_id)


def test_owner_by_name_ignores_accents_and_case(
    store: Store, committee: int, owners: dict[str, int]
) -> None:
    a = actions.create_action(store, "Plan", committee_id=committee, owner="ministere des sciences")
    assert action(store, a)["owner_organisation_id"] == owners["msit"]
    assert action(store, a)["owner_person_id"] is None
    b = actions.create_action(store, "GPU", committee_id=committee, owner="  CHOI ")
    assert action(store, b)["owner_person_id"] == owners["choi"]
    c = actions.create_action(store, "Société", committee_id=committee, owner="최상목")
    assert action(store, c)["owner_person_id"] == owners["choi"]
    d = actions.create_action(store, "Suivi", committee_id=committee, owner="msit")
    assert action(store, d)["owner_organisation_id"] == owners["msit"]


def test_two_matching_owners_are_ambiguous(
    store: Store, committee: int, owners: dict[str, int]
) -> None:
    with pytest.raises(Ambiguous) as e:
        actions.create_action(store, "Plan", committee_id=committee, owner="kim")
    assert "Kim Min-su" in str(e.value) and "Kim Ji-hoon" in str(e.value)
    with pytest.raises(NotFound, match="Park"):
        actions.create_action(store, "Plan", committee_id=committee, owner="Park")
    assert store.scalar("SELECT count(*) FROM action") == 0


def test_an_exact_name_beats_partial_ones(
    store: Store, committee: int, owners: dict[str, int]
) -> None:
    kim = records.create(store, "person", {"name": "Kim"})
    a = actions.create_action(store, "Plan", committee_id=committee, owner="KIM")
    assert action(store, a)["owner_person_id"] == kim


@pytest.mark.parametrize(
    ("typed", "due"),
    [
        ("2025-03-31", "2025-03-31"),
        ("31/03/2025", "2025-03-31"),
        ("fin mars", "2025-03-31"),
        ("dans deux semaines", "2025-03-06"),
        ("next Friday", "2025-02-21"),
        ("in 10 days", "2025-03-02"),
        ("2025년 3월 31일", "2025-03-31"),
        ("다음 주 금요일", "2025-02-28"),
    ],
)
def test_natural_due_dates(store: Store, committee: int, typed: str, due: str) -> None:
    a = actions.create_action(store, "Plan", committee_id=committee, due=typed)
    assert action(store, a)["due_on"] == due


def test_unreadable_due_date_names_the_field(store: Store, committee: int) -> None:
    with pytest.raises(ValidationError) as e:
        actions.create_action(store, "Plan", committee_id=committee, due="quand on pourra")
    assert e.value.field == "due date" and "quand on pourra" in str(e.value)
    assert store.scalar("SELECT count(*) FROM action") == 0


def test_actions_are_numbered_per_committee(store: Store, committee: int, meeting: int) -> None:
    other = records.create(store, "committee", {"name": "Autre", "code": "AUTRE"})
    a = actions.create_action(store, "Un", meeting_id=meeting)
    b = actions.create_action(store, "Deux", committee_id=committee)
    c = actions.create_action(store, "Ailleurs", committee_id=other)
    assert [action(store, i)["number"] for i in (a, b, c)] == [1, 2, 1]
    assert action(store, a)["position"] == 1 and action(store, a)["committee_id"] == committee


def test_action_needs_a_committee_and_a_decision_of_that_committee(
    store: Store, committee: int
) -> None:
    with pytest.raises(ValidationError, match="committee"):
        actions.create_action(store, "Orphelin")
    other = records.create(store, "committee", {"name": "Autre", "code": "AUTRE"})
    decision = decisions.record_decision(store, "Ailleurs", committee_id=other)
    with pytest.raises(ValidationError, match="another committee"):
        actions.create_action(store, "Plan", committee_id=committee, decision_id=decision)


def test_created_closed_is_stamped(store: Store, committee: int) -> None:
    a = actions.create_action(store, "Déjà fait", committee_id=committee, status="done")
    assert action(store, a)["closed_on"] == TODAY


def test_bulk_status_stamps_and_reopening_clears(store: Store, committee: int) -> None:
    ids = [actions.create_action(store, f"Action {n}", committee_id=committee) for n in range(3)]
    ops = store.scalar("SELECT count(DISTINCT op) FROM history")
    assert actions.set_status(store, [*ids, ids[0]], "done") == 3
    assert store.scalar("SELECT count(DISTINCT op) FROM history") == ops + 1
    assert {action(store, i)["closed_on"] for i in ids} == {TODAY}
    assert {action(store, i)["status"] for i in ids} == {"done"}
    # closing again keeps the first date
    actions.set_status(store, [ids[0]], "cancelled")
    assert action(store, ids[0])["closed_on"] == TODAY
    assert actions.set_status(store, ids[:2], "in_progress") == 2
    assert action(store, ids[0])["closed_on"] is None
    assert action(store, ids[2])["closed_on"] == TODAY
    assert actions.set_status(store, ids[:2], "in_progress") == 0


def test_bulk_status_with_a_missing_action_changes_nothing(store: Store, committee: int) -> None:
    a = actions.create_action(store, "Ouvert", committee_id=committee)
    with pytest.raises(ValidationError):
        actions.set_status(store, [a, 999], "done")
    assert action(store, a)["status"] == "open"
    with pytest.raises(ValidationError, match="choose one of"):
        actions.set_status(store, [a], "finished")


def test_progress_notes(store: Store, committee: int) -> None:
    a = actions.create_action(store, "Plan", committee_id=committee)
    first = actions.add_progress_note(store, a, "Premier jet envoyé")
    note = records.get(store, "action_note", first)
    assert (note["noted_on"], note["author"], note["text"]) == (
        TODAY,
        "tester",
        "Premier jet envoyé",
    )
    second = actions.add_progress_note(store, a, "Relu", noted_on="19/02/2025", author="")
    assert records.get(store, "action_note", second)["author"] == ""
    assert records.get(store, "action_note", second)["noted_on"] == "2025-02-19"
    with pytest.raises(ValidationError):
        actions.add_progress_note(store, a, "")
    with pytest.raises(NotFound):
        actions.add_progress_note(store, 999, "Rien")
