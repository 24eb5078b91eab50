"""The window over a copy of the demo register, in its own settings and data folders.

Time stands at 15 April 2025 (MINUTIER_FIXED_NOW), so of the demo's four open actions one
(due 31 March) is overdue. Modal dialogs are never clicked through: tests patch them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from minutier.services.demo import build_demo

ROOT = Path(__file__).resolve().parents[2]
TODAY = "2025-04-15T09:00:00"
# The offscreen platform says so when a top-level window is sized or raised; harmless.
OFFSCREEN_NOISE = r"This plugin does not support (propagateSizeHints|raise)\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if Path(str(item.fspath)).parent == here:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(scope="session")
def compiled_translations() -> Path:
    """The .qm files, compiled from the committed .ts if missing or older."""
    folder = ROOT / "resources" / "translations"
    stale = any(
        not ts.with_suffix(".qm").exists()
        or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
        for ts in folder.glob("minutier_*.ts")
    )
    if stale:
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "packaging" / "build_translations.py"),
                "--compile",
                "--quiet",
            ],
            check=True,
        )
    return folder


@pytest.fixture(scope="session")
def demo_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo") / "demo.minutier")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, backups and logs of this test only; time fixed."""
    monkeypatch.setenv("MINUTIER_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("MINUTIER_FIXED_NOW", TODAY)
    return tmp_path / "home"


@pytest.fixture
def register(demo_source: Path, tmp_path: Path, home: Path) -> Path:
    path = tmp_path / "register.minutier"
    shutil.copy(demo_source, path)
    return path


@pytest.fixture
def app(qapp, home: Path, compiled_translations: Path):  # type: ignore[no-untyped-def]
    """The application prepared as ``launch`` prepares it (English unless a test says)."""
    from minutier.ui import fonts, i18n, settings

    settings.configure()
    fonts.register()
    i18n.install("en")
    yield qapp
    i18n.install("en")


@pytest.fixture
def controller(app, register: Path, qtbot) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from minutier.ui.controller import Controller

    c = Controller()
    assert c.open_path(str(register))
    assert c.window is not None
    c.window.resize(1400, 860)
    yield c
    if c.window is not None:
        c.window.close()
    qtbot.wait(1)


@pytest.fixture
def window(controller):  # type: ignore[no-untyped-def]
    return controller.window


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes answered without a person: questions Yes, warnings recorded."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []

    def record(*args, **kwargs):  # type: ignore[no-untyped-def]
        shown.append(str(args[2] if len(args) > 2 else kwargs.get("text", "")))
        return QMessageBox.StandardButton.Ok

    def yes(*args, **kwargs):  # type: ignore[no-untyped-def]
        shown.append(str(args[2] if len(args) > 2 else ""))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(record))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(record))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(record))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(yes))
    return shown
