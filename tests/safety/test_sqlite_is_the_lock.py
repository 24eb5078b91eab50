"""Issue 10, points 1–5 and 9: SQLite is the lock and does crash recovery; nothing second-guesses it.

Real second processes (the ``sqlite3`` shell, another Python), SIGKILL, SIGTERM, symlinks.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from safety_util import crash_while_writing, sha256

from minutier.core.errors import DatabaseProblem
from minutier.services import meetings
from minutier.store.connection import open_store
from minutier.store.integrity import check_file

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX processes and signals")

HOLDER = textwrap.dedent(
    """
    import sys
    from minutier.services import meetings
    from minutier.store import backup
    from minutier.store.connection import open_store
    from minutier.store.integrity import check_file
    path = sys.argv[1]
    store = open_store(path, who="alice")
    store.conn.execute("PRAGMA wal_autocheckpoint = 0")  # every note stays in the journal
    for i in range(5):
        meetings.add_note(store, 1, f"before the jobs {i}")
    # what the window does on every job: export, PDF, Save a copy, daily backup, Check
    open_store(path, readonly=True).close()
    check_file(path)
    backup.list_backups(path)
    print("ready", flush=True)
    sys.stdin.readline()                               # the test let another program try
    for i in range(5):
        meetings.add_note(store, 1, f"after the jobs {i}")
    print("saved", flush=True)
    sys.stdin.readline()                               # killed here
    """
)


def _notes(db: Path, like: str) -> int:
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM note WHERE text LIKE ?", (like,)).fetchone()[0]
    finally:
        conn.close()


def _other_program_checkpoints(db: Path) -> subprocess.CompletedProcess[str]:
    if shutil.which("sqlite3"):
        cmd = ["sqlite3", str(db), "PRAGMA wal_checkpoint(TRUNCATE);"]
    else:
        code = "import sqlite3,sys;c=sqlite3.connect(sys.argv[1]);c.execute('PRAGMA wal_checkpoint(TRUNCATE)');c.close()"
        cmd = [sys.executable, "-c", code, str(db)]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=30)


def test_jobs_in_the_window_process_keep_its_locks_and_saved_notes_survive_a_crash(
    demo: Path,
) -> None:
    """Point 1: a Python open()/close() of the register in the window's process dropped its
    locks; the sqlite3 shell then deleted the WAL and notes shown as saved were lost."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(demo)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        other = _other_program_checkpoints(demo)
        assert "locked" in (other.stdout + other.stderr)  # SQLite refused the other program
        proc.stdin.write("\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "saved"
    finally:
        proc.kill()
        proc.wait()
    assert _notes(demo, "before the jobs %") == 5
    assert _notes(demo, "after the jobs %") == 5
    assert check_file(demo).ok


def test_a_planted_symlink_as_lock_note_is_never_written_through(
    demo: Path, tmp_path: Path
) -> None:
    """Point 2: claim() followed a symlink and truncated the register it pointed to."""
    victim = tmp_path / "victim.minutier"
    shutil.copyfile(demo, victim)
    before = sha256(victim)
    (demo.parent / f"{demo.name}-lock").symlink_to(victim)
    store = open_store(demo)
    try:
        assert store.readonly  # the note cannot be written safely: read-only, and said
        assert any("-lock" in n for n in store.notices)
    finally:
        store.close()
    assert sha256(victim) == before


def test_a_second_path_to_the_same_file_is_the_same_lock(demo: Path, tmp_path: Path) -> None:
    """Point 2: the lock was keyed on the path, so a symlink let a second writer in."""
    link = tmp_path / "elsewhere.minutier"
    link.symlink_to(demo)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys;from minutier.store.connection import open_store;"
            "s=open_store(sys.argv[1], who='alice');print('ready',flush=True);sys.stdin.read()",
            str(demo),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        with pytest.raises(DatabaseProblem) as caught:
            open_store(link, who="bob")
        assert caught.value.hint == "in_use" and "alice" in str(caught.value)
    finally:
        proc.communicate("")
    store = open_store(link)  # within one process, both paths lead to one writer
    same = open_store(demo)
    assert same.conn is store.conn
    same.close()
    store.close()


def test_a_colleague_who_cannot_write_the_note_is_not_let_in(demo: Path, tmp_path: Path) -> None:
    """Point 2: the 0600 note gave a colleague EACCES and a writable open beside the first user."""
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to act as a second user")
    import tempfile

    shared = Path(tempfile.mkdtemp(prefix="minutier-shared-"))
    tempfile_dir = str(shared)
    shared.chmod(0o777)
    db = shared / "register.minutier"
    shutil.copyfile(demo, db)
    db.chmod(0o666)
    store = open_store(db, who="alice")
    try:
        code = (
            "import sys\nfrom minutier.core.errors import DatabaseProblem\n"
            "from minutier.services import meetings\n"
            "from minutier.store.connection import open_store\n"
            "try:\n    s = open_store(sys.argv[1], who='bob')\n"
            "except DatabaseProblem as e:\n    print(e.hint); sys.exit(0)\n"
            "meetings.add_note(s, 1, 'bob was here'); print('saved')\n"
        )
        env = {**os.environ, "MINUTIER_HOME": str(shared / "home")}
        bob = subprocess.run(
            [
                *("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"),
                *(sys.executable, "-c", code, str(db)),
            ],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
            cwd=tempfile_dir,
        )
        assert bob.stdout.strip() == "in_use", bob.stderr
        meetings.add_note(store, 1, "alice's note")
    finally:
        store.close()
    assert _notes(db, "alice's note") == 1 and _notes(db, "bob was here") == 0
    shutil.rmtree(shared, ignore_errors=True)


def test_a_good_journal_checkpointed_late_is_not_called_stale(demo: Path) -> None:
    """Point 3: a 2-second mtime margin called a good -wal stale after a slow checkpoint."""
    crash_while_writing(demo, notes=20)
    wal = Path(f"{demo}-wal")
    later = wal.stat().st_mtime + 5
    os.utime(
        demo, (later, later)
    )  # the file was written after its journal, as a slow checkpoint does
    store = open_store(demo)
    assert store.scalar("SELECT count(*) FROM note WHERE text LIKE 'written before%'") == 20
    store.close()
    assert check_file(demo).ok


def test_a_crash_trace_with_a_journal_checkpointed_by_another_program(demo: Path) -> None:
    """Point 3: crash trace + a WAL already checkpointed by another client locked a sound
    register out of check, meetings, export."""
    crash_while_writing(demo, notes=20)
    assert _other_program_checkpoints(demo).returncode == 0
    assert not Path(f"{demo}-wal").exists() or Path(f"{demo}-wal").stat().st_size == 0
    assert check_file(demo).ok
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", "minutier", "meetings", str(demo)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    store = open_store(demo)
    assert store.scalar("SELECT count(*) FROM note WHERE text LIKE 'written before%'") == 20
    store.close()


def test_a_byte_zeroed_with_the_mtime_put_back_is_refused(demo: Path) -> None:
    """Point 4: a size+mtime "verified" list skipped quick_check on a file damaged by a copy
    that keeps times (cp -p, rsync -a, copy2): it opened writable and took a write."""
    open_store(demo).close()  # closed cleanly: the old code noted it as verified
    st = demo.stat()
    data = bytearray(demo.read_bytes())
    last = len(data) - 4096
    data[last : last + 8] = b"\x00" * 8  # the last page's header zeroed: only a check sees it
    demo.write_bytes(bytes(data))
    os.utime(demo, ns=(st.st_atime_ns, st.st_mtime_ns))
    before = sha256(demo)
    with pytest.raises(DatabaseProblem) as caught:
        open_store(demo)
    assert caught.value.hint == "restore_backup"
    assert sha256(demo) == before


def test_check_runs_the_search_index_check(demo: Path) -> None:
    """Point 4: ``minutier check`` never ran FTS5's integrity check (its error was swallowed)."""
    conn = sqlite3.connect(demo)
    conn.execute("DELETE FROM search_words_data WHERE id > 10")  # the index loses its pages
    conn.commit()
    conn.close()
    conn = sqlite3.connect(demo)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)  # only FTS5 sees it
    conn.close()
    report = check_file(demo)
    assert not report.ok and any("search index" in p for p in report.problems)


def test_a_read_only_view_sees_what_another_process_adds(demo: Path) -> None:
    """Point 5: a read-only view frozen with immutable=1 showed stale counts, then
    'database disk image is malformed'."""
    view = open_store(demo, readonly=True)
    before = view.scalar("SELECT count(*) FROM note")
    code = textwrap.dedent(
        """
        import sqlite3, sys, uuid
        from minutier.store.connection import register_functions
        c = sqlite3.connect(sys.argv[1], isolation_level=None)
        register_functions(c)
        c.execute("BEGIN IMMEDIATE")
        for i in range(400):
            c.execute("INSERT INTO note (uuid, created_at, updated_at, meeting_id, position, text, "
                      "recorded_at) VALUES (?, 't', 't', 1, 10000 + ?, 'other', 't')",
                      (str(uuid.uuid4()), i))
        c.execute("COMMIT")
        c.close()
        """
    )
    done = subprocess.run([sys.executable, "-c", code, str(demo)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert view.scalar("SELECT count(*) FROM note") == before + 400
    view.close()


@pytest.mark.parametrize("sig", ["SIGTERM", "SIGINT"])
def test_sigterm_and_ctrl_c_close_cleanly(demo: Path, tmp_path: Path, sig: str) -> None:
    """Point 9: SIGTERM/Ctrl+C left the lock note and the -wal (a banner next time)."""
    script = tmp_path / "run.py"
    script.write_text(
        textwrap.dedent(
            """
            import sys, time
            from minutier.services import meetings
            from minutier.store import shutdown
            from minutier.store.connection import open_store
            shutdown.on_terminate()
            store = open_store(sys.argv[1], who="alice")
            meetings.add_note(store, 1, "saved before the signal")
            print("ready", flush=True)
            time.sleep(60)
            """
        )
    )
    proc = subprocess.Popen(
        [sys.executable, str(script), str(demo)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
    proc.send_signal(getattr(signal, sig))
    proc.wait(30)
    leftovers = sorted(p.name for p in demo.parent.iterdir() if p.name.startswith(demo.name))
    assert leftovers == [demo.name]  # no -lock, no -wal, no -shm
    assert _notes(demo, "saved before the signal") == 1
    store = open_store(demo)
    assert store.notices == []  # no "not closed properly" banner
    store.close()


def test_closing_leaves_no_journal_and_sets_the_safe_pragmas(demo: Path) -> None:
    store = open_store(demo)
    assert store.scalar("PRAGMA synchronous") == 2  # FULL
    assert store.scalar("PRAGMA journal_size_limit") > 0
    assert store.scalar("PRAGMA locking_mode") == "exclusive"
    meetings.add_note(store, 1, "x")
    store.close()
    assert not Path(f"{demo}-wal").exists() and not Path(f"{demo}-lock").exists()


def test_the_open_register_cannot_be_attached_or_imported_as_a_file(demo: Path) -> None:
    """Point 1: reading the open register as a plain file (attach it, import it, verify it as
    a PDF) would open and close it with Python and drop the window's locks."""
    from minutier.services import attachments

    store = open_store(demo)
    try:
        with pytest.raises(DatabaseProblem) as caught:
            attachments.attach_file(store, "meeting", 1, demo)
        assert caught.value.hint == "choose_another"
        other = _other_program_checkpoints(demo)
        assert "locked" in (other.stdout + other.stderr)  # the lock is still held
    finally:
        store.close()
