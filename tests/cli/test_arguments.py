"""Arguments and paths from outside: numbers, pipes, folders, dashes, closed pipes, controls."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

HUGE = "99999999999999999999"


@pytest.fixture
def db(demo_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.minutier"
    shutil.copyfile(demo_db, path)
    return path


def one_line(done: subprocess.CompletedProcess) -> str:
    assert done.returncode == 1, (done.stdout, done.stderr)
    lines = (done.stderr or done.stdout).strip().splitlines()  # check reports on stdout
    assert len(lines) == 1, done.stderr
    assert "unexpected error" not in lines[0] and "Traceback" not in done.stderr
    return lines[0]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["minutes", "{db}", "--meeting", f"CSIIA/{HUGE}", "--out", "{tmp}/x.pdf"], "No meeting"),
        (["minutes", "{db}", "--meeting", HUGE, "--out", "{tmp}/x.pdf"], "No meeting"),
        (
            ["minutes", "{db}", "--meeting", "CSIIA/3", "--version", HUGE, "--out", "{tmp}/x.pdf"],
            "too large",
        ),
        (["search", "{db}", "GPU", "--limit", HUGE], "--limit"),
        (["report", "initiative", "{db}", HUGE, "--out", "{tmp}/x.pdf"], "No initiative"),
        (["actions", "{db}", "--committee", HUGE], "No committee"),
    ],
)
def test_numbers_beyond_sqlite_are_one_line(
    run, db: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    done = run(*[a.format(db=db, tmp=tmp_path) for a in args])
    assert message in one_line(done)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX named pipes")
def test_pipes_devices_and_folders_are_not_regular_files(run, db: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.minutier"
    os.mkfifo(fifo)
    folder = tmp_path / "somedir"
    folder.mkdir()
    export = tmp_path / "x.json"
    assert run("export", str(db), "--format", "json", "--out", str(export)).returncode == 0
    cases = [
        (["meetings", str(fifo)], "it is a named pipe"),
        (["check", str(fifo)], "it is a named pipe"),
        (["backup", str(fifo)], "it is a named pipe"),
        (["meetings", "/dev/zero"], "it is a device"),
        (["meetings", str(folder)], "it is a folder"),
        (["import", str(db), str(fifo)], "it is a named pipe"),
        (["import", str(db), str(folder)], "it is a folder"),
        (["verify", str(db), str(fifo)], "it is a named pipe"),
        (["restore", str(fifo), str(db)], "it is a named pipe"),
    ]
    for args, kind in cases:
        done = run(*args)  # a FIFO that were opened would hang until the 120 s timeout
        line = one_line(done)
        assert "not a regular file" in line and kind in line, (args, line)


def test_a_query_may_start_with_a_dash(run, db: Path) -> None:
    for args in (["-2+3"], ["--", "-2+3"], ["-GPU"], ["8", "-000"]):
        done = run("search", str(db), *args)
        assert done.returncode == 0, (args, done.stderr)
    done = run("search", str(db), "--jsno", "x")  # a mistyped option is still one
    assert done.returncode == 2 and "unrecognized arguments: --jsno" in done.stderr


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    env = {**os.environ, "MINUTIER_HOME": str(tmp_path / "home"), "PYTHONIOENCODING": "utf-8"}
    db = tmp_path / "many.minutier"
    gen = [sys.executable, "-m", "minutier", "generate", str(db), "--scale", "0.02", "--quiet"]
    subprocess.run(gen, check=True, env=env, capture_output=True, timeout=120)
    proc = subprocess.Popen(
        [sys.executable, "-m", "minutier", "actions", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()  # like "| head -1": read a line, then go away
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 0
    assert err == b""


def test_record_text_never_drives_the_terminal(run, db: Path) -> None:
    """An older file may hold what validation now refuses: shown escaped, never raw."""
    conn = sqlite3.connect(db)
    conn.create_function("mz_fold", 1, lambda s: s)
    conn.execute("UPDATE meeting SET title = ? WHERE id = 1", ("A\x9b31mB\x1b]0;pwn\x07C\u202eD",))
    conn.commit()
    conn.close()
    for args in (["meetings", str(db)], ["meetings", str(db), "--json"]):
        done = run(*args)
        assert done.returncode == 0, done.stderr
        for raw in ("\x9b", "\x1b", "\x07", "\u202e"):
            assert raw not in done.stdout, (args, repr(raw))
    table = run("meetings", str(db)).stdout
    assert "A\\x9b31mB\\x1b]0;pwn\\x07C\\u202eD" in table
    rows = json.loads(run("meetings", str(db), "--json").stdout)  # still valid JSON
    assert rows[0]["title"] == "A\x9b31mB\x1b]0;pwn\x07C\u202eD"


def test_messages_a_person_can_act_on(run, db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "somedir"
    folder.mkdir()
    line = one_line(run("demo", str(folder)))
    assert "is a folder" in line and "--force" not in line
    assert "somedir/demo.minutier" in line
    done = run("backup", str(db))
    assert "1 meeting," in done.stdout and "1 meetings" not in done.stdout
    line = one_line(run("restore", str(tmp_path / "nope.minutier"), str(db)))
    assert "Errno" not in line and "nope.minutier does not exist" in line
    damaged = tmp_path / "damaged.minutier"
    data = bytearray(db.read_bytes())
    data[3600:4096] = b"\xff" * 496  # the schema page's cells
    damaged.write_bytes(bytes(data))
    done = run("check", str(damaged))
    assert done.returncode == 1
    out = done.stdout.strip()
    assert out.count("damaged.minutier") == 2  # the sentence, and the backups command it gives
    assert "minutier check" not in out  # not "run the check" you just ran
