"""Publishing, cloning and syncing through a real PostgreSQL hub, two and three officers."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from pg_server import PgServer
from sync_helpers import clone, committee_id, export, numbers, seed_register

from minutier.core.errors import DatabaseProblem
from minutier.services import meetings, records
from minutier.services.sync import engine, hub, replica, rounds
from minutier.store.connection import open_store

pytestmark = pytest.mark.hub


def test_hub_init_is_versioned_and_refuses_a_database_that_is_not_empty(
    pg: PgServer, hub_db: str
) -> None:
    url = pg.url("secretariat", hub_db)
    assert hub.init(url) == (0, len(hub.hub_schema.MIGRATIONS))
    assert hub.init(url) == (len(hub.hub_schema.MIGRATIONS),) * 2  # again: nothing to do
    other = f"{hub_db}_x"
    pg.create_database(other, "secretariat")
    pg.admin_sql("CREATE TABLE payroll (id int)", dbname=other)
    with pytest.raises(hub.HubProblem, match="not a Minutier hub"):
        hub.init(pg.url("secretariat", other))


def test_a_url_with_a_password_is_refused_and_nothing_is_stored(
    tmp_path: Path, hub_url: str
) -> None:
    store = seed_register(tmp_path / "a.minutier")
    with pytest.raises(hub.HubProblem, match="password"):
        engine.publish(store, hub_url.replace("secretariat@", "secretariat:secret@"))
    assert replica.hub_url(store) is None
    # Open read-only (as when another window edits it): refused before the hub gets anything.
    with (
        open_store(tmp_path / "a.minutier", readonly=True) as second,
        pytest.raises(DatabaseProblem),
    ):
        engine.publish(second, hub_url)
    with hub.connect(hub_url) as conn:
        assert hub.head(conn) == 0  # refused before anything reached the hub
    engine.publish(store, hub_url)
    stored = store.scalar("SELECT group_concat(value, ' ') FROM meta")
    assert "pw-" not in stored and replica.hub_url(store) == hub_url
    store.close()


def test_publish_clone_then_edits_travel_both_ways(
    tmp_path: Path, pg: PgServer, hub_db: str, hub_url: str
) -> None:
    a = seed_register(tmp_path / "alice.minutier", who="alice")
    engine.publish(a, pg.url("alice", hub_db))
    b = clone(pg.url("bob", hub_db), tmp_path / "bob.minutier", who="bob")
    assert export(a) == export(b)

    m = a.scalar("SELECT id FROM meeting")
    records.update(a, "meeting", m, {"place": 'Séoul, salle 3 <&"> 회의실'})
    mb = b.scalar("SELECT id FROM meeting")
    records.update(b, "meeting", mb, {"title": "Séance inaugurale"})
    ra = engine.sync(a)
    assert (ra.pushed, ra.pulled) == (1, 0)
    rb = engine.sync(b)
    assert (rb.pushed, rb.pulled) == (1, 1)
    engine.sync(a)
    assert export(a) == export(b)
    row = a.query_one("SELECT title, place FROM meeting")
    assert row == {"title": "Séance inaugurale", "place": 'Séoul, salle 3 <&"> 회의실'}
    # The hub recorded each officer's own role as author.
    with psycopg.connect(pg.url("secretariat", hub_db)) as conn:
        authors = [r[0] for r in conn.execute("SELECT author FROM ops ORDER BY seq")]
    assert authors == ["alice", "alice", "bob"]
    # Who did what shows in each replica's history too.
    assert b.scalar("SELECT who FROM history WHERE label LIKE 'Edit%' ORDER BY id LIMIT 1") in (
        "alice",
        "bob",
    )
    a.close()
    b.close()


def test_syncing_twice_changes_nothing(
    tmp_path: Path, pg: PgServer, hub_db: str, hub_url: str
) -> None:
    a = seed_register(tmp_path / "a.minutier")
    engine.publish(a, pg.url("alice", hub_db))
    records.update(a, "meeting", a.scalar("SELECT id FROM meeting"), {"place": "Paris"})
    engine.sync(a)
    before = export(a)
    again = engine.sync(a)
    assert (again.pushed, again.pulled) == (0, 0)
    assert export(a) == before
    a.close()


def test_numbers_given_offline_become_unique_at_push(
    tmp_path: Path, pg: PgServer, hub_db: str, hub_url: str
) -> None:
    a = seed_register(tmp_path / "a.minutier", who="alice")
    engine.publish(a, pg.url("alice", hub_db))
    b = clone(pg.url("bob", hub_db), tmp_path / "b.minutier", who="bob")
    # Both plan "meeting 2" offline.
    meetings.plan_meeting(a, committee_id(a), "2025-04-01T10:00", title="A")
    meetings.plan_meeting(b, committee_id(b), "2025-04-02T10:00", title="B")
    assert numbers(a) == numbers(b) == [1, 2]
    engine.sync(a)
    report = engine.sync(b)  # alice's meeting 2 arrives first: bob's provisional 2 moves to 3
    assert report.rebased == 1
    engine.sync(a)
    assert numbers(a) == numbers(b) == [1, 2, 3]
    assert export(a) == export(b)
    a.close()
    b.close()


def test_a_role_cannot_push_as_another_author(
    tmp_path: Path, pg: PgServer, hub_db: str, hub_url: str
) -> None:
    a = seed_register(tmp_path / "a.minutier")
    engine.publish(a, pg.url("alice", hub_db))
    op = hub.HubOp(
        op_uuid="00000000-0000-4000-8000-000000000001",
        replica="00000000-0000-4000-8000-000000000002",
        at="2025-01-01T00:00:00.000Z",
        label="forged",
        changes=[],
        author="alice",
    )
    with pytest.raises(hub.HubProblem, match="claims"), hub.connect(pg.url("bob", hub_db)) as conn:
        hub.push(conn, op.replica, hub.head(conn), [op])
    with psycopg.connect(pg.url("bob", hub_db)) as conn, pytest.raises(psycopg.Error):
        conn.execute("DELETE FROM ops")
    a.close()


def test_offline_is_a_state(tmp_path: Path, pg: PgServer, hub_db: str, hub_url: str) -> None:
    a = seed_register(tmp_path / "a.minutier")
    engine.publish(a, pg.url("alice", hub_db))
    records.update(a, "meeting", a.scalar("SELECT id FROM meeting"), {"place": "Lyon"})
    nowhere = pg.url("alice", hub_db).replace(f":{pg.port}/", ":1/")
    with pytest.raises(hub.HubUnreachable):
        engine.sync(a, nowhere)
    assert replica.status(a).pending == 1
    assert replica.hub_url(a) == pg.url("alice", hub_db)  # the failed address was not kept
    engine.sync(a)
    assert replica.status(a).pending == 0
    # A hub that answers but refuses (no such database, no such role) is not "offline".
    for wrong in (pg.url("alice", "no_such_hub"), pg.url("mallory", hub_db)):
        with pytest.raises(hub.HubProblem) as refused:
            engine.sync(a, wrong)
        assert not isinstance(refused.value, hub.HubUnreachable), refused.value
    a.close()


def test_tls_when_the_url_asks_for_it(
    tmp_path: Path, pg: PgServer, hub_db: str, hub_url: str
) -> None:
    assert pg.tls, "the test server has a certificate (openssl is installed with PostgreSQL)"
    a = seed_register(tmp_path / "a.minutier")
    secure = pg.url("alice", hub_db, sslmode="require")
    engine.publish(a, secure)
    records.update(a, "meeting", a.scalar("SELECT id FROM meeting"), {"place": "Sejong"})
    assert engine.sync(a).pushed == 1  # with the remembered address, TLS again
    with hub.connect(replica.hub_url(a) or "") as conn:
        assert conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()[
            0
        ]
    # A certificate that cannot be verified is a refusal with its reason, not "offline".
    strict = pg.url("alice", hub_db, sslmode="verify-full", sslrootcert=str(tmp_path / "none.crt"))
    with pytest.raises(hub.HubProblem) as refused:
        engine.sync(a, strict)
    assert not isinstance(refused.value, hub.HubUnreachable)
    assert "TLS" in str(refused.value)
    a.close()


def test_the_hub_gives_the_final_number_and_the_report_names_it(
    tmp_path: Path, pg: PgServer, hub_db: str, hub_url: str
) -> None:
    a = seed_register(tmp_path / "a.minutier", who="alice")
    engine.publish(a, pg.url("alice", hub_db))
    b = clone(pg.url("bob", hub_db), tmp_path / "b.minutier", who="bob")
    # Alice's meeting 2 is pushed, then deleted: the hub never hands out 2 again.
    planned = meetings.plan_meeting(a, committee_id(a), "2025-04-01T10:00", title="A")
    engine.sync(a)
    records.delete(a, "meeting", planned)
    engine.sync(a)
    meetings.plan_meeting(b, committee_id(b), "2025-04-02T10:00", title="B")
    assert replica.provisional(b) == ["CSIIA/2"]
    report = engine.sync(b)
    assert report.renamed == [("CSIIA/2", "CSIIA/3")]
    assert "  CSIIA/2 is now CSIIA/3." in report.lines()
    assert replica.provisional(b) == []
    engine.sync(a)
    assert numbers(a) == numbers(b) == [1, 3]
    assert export(a) == export(b)
    a.close()
    b.close()


def test_the_log_cannot_be_tampered_with_by_an_officer(
    tmp_path: Path, pg: PgServer, hub_db: str, hub_url: str
) -> None:
    a = seed_register(tmp_path / "a.minutier", who="alice")
    engine.publish(a, pg.url("alice", hub_db))
    with psycopg.connect(pg.url("bob", hub_db), autocommit=True) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # into alice's operation
            conn.execute(
                "INSERT INTO op_changes (seq, position, table_name, row_uuid, kind, after) "
                "VALUES (1, 99999, 'person', gen_random_uuid(), 'insert', '{}')"
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # numbers handed out again
            conn.execute("UPDATE counters SET last_number = 0")
        with pytest.raises(psycopg.Error):
            conn.execute("UPDATE ops SET label = 'rewritten'")
        # An operation appended beside a push (not under its lock) is refused: seq order stays
        # commit order, so no replica can read past an operation committed later.
        with psycopg.connect(pg.url("alice", hub_db), autocommit=True) as pusher:
            pusher.execute("SELECT pg_advisory_lock(%s)", (hub._PUSH_LOCK,))
            with pytest.raises(psycopg.errors.LockNotAvailable):
                conn.execute(
                    "INSERT INTO ops (op_uuid, replica, at) VALUES "
                    "(gen_random_uuid(), gen_random_uuid(), 'now')"
                )
    a.close()


def test_an_operation_this_minutier_cannot_apply_is_refused_whole(
    tmp_path: Path, pg: PgServer, hub_db: str, hub_url: str
) -> None:
    a = seed_register(tmp_path / "a.minutier", who="alice")
    engine.publish(a, pg.url("alice", hub_db))
    b = clone(pg.url("bob", hub_db), tmp_path / "b.minutier", who="bob")
    strange = hub.HubOp(
        op_uuid="00000000-0000-4000-8000-0000000000aa",
        replica="00000000-0000-4000-8000-0000000000bb",
        at="2025-01-01T00:00:00.000Z",
        label="from a newer Minutier",
        changes=[
            hub.Change(
                "person",
                "00000000-0000-4000-8000-0000000000cc",
                "insert",
                None,
                {"name": "X", "shoe_size": 44},
            ),
            hub.Change(
                "sqlite_master",
                "00000000-0000-4000-8000-0000000000dd",
                "delete",
                {"name": "x"},
                None,
            ),
        ],
    )
    with hub.connect(pg.url("alice", hub_db)) as conn:
        hub.push(conn, strange.replica, hub.head(conn), [strange])
    before = export(b)
    with pytest.raises(hub.HubProblem, match="cannot apply"):
        engine.sync(b)
    assert export(b) == before
    a.close()
    b.close()


def test_a_service_file_names_the_hub(
    tmp_path: Path, pg: PgServer, hub_db: str, hub_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = tmp_path / "pg_service.conf"
    services.write_text(
        f"[csiia]\nhost=127.0.0.1\nport={pg.port}\ndbname={hub_db}\nuser=alice\n", encoding="utf-8"
    )
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    a = seed_register(tmp_path / "a.minutier", who="alice")
    engine.publish(a, "service=csiia")
    records.update(a, "meeting", a.scalar("SELECT id FROM meeting"), {"place": "Gwacheon"})
    assert engine.sync(a).pushed == 1
    assert replica.hub_url(a) == "service=csiia"  # only the service's name is kept
    assert hub.display("service=csiia") == "the PostgreSQL service csiia"
    a.close()


def test_an_operation_pushed_twice_is_stored_once_and_applied_once(
    tmp_path: Path, pg: PgServer, hub_db: str, hub_url: str
) -> None:
    a = seed_register(tmp_path / "a.minutier", who="alice")
    engine.publish(a, pg.url("alice", hub_db))
    b = clone(pg.url("bob", hub_db), tmp_path / "b.minutier", who="bob")
    person = hub.HubOp(
        op_uuid="00000000-0000-4000-8000-0000000000ee",
        replica="00000000-0000-4000-8000-0000000000ef",
        at="2025-01-01T00:00:00.000Z",
        label="Add person",
        changes=[
            hub.Change(
                "person",
                "00000000-0000-4000-8000-0000000000f0",
                "insert",
                None,
                {
                    "name": "Lee 이",
                    "created_at": "2025-01-01T00:00:00.000Z",
                    "updated_at": "2025-01-01T00:00:00.000Z",
                },
            )
        ],
    )
    with hub.connect(pg.url("alice", hub_db)) as conn:
        first = hub.push(conn, person.replica, hub.head(conn), [person])
        again = hub.push(conn, person.replica, hub.head(conn), [person])
        assert len(first.seqs) == 1 and again.seqs == []
        assert hub.head(conn) == first.seqs[0]
    engine.sync(b)
    with hub.connect(pg.url("bob", hub_db)) as conn:
        pulled = hub.fetch(conn, 0)[-1]
    assert pulled.op_uuid == person.op_uuid
    history = b.scalar("SELECT count(*) FROM history")
    rounds.Round(b, engine.SyncReport()).apply_hub_op(pulled)  # applied a second time
    assert b.scalar("SELECT count(*) FROM person") == 1
    assert b.scalar("SELECT count(*) FROM history") == history  # nothing changed
    a.close()
    b.close()
