"""Crash safety, tested by killing: every write acknowledged after COMMIT survives SIGKILL.

A child process (``crash_writer.py``) plans meetings, records live-mode notes and changes
action statuses through the services, printing one line per committed write. It is killed
with SIGKILL at random moments — after a random number (0–30) of writes plus a random
fraction of one, sometimes while it is still starting or recovering the previous crash — and
after every kill the file must pass ``integrity_check`` and ``foreign_key_check`` and hold
every write acknowledged so far. Runs in the normal test run; alone with ``pytest -m crash``.
MINUTIER_CRASH_KILLS and MINUTIER_CRASH_SEED change the number of kills (default 60) and the
random seed.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from minutier.store.integrity import check_file

CHILD = Path(__file__).with_name("crash_writer.py")
pytestmark = [
    pytest.mark.crash,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL"),
]


def lost_writes(db: Path, acks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Acknowledged writes the file does not hold (history entry or row value missing)."""
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        history: dict[int, list[tuple[str, str, dict[str, Any]]]] = {}
        latest_status: dict[str, str] = {}
        for op, table, row_uuid, after in conn.execute(
            "SELECT op, table_name, row_uuid, after FROM history ORDER BY id"
        ):
            values = json.loads(after) if after else {}
            history.setdefault(op, []).append((table, row_uuid, values))
            if table == "action" and "status" in values:
                latest_status[row_uuid] = values["status"]
        lost = []
        for a in acks:
            recorded = any(
                t == a["table"] and u == a["uuid"] and v.get(a["field"]) == a["value"]
                for t, u, v in history.get(a["op"], [])
            )
            row = conn.execute(
                f"SELECT {a['field']} FROM {a['table']} WHERE uuid = ?", (a["uuid"],)
            ).fetchone()
            if a["table"] == "action":
                # a later write (acknowledged or not) may have changed the status again; the
                # row must then agree with the history's latest change of it
                present = row is not None and row[0] == latest_status.get(a["uuid"])
            else:
                present = row is not None and row[0] == a["value"]
            if not (recorded and present):
                lost.append(a)
        return lost
    finally:
        conn.close()


def run_child_and_kill(db: Path, seed: int, rng: random.Random, log: Path) -> list[bytes]:
    """Start the writer, kill it with SIGKILL at a random moment, return what it printed."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    with open(log, "ab") as err:
        proc = subprocess.Popen(
            [sys.executable, str(CHILD), str(db), str(seed)],
            stdout=subprocess.PIPE,
            stderr=err,
            env=env,
        )
        lines: list[bytes] = []
        ready = threading.Event()
        seen = threading.Condition()
        acks = [0]

        def read() -> None:
            assert proc.stdout is not None
            for raw in proc.stdout:
                lines.append(raw)
                if raw.startswith(b"READY"):
                    ready.set()
                elif raw.startswith(b"{"):
                    with seen:
                        acks[0] += 1
                        seen.notify_all()
            with seen:
                seen.notify_all()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        if rng.random() < 0.12:  # while importing, opening, or recovering the last crash
            time.sleep(rng.uniform(0.0, 0.35))
        else:
            if not ready.wait(120):
                proc.kill()
                pytest.fail(f"the writer never started:\n{log.read_text(errors='replace')}")
            # let a random number of writes through (however busy the machine is), then kill
            # after a random fraction of a write's time: inside a transaction or between two
            target = rng.randint(0, 30)
            with seen:
                seen.wait_for(lambda: acks[0] >= target or proc.poll() is not None, timeout=120)
            time.sleep(rng.uniform(0.0, 0.03))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        reader.join()
    if proc.returncode != -signal.SIGKILL:
        pytest.fail(f"the writer stopped by itself:\n{log.read_text(errors='replace')}")
    return lines


def test_every_acknowledged_write_survives_sigkill(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kills = int(os.environ.get("MINUTIER_CRASH_KILLS", "60"))
    rng = random.Random(int(os.environ.get("MINUTIER_CRASH_SEED", "20250216")))
    log = tmp_path / "writer-stderr.log"
    acks: list[dict[str, Any]] = []
    kinds: dict[str, int] = {}
    for seed in range(kills):
        lines = run_child_and_kill(demo, seed, rng, log)
        for raw in lines:
            if raw.startswith(b"{") and raw.endswith(b"\n"):
                a = json.loads(raw)
                acks.append(a)
                kinds[a["table"]] = kinds.get(a["table"], 0) + 1
        report = check_file(demo)
        assert report.ok, f"after kill {seed + 1}: {report.problems}"
        lost = lost_writes(demo, acks)
        assert lost == [], f"after kill {seed + 1}, {len(lost)} acknowledged writes are missing"
    assert kills >= 50
    assert len(acks) > kills  # the kills landed while writes were flowing
    with capsys.disabled():
        print(
            f"\ncrash harness: {kills} kills (SIGKILL), {len(acks)} acknowledged writes "
            f"({kinds.get('meeting', 0)} meetings, {kinds.get('note', 0)} notes, "
            f"{kinds.get('action', 0)} action status changes), lost writes: 0, "
            "integrity_check ok and foreign keys clean after every kill"
        )


def test_the_check_finds_a_lost_write(demo: Path) -> None:
    """The checker itself can fail: a write that is not in the file is reported."""
    fake = {"op": 10**6, "table": "note", "uuid": "0" * 36, "field": "text", "value": "x"}
    assert lost_writes(demo, [fake]) == [fake]
