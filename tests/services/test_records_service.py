"""Generic create/update/delete: validation first, dependants told before, refusals named."""

from __future__ import annotations

import pytest

from minutier.core.errors import Conflict, NotFound, ValidationError
from minutier.core.figures import Figure
from minutier.services import actions, decisions, history, records
from minutier.store.connection import Store


@pytest.fixture(autouse=True)
def _home(minutier_home):  # type: ignore[no-untyped-def]
    return minutier_home


def test_create_validates_before_writing(store: Store) -> None:
    with pytest.raises(ValidationError) as e:
        records.create(store, "committee", {"name": "Sans code"})
    assert e.value.field == "short code"
    with pytest.raises(ValidationError):
        records.create(store, "person", {"name": "X", "shoe_size": 42})
    assert store.scalar("SELECT count(*) FROM history") == 0


def test_update_is_partial_and_reports_change(store: Store, committee: int) -> None:
    assert records.update(store, "committee", committee, {"description": "Infrastructure"})
    row = records.get(store, "committee", committee)
    assert row["description"] == "Infrastructure" and row["code"] == "CSIIA"
    assert not records.update(store, "committee", committee, {"description": "Infrastructure"})
    with pytest.raises(ValidationError):
        records.update(store, "committee", committee, {"name": ""})


def test_get_of_a_missing_record_is_not_found(store: Store) -> None:
    with pytest.raises(NotFound, match="No person matches “42”"):
        records.get(store, "person", 42)
    with pytest.raises(NotFound):
        records.delete(store, "person", 42)


def test_committee_with_meetings_cannot_be_deleted(
    store: Store, committee: int, meeting: int
) -> None:
    decisions.record_decision(store, "Adopté", meeting_id=meeting)
    deps = records.dependants(store, "committee", committee)
    assert ("meeting", meeting) in deps.blocking
    count = store.scalar("SELECT count(*) FROM history")
    with pytest.raises(Conflict) as e:
        records.delete(store, "committee", committee)
    assert "meeting" in str(e.value) and "decision" in str(e.value)
    assert str(e.value).endswith(".")
    assert store.scalar("SELECT count(*) FROM committee") == 1
    assert store.scalar("SELECT count(*) FROM history") == count


def test_an_empty_committee_can_be_deleted(store: Store, committee: int) -> None:
    deps = records.delete(store, "committee", committee)
    assert deps.deleted == [("committee", committee)] and deps.counts() == {}
    assert store.scalar("SELECT count(*) FROM committee") == 0


def test_sub_committee_is_detached_when_its_parent_goes(store: Store, committee: int) -> None:
    parent = records.create(store, "committee", {"name": "CNIA", "code": "CNIA"})
    records.update(store, "committee", committee, {"parent_id": parent})
    deps = records.dependants(store, "committee", parent)
    assert deps.detached == [("committee", committee, "parent_id")]
    records.delete(store, "committee", parent)
    assert records.get(store, "committee", committee)["parent_id"] is None


def test_deleting_an_initiative_detaches_actions_and_removes_links(
    store: Store, committee: int, meeting: int
) -> None:
    initiative = records.create(
        store, "initiative", {"name": "Centre national de calcul", "code": "CNC"}
    )
    child = records.create(store, "initiative", {"name": "Bâtiment", "parent_id": initiative})
    decision = decisions.record_decision(
        store, "Créer le centre", meeting_id=meeting, initiative_ids=[initiative]
    )
    announcement = decisions.record_announcement(
        store,
        "Ouverture en 2027",
        meeting_id=meeting,
        initiative_ids=[initiative],
    )
    action = actions.create_action(
        store, "Choisir le site", meeting_id=meeting, initiative_id=initiative
    )
    with store.operation("figure") as op:  # no service writes an initiative's figures yet
        op.insert(
            "figure", {**Figure.of_quantity("1", "exaflop").as_row(), "initiative_id": initiative}
        )

    deps = records.dependants(store, "initiative", initiative)
    assert deps.counts() == {"decision_initiative": 1, "announcement_initiative": 1, "figure": 1}
    assert sorted(deps.detached) == sorted(
        [("action", action, "initiative_id"), ("initiative", child, "parent_id")]
    )
    assert deps.blocking == []
    records.delete(store, "initiative", initiative)
    assert records.get(store, "action", action)["initiative_id"] is None
    assert records.get(store, "initiative", child)["parent_id"] is None
    assert records.get(store, "decision", decision)["text"] == "Créer le centre"
    assert records.get(store, "announcement", announcement)
    for table in ("decision_initiative", "announcement_initiative", "figure"):
        assert store.scalar(f"SELECT count(*) FROM {table}") == 0
    # one operation, undone as one
    history.revert(store, history.last_op(store))
    assert records.get(store, "action", action)["initiative_id"] == initiative
    assert store.scalar("SELECT count(*) FROM decision_initiative") == 1
    assert store.scalar("SELECT count(*) FROM figure") == 1


def test_deleting_a_decision_takes_its_figures(store: Store, meeting: int) -> None:
    decision = decisions.record_decision(
        store,
        "Capital initial",
        meeting_id=meeting,
        figures=[Figure.of_money("400000000000", "KRW", equivalent=("277000000", "USD"))],
    )
    action = actions.create_action(
        store, "Fonder la société", meeting_id=meeting, decision_id=decision
    )
    deps = records.delete(store, "decision", decision)
    assert deps.counts() == {"figure": 1}
    assert store.scalar("SELECT count(*) FROM figure") == 0
    assert records.get(store, "action", action)["decision_id"] is None


def test_deleting_a_person_detaches_what_they_owned(
    store: Store, committee: int, meeting: int
) -> None:
    person = records.create(store, "person", {"name": "Choi Sang-mok"})
    records.create(store, "person_role", {"person_id": person, "title": "Ministre"})
    records.update(store, "meeting", meeting, {"convener_id": person})
    action = actions.create_action(store, "Plan", committee_id=committee, owner="Choi")
    deps = records.dependants(store, "person", person)
    assert deps.counts() == {"person_role": 1}
    assert sorted(deps.detached) == [
        ("action", action, "owner_person_id"),
        ("meeting", meeting, "convener_id"),
    ]
    records.delete(store, "person", person)
    assert records.get(store, "meeting", meeting)["convener_id"] is None
    assert records.get(store, "action", action)["owner_person_id"] is None


def test_counts_leave_out_the_record_itself(store: Store, meeting: int) -> None:
    deps = records.dependants(store, "meeting", meeting)
    assert deps.deleted[0] == ("meeting", meeting)
    assert deps.counts() == {"agenda_item": 2}


def test_next_number_and_position(store: Store, committee: int, meeting: int) -> None:
    assert records.next_number(store, "meeting", committee) == 2
    assert records.next_number(store, "action", committee) == 1
    assert records.next_position(store, "agenda_item", "meeting_id", meeting) == 3
    assert records.next_position(store, "note", "meeting_id", meeting) == 1
