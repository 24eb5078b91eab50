"""Attendees confirm the draft minutes offline; the register counts them and the PDF says who."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from minutier.core.errors import Conflict, MinutierError, ValidationError
from minutier.services import confirmations, history, minutes, records
from minutier.services.demo import build_demo
from minutier.services.packs import confirm, merge_back
from minutier.services.packs.info import CONFIRMATION, pack_info
from minutier.store.connection import Store, open_store

HOSTILE = 'Point 2 : <b>« 8 000 GPU »</b> & 예산 \\ "ok"'


@pytest.fixture
def register(tmp_path: Path, minutier_home: Path) -> Store:
    store = open_store(build_demo(tmp_path / "register.minutier"), who="secretariat")
    meeting = store.scalar("SELECT id FROM meeting")
    kim = records.create(store, "person", {"name": "Kim Min-ji 김민지"})
    lee = records.create(store, "person", {"name": "Lee Seo-yeon"})
    with store.operation("Attendance") as op:
        op.insert("attendance", {"meeting_id": meeting, "person_id": kim, "status": "present"})
        op.insert("attendance", {"meeting_id": meeting, "person_id": lee, "status": "excused"})
    yield store
    store.close()


def _pack(register: Store, tmp_path: Path, person: str = "Kim Min-ji") -> Path:
    out = tmp_path / f"confirm-{person.split()[0]}.minutier"
    confirm.cut_confirmation_pack(register, "CSIIA/3", person, out)
    return out


def test_a_confirmation_pack_carries_the_draft_minutes_and_nothing_else(register, tmp_path):
    path = _pack(register, tmp_path)
    with open_store(path, who="kim") as pack:
        info = pack_info(pack)
        assert info is not None and info.kind == CONFIRMATION and info.owner_name.startswith("Kim")
        assert pack.scalar("SELECT count(*) FROM meeting") == 1
        assert pack.scalar("SELECT count(*) FROM agenda_item") == register.scalar(
            "SELECT count(*) FROM agenda_item"
        )
        pdf = pack.scalar("SELECT pdf FROM minutes_version WHERE status = 'draft'")
        assert bytes(pdf).startswith(b"%PDF")
        assert pack.scalar("SELECT count(*) FROM source") == 0


def test_confirmations_and_comments_come_back_once_and_undo_as_one(register, tmp_path):
    path = _pack(register, tmp_path)
    with open_store(path, who="kim") as pack:
        with pytest.raises(ValidationError, match="items 1 to"):
            confirm.confirm(pack, item=99)
        confirm.confirm(pack)
        confirm.confirm(pack, item=2, comment=HOSTILE)
    report = merge_back.merge_pack(register, path)
    assert report.inserted == 2 and report.conflicts == []
    meeting = register.scalar("SELECT id FROM meeting")
    result = confirmations.summary(register, meeting)
    assert result.sentence() == "Confirmed by 1 of 2 attendees: Kim Min-ji 김민지."
    assert [c[2] for c in result.comments] == [HOSTILE]
    with pytest.raises(Conflict, match="already merged"):
        merge_back.merge_pack(register, path)
    history.revert(register, report.operation)
    assert register.scalar("SELECT count(*) FROM minutes_confirmation") == 0


def test_only_attendees_confirm_and_only_draft_minutes(register, tmp_path):
    with pytest.raises(ValidationError, match="not recorded as attending"):
        _pack(register, tmp_path, "Lee Seo-yeon")  # excused
    path = _pack(register, tmp_path)
    with open_store(path, who="kim") as pack:
        confirm.confirm(pack)
    meeting = register.scalar("SELECT id FROM meeting")
    records.update(register, "meeting", meeting, {"status": "held"})
    minutes.approve(register, meeting, approved_on="2025-03-20")
    with pytest.raises(Conflict, match="were approved after"):
        merge_back.merge_pack(register, path)
    with pytest.raises(MinutierError, match="already approved"):
        _pack(register, tmp_path / "x", "Kim Min-ji")


def test_the_approval_block_says_who_confirmed(register, tmp_path):
    path = _pack(register, tmp_path)
    with open_store(path, who="kim") as pack:
        confirm.confirm(pack)
    merge_back.merge_pack(register, path)
    meeting = register.scalar("SELECT id FROM meeting")
    records.update(register, "meeting", meeting, {"status": "held"})
    version = minutes.approve(register, meeting, approved_on="2025-03-20")
    pdf = minutes.version_pdf(register, meeting, version.version)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Projet confirmé par 1 des 2 participants" in " ".join(text.split())
    assert "Kim Min-ji" in text


def test_deleting_an_agenda_item_takes_its_confirmations_along(register, tmp_path):
    """Detached, an item's confirmation would count as one of the whole minutes."""
    path = _pack(register, tmp_path)
    with open_store(path, who="kim") as pack:
        confirm.confirm(pack, item=1)
    merge_back.merge_pack(register, path)
    item = register.scalar("SELECT agenda_item_id FROM minutes_confirmation")
    records.delete(register, "agenda_item", item)
    meeting = register.scalar("SELECT id FROM meeting")
    assert confirmations.summary(register, meeting).confirmed == ()
    assert register.scalar("SELECT count(*) FROM minutes_confirmation") == 0


def test_a_comment_is_checked_like_any_text(register, tmp_path):
    path = _pack(register, tmp_path)
    with open_store(path, who="kim") as pack:
        with pytest.raises(ValidationError):
            confirm.confirm(pack, comment="bad \x1b[31m escape")
        with pytest.raises(ValidationError, match="required"):
            confirm.confirm(pack, comment="   ")
        assert pack.scalar("SELECT count(*) FROM minutes_confirmation") == 0
