"""The file itself enforces the register's rules: foreign keys, STRICT types, CHECKs, uniqueness.

Rows go in through ``Operation`` (below the services' validation), so each refusal here is
SQLite's, turned into a ``Conflict`` sentence; and a refused operation leaves no trace.
"""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from minutier.core.errors import Conflict
from minutier.store.connection import Store


def history_count(store: Store) -> int:
    return int(store.scalar("SELECT count(*) FROM history"))


def refused(store: Store, table: str, values: dict[str, Any]) -> Conflict:
    before = history_count(store)
    count = store.scalar(f"SELECT count(*) FROM {table}")
    with pytest.raises(Conflict) as e, store.operation("test") as op:
        op.insert(table, values)
    assert history_count(store) == before
    assert store.scalar(f"SELECT count(*) FROM {table}") == count
    assert not store.conn.in_transaction
    text = str(e.value)
    assert text.endswith(".") and "\n" not in text
    return e.value


@pytest.fixture
def decision(store: Store, committee: int) -> int:
    with store.operation("decision") as op:
        return op.insert("decision", {"committee_id": committee, "number": 1, "text": "Adopté"})


def test_action_of_a_missing_committee_is_refused(store: Store) -> None:
    e = refused(store, "action", {"committee_id": 999, "number": 1, "text": "Rien"})
    assert "refers to one that is gone" in str(e)


def test_deleting_a_referenced_row_is_refused(store: Store, committee: int, meeting: int) -> None:
    with pytest.raises(Conflict), store.operation("raw delete") as op:
        op.delete("committee", committee)
    assert store.scalar("SELECT count(*) FROM committee") == 1


def test_strict_tables_refuse_a_float_amount(store: Store, decision: int) -> None:
    e = refused(
        store,
        "figure",
        {"decision_id": decision, "kind": "money", "amount_minor": 1.5, "currency": "USD"},
    )
    assert "amount_minor" in str(e) or "refused" in str(e)


def test_strict_tables_refuse_text_in_an_integer_column(store: Store, committee: int) -> None:
    refused(store, "decision", {"committee_id": committee, "number": "un", "text": "x"})


def test_an_integral_float_is_stored_as_an_integer(store: Store, decision: int) -> None:
    # STRICT coerces 5.0 losslessly; the stored type must still be an integer, never a real
    with store.operation("figure") as op:
        fid = op.insert(
            "figure",
            {"decision_id": decision, "kind": "money", "amount_minor": 5.0, "currency": "USD"},
        )
    assert store.scalar("SELECT typeof(amount_minor) FROM figure WHERE id = ?", (fid,)) == "integer"


def test_figure_with_two_owners_is_refused(store: Store, decision: int) -> None:
    with store.operation("initiative") as op:
        initiative = op.insert("initiative", {"name": "Centre national"})
    refused(
        store,
        "figure",
        {
            "decision_id": decision,
            "initiative_id": initiative,
            "kind": "quantity",
            "quantity": "8000",
            "unit": "GPU",
        },
    )


def test_figure_with_no_owner_is_refused(store: Store) -> None:
    refused(store, "figure", {"kind": "quantity", "quantity": "8000", "unit": "GPU"})


def test_money_without_currency_is_refused(store: Store, decision: int) -> None:
    refused(store, "figure", {"decision_id": decision, "kind": "money", "amount_minor": 100})


@pytest.mark.parametrize("currency", ["usd", "US", "USDT"])
def test_money_with_a_malformed_currency_is_refused(
    store: Store, decision: int, currency: str
) -> None:
    refused(
        store,
        "figure",
        {"decision_id": decision, "kind": "money", "amount_minor": 100, "currency": currency},
    )


def test_quantity_without_unit_or_with_an_amount_is_refused(store: Store, decision: int) -> None:
    refused(store, "figure", {"decision_id": decision, "kind": "quantity", "quantity": "8000"})
    refused(
        store,
        "figure",
        {
            "decision_id": decision,
            "kind": "quantity",
            "quantity": "8000",
            "unit": "GPU",
            "amount_minor": 8000,
        },
    )


def test_equivalent_needs_both_amount_and_currency(store: Store, decision: int) -> None:
    refused(
        store,
        "figure",
        {
            "decision_id": decision,
            "kind": "money",
            "amount_minor": 4,
            "currency": "KRW",
            "equiv_amount_minor": 3,
        },
    )


def test_action_with_two_owners_is_refused(store: Store, committee: int) -> None:
    with store.operation("owners") as op:
        person = op.insert("person", {"name": "Choi Sang-mok"})
        organisation = op.insert("organisation", {"name": "Ministère des Finances"})
    refused(
        store,
        "action",
        {
            "committee_id": committee,
            "number": 1,
            "text": "Plan",
            "owner_person_id": person,
            "owner_organisation_id": organisation,
        },
    )


def test_represented_by_needs_the_represented_status(store: Store, meeting: int) -> None:
    with store.operation("people") as op:
        a = op.insert("person", {"name": "A"})
        b = op.insert("person", {"name": "B"})
    refused(
        store,
        "attendance",
        {"meeting_id": meeting, "person_id": a, "status": "present", "represented_by_id": b},
    )


def test_duplicate_numbers_and_codes_are_refused(
    store: Store, committee: int, meeting: int
) -> None:
    e = refused(
        store,
        "meeting",
        {
            "committee_id": committee,
            "number": 1,
            "starts_at": "2025-03-01T10:00",
            "timezone": "UTC",
        },
    )
    assert "already uses" in str(e)
    refused(store, "committee", {"name": "Copie", "code": "csiia"})  # codes ignore case


@pytest.mark.parametrize(
    ("table", "values"),
    [
        ("meeting", {"number": 0, "starts_at": "2025-03-01T10:00", "timezone": "UTC"}),
        (
            "meeting",
            {
                "number": 2,
                "starts_at": "2025-03-01T10:00",
                "ends_at": "2025-03-01T09:00",
                "timezone": "UTC",
            },
        ),
        ("decision", {"number": 1, "text": ""}),
        ("decision", {"number": 1, "text": "x", "votes_for": -1}),
        ("action", {"number": 1, "text": "x", "status": "finished"}),
        ("committee", {"name": "Sans code", "code": "A B"}),
        ("committee", {"name": "Slash", "code": "A/B"}),
    ],
)
def test_checks_on_values(store: Store, committee: int, table: str, values: dict) -> None:
    if table != "committee":
        values = {"committee_id": committee, **values}
    refused(store, table, values)


def test_bad_uuid_is_refused(store: Store) -> None:
    refused(store, "person", {"name": "X", "uuid": "not-a-uuid"})


def test_history_cannot_be_edited_or_erased(store: Store, committee: int) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.conn.execute("UPDATE history SET who = 'mallory'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.conn.execute("DELETE FROM history")
    store.conn.rollback()
    assert store.scalar("SELECT who FROM history") == "tester"


def test_foreign_keys_are_clean_and_every_table_is_strict(store: Store, meeting: int) -> None:
    assert store.query("PRAGMA foreign_key_check") == []
    rows = store.query("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
    for r in rows:
        if r["name"].startswith(("search_words", "search_trigrams", "_sqlite", "sqlite_")):
            continue
        assert r["sql"].rstrip().endswith("STRICT"), r["name"]
