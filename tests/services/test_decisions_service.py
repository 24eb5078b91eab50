"""Decisions (numbered per committee, votes, initiatives) and announcements with their figures."""

from __future__ import annotations

import pytest

from minutier.core.errors import ValidationError
from minutier.core.figures import Figure
from minutier.services import decisions, links, meetings, records
from minutier.store.connection import Store


def ops(store: Store) -> int:
    return int(store.scalar("SELECT count(DISTINCT op) FROM history"))


@pytest.fixture
def initiatives(store: Store) -> list[int]:
    return [
        records.create(store, "initiative", {"name": "Centre national de calcul IA"}),
        records.create(store, "initiative", {"name": "Société spéciale", "code": "SPC"}),
    ]


def test_decisions_are_numbered_per_committee(store: Store, committee: int, meeting: int) -> None:
    other = records.create(store, "committee", {"name": "Comité national", "code": "CNIA"})
    a = decisions.record_decision(store, "Premier", meeting_id=meeting)
    b = decisions.record_decision(store, "Deuxième", committee_id=committee)
    c = decisions.record_decision(store, "Autre comité", committee_id=other)
    d = decisions.record_decision(store, "Troisième", meeting_id=meeting)
    numbers = [records.get(store, "decision", i)["number"] for i in (a, b, c, d)]
    assert numbers == [1, 2, 1, 3]


def test_decision_at_a_meeting_takes_its_committee_and_date(store: Store, meeting: int) -> None:
    first = decisions.record_decision(store, "Adopté", meeting_id=meeting, votes=(12, 1, 0))
    second = decisions.record_decision(store, "Reporté", meeting_id=meeting, status="deferred")
    row = records.get(store, "decision", first)
    assert (row["committee_id"], row["decided_on"], row["position"]) == (1, "2025-02-16", 1)
    assert (row["votes_for"], row["votes_against"], row["votes_abstain"]) == (12, 1, 0)
    assert records.get(store, "decision", second)["position"] == 2
    assert records.get(store, "decision", second)["status"] == "deferred"


def test_decision_needs_a_committee(store: Store) -> None:
    with pytest.raises(ValidationError, match="committee"):
        decisions.record_decision(store, "Orphelin")


def test_decision_refuses_negative_votes_and_foreign_agenda_items(
    store: Store, committee: int, meeting: int
) -> None:
    with pytest.raises(ValidationError):
        decisions.record_decision(store, "X", meeting_id=meeting, votes=(-1, 0, 0))
    other = meetings.plan_meeting(store, committee, "2025-03-16T10:00", agenda=["Autre"])
    foreign_item = meetings.agenda(store, other)[0]["id"]
    with pytest.raises(ValidationError, match="another meeting"):
        decisions.record_decision(store, "X", meeting_id=meeting, agenda_item_id=foreign_item)
    assert store.scalar("SELECT count(*) FROM decision") == 0


def test_decision_links_initiatives_once(
    store: Store, meeting: int, initiatives: list[int]
) -> None:
    before = ops(store)
    decision = decisions.record_decision(
        store,
        "Créer le centre et la société",
        meeting_id=meeting,
        initiative_ids=[initiatives[1], initiatives[0], initiatives[1]],
    )
    assert ops(store) == before + 1
    linked = store.query(
        "SELECT initiative_id FROM decision_initiative WHERE decision_id = ? ORDER BY id",
        (decision,),
    )
    assert [r["initiative_id"] for r in linked] == [initiatives[1], initiatives[0]]


def test_decision_with_a_missing_initiative_is_refused_whole(store: Store, meeting: int) -> None:
    before = ops(store)
    with pytest.raises(Exception, match="refers to one that is gone"):
        decisions.record_decision(store, "Lien cassé", meeting_id=meeting, initiative_ids=[42])
    assert ops(store) == before
    assert store.scalar("SELECT count(*) FROM decision") == 0


def test_announcement_figures_are_stored_as_integers(store: Store, meeting: int) -> None:
    figures = [
        Figure.of_quantity("8 000", "GPU", label="GPU supplémentaires"),
        Figure.of_money(
            "400 000 000 000", "krw", label="capital initial", equivalent=("277000000", "USD")
        ),
        Figure.of_quantity("1,8", "billion KRW", qualifier="about"),
    ]
    announcement = decisions.record_announcement(
        store, "Annonces du ministre", meeting_id=meeting, figures=figures
    )
    rows = store.query(
        "SELECT kind, quantity, unit, amount_minor, typeof(amount_minor) AS t, currency, "
        "equiv_amount_minor, typeof(equiv_amount_minor) AS et, equiv_currency, position, "
        "qualifier FROM figure WHERE announcement_id = ? ORDER BY position",
        (announcement,),
    )
    assert rows[0] == {
        "kind": "quantity",
        "quantity": "8000",
        "unit": "GPU",
        "amount_minor": None,
        "t": "null",
        "currency": None,
        "equiv_amount_minor": None,
        "et": "null",
        "equiv_currency": None,
        "position": 1,
        "qualifier": "exact",
    }
    assert rows[1]["amount_minor"] == 400_000_000_000 and rows[1]["t"] == "integer"
    assert rows[1]["currency"] == "KRW"
    assert rows[1]["equiv_amount_minor"] == 27_700_000_000 and rows[1]["et"] == "integer"
    assert rows[1]["equiv_currency"] == "USD"
    assert rows[2]["quantity"] == "1.8" and rows[2]["qualifier"] == "about"
    assert links.figures_of(store, "announcement", announcement) == figures
    row = records.get(store, "announcement", announcement)
    assert row["made_on"] == "2025-02-16" and row["position"] == 1


def test_announcement_outside_a_meeting_needs_a_date(store: Store, initiatives: list[int]) -> None:
    with pytest.raises(ValidationError, match="needs a date"):
        decisions.record_announcement(store, "Communiqué")
    made = decisions.record_announcement(
        store, "Communiqué", made_on="2025-02-17", initiative_ids=initiatives
    )
    assert records.get(store, "announcement", made)["meeting_id"] is None
    assert store.scalar("SELECT count(*) FROM announcement_initiative") == 2


def test_update_links_replaces_figures_and_initiatives_in_one_step(
    store: Store, meeting: int, initiatives: list[int]
) -> None:
    decision = decisions.record_decision(
        store,
        "Budget",
        meeting_id=meeting,
        initiative_ids=[initiatives[0]],
        figures=[Figure.of_money("1800000000000", "KRW")],
    )
    before = ops(store)
    decisions.update_links(
        store,
        "decision",
        decision,
        initiative_ids=[initiatives[1]],
        figures=[Figure.of_quantity("25", "%"), Figure.of_money("1800000000000", "KRW")],
        values={"text": "Budget IA en hausse de 25 %"},
    )
    assert ops(store) == before + 1
    assert [f.unit for f in links.figures_of(store, "decision", decision)] == ["%", ""]
    assert store.scalar("SELECT initiative_id FROM decision_initiative") == initiatives[1]
    assert records.get(store, "decision", decision)["text"] == "Budget IA en hausse de 25 %"


def test_update_links_with_the_same_figures_writes_nothing(store: Store, meeting: int) -> None:
    figures = [Figure.of_quantity("8000", "GPU")]
    decision = decisions.record_decision(store, "GPU", meeting_id=meeting, figures=figures)
    count = store.scalar("SELECT count(*) FROM history")
    decisions.update_links(
        store, "decision", decision, figures=[Figure.of_quantity("8 000", "GPU")]
    )
    assert store.scalar("SELECT count(*) FROM history") == count
