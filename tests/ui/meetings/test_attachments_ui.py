"""The Files tab of a meeting: attach, list, open (a private copy), save, and frozen when approved."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QDesktopServices

from minutier.services import attachments
from minutier.ui.meetings.page import MeetingsPage

MEETING = 1  # CSIIA/3 in the demo


def test_files_tab_attaches_opens_and_saves(qtbot, ctx, store, tmp_path: Path, monkeypatch) -> None:
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitExposed(page)
    assert page.select(MEETING)
    files = page.detail.files
    page.detail.tabs.setCurrentWidget(files)
    paper = tmp_path / "Budget 2025 <&> 예산.pdf"
    paper.write_bytes(b"%PDF-1.4 " * 500)
    decision = store.scalar(
        "SELECT id FROM decision WHERE meeting_id = ? AND number = 3", (MEETING,)
    )
    attachments.attach_bytes(store, "decision", decision, "statuts de la société.pdf", b"%PDF")
    steps = ctx.undo_stack.count()
    assert files.attach(str(paper)) is not None
    assert ctx.undo_stack.count() == steps + 1
    assert [r["name"] for r in files.model.rows] == ["statuts de la société.pdf", paper.name]
    assert files.model.index(0, 1).data() == "Decision 3"
    assert files.model.index(1, 2).data() == "4.4 KB"
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    files.view.selectRow(1)
    path = files.open_selected()
    assert path is not None and opened == [str(path)] and path.read_bytes() == paper.read_bytes()
    copy = files.save_selected(str(tmp_path / "copie.pdf"))
    assert copy is not None and copy.read_bytes() == paper.read_bytes()
    assert files.save_selected(str(tmp_path / "missing" / "x.pdf")) is None  # said in words
    files.target.setCurrentIndex(files.target.findData(f"decision:{decision}"))
    other = tmp_path / "annexe.txt"
    other.write_text("annexe", encoding="utf-8")
    assert files.attach(str(other)) is not None
    assert [r["name"] for r in attachments.listed(store, "decision", decision)] == [
        "statuts de la société.pdf",
        "annexe.txt",
    ]
    assert files.target.currentData() == f"decision:{decision}"  # kept for the next file
    if os.environ.get("MINUTIER_SHOTS"):
        page.grab().save(os.path.join(os.environ["MINUTIER_SHOTS"], "attachments-tab.png"))
    ctx.undo_stack.undo()
    assert len(attachments.listed(store, "meeting", MEETING)) == 2  # the last file went
