"""Export minutes as PDF and Preview minutes: the selected meeting's minutes, off the UI thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from minutier.ui import exchange_commands

pytestmark = pytest.mark.skipif(
    not exchange_commands.minutes_available(), reason="PDF minutes not there yet"
)


def pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def test_export_minutes_of_the_selected_meeting(window, tmp_path: Path, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert window.actions_.export_pdf.isEnabled()
    window.go("meetings").select(1)
    dest = tmp_path / "pv.pdf"
    asked: list[str] = []

    def save_name(parent, title, suggestion, filt):  # type: ignore[no-untyped-def]
        asked.append(Path(suggestion).name)
        return str(dest), filt

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    task = exchange_commands.minutes_pdf(window, print_it=False)
    with qtbot.waitSignal(task.done, timeout=60000):
        pass
    assert asked == ["minutes-CSIIA-3.pdf"]
    assert "CSIIA" in pdf_text(dest) or "infrastructure" in pdf_text(dest)
    assert "saved to" in window.statusBar().currentMessage()


def test_preview_opens_the_minutes_in_the_pdf_viewer(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices,
        "openUrl",
        staticmethod(lambda url: opened.append(url.toLocalFile()) or True),
    )
    task = exchange_commands.minutes_pdf(window, print_it=True)  # one meeting: no question asked
    with qtbot.waitSignal(task.done, timeout=60000):
        pass
    assert len(opened) == 1 and Path(opened[0]).read_bytes().startswith(b"%PDF")
