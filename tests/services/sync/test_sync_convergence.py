"""Three officers editing offline, syncing in different orders, end with the same register.

Also: approved minutes stay frozen on every replica (a stale replica's edit becomes a
conflict, never a write) and the archived PDF travels with its hashes, so ``verify`` works on
a replica that never approved anything itself.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from pg_server import PgServer
from sync_helpers import assert_same, clone, committee_id, export, numbers

from minutier.services import meetings, merge, minutes, records
from minutier.services.demo import build_demo
from minutier.services.sync import engine, replica, rounds
from minutier.store.connection import Store, open_store

pytestmark = pytest.mark.hub
OFFICERS = ("alice", "bob", "carol")
PLACES = ("Séoul", "Paris", "Busan", "Lyon <&>", "회의실 3")


def _edit_offline(rng: random.Random, store: Store, who: str, rounds: int) -> None:
    """A mix of what officers do: new meetings, edits of shared ones, agenda items, deletions."""
    committee = committee_id(store)
    for i in range(rounds):
        shared = [
            r[0] for r in store.conn.execute("SELECT id FROM meeting ORDER BY number LIMIT 4")
        ]
        choice = rng.random()
        if choice < 0.25:
            meetings.plan_meeting(
                store, committee, f"2025-06-{1 + rng.randrange(28):02d}T10:00", title=f"{who}-{i}"
            )
        elif choice < 0.6:
            field = rng.choice(("place", "title", "notes"))
            records.update(
                store, "meeting", rng.choice(shared), {field: f"{rng.choice(PLACES)} ({who} {i})"}
            )
        elif choice < 0.85:
            meetings.add_agenda_item(store, rng.choice(shared), f"Point {who} {i} — 안건")
        else:
            items = [r[0] for r in store.conn.execute("SELECT id FROM agenda_item")]
            if items:
                records.delete(store, "agenda_item", rng.choice(items))


@pytest.mark.parametrize("seed", [1, 2])
def test_three_replicas_converge_whatever_the_order(
    tmp_path: Path, pg: PgServer, hub_db: str, hub_url: str, seed: int
) -> None:
    rng = random.Random(seed)
    first = open_store(tmp_path / "alice.minutier", create=True, who="alice")
    c = records.create(first, "committee", {"name": "Comité", "code": "CSIIA"})
    for day in (3, 10, 17, 24):
        meetings.plan_meeting(first, c, f"2025-03-{day:02d}T10:00")
    engine.publish(first, pg.url("alice", hub_db))
    stores = {"alice": first}
    for who in OFFICERS[1:]:
        stores[who] = clone(pg.url(who, hub_db), tmp_path / f"{who}.minutier", who=who)
    rebased = conflicts = 0
    for _ in range(3):  # three working days: offline edits, then syncs in a random order
        for who, store in stores.items():
            _edit_offline(rng, store, who, rounds=12)
        order = list(OFFICERS)
        rng.shuffle(order)
        for who in order:
            report = engine.sync(stores[who])
            rebased += report.rebased
            conflicts += len(report.conflicts)
    assert rebased and conflicts  # the case is not trivial: work was re-applied, fields clashed
    for who in OFFICERS:  # a final round so everyone has everyone's last pushes
        engine.sync(stores[who])
    texts = {who: export(s) for who, s in stores.items()}
    assert texts["alice"] == texts["bob"] == texts["carol"]
    nums = numbers(stores["alice"])
    assert len(nums) == len(set(nums)) == stores["alice"].scalar("SELECT count(*) FROM meeting")
    for store in stores.values():
        assert replica.status(store).pending == 0
        store.close()


def test_both_changed_the_same_field_is_a_conflict_with_both_values(
    tmp_path: Path, pg: PgServer, hub_db: str, hub_url: str
) -> None:
    a = open_store(tmp_path / "a.minutier", create=True, who="alice")
    c = records.create(a, "committee", {"name": "Comité", "code": "CSIIA"})
    m = meetings.plan_meeting(a, c, "2025-03-03T10:00")
    engine.publish(a, pg.url("alice", hub_db))
    b = clone(pg.url("bob", hub_db), tmp_path / "b.minutier", who="bob")
    records.update(a, "meeting", m, {"place": "Séoul"})
    records.update(b, "meeting", b.scalar("SELECT id FROM meeting"), {"place": "Paris"})
    engine.sync(a)
    report = engine.sync(b)
    assert len(report.conflicts) == 1
    conflict = b.query_one("SELECT * FROM merge_conflict WHERE status = 'open'")
    assert conflict is not None and conflict["field"] == "place"
    assert {conflict["register"], conflict["incoming"]} == {'"Séoul"', '"Paris"'}
    # Bob's value was not pushed silently over Alice's: every register keeps the hub's order.
    engine.sync(a)
    assert a.scalar("SELECT place FROM meeting") == b.scalar("SELECT place FROM meeting") == "Séoul"
    # Bob, the person who met it, decides for his value: the decision travels like any change.
    merge.resolve(b, conflict["id"], "incoming")
    assert engine.sync(b).pushed == 1
    engine.sync(a)
    assert a.scalar("SELECT place FROM meeting") == b.scalar("SELECT place FROM meeting") == "Paris"
    assert a.scalar("SELECT count(*) FROM merge_conflict") == 0  # listed where it was met
    assert_same(a, b)
    a.close()
    b.close()


def test_a_replica_offline_for_months_catches_up(
    tmp_path: Path, pg: PgServer, hub_db: str, hub_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rounds, "PAGE", 50)  # many pages of the hub's log, in one sync
    a = open_store(tmp_path / "a.minutier", create=True, who="alice")
    c = records.create(a, "committee", {"name": "Comité", "code": "CSIIA"})
    engine.publish(a, pg.url("alice", hub_db))
    b = clone(pg.url("bob", hub_db), tmp_path / "b.minutier", who="bob")
    records.update(b, "committee", b.scalar("SELECT id FROM committee"), {"description": "Bob's"})
    for month in range(1, 13):  # a year of work elsewhere, synced every month
        for day in range(1, 21):
            meetings.plan_meeting(a, c, f"2024-{month:02d}-{day:02d}T10:00")
        engine.sync(a)
    report = engine.sync(b)
    assert report.pulled == 240 and report.pushed == 1
    engine.sync(a)
    assert numbers(b) == list(range(1, 241))
    assert a.scalar("SELECT description FROM committee") == "Bob's"
    assert_same(a, b)
    a.close()
    b.close()


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo") / "demo.minutier")


def test_approved_minutes_stay_frozen_and_verify_everywhere(
    tmp_path: Path, pg: PgServer, hub_db: str, hub_url: str, demo_master: Path
) -> None:
    shutil.copyfile(demo_master, tmp_path / "a.minutier")
    a = open_store(tmp_path / "a.minutier", who="alice")
    engine.publish(a, pg.url("alice", hub_db))
    b = clone(pg.url("bob", hub_db), tmp_path / "b.minutier", who="bob")
    ref = "CSIIA/3"
    from minutier.services import lookup

    ma = int(lookup.meeting(a, ref)["id"])
    committee = int(lookup.committee(a, "CSIIA")["id"])
    m4 = meetings.plan_meeting(a, committee, "2025-03-20T10:00", carry_over=False)
    version = minutes.approve(a, ma, at_meeting_id=m4)
    pdf = minutes.version_pdf(a, ma, version.version)
    # Bob, offline and stale, edits the meeting alice just approved.
    mb = int(lookup.meeting(b, ref)["id"])
    records.update(b, "meeting", mb, {"place": "changed after approval"})
    engine.sync(a)
    report = engine.sync(b)
    assert any("approved" in c["reason"] for c in report.conflicts)
    assert records.get(b, "meeting", mb)["status"] == "minutes_approved"
    assert records.get(b, "meeting", mb)["place"] == records.get(a, "meeting", ma)["place"]
    found = minutes.verify(b, pdf)  # bob's replica knows the approved PDF by its hash
    assert found is not None and found.content_matches
    assert minutes.version_pdf(b, mb, version.version) == pdf
    engine.sync(a)
    assert_same(a, b)
    # An amendment approved on alice's replica updates the draft version: its PDF travels too.
    minutes.open_amendment(a, ma, "Nom corrigé <&> 수정", on_date="2025-03-21")
    second = minutes.approve(a, ma, at_meeting_id=m4, approved_on="2025-03-21")
    engine.sync(a)
    engine.sync(b)
    pdf2 = minutes.version_pdf(a, ma, second.version)
    assert minutes.version_pdf(b, mb, second.version) == pdf2
    found = minutes.verify(b, pdf2)
    assert found is not None and found.latest and found.content_matches
    assert_same(a, b)
    a.close()
    b.close()


def test_independent_work_is_not_set_aside(
    tmp_path: Path, pg: PgServer, hub_db: str, hub_url: str
) -> None:
    a = open_store(tmp_path / "a.minutier", create=True, who="alice")
    c = records.create(a, "committee", {"name": "Comité", "code": "CSIIA"})
    meetings.plan_meeting(a, c, "2025-03-03T10:00")
    engine.publish(a, pg.url("alice", hub_db))
    b = clone(pg.url("bob", hub_db), tmp_path / "b.minutier", who="bob")
    records.update(a, "meeting", a.scalar("SELECT id FROM meeting"), {"place": "Séoul"})
    records.create(b, "person", {"name": "Kim Min-ji 김민지"})
    records.update(b, "committee", b.scalar("SELECT id FROM committee"), {"description": "Bob"})
    engine.sync(a)
    history = b.scalar("SELECT count(*) FROM history")
    report = engine.sync(b)
    assert (report.pulled, report.rebased, report.pushed) == (1, 0, 2)
    assert b.scalar("SELECT count(*) FROM history") == history + 1  # only alice's operation
    engine.sync(a)
    assert_same(a, b)
    # Both create a committee with the same code: they clash without touching one record.
    records.create(a, "committee", {"name": "Budget", "code": "BUD"})
    records.create(b, "committee", {"name": "Budget bis", "code": "BUD"})
    engine.sync(a)
    report = engine.sync(b)
    assert report.rebased == 1 and len(report.conflicts) == 1
    engine.sync(a)
    assert a.scalar("SELECT name FROM committee WHERE code = 'BUD'") == "Budget"
    assert_same(a, b)
    a.close()
    b.close()


def test_attached_files_travel_and_a_local_approval_can_be_set_aside(
    tmp_path: Path, pg: PgServer, hub_db: str, hub_url: str, demo_master: Path
) -> None:
    from minutier.services import attachments, lookup

    shutil.copyfile(demo_master, tmp_path / "a.minutier")
    a = open_store(tmp_path / "a.minutier", who="alice")
    engine.publish(a, pg.url("alice", hub_db))
    b = clone(pg.url("bob", hub_db), tmp_path / "b.minutier", who="bob")
    data = bytes(range(256)) * 40 + "Procès-verbal 회의록 <&>".encode()
    ma = int(lookup.meeting(a, "CSIIA/3")["id"])
    attachments.attach_bytes(a, "meeting", ma, "annexe 1.pdf", data)
    engine.sync(a)
    # Bob attaches a file and approves the minutes offline, while alice's file is on the hub:
    # his work is set aside (frozen meeting, its files) and re-applied after hers.
    mb = int(lookup.meeting(b, "CSIIA/3")["id"])
    attachments.attach_bytes(b, "meeting", mb, "annexe 2.txt", b"second")
    m4 = meetings.plan_meeting(b, int(lookup.committee(b, "CSIIA")["id"]), "2025-03-20T10:00")
    minutes.approve(b, mb, at_meeting_id=m4)
    report = engine.sync(b)
    assert report.rebased >= 3 and report.pushed >= 3
    engine.sync(a)
    for store, meeting in ((a, ma), (b, mb)):
        files = {
            r["name"]: attachments.content(store, r["id"])[1]
            for r in attachments.listed(store, "meeting", meeting)
        }
        assert files == {"annexe 1.pdf": data, "annexe 2.txt": b"second"}
        assert records.get(store, "meeting", meeting)["status"] == "minutes_approved"
    assert_same(a, b)
    a.close()
    b.close()
