"""PDFs are shown inside Minutier: pages drawn, zoom, page through; the system viewer only when
asked, and the window never claims a viewer opened when none did."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from minutier.ui import exchange_commands
from minutier.ui.preview import commands
from minutier.ui.preview.dialog import PdfPreview

pytestmark = pytest.mark.skipif(
    not exchange_commands.minutes_available(), reason="PDF minutes not there yet"
)


def shown(window, qtbot, task) -> PdfPreview:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(task.done, timeout=60000):
        pass
    qtbot.waitUntil(lambda: bool(window.__dict__.get("_previews")))
    return window._previews[-1]


def dark_pixels(preview: PdfPreview) -> int:
    image = preview.canvas.pixmap().toImage()
    step = 7
    return sum(
        1
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
        if image.pixelColor(x, y).lightness() < 200
    )


def test_preview_minutes_draws_the_pages_inside_minutier(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or False)
    )
    window.actions_.minutes_.preview.trigger()  # Minutes ▸ Preview minutes
    qtbot.waitUntil(lambda: bool(window.__dict__.get("_previews")), timeout=60000)
    preview = window._previews[-1]
    assert opened == []  # no outside viewer unless asked
    assert preview.pages.count >= 2
    assert not preview.canvas.pixmap().isNull() and dark_pixels(preview) > 50  # text drawn
    assert preview.page_box.value() == 1 and not preview.previous.isEnabled()
    width = preview.canvas.pixmap().width()
    assert preview.scroll.hasFocus() or not preview.isActiveWindow()
    for _ in range(6):  # Page Down scrolls the page, then turns it
        qtbot.keyClick(preview.scroll, Qt.Key.Key_PageDown)
        if preview.page_box.value() == 2:
            break
    assert preview.page_box.value() == 2 and preview.previous.isEnabled()
    preview.zoom_in.click()
    assert preview.canvas.pixmap().width() != width and not preview.fit
    preview.fit_button.click()
    assert preview.fit
    # Asked for the system viewer, and there is none: it says so, and does not claim it opened.
    assert not preview.open_in_viewer()
    assert "No PDF viewer" in preview.message.text()
    assert len(opened) == 1
    preview.close()


def test_the_status_bar_never_claims_a_viewer_that_is_not_there(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    task = exchange_commands.minutes_pdf(window, print_it=True)
    with qtbot.waitSignal(task.done, timeout=60000):
        pass
    message = window.statusBar().currentMessage()
    assert "open in your PDF viewer" not in message and "No PDF viewer" in message


@pytest.mark.parametrize("command", ["agenda", "actions_report", "initiative_dossier"])
def test_agenda_report_and_dossier_are_reachable_from_the_window(window, qtbot, command) -> None:  # type: ignore[no-untyped-def]
    if command == "initiative_dossier":
        window.go("initiatives")  # the dossier of the initiative selected there
    task = getattr(commands, command)(window)
    preview = shown(window, qtbot, task)
    assert preview.pages.count >= 1 and dark_pixels(preview) > 20
    preview.close()


def test_save_as_writes_the_exact_bytes(window, qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    preview = shown(window, qtbot, commands.actions_report(window))
    dest = tmp_path / "report.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(dest), "PDF"))
    )
    assert preview.save_as() == dest and dest.read_bytes() == preview.data
    preview.close()
