"""``minutier`` with no command opens the window; it names the database in its title."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MINUTIER_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("MINUTIER_FIXED_NOW", "2025-04-15T09:00:00")
    from minutier.ui import crash

    monkeypatch.setattr(crash, "install", lambda: None)  # let pytest-qt see any exception
    return tmp_path


def _close_soon(seen: list[str]) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def close() -> None:
        for w in QApplication.topLevelWidgets():
            if w.objectName() == "main_window" and w.isVisible():
                seen.append(w.windowTitle())
                w.close()

    QTimer.singleShot(300, close)


def test_minutier_db_opens_the_window_titled_with_the_database(
    qapp, isolated: Path, demo_db: Path
) -> None:  # type: ignore[no-untyped-def]
    from minutier.cli import main

    db = isolated / "comité.minutier"
    shutil.copy(demo_db, db)
    seen: list[str] = []
    _close_soon(seen)
    assert main([str(db)]) == 0
    assert seen == ["comité.minutier — Minutier"]


def test_minutier_demo_builds_and_opens_the_demo(qapp, isolated: Path) -> None:  # type: ignore[no-untyped-def]
    from minutier.store import locations
    from minutier.ui.launch import launch

    seen: list[str] = []
    _close_soon(seen)
    assert launch(None, demo=True) == 0
    assert seen == ["demo.minutier — Minutier"]
    assert locations.demo_database().exists()


def test_minutier_with_nothing_opens_the_last_register(qapp, isolated: Path, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    from minutier.ui.launch import launch

    db = isolated / "last.minutier"
    shutil.copy(demo_db, db)
    seen: list[str] = []
    _close_soon(seen)
    assert launch(str(db), demo=False) == 0
    _close_soon(seen)
    assert launch(None, demo=False) == 0
    assert seen == ["last.minutier — Minutier", "last.minutier — Minutier"]


def test_opening_the_window_removes_snapshots_of_dead_processes(
    qapp, isolated: Path, demo_db: Path
) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    from minutier.cli import main

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], text=True,
                          capture_output=True).stdout.strip()  # fmt: skip
    folder = isolated / "home" / "cache" / "snapshots"
    folder.mkdir(parents=True)
    left = folder / f"big.minutier.{gone}.0123abcd.snapshot"
    left.write_bytes(b"a copy of a register read by a process that died")
    mine = folder / f"big.minutier.{os.getpid()}.0123abcd.snapshot"
    mine.write_bytes(b"a copy this process is still reading")
    db = isolated / "register.minutier"
    shutil.copy(demo_db, db)
    _close_soon([])
    assert main([str(db)]) == 0
    assert not left.exists() and mine.exists()
