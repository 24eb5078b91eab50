"""Finding records from what a person types: ids, CODE/NUMBER, names without accents."""

from __future__ import annotations

import pytest

from minutier.core.errors import Ambiguous, NotFound
from minutier.services import lookup, meetings, records
from minutier.store.connection import Store


@pytest.fixture
def named(store: Store, committee: int, meeting: int) -> dict[str, int]:
    return {
        "parent": records.create(
            store,
            "committee",
            {
                "name": "Comité national de l'intelligence artificielle",
                "code": "CNIA",
                "native_name": "국가인공지능위원회",
            },
        ),
        "center": records.create(
            store, "initiative", {"name": "Centre national de calcul IA", "code": "CNCIA"}
        ),
        "company": records.create(
            store,
            "initiative",
            {"name": "Société spéciale de calcul", "native_name": "특수목적법인"},
        ),
        "choi": records.create(store, "person", {"name": "Choi Sang-mok", "native_name": "최상목"}),
        "msit": records.create(
            store,
            "organisation",
            {"name": "Ministère des Sciences et des TIC", "short_name": "MSIT"},
        ),
    }


def test_committee_by_id_code_or_name(store: Store, committee: int, named: dict) -> None:
    assert lookup.committee(store, committee)["code"] == "CSIIA"
    assert lookup.committee(store, str(named["parent"]))["code"] == "CNIA"
    assert lookup.committee(store, "csiia")["id"] == committee
    assert lookup.committee(store, "intelligence artificielle")["id"] == named["parent"]
    assert lookup.committee(store, "인공지능")["id"] == named["parent"]
    with pytest.raises(Ambiguous):
        lookup.committee(store, "comite")
    with pytest.raises(NotFound):
        lookup.committee(store, "999")
    with pytest.raises(NotFound):
        lookup.committee(store, "   ")


def test_meeting_by_reference_or_id(store: Store, committee: int, meeting: int) -> None:
    second = meetings.plan_meeting(store, committee, "2025-03-16T10:00")
    assert lookup.meeting(store, "CSIIA/1")["id"] == meeting
    assert lookup.meeting(store, " csiia / 2 ")["id"] == second
    assert lookup.meeting(store, str(second))["id"] == second
    assert lookup.meeting_ref(store, second) == "CSIIA/2"
    for ref in ("CSIIA/3", "CSIIA/deux", "NOPE/1", "/1", "999", "réunion", ""):
        with pytest.raises(NotFound):
            lookup.meeting(store, ref)
    with pytest.raises(NotFound):
        lookup.meeting_ref(store, 999)


def test_a_bare_number_is_the_meeting_number_unless_ambiguous(
    store: Store, committee: int, meeting: int, named: dict
) -> None:
    """ "--meeting 3" meant the internal id; it is the number on the minutes now."""
    other = meetings.plan_meeting(store, named["parent"], "2025-03-20T10:00")  # CNIA/1
    second = meetings.plan_meeting(store, committee, "2025-03-16T10:00")  # CSIIA/2
    third = meetings.plan_meeting(store, committee, "2025-04-16T10:00")  # CSIIA/3
    assert second == 3 and third == 4  # ids and numbers differ
    assert lookup.meeting(store, "3")["id"] == third  # not the meeting whose id is 3
    assert lookup.meeting(store, " 2 ")["id"] == second
    assert lookup.meeting(store, 3)["id"] == second  # an int from the program is an id
    with pytest.raises(Ambiguous) as e:
        lookup.meeting(store, "1")
    assert "CNIA/1" in str(e.value) and "CSIIA/1" in str(e.value)
    assert lookup.meeting(store, "CNIA/1")["id"] == other
    with pytest.raises(NotFound):
        lookup.meeting(store, "7")


@pytest.mark.parametrize("huge", ["99999999999999999999", "9223372036854775808", "٣"])
def test_numbers_sqlite_cannot_hold_match_nothing(
    store: Store, committee: int, meeting: int, huge: str
) -> None:
    for find in (lookup.committee, lookup.initiative, lookup.person, lookup.organisation):
        with pytest.raises(NotFound):
            find(store, huge)
    for ref in (huge, f"CSIIA/{huge}"):
        with pytest.raises(NotFound):
            lookup.meeting(store, ref)


def test_initiative_by_code_or_name(store: Store, named: dict) -> None:
    assert lookup.initiative(store, "cncia")["id"] == named["center"]
    assert lookup.initiative(store, "societe speciale")["id"] == named["company"]
    assert lookup.initiative(store, "특수목적")["id"] == named["company"]
    with pytest.raises(Ambiguous) as e:
        lookup.initiative(store, "calcul")
    assert "Centre national de calcul IA" in str(e.value) or "CNCIA" in str(e.value)


def test_person_and_organisation(store: Store, named: dict) -> None:
    assert lookup.person(store, "choi sang-mok")["id"] == named["choi"]
    assert lookup.person(store, "최상목")["id"] == named["choi"]
    assert lookup.organisation(store, "msit")["id"] == named["msit"]
    assert lookup.organisation(store, "ministere")["id"] == named["msit"]
    with pytest.raises(NotFound):
        lookup.person(store, "Park")
    assert lookup.owner(store, "Ministère")[0] == "organisation"
    assert lookup.owner(store, "choi")[0] == "person"
    names = lookup.owner_names(store)
    assert ("최상목", "person", named["choi"]) in names
    assert ("MSIT", "organisation", named["msit"]) in names


def test_query_syntax_is_only_text(store: Store, named: dict) -> None:
    for ref in ("%", "_", "' OR 1=1 --", "*", '"'):
        with pytest.raises((NotFound, Ambiguous)):
            lookup.person(store, ref)
