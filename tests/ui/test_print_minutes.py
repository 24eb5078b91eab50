"""Print minutes: the print dialog chooses; the PDF file itself goes to ``lp`` (CUPS).

A fake ``lp`` on PATH records its arguments and the file it was given, so the test checks
that the bytes handed to the spooler are the register's PDF, exactly.
"""

from __future__ import annotations

import hashlib
import os
import stat
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices, QPageRanges
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from minutier.services import minutes
from minutier.ui import exchange_commands
from minutier.ui.minutes import printing

pytestmark = [
    pytest.mark.skipif(
        not exchange_commands.minutes_available(), reason="PDF minutes not there yet"
    ),
    pytest.mark.skipif(os.name != "posix", reason="the fake lp is a shell script"),
]


def fake_lp(folder: Path, *, status: int = 0, message: str = "") -> Path:
    """An ``lp`` that writes its arguments (one a line) and a copy of the file it got."""
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / "lp.args"
    script = folder / "lp"
    script.write_text(
        f"#!{sys.executable}\n"
        "import shutil, sys\n"
        f"open({str(log)!r}, 'w').write('\\n'.join(sys.argv[1:]))\n"
        f"shutil.copy(sys.argv[-1], {str(folder / 'printed.pdf')!r})\n"
        f"sys.stderr.write({message!r})\n"
        f"sys.exit({status})\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return log


@pytest.fixture
def chosen(monkeypatch):  # type: ignore[no-untyped-def]
    """The print dialog answered: printer "Bureau_2e", 2 copies, pages 1-2 and 4."""
    monkeypatch.setattr(QPrinter, "printerName", lambda self: "Bureau_2e")
    seen: list[QPrintDialog] = []

    def exec_(self: QPrintDialog) -> int:
        seen.append(self)
        printer = self.printer()
        printer.setCopyCount(2)
        ranges = QPageRanges()
        ranges.addRange(1, 2)
        ranges.addPage(4)
        printer.setPageRanges(ranges)
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    return seen


def test_the_pdf_itself_goes_to_lp_with_printer_copies_and_pages(  # type: ignore[no-untyped-def]
    window, chosen, qtbot, monkeypatch, tmp_path: Path, answers
) -> None:
    log = fake_lp(tmp_path / "bin")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    window.go("meetings").select(1)
    window.actions_.print_.trigger()
    task = window.__dict__["_tasks"][-1]
    with qtbot.waitSignal(task.done, timeout=60000):
        pass
    args = log.read_text().splitlines()
    assert args[:6] == ["-d", "Bureau_2e", "-n", "2", "-P", "1-2,4"]
    assert args[6].endswith("CSIIA-3.pdf") and len(args) == 7
    expected = minutes.minutes_pdf(window.ctx.store, 1)
    printed = (tmp_path / "bin" / "printed.pdf").read_bytes()
    assert hashlib.sha256(printed).digest() == hashlib.sha256(expected).digest()
    assert len(chosen) == 1
    assert "sent to Bureau_2e (2 copies)" in window.statusBar().currentMessage()
    assert answers == []


def test_a_refusing_printer_is_said_in_words(  # type: ignore[no-untyped-def]
    window, chosen, qtbot, monkeypatch, tmp_path: Path, answers
) -> None:
    fake_lp(tmp_path / "bin", status=1, message="lp: The printer or class does not exist.")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    task = printing.print_minutes(window, 1)
    with qtbot.waitSignal(task.done, timeout=60000):
        pass
    assert len(answers) == 1
    assert answers[0].startswith("The printer did not accept the minutes: lp: The printer")
    assert "The PDF is kept at" in answers[0]


def test_without_lp_the_pdf_opens_in_the_viewer_with_a_word(  # type: ignore[no-untyped-def]
    window, chosen, qtbot, monkeypatch, tmp_path: Path, answers
) -> None:
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices,
        "openUrl",
        staticmethod(lambda url: opened.append(url.toLocalFile()) or True),
    )
    task = printing.print_minutes(window, 1)
    with qtbot.waitSignal(task.done, timeout=60000):
        pass
    assert len(opened) == 1 and Path(opened[0]).read_bytes().startswith(b"%PDF")
    assert len(answers) == 1 and "print them from there" in answers[0]


def test_print_to_file_writes_the_pdf_bytes_there(  # type: ignore[no-untyped-def]
    window, qtbot, monkeypatch, tmp_path: Path
) -> None:
    dest = tmp_path / "out" / "pv.pdf"
    dest.parent.mkdir()

    def exec_(self: QPrintDialog) -> int:
        self.printer().setOutputFileName(str(dest))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    task = printing.print_minutes(window, 1)
    with qtbot.waitSignal(task.done, timeout=60000):
        pass
    assert dest.read_bytes() == minutes.minutes_pdf(window.ctx.store, 1)
    assert [p.name for p in dest.parent.iterdir()] == ["pv.pdf"]


def test_cancelling_the_print_dialog_prints_nothing(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert printing.print_minutes(window, 1) is None


def test_lp_command_has_no_shell_and_leaves_out_what_was_not_chosen() -> None:
    choice = printing.PrintChoice(printer="", copies=1, pages="", output_file="")
    assert printing.lp_command("/usr/bin/lp", choice, Path("/tmp/a b;rm -rf.pdf")) == [
        "/usr/bin/lp",
        "-n",
        "1",
        "/tmp/a b;rm -rf.pdf",
    ]
