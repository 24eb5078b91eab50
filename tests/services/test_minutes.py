"""Approving minutes: the archived PDF and its hashes, the freeze in SQLite, amendments, verify."""

from __future__ import annotations

import hashlib
import io
import shutil
import sqlite3
from pathlib import Path

import pypdf
import pytest

from minutier.core.errors import Conflict, FrozenRecord, ValidationError
from minutier.core.figures import Figure
from minutier.services import actions, decisions, history, lookup, meetings, minutes, records
from minutier.services.demo import build_demo
from minutier.services.minutes_content import digest
from minutier.store import freeze, schema
from minutier.store.connection import Store, open_store


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo") / "demo.minutier")


@pytest.fixture
def demo(demo_master: Path, tmp_path: Path, minutier_home: Path) -> Store:
    path = tmp_path / "demo.minutier"
    shutil.copyfile(demo_master, path)
    store = open_store(path, who="tester")
    yield store
    store.close()


def m3(store: Store) -> int:
    return int(lookup.meeting(store, "CSIIA/3")["id"])


def approved(store: Store) -> tuple[int, minutes.Version]:
    committee = lookup.committee(store, "CSIIA")["id"]
    m4 = meetings.plan_meeting(store, committee, "2025-03-20T10:00", carry_over=False)
    return m4, minutes.approve(store, m3(store), at_meeting_id=m4)


# -- approval -----------------------------------------------------------------------------------
def test_approval_archives_the_pdf_with_both_hashes(demo: Store) -> None:
    ops = demo.scalar("SELECT max(op) FROM history")
    content = digest(demo, m3(demo))
    _, version = approved(demo)
    assert (version.version, version.status, version.approved_at) == (1, "approved", "CSIIA/4")
    assert version.approved_on == "2025-03-20"  # the approving meeting's date
    pdf = minutes.version_pdf(demo, m3(demo), 1)
    assert version.pdf_sha256 == hashlib.sha256(pdf).hexdigest()
    assert version.content_sha256 == content
    assert pdf.startswith(b"%PDF") and f"content-sha256:{content}".encode() in pdf
    assert records.get(demo, "meeting", m3(demo))["status"] == "minutes_approved"
    assert demo.scalar("SELECT count(DISTINCT op) FROM history WHERE op > ?", (ops,)) == 2
    # the official file is what the register hands out afterwards, in its language and paper
    assert minutes.minutes_pdf(demo, m3(demo)) == pdf
    assert minutes.minutes_pdf(demo, m3(demo), lang="en") != pdf
    assert minutes.check(demo, m3(demo)) is True


def test_same_register_same_approved_bytes(
    demo_master: Path, tmp_path: Path, minutier_home: Path
) -> None:
    shas = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.minutier"
        shutil.copyfile(demo_master, path)
        with open_store(path, who="tester") as store:
            assert minutes.minutes_pdf(store, m3(store)) == minutes.minutes_pdf(store, m3(store))
            shas.append(minutes.approve(store, m3(store), approved_on="2025-03-20").pdf_sha256)
    assert shas[0] == shas[1]


def test_approval_refusals(demo: Store) -> None:
    committee = lookup.committee(demo, "CSIIA")["id"]
    earlier = meetings.plan_meeting(demo, committee, "2025-01-10T10:00", carry_over=False)
    with pytest.raises(Conflict, match="cannot be approved: the meeting is planned"):
        minutes.approve(demo, earlier)
    with pytest.raises(ValidationError, match="before the meeting itself"):
        minutes.approve(demo, m3(demo), at_meeting_id=earlier)
    with pytest.raises(ValidationError, match="after the meeting"):
        minutes.approve(demo, m3(demo), approved_on="2025-02-01")
    with pytest.raises(ValidationError):
        minutes.approve(demo, m3(demo), paper="a3")
    approved(demo)
    with pytest.raises(Conflict, match="already approved"):
        minutes.approve(demo, m3(demo))
    with pytest.raises(Conflict):
        meetings.set_status(demo, m3(demo), "held")


# -- the freeze ---------------------------------------------------------------------------------
def test_every_content_edit_is_refused_by_the_storage_layer(demo: Store) -> None:
    approved(demo)
    meeting = m3(demo)
    item = demo.scalar("SELECT min(id) FROM agenda_item WHERE meeting_id = ?", (meeting,))
    announcement = demo.scalar(
        "SELECT min(f.announcement_id) FROM figure f JOIN announcement a "
        "ON a.id = f.announcement_id WHERE a.meeting_id = ?",
        (meeting,),
    )
    decision = demo.scalar("SELECT min(id) FROM decision WHERE meeting_id = ?", (meeting,))
    action = demo.scalar("SELECT min(id) FROM action WHERE meeting_id = ?", (meeting,))
    attendance = demo.scalar("SELECT min(id) FROM attendance WHERE meeting_id = ?", (meeting,))
    person = demo.scalar("SELECT id FROM person")
    before = demo.scalar("SELECT count(*) FROM history")
    edits = [
        lambda: records.update(demo, "meeting", meeting, {"place": "Séoul"}),
        lambda: records.delete(demo, "meeting", meeting),
        lambda: meetings.add_agenda_item(demo, meeting, "Point ajouté"),
        lambda: records.update(demo, "agenda_item", item, {"notes": "réécrit"}),
        lambda: meetings.move_agenda_item(demo, item, 2),
        lambda: records.delete(demo, "agenda_item", item),
        lambda: meetings.set_attendance(demo, meeting, person, "absent"),
        lambda: records.delete(demo, "attendance", attendance),
        lambda: meetings.add_note(demo, meeting, "après coup"),
        lambda: decisions.record_announcement(demo, "annonce tardive", meeting_id=meeting),
        lambda: decisions.update_links(demo, "announcement", announcement, figures=[]),
        lambda: decisions.update_links(demo, "announcement", announcement, initiative_ids=[]),
        lambda: decisions.record_decision(demo, "décidé plus tard", meeting_id=meeting),
        lambda: decisions.update_links(demo, "decision", decision, values={"text": "autre"}),
        lambda: decisions.update_links(
            demo, "decision", decision, figures=[Figure.of_quantity("9000", "GPU")]
        ),
        lambda: decisions.update_links(demo, "decision", decision, initiative_ids=[]),
        lambda: records.update(demo, "decision", decision, {"votes_for": 3}),
        lambda: actions.create_action(demo, "nouvelle action", meeting_id=meeting),
        lambda: records.update(demo, "action", action, {"text": "réécrite"}),
        lambda: records.update(demo, "action", action, {"due_on": "2026-01-31"}),
    ]
    for edit in edits:
        with pytest.raises(FrozenRecord):
            edit()
    assert demo.scalar("SELECT count(*) FROM history") == before  # refused whole, no trace
    # a raw SQL write is refused just the same: the rule lives in the file
    for sql in (
        "UPDATE agenda_item SET title = 'x' WHERE meeting_id = ?",
        "DELETE FROM announcement WHERE meeting_id = ?",
        "UPDATE action SET owner_person_id = NULL, owner_organisation_id = NULL WHERE meeting_id = ?",
        "UPDATE meeting SET status = 'held' WHERE id = ?",
        "DELETE FROM minutes_version WHERE meeting_id = ?",
        "UPDATE minutes_version SET pdf = x'00' WHERE meeting_id = ?",
    ):
        with pytest.raises(sqlite3.IntegrityError, match="frozen"):
            demo.conn.execute(sql, (meeting,))
    assert minutes.check(demo, meeting) is True


def test_follow_up_stays_open_after_approval(demo: Store) -> None:
    approved(demo)
    meeting = m3(demo)
    action = demo.scalar("SELECT min(id) FROM action WHERE meeting_id = ?", (meeting,))
    assert actions.set_status(demo, [action], "done") == 1
    records.update(demo, "action", action, {"priority": "urgent"})
    actions.add_progress_note(demo, action, "Plan présenté le 28 mars.", noted_on="2025-03-28")
    # a later meeting supersedes a decision of the approved one
    committee = lookup.committee(demo, "CSIIA")["id"]
    later = meetings.plan_meeting(demo, committee, "2025-05-20T10:00", carry_over=False)
    new = decisions.record_decision(demo, "Nouvelle décision", meeting_id=later)
    old = demo.scalar("SELECT min(id) FROM decision WHERE meeting_id = ?", (meeting,))
    records.update(demo, "decision", old, {"status": "superseded", "superseded_by_id": new})
    # none of that is the approved content
    assert minutes.check(demo, meeting) is True
    pdf = minutes.version_pdf(demo, meeting, 1)
    assert minutes.verify(demo, pdf).content_matches is True


def test_undoing_an_approval_is_refused(demo: Store) -> None:
    approved(demo)
    op = demo.scalar("SELECT max(op) FROM history WHERE label = 'Approve minutes'")
    with pytest.raises(FrozenRecord):
        history.revert(demo, op)


def test_bypassing_the_triggers_is_caught_by_the_digest(demo: Store) -> None:
    approved(demo)
    meeting = m3(demo)
    freeze.drop_triggers(demo.db)
    demo.conn.execute("UPDATE decision SET text = 'falsifié' WHERE meeting_id = ?", (meeting,))
    assert minutes.check(demo, meeting) is False
    found = minutes.verify(demo, minutes.version_pdf(demo, meeting, 1))
    assert found is not None and found.content_matches is False


# -- amendments ---------------------------------------------------------------------------------
def test_an_amendment_reopens_and_the_next_approval_is_version_2(demo: Store) -> None:
    _, first = approved(demo)
    meeting = m3(demo)
    with pytest.raises(ValidationError, match="say why"):
        minutes.open_amendment(demo, meeting, "   ", "2025-04-01")
    with pytest.raises(ValidationError, match="were approved on"):
        minutes.open_amendment(demo, meeting, "Coquille", "2025-03-01")
    draft = minutes.open_amendment(demo, meeting, "Coquille dans la décision 2", "2025-04-01")
    assert (draft.version, draft.status, draft.amended_on) == (2, "draft", "2025-04-01")
    assert records.get(demo, "meeting", meeting)["status"] == "minutes_drafted"
    with pytest.raises(Conflict, match="not approved"):
        minutes.open_amendment(demo, meeting, "encore", "2025-04-02")
    # editable again; the draft says it is an amendment
    decision = demo.scalar(
        "SELECT id FROM decision WHERE meeting_id = ? AND number = 2", (meeting,)
    )
    records.update(demo, "decision", decision, {"text": "Acheter 8 000 GPU supplémentaires."})
    page = pypdf.PdfReader(io.BytesIO(minutes.minutes_pdf(demo, meeting))).pages[0]
    assert "Projet d’amendement (version 2)" in page.extract_text().replace("\u00a0", " ")
    # the meeting cannot slip back to "approved" by hand while the amendment is open
    with pytest.raises(sqlite3.IntegrityError, match="amendment"):
        demo.conn.execute("UPDATE meeting SET status = 'minutes_approved' WHERE id = ?", (meeting,))
    with pytest.raises(ValidationError, match="follows an approval or amendment of 2025-04-01"):
        minutes.approve(demo, meeting, approved_on="2025-03-20")  # before the amendment
    second = minutes.approve(demo, meeting, approved_on="2025-04-10")
    assert (second.version, second.amendment_reason) == (2, "Coquille dans la décision 2")
    assert second.content_sha256 != first.content_sha256
    # version 1 keeps its bytes and is still recognised, as superseded
    old = minutes.verify(demo, minutes.version_pdf(demo, meeting, 1))
    assert old is not None and old.version.version == 1 and not old.latest
    new = minutes.verify(demo, minutes.version_pdf(demo, meeting, 2))
    assert new is not None and new.latest and new.content_matches
    assert [v.version for v in minutes.versions(demo, meeting)] == [1, 2]


# -- verify ---------------------------------------------------------------------------------------
def test_verify_accepts_the_file_and_rejects_any_changed_byte(demo: Store) -> None:
    approved(demo)
    pdf = minutes.version_pdf(demo, m3(demo), 1)
    found = minutes.verify(demo, pdf)
    assert found is not None and found.version.meeting == "CSIIA/3" and found.latest
    for position in (0, 100, len(pdf) // 2, len(pdf) - 2):
        changed = bytearray(pdf)
        changed[position] ^= 0x01
        assert minutes.verify(demo, bytes(changed)) is None
    assert minutes.verify(demo, pdf + b"\n") is None
    assert minutes.verify(demo, minutes.minutes_pdf(demo, m3(demo), lang="ko")) is None
    # a file that says it is the approved version but is not
    tampered = pdf.replace(b"Choi Sang Mok", b"Choi Sang Mik", 1)
    if tampered != pdf:
        assert minutes.verify(demo, tampered) is None
    assert minutes.claimed(demo, pdf[:-1]).version == 1


# -- what the freeze leaves alone ---------------------------------------------------------------
def test_a_meeting_marked_approved_without_a_version_is_not_frozen(demo: Store) -> None:
    """Bulk generation and imports write children of approved meetings before any version;
    approving such a meeting records its document and freezes it."""
    demo.conn.execute("UPDATE meeting SET status = 'minutes_approved' WHERE id = ?", (m3(demo),))
    meetings.add_note(demo, m3(demo), "écrit avant que la version n'arrive")
    page = pypdf.PdfReader(io.BytesIO(minutes.minutes_pdf(demo, m3(demo)))).pages[0]
    assert "Approuvé — aucune version archivée" in page.extract_text().replace("\u00a0", " ")
    with pytest.raises(Conflict, match="no approved version is on record"):
        minutes.open_amendment(demo, m3(demo), "Coquille", "2025-04-01")
    # approving records the document, and from then on the meeting is frozen
    assert minutes.approve(demo, m3(demo), approved_on="2025-03-20").version == 1
    with pytest.raises(FrozenRecord):
        meetings.add_note(demo, m3(demo), "trop tard")


def test_json_export_and_import_of_an_approved_meeting(demo: Store, tmp_path: Path) -> None:
    from minutier.services.exchange import json_format

    approved(demo)
    out = tmp_path / "export.json"
    json_format.write_json(demo, out)
    with open_store(tmp_path / "copy.minutier", create=True, who="tester") as copy:
        json_format.import_file(copy, out)
        meeting = m3(copy)
        pdf = minutes.version_pdf(copy, meeting, 1)
        assert minutes.verify(copy, pdf).content_matches is True  # digest keyed by UUID
        with pytest.raises(FrozenRecord):
            meetings.add_note(copy, meeting, "x")


def test_the_migration_upgrades_a_file_of_the_previous_version(
    tmp_path: Path, minutier_home: Path
) -> None:
    from sqlite_utils import Database

    from minutier.store.connection import register_functions

    path = tmp_path / "old.minutier"
    conn = sqlite3.connect(path)
    register_functions(conn)
    index = schema.NAMES.index("m005_minutes_freeze")
    schema.migrations.apply(Database(conn), stop_before=schema.NAMES[index])
    conn.execute(f"PRAGMA user_version = {index}")
    conn.execute(
        "INSERT INTO committee (uuid, created_at, updated_at, name, code) VALUES "
        "('c0000000-0000-4000-8000-000000000000', 't', 't', 'Comité', 'C')"
    )
    conn.commit()
    conn.close()
    with open_store(path, who="tester") as store:
        assert store.scalar("PRAGMA user_version") == schema.LATEST_VERSION
        names = {
            r["name"] for r in store.query("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
        assert set(freeze.trigger_names()) <= names
        columns = {r["name"] for r in store.query("PRAGMA table_info(minutes_version)")}
        assert {"content_sha256", "paper", "amended_on"} <= columns
        assert store.scalar("SELECT code FROM committee") == "C"
