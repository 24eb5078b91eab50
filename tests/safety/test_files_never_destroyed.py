"""Issue 10, points 6–8: files appear whole or not at all, commands never destroy a file, backups.

Real processes killed with SIGKILL, a real full file system (a 4 MB tmpfs, as root), symlinks,
FIFOs, and a clock set behind the newest backup.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from safety_util import sha256

from minutier.core import clock
from minutier.core.errors import DatabaseProblem
from minutier.services import meetings
from minutier.store import backup
from minutier.store.connection import open_store
from minutier.store.integrity import check_file

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX processes and signals")


@pytest.fixture
def cli(home: Path):
    def run(*args: str, **kw) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "MINUTIER_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
        return subprocess.run(
            [sys.executable, "-m", "minutier", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            **kw,
        )

    return run


def _one_line(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    return done.stderr


# -- point 6: creation and restore are atomic ----------------------------------------------------
def test_a_failed_import_leaves_no_register(cli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "minutier-export", "version": 999}))
    target = tmp_path / "new.minutier"
    _one_line(cli("import", str(target), str(bad)))
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["bad.json"]


def test_a_killed_demo_leaves_nothing_the_next_run_does_not_clean(cli, tmp_path: Path) -> None:
    target = tmp_path / "demo.minutier"
    env = {**os.environ, "MINUTIER_HOME": str(tmp_path / "home")}
    for delay in (0.3, 0.6, 0.9, 1.2):
        proc = subprocess.Popen(
            [sys.executable, "-m", "minutier", "demo", str(target)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if target.exists():  # it finished first: whole, and it opens
            assert check_file(target).ok
            target.unlink()
    assert not target.exists()
    done = cli("demo", str(target))
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["demo.minutier"]


def test_a_restore_over_a_damaged_register_on_a_full_disk_keeps_it(
    tiny_disk: Path, demo: Path, tmp_path: Path, cli
) -> None:
    db = tiny_disk / "register.minutier"
    shutil.copyfile(demo, db)
    data = bytearray(db.read_bytes())
    data[4096 * 2 : 4096 * 2 + 8] = b"\xff" * 8
    db.write_bytes(bytes(data))
    damaged = sha256(db)
    filler = tiny_disk / "filler"
    with open(filler, "wb") as f:  # leave less room than a copy of the backup needs
        free = shutil.disk_usage(tiny_disk).free
        f.write(b"\0" * max(0, free - db.stat().st_size // 2))
    big = tmp_path / "big.minutier"
    shutil.copyfile(demo, big)
    store = open_store(big)
    for i in range(200):
        meetings.add_note(store, 1, "a long note to make the backup larger " * 20 + str(i))
    store.close()
    done = cli("restore", str(big), str(db))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert db.exists() and sha256(db) == damaged  # the damaged register is still there
    assert not [p for p in tiny_disk.iterdir() if p.name.startswith(".")]


def test_a_killed_restore_never_leaves_the_path_empty(demo: Path, tmp_path: Path) -> None:
    good = tmp_path / "good.minutier"
    shutil.copyfile(demo, good)
    for delay in (0.05, 0.15, 0.3, 0.5, 0.8):
        data = bytearray(demo.read_bytes())
        data[4096 * 2 : 4096 * 2 + 8] = b"\xff" * 8
        demo.write_bytes(bytes(data))
        for p in demo.parent.glob(f"{demo.name}.damaged-*"):
            p.unlink()
        proc = subprocess.Popen(
            [sys.executable, "-m", "minutier", "restore", str(good), str(demo)],
            env={**os.environ},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert demo.exists() and demo.stat().st_size > 0, f"nothing at the path after {delay} s"


# -- point 7: commands never destroy files -------------------------------------------------------
def test_backup_never_overwrites_a_file(cli, demo: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "minutes.pdf"
    pdf.write_bytes(b"%PDF-1.7 precious")
    other = tmp_path / "other.minutier"
    shutil.copyfile(demo, other)
    before = sha256(other)
    assert "already exists" in _one_line(cli("backup", str(demo), str(pdf)))
    assert "already exists" in _one_line(cli("backup", str(demo), str(other)))
    assert pdf.read_bytes() == b"%PDF-1.7 precious" and sha256(other) == before


def test_backup_into_a_new_folder_writes_inside_it(cli, demo: Path, tmp_path: Path) -> None:
    done = cli("backup", str(demo), str(tmp_path / "newdir") + "/")
    assert done.returncode == 0, done.stderr
    made = list((tmp_path / "newdir").iterdir())
    assert len(made) == 1 and made[0].suffix == ".minutier"
    assert backup.verify(made[0]) == []


def test_save_a_copy_onto_a_register_open_elsewhere_is_refused(demo: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.minutier"
    shutil.copyfile(demo, other)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                """
                import sys
                from minutier.services import meetings
                from minutier.store.connection import open_store
                s = open_store(sys.argv[1], who="carol")
                meetings.add_note(s, 1, "carol's saved note")
                print("ready", flush=True)
                sys.stdin.read()
                s.close()
                """
            ),
            str(other),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        store = open_store(demo)
        with pytest.raises(DatabaseProblem) as caught:
            backup.save_copy(store, other)
        store.close()
        assert caught.value.hint == "choose_another"
    finally:
        proc.communicate("")
    store = open_store(other)
    assert store.scalar("SELECT count(*) FROM note WHERE text = 'carol''s saved note'") == 1
    store.close()


def test_demo_force_over_a_register_being_edited_is_refused(cli, demo: Path) -> None:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys;from minutier.services import meetings;"
            "from minutier.store.connection import open_store;"
            "s=open_store(sys.argv[1], who='dave');meetings.add_note(s, 1, 'dave 1');"
            "print('ready',flush=True);sys.stdin.read();s.close()",
            str(demo),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        err = _one_line(cli("demo", str(demo), "--force"))
        assert "in use by dave" in err
    finally:
        proc.communicate("")
    store = open_store(demo)
    assert store.scalar("SELECT count(*) FROM note WHERE text = 'dave 1'") == 1
    store.close()


def test_restore_into_a_folder_is_refused(cli, demo: Path, tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "keep.txt").write_text("x")
    _one_line(cli("restore", str(demo), str(folder)))
    assert folder.is_dir() and (folder / "keep.txt").read_text() == "x"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("folder")] == ["folder"]


@pytest.mark.parametrize("kind", ["symlink", "fifo", "register"])
def test_out_never_replaces_a_link_a_fifo_or_a_register(
    cli, demo: Path, tmp_path: Path, kind: str
) -> None:
    target = tmp_path / "out.pdf"
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    if kind == "symlink":
        target.symlink_to(victim)
    elif kind == "fifo":
        os.mkfifo(target)
    else:
        shutil.copyfile(demo, target)
    before = sha256(target) if kind == "register" else None
    fine = cli("minutes", str(demo), "--meeting", "CSIIA/3", "--out", str(tmp_path / "ok.pdf"))
    assert fine.returncode == 0, fine.stderr  # the command itself works
    err = _one_line(cli("minutes", str(demo), "--meeting", "CSIIA/3", "--out", str(target)))
    assert ".out.pdf." not in err  # never a temporary name
    assert victim.read_text() == "keep me"
    if kind == "symlink":
        assert target.is_symlink()
    elif kind == "fifo":
        assert target.is_fifo()
    else:
        assert sha256(target) == before


def test_approve_out_into_a_missing_folder_records_nothing(cli, demo: Path, tmp_path: Path) -> None:
    err = _one_line(
        cli(
            "approve",
            str(demo),
            "--meeting",
            "CSIIA/3",
            "--on",
            "2025-03-20",
            "--out",
            str(tmp_path / "missing/dir/x.pdf"),
        )
    )
    assert "does not exist" in err
    store = open_store(demo, readonly=True)
    assert store.scalar("SELECT count(*) FROM minutes_version WHERE status = 'approved'") == 0
    store.close()


# -- point 8: backups ----------------------------------------------------------------------------
def test_a_clock_behind_the_newest_backup_never_deletes_the_new_one(demo: Path) -> None:
    future = dt.datetime(2031, 1, 1, tzinfo=dt.UTC)
    with clock.pinned(future):
        store = open_store(demo)
        for month in range(20):  # twenty months of backups dated in the future
            with clock.pinned(future + dt.timedelta(days=31 * month)):
                backup.take(store.conn, demo, "daily")
        store.close()
    store = open_store(demo)  # the clock is back to now, years behind
    info = backup.take(store.conn, demo, "daily")
    assert info.path.exists()
    migration = backup.before_migration(store.conn, demo, 1)
    assert migration.path.exists()
    store.close()


def test_a_killed_backup_leaves_no_partial_after_the_next_one(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    slow = textwrap.dedent(
        """
        import sys, time
        from minutier.store import backup
        real = backup.verify
        def stuck(path):
            print("written", flush=True)
            time.sleep(60)
        backup.verify = stuck
        backup.backup_file(sys.argv[1], sys.argv[2])
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", slow, str(demo), str(out / "first.minutier")],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "written"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    backup.backup_file(demo, out / "second.minutier")
    assert sorted(p.name for p in out.iterdir()) == ["second.minutier"]


def test_a_full_backup_disk_is_not_reported_as_a_damaged_register(
    tiny_disk: Path, demo: Path
) -> None:
    filler = tiny_disk / "filler"
    with open(filler, "wb") as f:  # room for a fraction of the register only
        f.write(b"\0" * max(0, shutil.disk_usage(tiny_disk).free - demo.stat().st_size // 3))
    with pytest.raises(DatabaseProblem) as caught:
        backup.backup_file(demo, tiny_disk / "copy.minutier")
    assert caught.value.hint == "disk_full", str(caught.value)
    assert "damaged" not in str(caught.value) and "check" not in str(caught.value)
    assert [p.name for p in tiny_disk.iterdir()] == ["filler"]
