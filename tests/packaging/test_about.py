"""The About box, reached from the Help menu: versions, where data lives, the fonts' licence."""

from __future__ import annotations

import html
import platform
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QMainWindow, QMessageBox

from minutier import __version__
from minutier.services.demo import build_demo
from minutier.store import locations

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"  # offscreen; harmless
)


@pytest.fixture
def window(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot) -> Iterator[QMainWindow]:  # type: ignore[no-untyped-def]
    from minutier.ui import i18n, settings
    from minutier.ui.controller import Controller

    monkeypatch.setenv("MINUTIER_HOME", str(tmp_path / "home"))
    settings.configure()
    i18n.install("en")
    controller = Controller()
    assert controller.open_path(str(build_demo(tmp_path / "register.minutier")))
    assert controller.window is not None
    yield controller.window
    if controller.window is not None:
        controller.window.close()
    qtbot.wait(1)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Message boxes that were opened (never left waiting for a click)."""
    boxes: list[QMessageBox] = []

    def exec_(self: QMessageBox) -> int:
        boxes.append(self)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return boxes


def test_about_box_from_the_help_menu(
    window: QMainWindow, shown: list[QMessageBox], tmp_path: Path
) -> None:
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    about = [a for a in menus["Help"].actions() if a.objectName() == "action_about"]
    assert len(about) == 1
    about[0].trigger()
    assert len(shown) == 1
    box = shown[0]
    assert box.objectName() == "about_box"
    assert __version__ in box.text()
    info = box.informativeText()
    for needed in (qVersion(), pyside_version, platform.python_version()):
        assert needed in info
    data = locations.data_dir()
    assert data.is_relative_to(tmp_path / "home")
    assert html.escape(str(data)) in info
    assert html.escape(str(tmp_path / "home" / "settings")) in info  # the QSettings file
    assert "NanumGothic" in info and "Noto Sans" in info and "Open Font License" in info
    assert not box.iconPixmap().isNull()


def test_about_box_carries_the_full_font_licence(
    window: QMainWindow, shown: list[QMessageBox]
) -> None:
    from minutier.ui.about import show_about

    show_about(window)
    licence = shown[0].detailedText()
    folder = resources.files("minutier.resources") / "fonts"
    for name in ("OFL.txt", "OFL-Noto.txt"):  # NanumGothic's, then Noto Sans and Serif's
        assert folder.joinpath(name).read_text("utf-8") in licence
    assert "Google" in licence
    assert "SIL Open Font License, Version 1.1" in licence
    assert "PERMISSION & CONDITIONS" in licence  # the whole text, not a mention
    assert "NAVER Corporation" in licence
