"""The window's frame: shipped Hangul font, page shortcuts, recent files, About box, read-only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from minutier.ui import fonts


def test_the_shipped_font_is_a_fallback_for_hangul(app) -> None:  # type: ignore[no-untyped-def]
    families = fonts.register()
    assert "NanumGothic" in families
    assert QFontDatabase.WritingSystem.Korean in QFontDatabase.writingSystems("NanumGothic")
    assert "NanumGothic" in QApplication.font().families()
    # Only a fallback: Latin text keeps the system's family (NanumGothic's small Latin is poor).
    families_in_order = QApplication.font().families()
    assert families_in_order[-1] == "NanumGothic"
    assert QFontInfo(QApplication.font()).family() != "NanumGothic"


def test_ctrl_and_a_number_switch_pages(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitExposed(window)
    QTest.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "actions"
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "decisions"


def test_recent_files_menu_lists_and_opens(controller, demo_source: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    other = tmp_path / "autre.minutier"
    shutil.copy(demo_source, other)
    first = controller.window.ctx.store.path
    assert controller.open_path(str(other))
    menu = controller.window.actions_.recent_menu
    menu.aboutToShow.emit()
    names = [a.text() for a in menu.actions() if a.text()]
    assert names[:2] == ["autre.minutier", first.name]
    next(a for a in menu.actions() if a.text() == first.name).trigger()
    assert controller.window.ctx.store.path == first


def test_about_box_names_versions_and_the_font_licence(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def exec_(self: QMessageBox) -> int:
        seen.append(self.informativeText())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    window.actions_.about.trigger()
    assert "SIL Open Font License" in seen[0] and "Python" in seen[0]


def test_undo_and_redo_follow_the_stack(window) -> None:  # type: ignore[no-untyped-def]
    undo, redo = window.actions_.undo, window.actions_.redo
    assert not undo.isEnabled() and not redo.isEnabled()
    page = window.go("actions")
    page.view.selectRow(0)
    page.set_status("blocked")
    assert undo.isEnabled()
    undo.trigger()
    assert redo.isEnabled()
