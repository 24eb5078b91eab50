"""The sync command as a real process, killed during a push and a pull, and a hub restarted.

Nothing may be lost or doubled: after each interruption a plain ``minutier sync`` finishes
the job, and every replica ends with the same records (and each operation once on the hub).
The interruption points are made exact with the hub's own push lock (an advisory lock the
test holds) and SQLite's write lock, not with sleeps.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest
from pg_server import PgServer
from sync_helpers import clone, committee_id, export, seed_register

from minutier.services import meetings, records
from minutier.services.sync import engine, hub, replica

pytestmark = pytest.mark.hub
PUSH_LOCK = hub._PUSH_LOCK


def _cli(*args: str, site: Path | None = None) -> subprocess.Popen[str]:
    """``minutier ARGS`` as a child; ``site``: a folder whose sitecustomize.py runs first."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    if site is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(site), env.get("PYTHONPATH")]))
    return subprocess.Popen(
        [sys.executable, "-m", "minutier", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "minutier", *args], capture_output=True, text=True, timeout=120
    )


def _wait(predicate, what: str, timeout: float = 30) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.005)


def _hub_ops(pg: PgServer, db: str) -> list[str]:
    with psycopg.connect(pg.url("secretariat", db)) as conn:
        return [r[0] for r in conn.execute("SELECT op_uuid::text FROM ops ORDER BY seq")]


def _waiting_for_push_lock(lock: psycopg.Connection) -> bool:
    """Whether another session waits for the hub's push lock (the child is inside its push)."""
    row = lock.execute(
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
    ).fetchone()
    return bool(row and row[0])


def _pending_rows(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(
            conn.execute("SELECT count(*) FROM sync_op WHERE state = 'pending'").fetchone()[0]
        )
    finally:
        conn.close()


def _two_officers(tmp_path: Path, pg: PgServer, hub_db: str, edits: int) -> tuple[Path, Path]:
    a = seed_register(tmp_path / "alice.minutier", who="alice")
    engine.publish(a, pg.url("alice", hub_db))
    b = clone(pg.url("bob", hub_db), tmp_path / "bob.minutier", who="bob")
    for i in range(edits):
        meetings.plan_meeting(a, committee_id(a), f"2025-05-{1 + i % 28:02d}T09:00", title=f"A{i}")
    b.close()
    a.close()
    return tmp_path / "alice.minutier", tmp_path / "bob.minutier"


def test_the_commands_publish_clone_and_sync(tmp_path: Path, pg: PgServer, hub_db: str) -> None:
    admin = pg.url("secretariat", hub_db)
    first = _run("hub", "init", admin)
    assert first.returncode == 0 and "Created a Minutier hub" in first.stdout, first.stderr
    a = seed_register(tmp_path / "a.minutier")
    a.close()
    out = _run("hub", "publish", str(tmp_path / "a.minutier"), pg.url("alice", hub_db))
    assert out.returncode == 0 and "Published" in out.stdout, out.stderr
    out = _run("clone", pg.url("bob", hub_db), str(tmp_path / "b.minutier"))
    assert out.returncode == 0 and "Cloned" in out.stdout, out.stderr
    out = _run("sync", str(tmp_path / "b.minutier"))
    assert out.returncode == 0 and "Pulled 0 operations" in out.stdout, out.stderr
    bad = _run(
        "sync", str(tmp_path / "b.minutier"), "--hub", admin.replace("secretariat@", "x:pw@")
    )
    assert bad.returncode == 1 and "password" in bad.stderr and "Traceback" not in bad.stderr
    offline = _run(
        "sync", str(tmp_path / "b.minutier"), "--hub", admin.replace(f":{pg.port}/", ":1/")
    )
    assert (
        offline.returncode == 3
        and "Offline" in offline.stdout
        and "nothing was lost" in offline.stdout
    )


def test_sigkill_during_a_push_loses_and_doubles_nothing(
    tmp_path: Path, pg: PgServer, hub_db: str, hub_url: str
) -> None:
    alice, bob = _two_officers(tmp_path, pg, hub_db, edits=40)
    # 1. Killed while waiting inside the push transaction: nothing reaches the hub.
    with psycopg.connect(pg.url("secretariat", hub_db), autocommit=True) as lock:
        lock.execute("SELECT pg_advisory_lock(%s)", (PUSH_LOCK,))
        child = _cli("sync", str(alice))
        _wait(lambda: _waiting_for_push_lock(lock), "the child to wait inside its push")
        child.send_signal(signal.SIGKILL)  # (the child holds the register: it is read after)
        child.wait()
    assert _pending_rows(alice) == 40  # their UUIDs were fixed before the push began
    assert len(_hub_ops(pg, hub_db)) == 1  # only the published content
    # 2. Killed after the hub committed the push but before the register recorded it: the
    # child's own sitecustomize kills it on the way from the hub's commit to the register.
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(
        "import os, signal\n"
        "from minutier.services.sync import engine\n"
        "def _killed(*args, **kwargs):\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "engine._record_push = _killed\n",
        encoding="utf-8",
    )
    child = _cli("sync", str(alice), site=site)
    child.wait(timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stderr.read() if child.stderr else ""
    assert len(_hub_ops(pg, hub_db)) == 41  # the push committed on the hub
    assert _pending_rows(alice) == 40  # the register still thinks they wait
    done = _run("sync", str(alice))
    assert done.returncode == 0, done.stderr
    assert "recognised" in done.stdout
    uuids = _hub_ops(pg, hub_db)
    assert len(uuids) == len(set(uuids)) == 41  # nothing doubled
    assert _run("sync", str(bob)).returncode == 0
    from minutier.store.connection import open_store

    with open_store(alice) as a, open_store(bob) as b:
        assert a.scalar("SELECT count(*) FROM meeting") == 41
        assert export(a) == export(b)


def test_sigkill_during_a_pull_then_a_hub_restart(
    tmp_path: Path, pg: PgServer, hub_db: str, hub_url: str
) -> None:
    alice, bob = _two_officers(tmp_path, pg, hub_db, edits=300)
    assert _run("sync", str(alice)).returncode == 0
    from minutier.store.connection import open_store

    with open_store(bob) as b:  # bob has work of his own waiting
        records.update(
            b, "meeting", b.scalar("SELECT id FROM meeting WHERE number = 1"), {"place": "Busan"}
        )
    killed_inside = 0
    for _ in range(3):
        # Bob's sync reads the hub, then waits for the register's write lock, which we hold.
        holder = sqlite3.connect(str(bob), timeout=30)
        holder.execute("BEGIN IMMEDIATE")
        child = _cli("sync", str(bob))
        time.sleep(1.5)
        holder.rollback()
        holder.close()
        # Kill it the moment it holds the write lock: inside the transaction applying the pull.
        probe = sqlite3.connect(str(bob), timeout=0)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and child.poll() is None:
            try:
                probe.execute("BEGIN IMMEDIATE")
                probe.rollback()
            except sqlite3.OperationalError:
                child.send_signal(signal.SIGKILL)
                break
        probe.close()
        child.kill()
        child.wait()
        with open_store(bob) as b:  # each kill leaves the register whole: before or after
            count = b.scalar("SELECT count(*) FROM meeting")
            assert count in (1, 301)
            killed_inside += count == 1
            assert b.scalar("SELECT place FROM meeting WHERE number = 1") == "Busan"
            assert replica.status(b).pending == 1
    assert killed_inside  # at least one kill landed inside the pull, and lost nothing
    # The hub restarts while bob's sync waits to push: the round fails as "offline".
    with open_store(bob) as b:
        records.update(
            b, "meeting", b.scalar("SELECT id FROM meeting WHERE number = 1"), {"title": "Séance 1"}
        )
    with psycopg.connect(pg.url("secretariat", hub_db), autocommit=True) as lock:
        lock.execute("SELECT pg_advisory_lock(%s)", (PUSH_LOCK,))
        child = _cli("sync", str(bob))
        _wait(lambda: _waiting_for_push_lock(lock), "bob's sync to wait inside its push")
        pg.restart()
        out, err = child.communicate(timeout=60)
        assert child.returncode != 3 or "Offline" in out
    assert child.returncode in (0, 3), err
    done = _run("sync", str(bob))
    assert done.returncode == 0, done.stderr
    assert _run("sync", str(alice)).returncode == 0
    uuids = _hub_ops(pg, hub_db)
    assert len(uuids) == len(set(uuids))
    with open_store(alice) as a, open_store(bob) as b:
        assert a.scalar("SELECT count(*) FROM meeting") == 301
        row = a.query_one("SELECT place, title FROM meeting WHERE number = 1")
        assert row == {"place": "Busan", "title": "Séance 1"}
        assert export(a) == export(b)
        assert replica.status(b).pending == 0
