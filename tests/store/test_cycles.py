"""A committee is never its own parent, decisions never supersede each other — at any distance."""

from __future__ import annotations

import pytest

from minutier.core.errors import ValidationError
from minutier.services import records
from minutier.store.connection import Store


def _committee(store: Store, code: str, parent: int | None = None) -> int:
    values = {"name": f"Comité {code}", "code": code, "parent_id": parent}
    return records.create(store, "committee", values)


def test_committee_parent_loops_are_refused(store: Store, committee: int) -> None:
    b = _committee(store, "B", committee)
    c = _committee(store, "C", b)
    entries = store.scalar("SELECT count(*) FROM history")
    for target, parent in ((committee, committee), (committee, b), (committee, c)):
        with pytest.raises(ValidationError) as e:
            records.update(store, "committee", target, {"parent_id": parent})
        assert "own parent" in e.value.reason
    assert store.scalar("SELECT parent_id FROM committee WHERE id = ?", (committee,)) is None
    assert store.scalar("SELECT count(*) FROM history") == entries  # nothing half-written
    records.update(store, "committee", c, {"parent_id": committee})  # a tree is fine


def test_decisions_superseding_each_other_are_refused(store: Store, committee: int) -> None:
    ids = [
        records.create(store, "decision", {"committee_id": committee, "number": n, "text": "D"})
        for n in (1, 2, 3)
    ]
    superseded = {"status": "superseded"}
    records.update(store, "decision", ids[0], {**superseded, "superseded_by_id": ids[1]})
    records.update(store, "decision", ids[1], {**superseded, "superseded_by_id": ids[2]})
    for target in (ids[0], ids[2]):  # A ↔ B would be ids[2] → ids[0]; itself → itself
        with pytest.raises(ValidationError, match="supersede each other"):
            records.update(store, "decision", ids[2], {**superseded, "superseded_by_id": target})


def test_a_loop_already_in_an_older_file_does_not_hang_the_check(
    store: Store, committee: int
) -> None:
    b = _committee(store, "B", committee)
    store.conn.execute("UPDATE committee SET parent_id = ? WHERE id = ?", (b, committee))
    c = _committee(store, "C")
    records.update(store, "committee", c, {"parent_id": b})  # ends although B ↔ A loops
    with pytest.raises(ValidationError):
        records.update(store, "committee", b, {"parent_id": c})
