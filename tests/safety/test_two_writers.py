"""Two writers, read-only media, no permission: no corruption, no hang, a sentence saying why.

The second instance runs in its own process with a time limit, so a hang fails the test
rather than stalling it; the times it took are printed, not asserted.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from safety_util import sha256

from minutier.store.integrity import check_file

HOLD = """
import sys
from minutier.services import meetings
from minutier.store.connection import open_store
store = open_store(sys.argv[1], who="alice")
if sys.argv[2] == "minutier":
    with store.operation("long edit") as op:            # a write transaction left open
        from minutier.services.meetings import insert_note
        insert_note(op, 1, "typed by alice, not yet saved")
        print("holding", flush=True)
        sys.stdin.read()                                # until the test lets go
    store.close()
else:                                                   # another program, SQLite lock only
    import sqlite3
    store.close()
    raw = sqlite3.connect(sys.argv[1], isolation_level=None)
    raw.execute("BEGIN IMMEDIATE")
    raw.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('other', 'was here')")
    print("holding", flush=True)
    sys.stdin.read()
    raw.execute("COMMIT")
    raw.close()
"""

SECOND = """
import json, sys, time
from minutier.core.errors import DatabaseProblem
from minutier.services import meetings
from minutier.store.connection import open_store
t = time.monotonic()
try:
    store = open_store(sys.argv[1], who="bob")
except DatabaseProblem as e:
    print(json.dumps({"open_s": time.monotonic() - t, "refused": e.hint, "message": str(e)}))
    sys.exit(0)
out = {"open_s": time.monotonic() - t, "readonly": store.readonly, "notices": store.notices,
       "meetings": store.scalar("SELECT count(*) FROM meeting")}
t = time.monotonic()
try:
    meetings.add_note(store, 1, "typed by bob")
    out["write"] = "saved"
except DatabaseProblem as e:
    out["write"] = e.hint
    out["message"] = str(e)
out["write_s"] = time.monotonic() - t
store.close()
print(json.dumps(out))
"""


@pytest.fixture
def holder_process(demo: Path) -> Iterator[callable]:
    procs: list[subprocess.Popen[bytes]] = []

    def start(kind: str) -> subprocess.Popen[bytes]:
        proc = subprocess.Popen(
            [sys.executable, "-c", HOLD, str(demo), kind],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        procs.append(proc)
        assert proc.stdout is not None and proc.stdout.readline() == b"holding\n"
        return proc

    yield start
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def second_instance(db: Path, *, user: str | None = None) -> dict:
    cmd = [sys.executable, "-c", SECOND, str(db)]
    env = {**os.environ}
    if user is not None:
        cmd = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", *cmd]
        home = Path(tempfile.mkdtemp(prefix="minutier-bob-"))  # bob's own settings and cache
        os.chown(home, int(user), int(user))
        env["MINUTIER_HOME"] = str(home)
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=60, env=env)
    if user is not None:
        shutil.rmtree(home, ignore_errors=True)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    return json.loads(proc.stdout)


def test_second_instance_is_refused_naming_the_holder(
    demo: Path, holder_process, capsys: pytest.CaptureFixture[str]
) -> None:
    alice = holder_process("minutier")
    bob = second_instance(demo)
    assert bob["refused"] == "in_use"  # SQLite's exclusive lock: no second writer, no reader
    assert "alice" in bob["message"] and f"process {alice.pid}" in bob["message"]
    alice.communicate(b"")  # alice saves and closes
    assert alice.returncode == 0
    assert check_file(demo).ok
    after = second_instance(demo)  # the file is free again: bob can write
    assert after["readonly"] is False and after["write"] == "saved"
    with capsys.disabled():
        print(f"\nsecond instance: refused after {bob['open_s']:.2f} s, naming the holder")


def test_another_program_writing_makes_the_open_wait_then_refuse_cleanly(
    demo: Path, holder_process
) -> None:
    other = holder_process("sqlite")
    before = sha256(demo)
    bob = second_instance(demo)
    assert bob["refused"] == "in_use" and "another program" in bob["message"]
    other.communicate(b"")
    assert check_file(demo).ok
    assert second_instance(demo)["write"] == "saved"
    assert sha256(demo) != before


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder another user can enter (pytest's own temp folder is private)."""
    folder = Path(tempfile.mkdtemp(prefix="minutier-ro-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_no_write_permission_opens_read_only(demo: Path, shared_dir: Path) -> None:
    db = shared_dir / "register.minutier"
    shutil.copyfile(demo, db)
    db.chmod(0o644)
    before = sha256(db)
    if os.geteuid() == 0:  # root writes anywhere: ask as an ordinary user
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv")
        result = second_instance(db, user="65534")
    else:
        db.chmod(0o444)
        shared_dir.chmod(0o555)
        try:
            result = second_instance(db)
        finally:
            shared_dir.chmod(0o755)
    assert result["readonly"] is True
    assert "read-only" in result["notices"][0] and "permission" in result["notices"][0]
    assert result["meetings"] == 1 and result["write"] == "read_only"
    assert sha256(db) == before
    assert sorted(p.name for p in shared_dir.iterdir()) == ["register.minutier"]


@pytest.fixture
def readonly_mount(demo: Path) -> Iterator[Path]:
    """The demo on a real read-only filesystem (a small tmpfs remounted read-only)."""
    mount = Path(tempfile.mkdtemp(prefix="minutier-media-"))
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a filesystem needs root")
    ok = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)])
    if ok.returncode != 0:
        mount.rmdir()
        pytest.skip("this machine does not allow mounting a tmpfs")
    try:
        shutil.copyfile(demo, mount / "register.minutier")
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        yield mount / "register.minutier"
    finally:
        for _ in range(20):
            if subprocess.run(["umount", str(mount)]).returncode == 0:
                break
            time.sleep(0.1)
        mount.rmdir()


def test_read_only_media_opens_read_only(readonly_mount: Path) -> None:
    before = sha256(readonly_mount)
    result = second_instance(readonly_mount)
    assert result["readonly"] is True and "read-only" in result["notices"][0]
    assert result["meetings"] == 1 and result["write"] == "read_only"
    assert sha256(readonly_mount) == before
    assert check_file(readonly_mount).ok
