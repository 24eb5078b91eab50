"""The house style dialog (live preview, refusals, saving) and the session book from the window."""

from __future__ import annotations

import base64

from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QMenu

from minutier.services import house_style, lookup
from minutier.ui.house_style_dialog import HouseStyleDialog
from minutier.ui.minutes import book

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDAAAAMBAEAl7r5WwAAAABJRU5ErkJggg=="
)


def test_the_preview_follows_the_style_and_saving_stores_it(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = window.ctx.store
    committee = int(lookup.committee(store, "CSIIA")["id"])
    dialog = HouseStyleDialog(store, committee, window)
    qtbot.addWidget(dialog)
    first = dialog.preview.pixmap().toImage()
    assert not first.isNull() and first.width() > 300
    plain_pdf = dialog.preview_pdf
    dialog.issuer.setPlainText("République française\nMinistère de l’Économie")
    dialog.accent.setText("#003399")
    dialog.typeface.setCurrentIndex(dialog.typeface.findData("serif"))
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    dialog.set_logo_file(logo)
    qtbot.waitUntil(lambda: dialog.preview_pdf != plain_pdf, timeout=5000)
    assert dialog.preview.pixmap().toImage() != first
    assert b"NotoSerif" in dialog.preview_pdf
    # a colour the document cannot honour: said in the dialog, saving refused
    dialog.accent.setText("bleu")
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=5000)
    assert not dialog.save_button.isEnabled() and "#RRGGBB" in dialog.error.text()
    dialog.accent.setText("#003399")
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    dialog.chair.setCurrentIndex(dialog.chair.findData("의장"))
    dialog.signatures.setChecked(True)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = house_style.load(store, committee)
    assert saved.issuer_lines.startswith("République française") and saved.accent == "#003399"
    assert (saved.typeface, saved.chair_term_ko, saved.attendance_signatures) == (
        "serif",
        "의장",
        True,
    )
    assert saved.logo == PNG and saved.logo_type == "png"


def test_the_session_book_is_written_from_the_window(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = window.ctx.store
    committee = int(lookup.committee(store, "CSIIA")["id"])
    dest = tmp_path / "CSIIA-2025.pdf"
    task = book.run_book(window, book.BookChoice(committee, 2025, "ko"), dest)
    with qtbot.waitSignal(task.done, timeout=120000):
        pass
    assert len(PdfReader(dest).pages) >= 4
    assert "CSIIA-2025.pdf" in window.statusBar().currentMessage()


def test_the_minutes_menu_offers_both(window) -> None:  # type: ignore[no-untyped-def]
    menu = window.findChild(QMenu, "minutes_menu")
    actions = {a.objectName() for a in menu.actions()}
    assert {"action_session_book", "action_house_style"} <= actions


def test_search_results_show_the_confidential_mark(window) -> None:  # type: ignore[no-untyped-def]
    from minutier.services import records
    from minutier.ui.search_panel import HIT, MARKUP

    store = window.ctx.store
    decision = store.scalar("SELECT id FROM decision WHERE number = 2")
    records.update(store, "decision", decision, {"confidential": True})
    panel = window.go("search").panel
    panel.edit.setText("supercalculateur")
    panel.run()
    marked, plain = [], []
    for g in range(panel.results.topLevelItemCount()):
        group = panel.results.topLevelItem(g)
        for i in range(group.childCount()):
            item = group.child(i)
            (marked if item.data(0, HIT) == ("decision", decision) else plain).append(
                item.data(0, MARKUP)
            )
    assert marked and "[Confidential]" in marked[0]
    assert plain and not any("[Confidential]" in m for m in plain)


def test_an_svg_logo_is_drawn_into_the_letterhead(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = window.ctx.store
    committee = int(lookup.committee(store, "CSIIA")["id"])
    dialog = HouseStyleDialog(store, committee, window)
    qtbot.addWidget(dialog)
    svg = tmp_path / "logo.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">'
        '<rect width="40" height="20" fill="#003399"/></svg>',
        encoding="utf-8",
    )
    dialog.set_logo_file(svg)
    assert dialog.logo[1] == "png" and dialog.logo[0].startswith(b"\x89PNG")
    broken = tmp_path / "broken.svg"
    broken.write_text("<svg", encoding="utf-8")
    dialog.set_logo_file(broken)
    assert "broken.svg" in dialog.error.text()
    dialog.set_logo_file(svg)
    dialog.refresh()
    assert b"/Subtype /Image" in dialog.preview_pdf
