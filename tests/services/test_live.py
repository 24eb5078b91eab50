"""Live capture against a real register: one line, one committed operation, undoable, correctable."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutier.core.errors import MinutierError, ValidationError
from minutier.core.quick_entry import EntryKind
from minutier.services import history, live, meetings, records
from minutier.store.connection import Store, open_store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = open_store(tmp_path / "live.db", create=True, who="test")
    committee = records.create(
        s, "committee", {"name": "Comité spécial", "code": "CS", "timezone": "Asia/Seoul"}
    )
    records.create(
        s,
        "organisation",
        {"name": "Ministère des Sciences et des TIC", "short_name": "MSIT", "kind": "ministry"},
    )
    records.create(s, "person", {"name": "Choi Sang Mok", "native_name": "최상목"})
    meeting = meetings.plan_meeting(s, committee, "2025-02-16T10:00", agenda=["Budget", "GPU"])
    s.meeting_id = meeting  # type: ignore[attr-defined]
    s.items = [r["id"] for r in meetings.agenda(s, meeting)]  # type: ignore[attr-defined]
    yield s
    s.close()


def count(store: Store, table: str) -> int:
    return store.scalar(f"SELECT count(*) FROM {table}")


def test_note_decision_action_announcement_each_one_operation(store: Store) -> None:
    m, (item1, item2) = store.meeting_id, store.items
    before = history.last_op(store)
    note = live.record_line(store, m, item1, "Le président ouvre la séance.")
    decision = live.record_line(store, m, item1, "D: adopter le budget")
    action = live.record_line(
        store,
        m,
        item2,
        "A: @Ministère des Sciences et des TIC envoyer le plan interministériel d'ici fin mars",
    )
    announcement = live.record_line(store, m, item2, "N: @Choi Sang Mok 8 000 GPU achetés")
    assert history.last_op(store) == before + 4  # one history entry per line

    assert (note.kind, note.table, note.agenda_item_id) == (EntryKind.NOTE, "note", item1)
    assert decision.number == 1 and decision.agenda_item_id == item1
    row = records.get(store, "action", action.id)
    assert row["text"] == "envoyer le plan interministériel"
    assert row["due_on"] == "2025-03-31"  # "fin mars" counted from the meeting's day
    assert row["owner_organisation_id"] is not None and row["meeting_id"] == m
    assert action.owner == "Ministère des Sciences et des TIC" and action.number == 1
    ann = records.get(store, "announcement", announcement.id)
    assert ann["person_id"] is not None and ann["text"] == "8 000 GPU achetés"
    assert records.get(store, "decision", decision.id)["decided_on"] == "2025-02-16"

    listed = live.entries(store, m)
    assert [e.table for e in listed] == ["note", "decision", "action", "announcement"]
    assert listed[2] == action


def test_a_recorded_line_is_on_disk_when_record_line_returns(store: Store) -> None:
    live.record_line(store, store.meeting_id, None, "D: acheter 8 000 GPU")
    assert not store.conn.in_transaction  # committed, not pending
    store.close()  # the writer holds the file alone (exclusive lock) until it closes
    other = sqlite3.connect(store.path)  # another process would see the same
    assert other.execute("SELECT text FROM decision").fetchall() == [("acheter 8 000 GPU",)]
    other.close()


def test_refused_line_writes_nothing(store: Store) -> None:
    before = history.last_op(store)
    with pytest.raises(ValidationError, match="@Ministere des Sciencs"):
        live.record_line(store, store.meeting_id, None, "A: @Ministere des Sciencs envoyer")
    with pytest.raises(ValidationError, match="fin mras"):
        live.record_line(store, store.meeting_id, None, "A: @MSIT envoyer d'ici fin mras")
    assert history.last_op(store) == before
    assert count(store, "action") == 0


def test_undo_removes_the_entry(store: Store) -> None:
    entry = live.record_line(store, store.meeting_id, None, "D: adopter le budget")
    history.revert(store, history.last_op(store))
    assert count(store, "decision") == 0
    assert live.entries(store, store.meeting_id) == []
    assert entry.id


def test_correct_in_place(store: Store) -> None:
    m = store.meeting_id
    action = live.record_line(store, m, None, "A: @MSIT envoyer le plan d'ici fin mars")
    assert action.line == ("A: @Ministère des Sciences et des TIC envoyer le plan d'ici 2025-03-31")
    before = history.last_op(store)
    fixed = live.update_entry(
        store, "action", action.id, "A: @Choi Sang Mok envoyer le plan révisé"
    )
    assert history.last_op(store) == before + 1
    row = records.get(store, "action", action.id)
    assert row["text"] == "envoyer le plan révisé" and row["due_on"] is None
    assert row["owner_person_id"] is not None and row["owner_organisation_id"] is None
    assert (fixed.id, fixed.owner, fixed.recorded_at) == (
        action.id,
        "Choi Sang Mok",
        action.recorded_at,
    )

    note = live.record_line(store, m, None, "une note avec une fote")
    assert (
        live.update_entry(store, "note", note.id, "une note sans faute").text
        == "une note sans faute"
    )
    history.revert(store, history.last_op(store))  # the correction is one undo step
    assert records.get(store, "note", note.id)["text"] == "une note avec une fote"


def test_correction_of_another_kind_converts_the_entry(store: Store) -> None:
    note = live.record_line(store, store.meeting_id, None, "une note")
    fixed = live.update_entry(store, "note", note.id, "D: une décision")
    assert (fixed.table, fixed.text, fixed.recorded_at) == (
        "decision",
        "une décision",
        note.recorded_at,
    )
    assert count(store, "note") == 0  # tests/services/test_convert.py has the rest


def test_announcement_correction_changes_its_author(store: Store) -> None:
    entry = live.record_line(store, store.meeting_id, None, "N: @Choi Sang Mok annonce")
    live.update_entry(store, "announcement", entry.id, "N: @MSIT annonce")
    row = records.get(store, "announcement", entry.id)
    assert row["person_id"] is None and row["organisation_id"] is not None
    live.update_entry(store, "announcement", entry.id, "N: annonce")
    row = records.get(store, "announcement", entry.id)
    assert row["person_id"] is None and row["organisation_id"] is None


def test_delete_entry_is_one_operation(store: Store) -> None:
    entry = live.record_line(store, store.meeting_id, None, "D: adopter")
    live.delete_entry(store, "decision", entry.id)
    assert count(store, "decision") == 0
    history.revert(store, history.last_op(store))
    assert count(store, "decision") == 1


def test_decisions_and_actions_are_numbered_in_the_committee(store: Store) -> None:
    numbers = [live.record_line(store, store.meeting_id, None, f"D: d{i}").number for i in range(3)]
    assert numbers == [1, 2, 3]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=80))
def test_any_line_is_recorded_or_refused_with_a_minutier_error(store: Store, line: str) -> None:
    before = history.last_op(store)
    try:
        entry = live.record_line(store, store.meeting_id, store.items[0], line)
    except MinutierError:
        assert history.last_op(store) == before  # nothing half-saved
        return
    assert history.last_op(store) == before + 1
    assert live.entry(store, entry.table, entry.id) == entry


def test_meeting_day_not_today_is_the_reference(store: Store) -> None:
    entry = live.record_line(store, store.meeting_id, None, "A: @MSIT relancer dans 2 semaines")
    assert entry.due_on == (dt.date(2025, 2, 16) + dt.timedelta(weeks=2)).isoformat()


def test_owner_index_follows_people_and_organisations(store: Store) -> None:
    first = live.owner_index(store)
    assert live.owner_index(store) is first  # unchanged register: kept
    records.create(store, "organisation", {"name": "Korea Herald"})
    entry = live.record_line(store, store.meeting_id, None, "A: @Korea Herald publier")
    assert entry.owner == "Korea Herald"
    assert live.owner_index(store) is not first


@pytest.mark.parametrize(
    ("line", "table", "text"),
    [
        (
            "! Le ministre évoque un différend budgétaire.",
            "note",
            "Le ministre évoque un différend budgétaire.",
        ),
        ("!D: reporter l'achat", "decision", "reporter l'achat"),
        ("! A: @Choi Sang Mok négocier le prix d'ici fin mars", "action", "négocier le prix"),
        ("！N: @MSIT chiffre provisoire", "announcement", "chiffre provisoire"),
    ],
)
def test_a_leading_bang_marks_the_entry_confidential(
    store: Store, line: str, table: str, text: str
) -> None:
    """Issue 15 #5: the mark can be typed during the meeting, and corrected like the rest."""
    m, (item1, _) = store.meeting_id, store.items
    entry = live.record_line(store, m, item1, line)
    row = records.get(store, table, entry.id)
    assert (row["text"], row["confidential"]) == (text, 1)
    assert entry.confidential and entry.line.startswith("! ")
    plain = live.update_entry(store, table, entry.id, entry.line.removeprefix("! "))
    assert not plain.confidential and records.get(store, table, entry.id)["confidential"] == 0
    again = live.update_entry(store, table, entry.id, "!" + plain.line)
    assert again.confidential


def test_an_unmarked_line_is_not_confidential(store: Store) -> None:
    entry = live.record_line(store, store.meeting_id, store.items[0], "D: adopter le budget!")
    assert not entry.confidential and entry.text == "adopter le budget!"
