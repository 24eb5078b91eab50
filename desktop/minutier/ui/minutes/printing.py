"""Printing the minutes: the exact PDF bytes on paper, through the system's print spooler.

Qt can only print what it draws itself (rendering a PDF needs the QtPdf add-on), and a
re-rendered page is not the document the register holds. So the print dialog (``QPrinter``)
only chooses the printer, the copies and the pages; the PDF file itself is then handed to
CUPS with ``lp -d PRINTER -n COPIES [-P PAGES] FILE`` (an argument list, no shell). Where
there is no ``lp`` (Windows), the PDF opens in the system's viewer, to print from there. A
printer set to "print to file" gets the PDF bytes written to that file.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox

from minutier.ui.exchange_commands import chosen_meeting
from minutier.ui.minutes.versions import write_atomically
from minutier.ui.tasks import BackgroundTask, Job, keep

if TYPE_CHECKING:
    from minutier.ui.main_window import MainWindow

CONTEXT = "PrintMinutes"
LP_TIMEOUT = 60  # seconds: lp only queues the job


@dataclass(frozen=True)
class PrintChoice:
    """What the print dialog chose."""

    printer: str  # "" : the default printer
    copies: int
    pages: str  # "" : all; else CUPS syntax "1-3,5"
    output_file: str  # "" : a printer; else print to this file


def choice_of(printer: QPrinter) -> PrintChoice:
    pages = ""
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        pages = printer.pageRanges().toString()
        if not pages and printer.fromPage() > 0:
            pages = f"{printer.fromPage()}-{printer.toPage() or printer.fromPage()}"
    output = (
        printer.outputFileName()
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
        else ""
    )
    return PrintChoice(printer.printerName(), max(1, printer.copyCount()), pages, output)


def lp_command(lp: str, choice: PrintChoice, pdf: Path) -> list[str]:
    command = [lp]
    if choice.printer:
        command += ["-d", choice.printer]
    command += ["-n", str(choice.copies)]
    if choice.pages:
        command += ["-P", choice.pages]
    return [*command, str(pdf)]


@dataclass(frozen=True)
class Outcome:
    how: str  # "lp", "file", "viewer", "refused"
    path: str
    detail: str = ""


def ask(window: MainWindow) -> PrintChoice | None:
    """The print dialog: printer, copies, pages (None: cancelled)."""
    printer = QPrinter()
    dialog = QPrintDialog(printer, window)
    dialog.setWindowTitle(QCoreApplication.translate("PrintMinutes", "Print minutes"))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
    dialog.setMinMax(1, 9999)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return choice_of(printer)


def run_print(window: MainWindow, meeting_id: int, choice: PrintChoice) -> BackgroundTask:
    """Build the PDF and hand it to the spooler (or a file, or the viewer) off the UI thread."""
    from minutier.services import minutes

    source = window.ctx.store.path
    ref = window.ctx.store.query_one(
        "SELECT c.code || '-' || m.number AS ref FROM meeting m "
        "JOIN committee c ON c.id = m.committee_id WHERE m.id = ?",
        (meeting_id,),
    )
    name = f"{ref['ref'] if ref else meeting_id}.pdf"

    def work(job: Job) -> Outcome:
        store = job.open(source, readonly=True)
        data = minutes.minutes_pdf(store, meeting_id)
        job.check()
        if choice.output_file:
            dest = Path(choice.output_file)
            write_atomically(dest, data)
            return Outcome("file", str(dest))
        pdf = Path(tempfile.mkdtemp(prefix="minutier-print-")) / name
        write_atomically(pdf, data)
        lp = shutil.which("lp")
        if lp is None:
            return Outcome("viewer", str(pdf))
        try:
            done = subprocess.run(
                lp_command(lp, choice, pdf),
                capture_output=True,
                text=True,
                timeout=LP_TIMEOUT,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as e:
            return Outcome("refused", str(pdf), str(e))
        if done.returncode != 0:
            detail = (done.stderr or done.stdout).strip() or f"lp exit status {done.returncode}"
            return Outcome("refused", str(pdf), detail)
        return Outcome("lp", str(pdf), done.stdout.strip())

    task = BackgroundTask(
        window,
        QCoreApplication.translate("PrintMinutes", "Print minutes"),
        QCoreApplication.translate("PrintMinutes", "Preparing %1 for the printer…").replace(
            "%1", name
        ),
        Job(work),
    )

    def done(outcome: Outcome) -> None:
        bar = window.statusBar()
        if outcome.how == "lp":
            where = choice.printer or QCoreApplication.translate(
                "PrintMinutes", "the default printer"
            )
            bar.showMessage(
                QCoreApplication.translate(
                    "PrintMinutes", "The minutes were sent to %1 (%2 copies)."
                )
                .replace("%1", where)
                .replace("%2", str(choice.copies)),
                15000,
            )
        elif outcome.how == "file":
            bar.showMessage(
                QCoreApplication.translate(
                    "PrintMinutes", "The minutes were printed to %1."
                ).replace("%1", outcome.path),
                15000,
            )
        elif outcome.how == "viewer":
            opened = QDesktopServices.openUrl(QUrl.fromLocalFile(outcome.path))
            QMessageBox.information(
                window,
                QCoreApplication.translate("PrintMinutes", "Print minutes"),
                QCoreApplication.translate(
                    "PrintMinutes",
                    "This computer has no print spooler Minutier can hand the PDF to. The "
                    "minutes are open in your PDF viewer: print them from there.",
                )
                if opened
                else QCoreApplication.translate(
                    "PrintMinutes",
                    "This computer has neither a print spooler Minutier can hand the PDF to nor "
                    "a PDF viewer. The minutes are at %1; print them from another program.",
                ).replace("%1", outcome.path),
            )
        else:
            QMessageBox.warning(
                window,
                QCoreApplication.translate("PrintMinutes", "Print minutes"),
                QCoreApplication.translate(
                    "PrintMinutes",
                    "The printer did not accept the minutes: %1\n\nThe PDF is kept at %2; "
                    "you can open and print it from there.",
                )
                .replace("%1", outcome.detail)
                .replace("%2", outcome.path),
            )

    task.done.connect(done)
    return keep(window, task).start()


def print_minutes(window: MainWindow, meeting_id: int | None = None) -> BackgroundTask | None:
    """File ▸ Print minutes: the selected (or chosen) meeting, on the printer the user picks."""
    meeting_id = meeting_id if meeting_id is not None else chosen_meeting(window)
    if meeting_id is None:
        return None
    choice = ask(window)
    if choice is None:
        return None
    return run_print(window, meeting_id, choice)
