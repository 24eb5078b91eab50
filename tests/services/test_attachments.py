"""Files attached inside the register: stored checked, listed, undone, frozen, backed up, exported."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from minutier.core.errors import Conflict, FrozenRecord, MinutierError, ValidationError
from minutier.services import attachments, decisions, history, meetings
from minutier.services.exchange import json_format
from minutier.store import backup
from minutier.store.attachment_schema import MAX_BYTES
from minutier.store.connection import Store, open_store

HOSTILE = "<b>R&D</b> \"'\u202e 한글 ﷽"


def test_attach_list_read_and_undo(store: Store, meeting: int, tmp_path: Path) -> None:
    source = tmp_path / "ordre du jour — 회의.pdf"
    source.write_bytes(b"%PDF-1.4\n" + bytes(range(256)))
    ops = history.last_op(store)
    attached = attachments.attach_file(store, "meeting", meeting, source)
    assert history.last_op(store) == ops + 1
    [row] = attachments.listed(store, "meeting", meeting)
    assert (row["name"], row["media_type"], row["size"]) == (source.name, "application/pdf", 265)
    assert row["sha256"] == hashlib.sha256(source.read_bytes()).hexdigest()
    assert "content" not in row
    described, data = attachments.content(store, attached)
    assert data == source.read_bytes() and described["id"] == attached
    out = tmp_path / "out"
    out.mkdir()
    assert attachments.save_copy(store, attached, out).read_bytes() == data
    history.revert(store, history.last_op(store))  # undo the attach
    assert attachments.listed(store, "meeting", meeting) == []


def test_items_and_decisions_have_files_listed_with_their_meeting(
    store: Store, meeting: int
) -> None:
    item = meetings.agenda(store, meeting)[1]["id"]
    decision = decisions.record_decision(store, "adopter", meeting_id=meeting)
    attachments.attach_bytes(store, "agenda_item", item, "note.txt", b"x")
    attachments.attach_bytes(store, "decision", decision, "../../etc/passwd\x00", b"y")
    names = [r["name"] for r in attachments.listed(store, "meeting", meeting)]
    assert names == ["note.txt", "passwd_"]  # no folder, no control character
    assert [r["name"] for r in attachments.listed(store, "decision", decision)] == ["passwd_"]
    with pytest.raises(ValidationError, match="meeting, an agenda item or a decision"):
        attachments.attach_bytes(store, "person", 1, "x", b"")


def test_size_limit_is_stated_and_enforced(store: Store, meeting: int, tmp_path: Path) -> None:
    big = tmp_path / "big.bin"
    with open(big, "wb") as f:
        f.truncate(MAX_BYTES + 1)  # sparse: refused from its size, before reading
    with pytest.raises(ValidationError, match="larger than the 25 MiB"):
        attachments.attach_file(store, "meeting", meeting, big)
    with pytest.raises(ValidationError, match="not a file"):
        attachments.attach_file(store, "meeting", meeting, tmp_path)
    with pytest.raises(MinutierError), store.operation("raw") as op:  # the register refuses it too
        op.insert(
            "attachment",
            {
                "meeting_id": meeting,
                "name": "x",
                "size": 3,
                "sha256": "0" * 64,
                "content": b"ab",
            },
        )


def test_damaged_bytes_are_reported(store: Store, meeting: int) -> None:
    attached = attachments.attach_bytes(store, "meeting", meeting, "a.txt", b"abc")
    store.conn.execute("UPDATE attachment SET sha256 = ? WHERE id = ?", ("f" * 64, attached))
    with pytest.raises(Conflict, match="damaged"):
        attachments.content(store, attached)


def _approve(store: Store, meeting: int) -> None:
    with store.operation("approve for the test") as op:
        op.update("meeting", meeting, {"status": "minutes_approved"})
        op.insert("minutes_version", {"meeting_id": meeting, "version": 1, "status": "approved"})


def test_files_freeze_with_approved_minutes(store: Store, meeting: int) -> None:
    attached = attachments.attach_bytes(store, "meeting", meeting, "a.txt", b"abc")
    decision = decisions.record_decision(store, "adopter", meeting_id=meeting)
    _approve(store, meeting)
    with pytest.raises(FrozenRecord):
        attachments.attach_bytes(store, "meeting", meeting, "b.txt", b"late")
    with pytest.raises(FrozenRecord):
        attachments.attach_bytes(store, "decision", decision, "b.txt", b"late")
    with pytest.raises(FrozenRecord):
        attachments.remove(store, attached)
    assert attachments.content(store, attached)[1] == b"abc"


def test_backup_and_json_carry_the_files(store: Store, meeting: int, tmp_path: Path) -> None:
    data = HOSTILE.encode() + b"\x00\xff"
    attachments.attach_bytes(store, "meeting", meeting, f"{HOSTILE}.txt", data)
    info = backup.save_copy(store, tmp_path / "copy.minutier")
    with open_store(info.path) as copy:
        [row] = attachments.listed(copy, "meeting", 1)
        assert attachments.content(copy, row["id"])[1] == data
    exported = tmp_path / "export.json"
    json_format.write_json(store, exported)
    with open_store(tmp_path / "imported.minutier", create=True) as imported:
        json_format.import_file(imported, exported)
        [row] = imported.query("SELECT id, name FROM attachment")
        assert row["name"] == "b> \"'_ 한글 ﷽.txt"  # no folder part, no bidi override
        assert attachments.content(imported, row["id"])[1] == data
    tampered = json.loads(exported.read_text(encoding="utf-8"))
    tampered["records"]["attachment"][0]["sha256"] = "0" * 64
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(tampered), encoding="utf-8")
    with open_store(tmp_path / "refused.minutier", create=True) as refused:
        with pytest.raises(ValidationError, match="not the SHA-256 of content_base64"):
            json_format.import_file(refused, bad)
        assert refused.scalar("SELECT count(*) FROM meeting") == 0  # all or nothing


def test_deleting_a_meeting_or_decision_takes_its_files(store: Store, meeting: int) -> None:
    from minutier.services import records

    item = meetings.agenda(store, meeting)[0]["id"]
    decision = decisions.record_decision(store, "adopter", meeting_id=meeting)
    attachments.attach_bytes(store, "agenda_item", item, "a.txt", b"a")
    outside = decisions.record_decision(store, "hors réunion", committee_id=1)
    attachments.attach_bytes(store, "decision", outside, "b.txt", b"b")
    records.delete(store, "decision", outside)
    assert store.scalar("SELECT count(*) FROM attachment") == 1
    records.delete(store, "agenda_item", item)  # the file stays with the meeting
    assert store.scalar("SELECT agenda_item_id FROM attachment") is None
    assert decision
    records.delete(store, "meeting", meeting)
    assert store.scalar("SELECT count(*) FROM attachment") == 0


def test_approved_minutes_keep_their_files_and_annex(tmp_path: Path, minutier_home: Path) -> None:
    from minutier.services import lookup, minutes
    from minutier.services.demo import build_demo

    with open_store(build_demo(tmp_path / "demo.minutier"), who="tester") as demo:
        meeting = lookup.meeting(demo, "CSIIA/3")["id"]
        attached = attachments.attach_bytes(demo, "meeting", meeting, "budget.pdf", b"%PDF-1.4")
        version = minutes.approve(demo, meeting, approved_on="2025-03-20")
        assert minutes.check(demo, meeting) is True  # the digest covers the files
        pdf = minutes.version_pdf(demo, meeting, version.version)
        assert minutes.verify(demo, pdf) is not None
        with pytest.raises(FrozenRecord):
            attachments.remove(demo, attached)
        assert attachments.content(demo, attached)[1] == b"%PDF-1.4"
