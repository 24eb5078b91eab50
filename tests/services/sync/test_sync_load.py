"""Load: 20 replicas, 500 offline operations each, all pushing at once, converge.

Each replica is its own process (a real ``engine.sync`` on its own register) started at the
same moment; pushes serialise on the hub (one commits, the others pull, re-apply and retry).
The test reports operations per second through the hub, and checks that the hub holds each
operation exactly once and that every replica ends with the same register. Loopback only,
bounded: 10,000 operations, each process stops after its round limit.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest
from pg_server import PgServer
from sync_helpers import clone, export, seed_register

from minutier.services import records
from minutier.services.sync import engine
from minutier.store.connection import open_store

pytestmark = [pytest.mark.hub, pytest.mark.slow]
REPLICAS = 20
OPS = 500

_CHILD = """
import json, sys, time
from minutier.services.sync import engine
from minutier.store.connection import open_store
path, start = sys.argv[1], float(sys.argv[2])
store = open_store(path)
store.conn.execute("PRAGMA synchronous = OFF")
while time.time() < start:
    time.sleep(0.001)
t = time.perf_counter()
report = engine.sync(store, max_rounds=400)
done = time.time()
store.close()
print(json.dumps({"rounds": report.rounds, "pushed": report.pushed, "pulled": report.pulled,
                  "seconds": time.perf_counter() - t, "done": done}))
"""


def test_twenty_replicas_pushing_at_once_converge(
    tmp_path: Path, pg: PgServer, hub_db: str, hub_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    first = seed_register(tmp_path / "r0.minutier", who="alice")
    engine.publish(first, pg.url("alice", hub_db))
    first.close()
    paths = [tmp_path / "r0.minutier"]
    for i in range(1, REPLICAS):
        officer = ("alice", "bob", "carol")[i % 3]
        store = clone(pg.url(officer, hub_db), tmp_path / f"r{i}.minutier", who=officer)
        store.close()
        paths.append(tmp_path / f"r{i}.minutier")
    for i, path in enumerate(paths):  # offline work on records of its own: no conflicts
        store = open_store(path)
        store.conn.execute("PRAGMA synchronous = OFF")
        person = 0
        for n in range(OPS):
            if n % 5 == 0:
                person = records.create(store, "person", {"name": f"Officer {i}-{n} 관리"})
            else:
                records.update(store, "person", person, {"notes": f"r{i} #{n} <&>"})
        store.close()
    start = time.time() + 2.0
    children = [
        subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(p), str(start)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for p in paths
    ]
    results = []
    for child in children:
        out, err = child.communicate(timeout=600)
        assert child.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    wall = max(r["done"] for r in results) - start
    assert sum(r["pushed"] for r in results) == REPLICAS * OPS
    with psycopg.connect(pg.url("secretariat", hub_db)) as conn:
        count, distinct = conn.execute(
            "SELECT count(*), count(DISTINCT op_uuid) FROM ops"
        ).fetchone()
        gaps = conn.execute("SELECT max(seq) - min(seq) + 1 - count(*) FROM ops").fetchone()[0]
    assert count == distinct == REPLICAS * OPS + 1 and gaps == 0
    for path in paths:  # a last round: each pulls what was pushed after its own push
        with open_store(path) as store:
            engine.sync(store)
    texts = set()
    for path in paths:
        with open_store(path) as store:
            texts.add(export(store))
            assert store.scalar("SELECT count(*) FROM person") == REPLICAS * OPS // 5
    assert len(texts) == 1
    with capsys.disabled():
        print(
            f"\nhub load: {REPLICAS} replicas x {OPS} operations pushed concurrently in "
            f"{wall:.1f} s = {REPLICAS * OPS / wall:.0f} operations/s through the hub "
            f"(rounds per replica: max {max(r['rounds'] for r in results)})"
        )
