"""The merge equals the field-wise three-way rule, loses no edit silently, and is idempotent."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from merge_helpers import raw_update, two_copies, uuid_ids

from minutier.services import merge
from minutier.services.exchange import json_format

FIELDS = {
    "status": ["open", "in_progress", "done", "blocked"],
    "due_on": [None, "2025-03-31", "2025-04-30", "2025-05-15"],
    "priority": ["low", "normal", "high", "urgent"],
    "text": ["Action", 'Réviser <&"> 김', "Autre", "Action 0"],
    "owner": [None, 0, 1, 2],  # person index: the reference is compared by UUID
}
edit = st.tuples(
    st.sampled_from(["register", "copy"]),
    st.integers(0, 2),
    st.sampled_from(sorted(FIELDS)),
    st.integers(0, 3),
)
note_edit = st.tuples(
    st.sampled_from(["register", "copy"]),
    st.integers(0, 2),
    st.sampled_from(["add", "edit", "delete"]),
)


def _snapshot(store, people_uuid_by_id):
    rows = store.query("SELECT uuid, status, due_on, priority, text, owner_person_id FROM action")
    out = {}
    for r in rows:
        owner = r.pop("owner_person_id")
        r["owner"] = people_uuid_by_id.get(owner) if owner else None
        out[r.pop("uuid")] = r
    return out


@pytest.mark.parametrize("transport", ["history", "exchange v2"])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(edit, max_size=12), st.lists(note_edit, max_size=5))
def test_merge_follows_the_rule(transport, edits, note_edits):
    """Through a pack's history (``merge``) or a version 2 export imported back, the same rule."""
    with tempfile.TemporaryDirectory() as tmp:
        import os

        os.environ["MINUTIER_HOME"] = str(Path(tmp) / "home")
        reg, copy, cut = two_copies(Path(tmp))
        try:
            _run(reg, copy, cut, edits, note_edits, transport)
        finally:
            reg.close()
            copy.close()


def _run(reg, copy, cut, edits, note_edits, transport):
    sides = {"register": reg, "copy": copy}
    people = {n: sorted(uuid_ids(s, "person").items()) for n, s in sides.items()}
    person_uuids = [u for u, _ in people["register"]]
    person_ids = {n: uuid_ids(s, "person") for n, s in sides.items()}
    by_id = {n: {i: u for u, i in person_ids[n].items()} for n in sides}
    action_uuids = sorted(uuid_ids(reg, "action"))
    copy_actions = uuid_ids(copy, "action")
    assert set(action_uuids) <= set(copy_actions)
    # ids differ between the copies: references must be translated through UUIDs
    assert all(copy_actions[u] != uuid_ids(reg, "action")[u] for u in action_uuids)
    notes_at_cut = set(uuid_ids(copy, "action_note"))
    base = _snapshot(reg, by_id["register"])

    for side, index, name, choice in edits:
        store = sides[side]
        value = FIELDS[name][choice]
        row_id = uuid_ids(store, "action")[action_uuids[index]]
        if name == "owner":
            raw_update(
                store,
                "action",
                row_id,
                {
                    "owner_person_id": None
                    if value is None
                    else person_ids[side][person_uuids[value]]
                },
            )
        else:
            raw_update(store, "action", row_id, {name: value})
    note_uuids = sorted(uuid_ids(reg, "action_note"))
    deleted_in_copy, changed_in_register = set(), set()
    for side, index, what in note_edits:
        store = sides[side]
        ids = uuid_ids(store, "action_note")
        target = note_uuids[index]
        if what == "add":
            action_id = uuid_ids(store, "action")[action_uuids[index]]
            with store.operation("note") as op:
                op.insert(
                    "action_note",
                    {"action_id": action_id, "noted_on": "2025-03-01", "text": f"{side} note"},
                )
        elif target in ids and what == "edit":
            raw_update(store, "action_note", ids[target], {"text": f"edited in {side}"})
            if side == "register":
                changed_in_register.add(target)
        elif target in ids and what == "delete":
            with store.operation("delete note") as op:
                op.delete("action_note", ids[target])
            if side == "copy":
                deleted_in_copy.add(target)

    register_before = _snapshot(reg, by_id["register"])
    incoming = _snapshot(copy, by_id["copy"])
    notes_before = set(uuid_ids(reg, "action_note"))
    copy_notes = set(uuid_ids(copy, "action_note"))

    if transport == "history":
        changes = merge.changes_from_history(copy, cut)
        report = merge.merge(reg, changes, label="Merge copy", source="copy.minutier")
    else:
        exported = json_format.export_data(copy)
        report = json_format.import_data(reg, exported, source="copy.json")
    after = _snapshot(reg, by_id["register"])
    open_conflicts = {(c["row_uuid"], c["field"]): c for c in merge.list_conflicts(reg)}

    for uuid in action_uuids:
        for name in FIELDS:
            b, r, p = base[uuid][name], register_before[uuid][name], incoming[uuid][name]
            key_field = "owner_person_id" if name == "owner" else name
            if p == b:  # the copy did not change it (or changed it back): register stands
                assert after[uuid][name] == r
                continue
            # The rule, written out independently of the code under test.
            if r != b and r != p:
                assert after[uuid][name] == r, (uuid, name)
                c = open_conflicts[(uuid, key_field)]
                assert (c["base"], c["register"], c["incoming"]) == (
                    b if name != "owner" else c["base"],
                    r,
                    p,
                )
            else:
                assert after[uuid][name] == p, (uuid, name, b, r, p)  # no edit lost

    # Notes the copy added are in the register; notes it deleted are gone unless the register
    # changed them since (then a conflict waits).
    notes_after = set(uuid_ids(reg, "action_note"))
    assert copy_notes - notes_at_cut <= notes_after
    for target in deleted_in_copy:
        if transport != "history":  # a file holds records, not deletions: the register keeps it
            assert (target in notes_after) == (target in notes_before)
        elif target in notes_before and target in changed_in_register:
            assert target in notes_after and (target, None) in open_conflicts
        else:
            assert target not in notes_after

    # Merging the same changes again changes nothing and records nothing.
    ops_before = reg.scalar("SELECT count(*) FROM history")
    if transport == "history":
        again = merge.merge(reg, changes, label="Merge copy", source="copy.minutier")
    else:
        again = json_format.import_data(reg, exported, source="copy.json")
    assert again.conflicts == [] and again.operation is None
    assert reg.scalar("SELECT count(*) FROM history") == ops_before
    assert _snapshot(reg, by_id["register"]) == after
    assert {(c["row_uuid"], c["field"]) for c in report.conflicts} <= set(open_conflicts)
