"""Automatic and manual backups: online backup API, checked, 0600, rotated, restorable."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from safety_util import sha256

from minutier.core.errors import DatabaseProblem
from minutier.services import meetings
from minutier.store import backup, schema
from minutier.store.connection import open_store, register_functions
from minutier.store.integrity import check_file

UTC = dt.UTC


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def counts(path: Path) -> tuple[int, int, int]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return tuple(
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("meeting", "note", "history")
        )
    finally:
        conn.close()


def old_schema_file(path: Path) -> Path:
    """A register at the schema version before the latest, holding one person."""
    conn = sqlite3.connect(path)
    register_functions(conn)
    from sqlite_utils import Database

    db = Database(conn)
    schema.migrations.apply(db, stop_before=schema._applied_in_order[-1])
    conn.execute(f"PRAGMA user_version = {schema.LATEST_VERSION - 1}")
    conn.execute(
        "INSERT INTO person (uuid, created_at, updated_at, name) VALUES (?, ?, ?, ?)",
        (
            "1" * 8 + "-1111-4111-8111-" + "1" * 12,
            "2025-01-01T00:00:00.000Z",
            "2025-01-01T00:00:00.000Z",
            "Kim",
        ),
    )
    conn.commit()
    conn.close()
    return path


# -- automatic backups -------------------------------------------------------------------------
def test_daily_backup_once_a_day_checked_and_private(demo: Path) -> None:
    store = open_store(demo, backup=True)
    store.close()
    first = backup.list_backups(demo)
    assert [b.reason for b in first] == ["daily"]
    b = first[0]
    assert b.ok and b.counts["meeting"] == 1 and b.records > 50
    assert mode(b.path) == 0o600 and mode(b.path.parent) == 0o700
    assert backup.verify(b.path) == []
    assert b.path.read_bytes()[18:20] == b"\x01\x01"  # rollback journal: one self-contained file
    assert b.path.parent.parent == Path(os.environ["MINUTIER_HOME"]) / "data" / "backups"

    store = open_store(demo, backup=True)  # same day: no second backup
    meetings.add_note(store, 1, "after the backup")
    store.close()
    assert len(backup.list_backups(demo)) == 1
    store = open_store(demo)  # the default (tests, listings): never a backup
    store.close()
    assert len(backup.list_backups(demo)) == 1


def test_backup_before_migration_holds_the_old_file(tmp_path: Path) -> None:
    path = old_schema_file(tmp_path / "old.minutier")
    store = open_store(path)
    assert store.scalar("PRAGMA user_version") == schema.LATEST_VERSION
    store.close()
    (saved,) = backup.list_backups(path)
    assert saved.reason == "before-migration" and saved.version == schema.LATEST_VERSION - 1
    conn = sqlite3.connect(f"{saved.path.as_uri()}?mode=ro&immutable=1", uri=True)
    assert conn.execute("SELECT name FROM person").fetchall() == [("Kim",)]
    conn.close()


def test_no_migration_without_a_backup(tmp_path: Path, home: Path) -> None:
    path = old_schema_file(tmp_path / "old.minutier")
    before = sha256(path)
    (home / "data").mkdir(parents=True)
    (home / "data" / "backups").write_text("a file where the backups folder should be")
    with pytest.raises(DatabaseProblem) as caught:
        open_store(path)
    assert caught.value.hint == "backup_failed"
    assert "nothing was changed" in str(caught.value)
    assert sha256(path) == before
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.LATEST_VERSION - 1
    conn.close()


def test_a_failed_daily_backup_does_not_stop_the_work(demo: Path, home: Path) -> None:
    (home / "data").mkdir(parents=True)
    (home / "data" / "backups").write_text("not a folder")
    store = open_store(demo, backup=True)
    assert not store.readonly
    assert any("backup could not be made" in n for n in store.notices)
    store.close()


# -- rotation ------------------------------------------------------------------------------------
def fake_entries(days: int, start: dt.datetime) -> list[backup.Entry]:
    """One daily backup a day, going back from ``start`` (numbered in creation order)."""
    return [
        backup.Entry(
            days - i, start - dt.timedelta(days=i, hours=i % 5), "daily", Path(f"b{i:04d}")
        )
        for i in range(days)
    ]


def test_rotation_keeps_7_daily_4_weekly_12_monthly() -> None:
    start = dt.datetime(2025, 12, 31, 12, tzinfo=UTC)
    entries = fake_entries(500, start)
    entries += [
        backup.Entry(1000 - i, start - dt.timedelta(days=i * 30), "before-migration", Path(f"m{i}"))
        for i in range(8)
    ]
    entries.append(backup.Entry(None, start - dt.timedelta(days=999), "manual", Path("manual")))
    keep = backup.kept(entries)
    daily = {e.path for e in entries if e.reason == "daily" and e.path in keep}
    days = sorted({e.when.astimezone().date() for e in entries if e.path in daily}, reverse=True)
    newest_days = sorted({e.when.astimezone().date() for e in entries if e.reason == "daily"})[-7:]
    assert set(newest_days) <= set(days)
    assert (
        len(
            {
                (e.when.astimezone().year, e.when.astimezone().month)
                for e in entries
                if e.path in daily
            }
        )
        >= 12
    )
    assert len(daily) <= 7 + 4 + 12
    assert {e.path for e in entries if e.reason == "before-migration"} & keep == {
        Path(f"m{i}") for i in range(5)
    }
    assert Path("manual") in keep


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.datetimes(
            min_value=dt.datetime(2020, 1, 1),
            max_value=dt.datetime(2030, 1, 1),
            timezones=st.just(UTC),
        ),
        min_size=1,
        max_size=80,
        unique=True,
    )
)
def test_rotation_properties(times: list[dt.datetime]) -> None:
    """Backups numbered in creation order, at any times (the clock may go back and forth)."""
    entries = [backup.Entry(i + 1, w, "daily", Path(f"b{i}")) for i, w in enumerate(times)]
    keep = backup.kept(entries)
    assert {e.path for e in entries[-7:]} <= keep  # the 7 created last, whatever their times
    assert len(keep) <= 7 + 4 + 12
    assert keep == backup.kept(list(reversed(entries)))  # order of the folder does not matter


def test_rotate_deletes_only_what_the_rule_drops(demo: Path) -> None:
    folder = backup.folder_for(demo)
    folder.mkdir(parents=True)
    start = dt.datetime(2025, 6, 1, 9, tzinfo=UTC)
    for i in range(60):
        name = (
            f"register.{(start - dt.timedelta(days=i)).strftime('%Y%m%d-%H%M%SZ')}.daily.minutier"
        )
        (folder / name).write_bytes(b"")
    (folder / "notes.txt").write_text("not a backup: never touched")
    removed = backup.rotate(demo)
    left = sorted(p.name for p in folder.iterdir())
    assert len(removed) == 60 - (len(left) - 1)
    assert "notes.txt" in left
    assert f"register.{start.strftime('%Y%m%d-%H%M%SZ')}.daily.minutier" in left
    assert len(left) - 1 <= 7 + 4 + 12


# -- copies while working ------------------------------------------------------------------------
def test_save_copy_waits_for_the_committed_state(demo: Path, tmp_path: Path) -> None:
    store = open_store(demo)
    committed = counts(demo)
    store.conn.execute("BEGIN IMMEDIATE")
    store.conn.execute(
        "INSERT INTO person (uuid, created_at, updated_at, name) VALUES (?, 'x', 'x', 'half-made')",
        ("2" * 8 + "-2222-4222-8222-" + "2" * 12,),
    )
    with pytest.raises(DatabaseProblem) as caught:  # a change half-made in this very thread
        backup.save_copy(store, tmp_path / "copy.minutier")
    assert caught.value.hint == "busy"
    assert not list(tmp_path.glob("*copy.minutier*"))
    store.conn.execute("ROLLBACK")
    info = backup.save_copy(store, tmp_path / "copy.minutier")
    store.close()
    assert info.ok and mode(info.path) == 0o600
    assert counts(info.path) == committed
    with pytest.raises(DatabaseProblem):
        backup.save_copy(open_store(demo), demo)


def test_copies_taken_while_the_window_writes_are_consistent(demo: Path, tmp_path: Path) -> None:
    """Stepped copies through the writer's connection while another thread keeps saving."""
    import threading

    store = open_store(demo)
    stop = threading.Event()

    def typing() -> None:
        job = open_store(demo)  # borrows the writer's connection, as a background job does
        while not stop.is_set():
            meetings.add_note(job, 1, "typed while copying " * 20)
        job.close()

    thread = threading.Thread(target=typing)
    thread.start()
    seen = []
    try:
        for i in range(6):
            info = backup.save_copy(store, tmp_path / f"copy{i}.minutier")
            assert info.ok, info.problem
            assert backup.verify(info.path) == []
            seen.append(counts(info.path)[1])
    finally:
        stop.set()
        thread.join()
    store.close()
    assert seen == sorted(seen) and seen[-1] > seen[0]  # each copy is a later snapshot


def test_another_process_holding_the_file_refuses_open_and_backup(
    demo: Path, tmp_path: Path
) -> None:
    writer = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("crash_writer.py")), str(demo), "7"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().startswith(b"READY")
        for attempt in (
            lambda: open_store(demo),
            lambda: open_store(demo, readonly=True),
            lambda: backup.backup_file(demo, tmp_path / "x.minutier"),
        ):
            with pytest.raises(DatabaseProblem) as caught:
                attempt()
            assert caught.value.hint == "in_use" and "crash-test" in str(caught.value)
    finally:
        writer.kill()
        writer.wait()
    assert not (tmp_path / "x.minutier").exists()


def test_a_damaged_source_gives_no_backup(demo: Path, tmp_path: Path) -> None:
    data = bytearray(demo.read_bytes())
    for start in range(4096 * 3, len(data), 4096 * 2):
        data[start : start + 8] = b"\xff" * 8
    demo.write_bytes(bytes(data))
    with pytest.raises(DatabaseProblem):
        backup.backup_file(demo, tmp_path / "out.minutier")
    assert not (tmp_path / "out.minutier").exists()
    assert not list(tmp_path.glob(".out.minutier*"))


# -- restore -----------------------------------------------------------------------------------
def test_restore_backs_up_the_current_file_first(demo: Path) -> None:
    store = open_store(demo, backup=True)
    meetings.add_note(store, 1, "written after the backup")
    store.close()
    with_note = counts(demo)
    (daily,) = backup.list_backups(demo)
    result = backup.restore(daily.path, demo)
    assert result.saved is not None and result.saved.reason == "before-restore"
    assert counts(result.saved.path) == with_note  # nothing lost: the replaced state is kept
    assert counts(demo) == counts(daily.path)
    assert check_file(demo).ok
    reasons = sorted(b.reason for b in backup.list_backups(demo))
    assert reasons == ["before-restore", "daily"]
    store = open_store(demo)
    assert store.scalar("SELECT count(*) FROM note WHERE text = 'written after the backup'") == 0
    store.close()


def test_restore_into_the_open_file_of_this_process(demo: Path) -> None:
    store = open_store(demo, backup=True)
    (daily,) = backup.list_backups(demo)
    meetings.add_note(store, 1, "to be rolled back by the restore")
    backup.restore(daily.path, demo)  # the window restores the file it has open
    assert store.scalar("SELECT count(*) FROM note WHERE text LIKE 'to be rolled%'") == 0
    meetings.add_note(store, 1, "the open store keeps working")
    store.close()
    assert check_file(demo).ok


def test_a_damaged_backup_is_refused(demo: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.minutier"
    shutil.copyfile(demo, bad)
    with open(bad, "r+b") as f:
        f.truncate(bad.stat().st_size // 3)
    before = sha256(demo)
    with pytest.raises(DatabaseProblem) as caught:
        backup.restore(bad, demo)
    assert caught.value.hint == "choose_another" and "Nothing was changed" in str(caught.value)
    assert sha256(demo) == before
    assert backup.list_backups(demo) == []


def test_a_newer_backup_is_refused(demo: Path, tmp_path: Path) -> None:
    newer = tmp_path / "newer.minutier"
    shutil.copyfile(demo, newer)
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {schema.LATEST_VERSION + 5}")
    conn.close()
    with pytest.raises(DatabaseProblem, match="newer Minutier"):
        backup.restore(newer, demo)


def test_restoring_over_a_damaged_file_keeps_it_aside(demo: Path, demo_master: Path) -> None:
    demo.write_bytes(b"garbage" * 1000)
    damaged = sha256(demo)
    result = backup.restore(demo_master, demo)
    assert result.moved_aside is not None and sha256(result.moved_aside) == damaged
    assert check_file(demo).ok and mode(demo) == 0o600


def test_restore_refused_while_another_process_edits(demo: Path, demo_master: Path) -> None:
    code = (
        "import sys, time\nfrom minutier.store.connection import open_store\n"
        "s = open_store(sys.argv[1], who='colleague')\nprint('open', flush=True)\ntime.sleep(60)\n"
    )
    other = subprocess.Popen([sys.executable, "-c", code, str(demo)], stdout=subprocess.PIPE)
    try:
        assert other.stdout is not None and other.stdout.readline() == b"open\n"
        before = sha256(demo)
        with pytest.raises(DatabaseProblem) as caught:
            backup.restore(demo_master, demo)
        assert caught.value.hint == "in_use" and "colleague" in str(caught.value)
        assert sha256(demo) == before
    finally:
        other.kill()
        other.wait()


# -- listing, permissions, command line -----------------------------------------------------------
def test_list_backups_reports_damage_instead_of_failing(demo: Path) -> None:
    open_store(demo, backup=True).close()
    (good,) = backup.list_backups(demo)
    broken = good.path.with_name(good.path.name.replace("daily", "manual"))
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    infos = {i.reason: i for i in backup.list_backups(demo)}
    assert infos["daily"].ok and not infos["manual"].ok


def test_files_are_user_only(tmp_path: Path) -> None:
    path = tmp_path / "new.minutier"
    store = open_store(path, create=True)
    store.conn.execute("PRAGMA user_version")  # -wal exists while open (no -shm: exclusive)
    for p in (path, path.with_name(path.name + "-wal")):
        assert mode(p) == 0o600, p
    assert mode(path.with_name(path.name + "-lock")) == 0o644  # names the holder, for others
    info = backup.daily(store)
    assert info is not None and mode(info.path) == 0o600
    store.close()


def test_command_line_backup_list_restore(demo: Path, tmp_path: Path, home: Path) -> None:
    env = {**os.environ, "MINUTIER_HOME": str(home), "PYTHONIOENCODING": "utf-8"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "minutier", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )

    out = run("backup", str(demo), str(tmp_path / "copy.minutier"))
    assert out.returncode == 0, out.stderr
    assert "integrity checked" in out.stdout and mode(tmp_path / "copy.minutier") == 0o600
    assert run("backup", str(demo)).returncode == 0  # into the backups folder
    listing = run("backups", str(demo))
    assert listing.returncode == 0 and "manual" in listing.stdout and "records" in listing.stdout
    store = open_store(demo)
    meetings.add_note(store, 1, "after the copy")
    store.close()
    restored = run("restore", str(tmp_path / "copy.minutier"), str(demo))
    assert restored.returncode == 0, restored.stderr
    assert "backed up first" in restored.stdout
    assert counts(demo) == counts(tmp_path / "copy.minutier")
    bad = run("restore", str(tmp_path / "nothing.minutier"), str(demo))
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
