"""``minutier remind``, ``mail-settings`` and ``export --format ics --owner`` as real processes."""

from __future__ import annotations

import email
import shutil
import sqlite3
import sys
from email import policy
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "services"))
from smtp_server import start


def _with_addresses(demo_db: Path, tmp_path: Path) -> Path:
    db = tmp_path / "demo.minutier"
    shutil.copy(demo_db, db)
    conn = sqlite3.connect(db)  # closed at once: an open connection holds the register
    with conn:
        conn.execute(
            "UPDATE organisation SET email = 'msit@example.go.kr' WHERE short_name = 'MSIT'"
        )
    conn.close()
    return db


def test_remind_writes_one_email_per_owner(run, demo_db: Path, tmp_path: Path) -> None:
    db = _with_addresses(demo_db, tmp_path)
    done = run("remind", str(db), "--out", str(tmp_path / "mails"), "--lang", "en")
    assert done.returncode == 0, done.stderr
    files = sorted((tmp_path / "mails").glob("*.eml"))
    assert len(files) == 2 and "no e-mail address" in done.stderr  # Finances has none
    msit = next(f for f in files if "Sciences" in f.name)
    message = email.message_from_bytes(msit.read_bytes(), policy=policy.default)
    assert message["To"].addresses[0].addr_spec == "msit@example.go.kr"
    assert message["Subject"] == "3 open action(s) for Ministère des Sciences et des TIC"
    soon = run(
        "remind", str(db), "--owner", "MSIT", "--within", "60d", "--out", str(tmp_path / "soon")
    )
    assert soon.returncode == 0, soon.stderr
    assert len(list((tmp_path / "soon").glob("*.eml"))) == 1
    nowhere = run("remind", str(db))
    assert nowhere.returncode == 1 and "--out DIR, or --send" in nowhere.stderr


def test_remind_sends_through_the_saved_server(run, demo_db: Path, tmp_path: Path) -> None:
    db = _with_addresses(demo_db, tmp_path)
    controller, inbox = start(None, auth=False)
    try:
        saved = run(
            "mail-settings",
            "--host",
            "127.0.0.1",
            "--port",
            str(controller.port),
            "--no-starttls",
            "--sender",
            "Secrétariat <sec@example.org>",
        )
        assert saved.returncode == 0, saved.stderr
        sent = run("remind", str(db), "--send")
        assert sent.returncode == 0, sent.stderr
        assert "Sent 1 e-mail(s)" in sent.stdout
        assert inbox.messages[0][1] == ["msit@example.go.kr"]
    finally:
        controller.stop()


def test_ics_export_of_one_owner(run, demo_db: Path, tmp_path: Path) -> None:
    db = _with_addresses(demo_db, tmp_path)
    out = tmp_path / "msit.ics"
    done = run("export", str(db), "--format", "ics", "--owner", "MSIT", "--out", str(out))
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert text.count("BEGIN:VTODO") == 3 and "VEVENT" not in text
    assert "Finances" not in text
    wrong = run(
        "export", str(db), "--format", "csv", "--owner", "MSIT", "--out", str(tmp_path / "c")
    )
    assert wrong.returncode == 1 and "only the ics export" in wrong.stderr
