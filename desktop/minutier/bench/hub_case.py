"""Sharing the archive through a hub: the time to clone it from PostgreSQL (and to publish it).

A throwaway PostgreSQL (``bench.pg``) on a loopback port receives a copy of the archive
(``minutier hub publish``); then ``minutier clone`` makes a new register from it. The baseline
is the bare transfer: reading the same hub rows with psycopg and nothing of Minutier (what no
clone can beat). Not measured, and said so, when PostgreSQL or psycopg is not installed.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from minutier.bench import pg
from minutier.bench.context import Bench
from minutier.bench.timing import Case

NAME = "hub clone: whole archive from PostgreSQL"
TARGET_RATIO = 4.0  # applying a row costs at most a few times reading it


def _not_measured(why: str) -> Case:
    return Case(NAME, None, None, None, None, measured=f"NOT MEASURED: {why}")


def _bare_read(url: str) -> None:
    import psycopg

    with psycopg.connect(url) as conn, conn.cursor() as cur:
        cur.execute("SELECT o.seq, o.op_uuid, o.label FROM ops o ORDER BY seq")
        cur.fetchall()
        cur.execute(
            "SELECT seq, table_name, row_uuid::text, kind, before, after FROM op_changes "
            "ORDER BY seq, position"
        )
        while cur.fetchmany(5000):
            pass


def clone(b: Bench) -> Case:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return _not_measured("psycopg is not installed (the 'hub' extra)")
    server = pg.start_server()
    if server is None:
        return _not_measured("PostgreSQL's server programs are not installed")
    from minutier.services.sync import engine, hub
    from minutier.store.connection import open_store

    folder = b.workdir / "hub"
    folder.mkdir(exist_ok=True)
    try:
        server.add_role("bench", createdb=True)
        server.create_database("bench_hub", "bench")
        import os

        os.environ["PGPASSFILE"] = str(server.passfile)
        url = server.url("bench", "bench_hub")
        hub.init(url)
        source = folder / "published.minutier"
        src = sqlite3.connect(f"{b.path.resolve().as_uri()}?mode=ro", uri=True)
        dest = sqlite3.connect(source)
        src.backup(dest)
        dest.close()
        src.close()
        start = time.perf_counter()
        with open_store(source, who="bench") as store:
            rows = engine.publish(store, url)
        publish_s = time.perf_counter() - start
        rounds = 1 if not b.quick and rows > 200_000 else 2
        app_ms, bare_ms = [], []
        for i in range(rounds):
            target = folder / f"clone{i}.minutier"
            start = time.perf_counter()
            store, _ = engine.clone(url, target, who="bench")
            store.close()
            app_ms.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            _bare_read(url)
            bare_ms.append((time.perf_counter() - start) * 1000)
            for p in folder.glob(f"clone{i}.minutier*"):
                p.unlink()
        return Case.from_samples(
            NAME,
            app_ms,
            bare_ms,
            target_ratio=TARGET_RATIO,
            target_ms=None,
            measured=f"minutier clone of {rows} records (published in {publish_s:.1f} s)",
            baseline="psycopg reading the same hub rows, nothing applied",
            records=rows,
            publish_s=round(publish_s, 2),
            records_per_s=round(rows / (sorted(app_ms)[len(app_ms) // 2] / 1000)),
        )
    finally:
        pg.remove(server)
        for p in Path(folder).glob("*"):
            p.unlink()
