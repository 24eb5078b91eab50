"""Issue 10, point 5: a register in a folder we cannot write is read from a private snapshot.

The reader is a real second user (uid 65534 through ``setpriv``; root ignores permissions),
the owner (root, this test) saves 400 notes while the reader's session is open: the reader
keeps seeing the snapshot it was told about, never stale-then-"malformed" as with the live
file opened ``immutable``. The snapshot is private, checked, and gone after the session.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from minutier.core.errors import DatabaseProblem
from minutier.services import meetings
from minutier.store.connection import open_store, register_functions
from minutier.store.integrity import check_file

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX users and permissions")

READER = textwrap.dedent(
    """
    import json, os, sys
    from minutier.store.connection import open_store
    def snapshots():
        folder = os.path.join(os.environ["MINUTIER_HOME"], "cache", "snapshots")
        return sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    store = open_store(sys.argv[1])
    # A register larger than SQLite's page cache (the 368 MB archive is): pages are read again.
    store.conn.execute("PRAGMA cache_size = 8")
    def counts():
        try:
            return [store.scalar("SELECT count(*) FROM note"),
                    len(store.query("SELECT id, text FROM note ORDER BY id")),
                    store.scalar("PRAGMA quick_check")]
        except Exception as e:
            return [type(e).__name__, str(e)]
    print(json.dumps({"readonly": store.readonly, "notices": store.notices,
                      "counts": counts(),
                      "snapshots": snapshots()}), flush=True)
    for line in sys.stdin:
        if line.strip() == "close":
            store.close()
            print(json.dumps(snapshots()), flush=True)
            break
        print(json.dumps(counts()), flush=True)
    """
)


@pytest.fixture
def colleague_folder(demo: Path) -> Iterator[tuple[Path, Path]]:
    """A register in a folder the colleague (uid 65534) can read but not write; their home."""
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to act as a second user")
    shared = Path(tempfile.mkdtemp(prefix="minutier-owner-"))
    shared.chmod(0o755)
    db = shared / "register.minutier"
    shutil.copyfile(demo, db)
    db.chmod(0o644)
    assert db.read_bytes()[18:20] == b"\x02\x02"  # WAL: a reader needs -shm, or immutable
    home = Path(tempfile.mkdtemp(prefix="minutier-colleague-"))
    os.chown(home, 65534, 65534)
    yield db, home
    shutil.rmtree(shared, ignore_errors=True)
    shutil.rmtree(home, ignore_errors=True)


def colleague(db: Path, home: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            *("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"),
            *(sys.executable, "-c", READER, str(db)),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "MINUTIER_HOME": str(home)},
        cwd=home,
    )


def ask(proc: subprocess.Popen[str], line: str = "count") -> object:
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(line + "\n")
    proc.stdin.flush()
    answer = proc.stdout.readline()
    assert answer, proc.stderr.read() if proc.stderr else ""
    return json.loads(answer)


def test_the_owner_saving_meanwhile_never_shows_stale_then_malformed(
    colleague_folder: tuple[Path, Path],
) -> None:
    db, home = colleague_folder
    reader = colleague(db, home)
    try:
        assert reader.stdout is not None
        first = json.loads(reader.stdout.readline() or "null")
        assert first is not None, reader.stderr.read() if reader.stderr else ""
        assert first["readonly"] is True
        notes, listed, check = first["counts"]
        assert notes == listed and check == "ok"
        notice = next(n for n in first["notices"] if "private copy" in n)
        assert re.search(r"shown as it was at \d\d:\d\d", notice), notice
        assert "Changes made by others after that are not shown" in notice
        assert len(first["snapshots"]) == 1  # the colleague's own private copy
        copy = home / "cache" / "snapshots" / first["snapshots"][0]
        assert (copy.stat().st_mode & 0o777) == 0o600 and copy.stat().st_uid == 65534

        owner = open_store(db, who="owner")  # the reader holds no lock on the live file
        try:
            for i in range(400):
                meetings.add_note(owner, 1, f"saved by the owner {i} " + "w" * 300)
                if i % 50 == 49:
                    owner.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # into the file
                    assert ask(reader) == [notes, notes, "ok"]
        finally:
            owner.close()
        assert ask(reader) == [notes, notes, "ok"]  # the snapshot it was told about
        assert ask(reader, "close") == []  # the copy is gone with the session
        assert reader.wait(timeout=30) == 0
    finally:
        if reader.poll() is None:
            reader.kill()
            reader.wait()
    again = colleague(db, home)  # opening again shows the owner's notes
    try:
        assert again.stdout is not None
        second = json.loads(again.stdout.readline())
        assert second["counts"][0] == notes + 400
        ask(again, "close")
    finally:
        again.kill()
        again.wait()
    assert check_file(db).ok
    assert sorted(p.name for p in db.parent.iterdir()) == ["register.minutier"]


def test_a_killed_readers_snapshot_is_removed_by_the_next_one(demo: Path) -> None:
    from minutier.store import snapshot

    code = textwrap.dedent(
        """
        import os, signal, sys
        from pathlib import Path
        from minutier.store import snapshot
        conn = snapshot.open_snapshot(Path(sys.argv[1]))
        print(conn.copy.name, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(demo)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == -signal.SIGKILL
    left = snapshot.folder() / done.stdout.strip()
    assert left.exists()  # what a killed reader leaves
    conn = snapshot.open_snapshot(demo)
    assert not left.exists()
    assert conn.execute("SELECT count(*) FROM meeting").fetchone()[0] == 1
    copy = conn.copy  # type: ignore[attr-defined]
    conn.close()
    assert not copy.exists() and os.listdir(snapshot.folder()) == []


def test_a_file_that_keeps_changing_is_refused_in_one_sentence(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from minutier.store import snapshot

    real = snapshot._copy

    def copy_while_someone_saves(path: Path, copy: Path) -> None:
        real(path, copy)
        conn = sqlite3.connect(path)
        register_functions(conn)
        conn.execute("UPDATE meeting SET title = title || '.'")
        conn.commit()
        conn.close()

    monkeypatch.setattr(snapshot, "_copy", copy_while_someone_saves)
    with pytest.raises(DatabaseProblem) as caught:
        snapshot.open_snapshot(demo)
    assert caught.value.hint == "busy" and "kept changing" in str(caught.value)
    assert os.listdir(snapshot.folder()) == []


def test_the_windows_jobs_read_the_windows_snapshot(demo: Path) -> None:
    """A second reader in the process (an export, a PDF) shows what the window shows."""
    from minutier.store import snapshot

    window = snapshot.open_snapshot(demo)
    writer = open_store(demo, who="owner")  # the owner saves meanwhile
    meetings.add_note(writer, 1, "saved after the snapshot")
    writer.close()
    job = snapshot.open_snapshot(demo)
    assert job.copy == window.copy  # type: ignore[attr-defined]
    assert job.notice == window.notice  # type: ignore[attr-defined]
    assert job.execute("SELECT count(*) FROM note").fetchone()[0] == 0
    job.close()
    assert window.copy.exists()  # type: ignore[attr-defined]
    assert window.execute("SELECT count(*) FROM note").fetchone()[0] == 0
    window.close()
    assert os.listdir(snapshot.folder()) == []
    again = snapshot.open_snapshot(demo)  # opened again: the owner's note is there
    assert again.execute("SELECT count(*) FROM note").fetchone()[0] == 1
    again.close()
    assert os.listdir(snapshot.folder()) == []
