"""“Verify a PDF…”: is this file, byte for byte, an approved version of some minutes here?

The answer is a sentence: which meeting and version, approved when and where, whether a later
version replaced it and whether the register still holds the content it was approved with —
or that it is no approved version at all (and, when the file names one, that it was changed).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from minutier.core.errors import DatabaseProblem
from minutier.services import minutes, pdf_file
from minutier.services.pdf_file import Fingerprint
from minutier.store.connection import Store
from minutier.ui.forms import localized

CONTEXT = "VerifyMinutes"


def _fill(template: str, *values: object) -> str:
    for n in range(len(values), 0, -1):
        template = template.replace(f"%{n}", str(values[n - 1]))
    return template


def sentence(store: Store, name: str, data: bytes | Fingerprint | None) -> tuple[bool, str]:
    """(is an approved version, what to tell the user) for a file called ``name``.

    ``data`` None: the file is larger than every approved PDF, so it is none of them.
    """
    found = minutes.verify(store, data) if data is not None else None
    if found is None:
        claim = minutes.claimed(store, data) if data is not None else None
        if claim is not None:
            return False, _fill(
                QCoreApplication.translate(
                    "VerifyMinutes",
                    "%1 is NOT an approved version of any minutes in this register. It names "
                    "itself version %2 of the minutes of %3, but its bytes differ from the "
                    "filed document: it was changed after approval, or re-saved by another "
                    "program.",
                ),
                name,
                claim.version,
                claim.meeting,
            )
        return False, _fill(
            QCoreApplication.translate(
                "VerifyMinutes",
                "%1 is NOT an approved version of any minutes in this register: not one byte "
                "of it matches a filed document.",
            ),
            name,
        )
    v = found.version
    when = localized.long_date(v.approved_on) if v.approved_on else ""
    if v.approved_at:
        first = QCoreApplication.translate(
            "VerifyMinutes",
            "%1 is version %2 of the minutes of %3, exactly as approved on %4 at meeting %5.",
        )
        text = _fill(first, name, v.version, v.meeting, when, v.approved_at)
    else:
        first = QCoreApplication.translate(
            "VerifyMinutes", "%1 is version %2 of the minutes of %3, exactly as approved on %4."
        )
        text = _fill(first, name, v.version, v.meeting, when)
    edition = (
        QCoreApplication.translate(
            "VerifyMinutes", "It is the public edition (confidential parts left out)."
        )
        if found.edition == "public"
        else QCoreApplication.translate(
            "VerifyMinutes", "It is the internal edition (everything, confidential parts marked)."
        )
    )
    text += " " + edition
    if not found.latest:
        text += " " + QCoreApplication.translate(
            "VerifyMinutes", "A later version of these minutes has been opened or approved since."
        )
    elif found.content_matches:
        text += " " + QCoreApplication.translate(
            "VerifyMinutes",
            "It is the current version, and the register still holds the content it was "
            "approved with.",
        )
    else:
        text += " " + QCoreApplication.translate(
            "VerifyMinutes",
            "Warning: the register's content of this meeting no longer matches what was "
            "approved (it was changed outside Minutier).",
        )
    return True, text


def verify_pdf(parent: QWidget | None, store: Store, path: str | None = None) -> str | None:
    """Ask for a PDF (unless ``path`` is given), check it, say the answer; returns it."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("VerifyMinutes", "Verify a PDF"),
            str(store.path.parent),
            QCoreApplication.translate("VerifyMinutes", "PDF files (*.pdf);;All files (*)"),
        )
        if not path:
            return None
    name = Path(path).name
    try:
        data = pdf_file.fingerprint(store, path)  # streamed, never the whole file in memory
    except (OSError, DatabaseProblem) as e:
        reason = str(e) if isinstance(e, DatabaseProblem) else e.strerror or str(e)
        text = _fill(
            QCoreApplication.translate("VerifyMinutes", "%1 cannot be read: %2"), name, reason
        )
        QMessageBox.warning(
            parent, QCoreApplication.translate("VerifyMinutes", "Verify a PDF"), text
        )
        return text
    ok, text = sentence(store, name, data)
    if ok:
        QMessageBox.information(
            parent, QCoreApplication.translate("VerifyMinutes", "Verify a PDF"), text
        )
    else:
        QMessageBox.warning(
            parent, QCoreApplication.translate("VerifyMinutes", "Verify a PDF"), text
        )
    return text
