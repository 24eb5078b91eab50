"""Converting meeting entries between kinds: one undoable operation, recorded time and history kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutier.core.errors import Conflict, FrozenRecord, ValidationError
from minutier.core.figures import Figure
from minutier.services import convert, decisions, history, live, meetings, records
from minutier.store.connection import Store, open_store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = open_store(tmp_path / "convert.minutier", create=True, who="test")
    committee = records.create(
        s, "committee", {"name": "Comité spécial", "code": "CS", "timezone": "Asia/Seoul"}
    )
    s.person = records.create(s, "person", {"name": "Choi Sang Mok", "native_name": "최상목"})  # type: ignore[attr-defined]
    meeting = meetings.plan_meeting(s, committee, "2025-02-16T10:00", agenda=["Budget", "GPU"])
    s.meeting_id = meeting  # type: ignore[attr-defined]
    s.items = [r["id"] for r in meetings.agenda(s, meeting)]  # type: ignore[attr-defined]
    yield s
    s.close()


def _row(store: Store, table: str) -> dict:
    return store.query_one(f"SELECT * FROM {table} ORDER BY id DESC LIMIT 1")


@pytest.mark.parametrize(
    ("line", "table", "to"),
    [
        ('une note <&"> 한글', "note", "action"),
        ("une note", "note", "decision"),
        ("N: @Choi Sang Mok 8 000 GPU", "announcement", "note"),
        ("A: @Choi Sang Mok envoyer le plan d'ici fin mars", "action", "note"),
        ("D: adopter le budget", "decision", "note"),
        ("N: @Choi Sang Mok annonce", "announcement", "action"),
        ("A: @Choi Sang Mok faire", "action", "announcement"),
        ("D: adopter", "decision", "announcement"),
    ],
)
def test_convert_keeps_text_time_and_place_and_undoes_in_one_step(
    store: Store, line: str, table: str, to: str
) -> None:
    entry = live.record_line(store, store.meeting_id, store.items[1], line)
    before = records.get(store, table, entry.id)
    ops = history.last_op(store)
    new_table, new_id = convert.convert(store, table, entry.id, to)
    assert history.last_op(store) == ops + 1  # one operation
    new = records.get(store, new_table, new_id)
    assert (new_table, new["text"], new["agenda_item_id"]) == (to, entry.text, store.items[1])
    assert live.entry(store, new_table, new_id).recorded_at == entry.recorded_at
    assert store.scalar(f"SELECT count(*) FROM {table} WHERE id = ?", (entry.id,)) == 0
    link = convert.converted_from(store, new_table, new_id)
    assert link is not None and (link["table_name"], link["row_uuid"]) == (table, before["uuid"])
    if {table, to} == {"action", "announcement"}:  # the owner travels as the author
        moved = new.get("owner_person_id") or new.get("person_id")
        assert moved == store.person

    history.revert(store, history.last_op(store))  # one undo brings the old entry back
    assert records.get(store, table, entry.id) == before
    assert store.scalar(f"SELECT count(*) FROM {to} WHERE id = ?", (new_id,)) == 0


def test_note_to_action_is_numbered_and_back_in_the_live_list(store: Store) -> None:
    live.record_line(store, store.meeting_id, None, "A: première action")
    note = live.record_line(store, store.meeting_id, None, "relancer le ministère")
    later = live.record_line(store, store.meeting_id, None, "une autre note")
    _, action_id = convert.convert(store, "note", note.id, "action")
    assert records.get(store, "action", action_id)["number"] == 2
    listed = [(e.table, e.id) for e in live.entries(store, store.meeting_id)]
    assert listed.index(("action", action_id)) < listed.index(("note", later.id))  # same place


def test_decision_and_announcement_carry_figures_and_initiatives(store: Store) -> None:
    initiative = records.create(store, "initiative", {"name": "Centre national de calcul"})
    figure = Figure.of_money(400_000_000_000, "KRW")
    announcement = decisions.record_announcement(
        store, "budget", meeting_id=store.meeting_id, figures=[figure], initiative_ids=[initiative]
    )
    _, decision = convert.convert(store, "announcement", announcement, "decision")
    assert store.scalar("SELECT count(*) FROM figure WHERE decision_id = ?", (decision,)) == 1
    assert (
        store.scalar(
            "SELECT initiative_id FROM decision_initiative WHERE decision_id = ?", (decision,)
        )
        == initiative
    )
    with pytest.raises(Conflict, match="figures"):
        convert.convert(store, "decision", decision, "note")
    history.revert(store, history.last_op(store))  # undo: the announcement has them back
    assert (
        store.scalar("SELECT count(*) FROM figure WHERE announcement_id = ?", (announcement,)) == 1
    )
    assert store.scalar("SELECT count(*) FROM decision") == 0
    assert (
        store.scalar(
            "SELECT initiative_id FROM announcement_initiative WHERE announcement_id = ?",
            (announcement,),
        )
        == initiative
    )


def test_refusals_say_what_would_be_lost(store: Store) -> None:
    decision = live.record_line(store, store.meeting_id, None, "D: adopter")
    action = live.record_line(store, store.meeting_id, None, "A: faire")
    records.update(store, "action", action.id, {"decision_id": decision.id})
    with pytest.raises(Conflict, match="Actions follow"):
        convert.convert(store, "decision", decision.id, "note")
    from minutier.services import actions

    actions.add_progress_note(store, action.id, "en cours")
    with pytest.raises(Conflict, match="progress notes"):
        convert.convert(store, "action", action.id, "note")
    with pytest.raises(ValidationError, match="already of this kind"):
        convert.convert(store, "action", action.id, "action")
    with pytest.raises(ValidationError, match="choose one of"):
        convert.convert(store, "action", action.id, "motion")
    outside = decisions.record_announcement(store, "hors réunion", made_on="2025-01-01")
    with pytest.raises(ValidationError, match="recorded at a meeting"):
        convert.convert(store, "announcement", outside, "note")


def test_live_correction_of_another_kind_converts(store: Store) -> None:
    note = live.record_line(store, store.meeting_id, None, "relancer le ministère")
    ops = history.last_op(store)
    fixed = live.update_entry(
        store, "note", note.id, "A: @Choi Sang Mok relancer le ministère d'ici fin mars"
    )
    assert history.last_op(store) == ops + 1
    assert (fixed.table, fixed.owner, fixed.due_on) == ("action", "Choi Sang Mok", "2025-03-31")
    assert fixed.recorded_at == note.recorded_at
    history.revert(store, history.last_op(store))
    assert records.get(store, "note", note.id)["text"] == "relancer le ministère"


def test_frozen_meeting_refuses_conversion(store: Store, monkeypatch) -> None:
    note = live.record_line(store, store.meeting_id, None, "une note")
    with store.operation("freeze for the test") as op:
        op.update("meeting", store.meeting_id, {"status": "minutes_approved"})
        op.insert(
            "minutes_version",
            {"meeting_id": store.meeting_id, "version": 1, "status": "approved"},
        )
    with pytest.raises(FrozenRecord):
        convert.convert(store, "note", note.id, "action")
    assert records.get(store, "note", note.id)["text"] == "une note"
