"""Opening a register that cannot be used as asked: words, a read-only way in, never a traceback."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from minutier.store import locations
from minutier.ui import crash, welcome
from minutier.ui.controller import Controller


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Problem boxes (built by hand, then exec'd) answered by closing them."""
    seen: list[str] = []

    def exec_(self: QMessageBox) -> int:
        seen.append(self.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return seen


def test_damaged_file_is_refused_in_words(app, tmp_path: Path, boxes, qtbot) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "broken.minutier"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    c = Controller()
    assert not c.open_path(str(path))
    assert boxes and "damaged" in boxes[0]
    assert c.window is None


def test_not_a_register_and_newer_version(app, register: Path, tmp_path: Path, boxes) -> None:  # type: ignore[no-untyped-def]
    text_file = tmp_path / "notes.minutier"
    text_file.write_text("hello")
    c = Controller()
    assert not c.open_path(str(text_file))
    assert "cannot be opened as a Minutier register" in boxes[-1]
    newer = tmp_path / "newer.minutier"
    shutil.copy(register, newer)
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    assert not c.open_path(str(newer))
    assert "newer version of Minutier" in boxes[-1]


def test_a_register_carrying_foreign_sql_is_refused_naming_it(
    app, register: Path, tmp_path: Path, boxes
) -> None:  # type: ignore[no-untyped-def]
    """The window says which objects are not ours, and nothing of them ran."""
    hostile = tmp_path / "hostile.minutier"
    shutil.copy(register, hostile)
    conn = sqlite3.connect(hostile)
    conn.executescript(
        "CREATE TABLE canary (v TEXT); INSERT INTO canary VALUES ('untouched');"
        "CREATE TRIGGER pwn AFTER INSERT ON history BEGIN UPDATE canary SET v = 'ran'; END;"
    )
    conn.close()
    c = Controller()
    assert not c.open_path(str(hostile))
    assert "its structure is not one Minutier made" in boxes[-1]
    assert "trigger pwn" in boxes[-1] and "table canary" in boxes[-1]
    assert c.window is None
    conn = sqlite3.connect(hostile)
    assert conn.execute("SELECT v FROM canary").fetchone() == ("untouched",)
    conn.close()


def test_a_file_edited_elsewhere_is_refused_naming_the_holder(
    app, register: Path, boxes, qtbot
) -> None:  # type: ignore[no-untyped-def]
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, time
                from minutier.store.connection import open_store
                s = open_store({str(register)!r}, who="alice")
                print("ready", flush=True)
                sys.stdin.readline()
                s.close()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        c = Controller()
        assert not c.open_path(str(register))  # SQLite's exclusive lock: it cannot be read
        assert "in use by alice" in boxes[-1] and c.window is None
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(10)


def test_first_run_offers_the_welcome_screen_and_opens_the_demo(app, monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def ask(problem: str = "", parent=None) -> str:  # type: ignore[no-untyped-def]
        asked.append(problem)
        return welcome.DEMO

    monkeypatch.setattr(welcome, "ask", ask)
    c = Controller()
    assert c.start(None, demo=False)
    assert asked == [""]
    assert c.window.ctx.store.path == locations.demo_database()
    assert c.window.windowTitle() == "demo.minutier — Minutier"
    c.window.close()
    # Next time, the last register opens without asking.
    again = Controller()
    assert again.start(None, demo=False)
    assert asked == [""]
    again.window.close()


def test_welcome_screen_buttons(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = welcome.WelcomeDialog("a problem")
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QCommandLinkButton

    buttons = {b.objectName() for b in dialog.findChildren(QCommandLinkButton)}
    assert buttons == {"welcome_demo", "welcome_empty", "welcome_open"}
    dialog.findChild(QCommandLinkButton, "welcome_empty").click()
    assert dialog.choice == welcome.EMPTY


def test_empty_register_from_the_welcome_screen(app, monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(welcome, "ask", lambda problem="", parent=None: welcome.EMPTY)
    c = Controller()
    assert c.start(None, demo=False)
    assert c.window.ctx.store.path == locations.default_database()
    assert c.window.pages["actions"].model.rowCount() == 0
    c.window.close()


def test_an_unexpected_error_is_logged_and_explained(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    try:
        raise RuntimeError("a defect")
    except RuntimeError as e:
        crash.report(type(e), e, e.__traceback__)
    assert "RuntimeError: a defect" in crash.log_path().read_text(encoding="utf-8")
    dialog = crash._open_dialogs[-1]
    assert dialog.isVisible()
    from PySide6.QtWidgets import QLabel

    words = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Everything saved before this moment is safe" in words
    assert str(crash.log_path()) in words
    assert not dialog.view.isVisible()  # the traceback stays folded away
    dialog.copy_button.click()
    assert "RuntimeError: a defect" in QGuiApplication.clipboard().text()
    dialog.reject()


def test_a_file_damaged_inside_a_table_shows_then_turns_read_only(  # type: ignore[no-untyped-def]
    app, register: Path, qtbot
) -> None:
    """The window shows before the opening check ends; damage found then makes it read-only,
    says why in the banner and the status bar, and nothing is written to the file."""
    conn = sqlite3.connect(register)
    root = conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'note'").fetchone()[0]
    conn.close()
    data = bytearray(register.read_bytes())
    data[(root - 1) * 4096 : (root - 1) * 4096 + 8] = b"\xff\x13\x37\x00\xff\xff\xff\xff"
    register.write_bytes(bytes(data))
    before = register.read_bytes()
    c = Controller()
    assert c.open_path(str(register))
    assert c.ctx is not None
    store = c.ctx.store
    qtbot.waitUntil(lambda: store.checked.is_set(), timeout=20000)
    # The window turns read-only on the next turn of the event loop after the check ended
    # (its title may already say so: it is read again meanwhile).
    qtbot.waitUntil(
        lambda: (
            c.window is not None
            and bool(c.window.readonly_label.text())
            and "damaged" in c.window.banner.label.text()
        ),
        timeout=20000,
    )
    window = c.window
    assert window is not None and c.ctx.readonly
    assert "read-only" in window.windowTitle()
    window.close()
    assert register.read_bytes() == before
