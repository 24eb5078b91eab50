"""Export minutes of a year: one whole PDF per meeting held, approved ones as filed, cancellable."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog

from minutier.services import meetings, minutes
from minutier.ui import exchange_commands
from minutier.ui.minutes import batch

pytestmark = pytest.mark.skipif(
    not exchange_commands.minutes_available(), reason="PDF minutes not there yet"
)


@pytest.fixture
def year(window) -> list[int]:  # type: ignore[no-untyped-def]
    """Three meetings held in 2025 (the demo's, approved, and two more), one planned, one in 2024."""
    store = window.ctx.store
    committee = store.scalar("SELECT committee_id FROM meeting WHERE id = 1")
    held = [1]
    for when in ("2025-03-20T10:00", "2025-05-02T14:00"):
        meeting_id = meetings.plan_meeting(store, committee, when, carry_over=False)
        meetings.set_status(store, meeting_id, "held")
        held.append(meeting_id)
    meetings.plan_meeting(store, committee, "2025-11-20T10:00", carry_over=False)  # planned
    old = meetings.plan_meeting(store, committee, "2024-12-01T10:00", carry_over=False, number=1)
    meetings.set_status(store, old, "held")
    minutes.approve(store, 1, approved_on="2025-03-20")
    window.ctx.data_changed.emit()
    return held


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_the_dialog_counts_the_meetings_held(window, year) -> None:  # type: ignore[no-untyped-def]
    dialog = batch.ExportYearDialog(window.ctx.store, window)
    assert dialog.year.value() == 2025
    assert dialog.count.text() == "3 meetings held in 2025."
    dialog.year.setValue(2024)
    assert dialog.count.text() == "1 meeting held in 2024."
    dialog.year.setValue(2023)
    assert not dialog.export_button.isEnabled()


def test_three_meetings_exported_approved_one_as_filed(  # type: ignore[no-untyped-def]
    window, year, qtbot, monkeypatch, tmp_path: Path
) -> None:
    folder = tmp_path / "archive 2025"

    def exec_(self: batch.ExportYearDialog) -> int:
        self.folder.setText(str(folder))
        self.accept()
        return self.result()

    monkeypatch.setattr(batch.ExportYearDialog, "exec", exec_)
    window.actions_.export_year.trigger()
    task = window.__dict__["_tasks"][-1]
    with qtbot.waitSignal(task.done, timeout=120000) as signal:
        pass
    store = window.ctx.store
    numbers = [store.scalar("SELECT number FROM meeting WHERE id = ?", (i,)) for i in year]
    assert names(folder) == [
        "CSIIA-3-2025-02-16.pdf",
        f"CSIIA-{numbers[1]}-2025-03-20.pdf",
        f"CSIIA-{numbers[2]}-2025-05-02.pdf",
    ]
    assert len(signal.args[0]) == 3
    assert (folder / "CSIIA-3-2025-02-16.pdf").read_bytes() == minutes.version_pdf(store, 1, 1)
    draft = PdfReader(folder / f"CSIIA-{numbers[1]}-2025-03-20.pdf")
    assert len(draft.pages) >= 1
    assert "Minutes of 2025: 3 PDF file(s) written to" in window.statusBar().currentMessage()
    assert task.dialog.maximum() == 3


def test_cancel_mid_way_leaves_only_whole_files(  # type: ignore[no-untyped-def]
    window, year, qtbot, monkeypatch, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    real = minutes.minutes_pdf
    calls: list[int] = []
    holder: dict[str, object] = {}

    def rendering(store, meeting_id, lang=None, paper="a4"):  # type: ignore[no-untyped-def]
        calls.append(meeting_id)
        data = real(store, meeting_id, lang=lang, paper=paper)
        if len(calls) == 2:  # the user cancels while the third file is being rendered
            holder["task"].job.cancel()  # type: ignore[attr-defined]  # thread-safe
        return data

    monkeypatch.setattr(minutes, "minutes_pdf", rendering)
    task, written = batch.run_export(
        window, batch.YearExport(committee_id=None, year=2025, language="en", folder=folder)
    )
    holder["task"] = task
    with qtbot.waitSignal(task.cancelled, timeout=120000):
        pass
    # The approved one (filed bytes, no rendering) and the first draft are whole; the third,
    # cancelled while rendering, was never written, and no hidden partial file is left.
    assert names(folder) == ["CSIIA-3-2025-02-16.pdf", written.paths[1].name]
    assert len(written.paths) == 2 and written.total == 3
    for path in written.paths:
        assert PdfReader(path).pages
    assert "Export stopped: 2 of 3 PDF files" in window.statusBar().currentMessage()


def test_cancelling_the_dialog_exports_nothing(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(batch.ExportYearDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert batch.export_year(window) is None
