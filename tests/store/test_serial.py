"""The window's connection shared with a job's thread: no deadlock, cursors read in turn."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from minutier.store.connection import Store, open_store
from minutier.store.serial import SerialConnection, raw

# Two threads on one Store's connection: one runs statements that call ``mz_fold`` (SQLite
# holds the connection's mutex and wants the GIL), the other binds parameters and reads
# columns (Python holds the GIL and wants the mutex). On the bare sqlite3 connection this
# hangs within seconds (measured: 5 of 5 runs).
_SCRIPT = """
import sys, threading, time
from minutier.store.connection import open_store
store = open_store(sys.argv[1], create=True, who="t")
conn = store.conn
conn.execute("CREATE TEMP TABLE t(x)")
conn.executemany("INSERT INTO t VALUES (?)", [(f"Abc{i}",) for i in range(50000)])
stop = threading.Event()
def folding():
    while not stop.is_set():
        conn.execute("SELECT count(*) FROM t WHERE mz_fold(x) LIKE 'abc1%'").fetchone()
def binding():
    n = 0
    while not stop.is_set():
        conn.execute("SELECT x FROM t WHERE rowid = ?", (n % 1000 + 1,)).fetchone()
        n += 1
threads = [threading.Thread(target=f, daemon=True) for f in (folding, binding)]
for t in threads:
    t.start()
time.sleep(float(sys.argv[2]))
stop.set()
for t in threads:
    t.join(20)
print("hung" if any(t.is_alive() for t in threads) else "done")
store.close()
"""


def test_a_job_thread_beside_the_window_thread_does_not_deadlock(tmp_path: Path) -> None:
    try:
        out = subprocess.run(
            [sys.executable, "-c", _SCRIPT, str(tmp_path / "r.minutier"), "4"],
            capture_output=True,
            text=True,
            timeout=90,
            env={**__import__("os").environ, "MINUTIER_HOME": str(tmp_path / "home")},
        )
    except subprocess.TimeoutExpired:
        raise AssertionError("the two threads deadlocked on the shared connection") from None
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "done"


def test_two_threads_read_their_own_cursors_in_turn(store: Store) -> None:
    conn = store.conn
    conn.execute("CREATE TEMP TABLE n(i INTEGER)")
    conn.executemany("INSERT INTO n VALUES (?)", [(i,) for i in range(2000)])
    totals: dict[str, int] = {}

    def read(name: str) -> None:
        cur = conn.execute("SELECT i FROM n WHERE mz_fold('A') = 'a' ORDER BY i")
        totals[name] = sum(row[0] for row in cur)

    threads = [threading.Thread(target=read, args=(n,)) for n in ("a", "b", "c")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert totals == {k: sum(range(2000)) for k in ("a", "b", "c")}


def test_a_borrowed_store_shares_the_lock_and_a_backup_reaches_the_raw_connection(
    tmp_path: Path,
) -> None:
    path = tmp_path / "r.minutier"
    writer = open_store(path, create=True, who="w")
    try:
        job = open_store(path, who="job")
        assert job.borrowed and job.conn is writer.conn
        assert isinstance(writer.conn, SerialConnection)
        import sqlite3

        target = sqlite3.connect(tmp_path / "copy.sqlite")
        try:
            writer.conn.backup(target)
            assert target.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            target.close()
        assert isinstance(raw(writer.conn), sqlite3.Connection)
    finally:
        writer.close()
