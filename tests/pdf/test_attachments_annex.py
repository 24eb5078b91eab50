"""The minutes list the meeting's files in an annex; the approval digest covers them."""

from __future__ import annotations

import hashlib

from pdf_readback import squash, text_of

from minutier.pdf import build_minutes
from minutier.services import attachments, lookup, minutes_content
from minutier.store.connection import Store


def test_annex_lists_name_size_and_sha256(demo: Store) -> None:
    meeting = lookup.meeting(demo, "CSIIA/3")["id"]
    before = minutes_content.digest(demo, meeting)
    assert "Annexe" not in text_of(build_minutes(minutes_content.load(demo, meeting), lang="fr"))
    data = b"%PDF-1.4 budget" * 1000
    attachments.attach_bytes(demo, "meeting", meeting, "Budget <b>&</b> 2025 — 예산.pdf", data)
    decision = demo.scalar(
        "SELECT id FROM decision WHERE meeting_id = ? AND number = 2", (meeting,)
    )
    attachments.attach_bytes(demo, "decision", decision, "plan.txt", b"plan")
    record = minutes_content.load(demo, meeting)
    assert [f.name for f in record.attachments] == ["b> 2025 — 예산.pdf", "plan.txt"]
    fr = squash(text_of(build_minutes(record, lang="fr")))
    assert "Annexe—documentsjoints" in fr
    assert squash(hashlib.sha256(data).hexdigest()) in fr and "15000octets" in fr
    assert "décisionn°2" in fr
    en = squash(text_of(build_minutes(record, lang="en")))
    assert "Annex—attacheddocuments" in en and "15,000bytes" in en
    assert minutes_content.digest(demo, meeting) != before  # the approval covers the files


def test_digest_without_files_is_unchanged(demo: Store) -> None:
    """Minutes approved before attachments existed keep their digest."""
    meeting = lookup.meeting(demo, "CSIIA/3")["id"]
    first = minutes_content.digest(demo, meeting)
    attached = attachments.attach_bytes(demo, "meeting", meeting, "x.txt", b"x")
    attachments.remove(demo, attached)
    assert minutes_content.digest(demo, meeting) == first
