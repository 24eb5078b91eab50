"""The house style dialog: a committee's letterhead, colour, typeface, lines and paper, with a live
preview of the first page of its minutes as they will print.

The preview is the real document: the minutes of the committee's latest meeting (or an empty
sample) built with the style being edited, page 1 drawn by PDFium (``pypdfium2``). It is
rebuilt a moment after the last change (a single-shot timer), so typing stays smooth. Saving is
one operation (``services.house_style.save``), undoable like any other edit.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from minutier.core.errors import MinutierError, ValidationError
from minutier.core.house_style import HouseStyle, check
from minutier.core.minutes_record import MinutesRecord
from minutier.services import house_style, minutes, minutes_content
from minutier.store.connection import Store

PREVIEW_DELAY_MS = 250
PREVIEW_WIDTH = 360  # pixels of the page drawn
LOGO_PIXELS = 256  # height of an SVG logo drawn into a PNG (sharp at the letterhead's 16 mm)


def sample_record(store: Store, committee_id: int) -> MinutesRecord:
    """What the preview prints: the committee's latest meeting, else its title block alone."""
    meeting_id = store.scalar(
        "SELECT id FROM meeting WHERE committee_id = ? ORDER BY starts_at DESC LIMIT 1",
        (committee_id,),
    )
    if meeting_id is not None:
        return minutes.record(store, int(meeting_id))
    committee = minutes_content.committee_of(store, committee_id)
    return MinutesRecord(committee=committee, number=1, starts_at="2025-01-01T10:00")


def first_page(pdf: bytes, width: int = PREVIEW_WIDTH) -> QImage:
    """Page 1 of ``pdf`` as an image ``width`` pixels wide."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        page = document[0]
        bitmap = page.render(scale=width / page.get_width(), rev_byteorder=True)
        data = bytes(bitmap.buffer)
        image = QImage(
            data, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888
        )
        return image.copy()  # owns its pixels once ``data`` goes
    finally:
        document.close()


def svg_to_png(data: bytes, height: int = LOGO_PIXELS) -> bytes | None:
    """An SVG logo drawn by Qt into a PNG ``height`` pixels high (the PDFs embed PNG images;
    drawing SVG there would need another library), or None when Qt cannot read it."""
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        return None
    size = renderer.defaultSize()
    if size.isEmpty():
        size = QSize(height, height)
    width = max(1, round(height * size.width() / max(1, size.height())))
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


class HouseStyleDialog(QDialog):
    """Edit one committee's house style; the preview follows every change."""

    def __init__(self, store: Store, committee_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("house_style_dialog")
        self.store, self.committee_id = store, committee_id
        code = store.scalar("SELECT code FROM committee WHERE id = ?", (committee_id,))
        self.setWindowTitle(
            QCoreApplication.translate("HouseStyle", "House style of %1").replace("%1", str(code))
        )
        self.style_ = house_style.load(store, committee_id)
        self.record = sample_record(store, committee_id)
        self.logo: tuple[bytes, str] = (self.style_.logo, self.style_.logo_type)

        self.issuer = QPlainTextEdit(self.style_.issuer_lines, self)
        self.issuer.setObjectName("style_issuer")
        self.issuer.setFixedHeight(self.issuer.fontMetrics().lineSpacing() * 4 + 12)
        self.address = QLineEdit(self.style_.address, self)
        self.address.setObjectName("style_address")
        self.logo_label = QLabel(self)
        self.logo_label.setObjectName("style_logo_name")
        choose_logo = QPushButton(QCoreApplication.translate("HouseStyle", "Choose a logo…"), self)
        choose_logo.clicked.connect(self.choose_logo)
        clear_logo = QPushButton(QCoreApplication.translate("HouseStyle", "No logo"), self)
        clear_logo.clicked.connect(self.clear_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_label, 1)
        logo_row.addWidget(choose_logo)
        logo_row.addWidget(clear_logo)
        self.accent = QLineEdit(self.style_.accent, self)
        self.accent.setObjectName("style_accent")
        pick = QPushButton(QCoreApplication.translate("HouseStyle", "Pick…"), self)
        pick.clicked.connect(self.pick_colour)
        accent_row = QHBoxLayout()
        accent_row.addWidget(self.accent, 1)
        accent_row.addWidget(pick)
        self.typeface = QComboBox(self)
        self.typeface.setObjectName("style_typeface")
        self.typeface.addItem(
            QCoreApplication.translate("HouseStyle", "Sans serif (Noto Sans)"), "sans"
        )
        self.typeface.addItem(
            QCoreApplication.translate("HouseStyle", "Serif (Noto Serif)"), "serif"
        )
        self.typeface.setCurrentIndex(self.typeface.findData(self.style_.typeface))
        self.header = QLineEdit(self.style_.header, self)
        self.header.setObjectName("style_header")
        self.footer = QLineEdit(self.style_.footer, self)
        self.footer.setObjectName("style_footer")
        self.paper = QComboBox(self)
        self.paper.setObjectName("style_paper")
        self.paper.addItem("A4", "a4")
        self.paper.addItem(QCoreApplication.translate("HouseStyle", "US Letter"), "letter")
        self.paper.setCurrentIndex(self.paper.findData(self.style_.paper))
        self.chair = QComboBox(self)
        self.chair.setObjectName("style_chair_term")
        for term in ("위원장", "의장"):
            self.chair.addItem(term, term)
        self.chair.setCurrentIndex(self.chair.findData(self.style_.chair_term_ko))
        self.signatures = QCheckBox(
            QCoreApplication.translate("HouseStyle", "Attendance list with a signature column"),
            self,
        )
        self.signatures.setObjectName("style_signatures")
        self.signatures.setChecked(self.style_.attendance_signatures)
        self.error = QLabel(self)
        self.error.setObjectName("style_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a40000")

        form = QFormLayout()
        form.addRow(
            QCoreApplication.translate("HouseStyle", "Issuing body (one line each)"), self.issuer
        )
        form.addRow(QCoreApplication.translate("HouseStyle", "Address"), self.address)
        form.addRow(QCoreApplication.translate("HouseStyle", "Logo (PNG or SVG)"), logo_row)
        form.addRow(QCoreApplication.translate("HouseStyle", "Accent colour"), accent_row)
        form.addRow(QCoreApplication.translate("HouseStyle", "Typeface"), self.typeface)
        form.addRow(QCoreApplication.translate("HouseStyle", "Header line"), self.header)
        form.addRow(QCoreApplication.translate("HouseStyle", "Footer line"), self.footer)
        form.addRow(QCoreApplication.translate("HouseStyle", "Paper"), self.paper)
        form.addRow(
            QCoreApplication.translate("HouseStyle", "Korean word for the chair"), self.chair
        )
        form.addRow("", self.signatures)
        form.addRow(self.error)

        self.preview = QLabel(self)
        self.preview.setObjectName("style_preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea(self)
        scroll.setWidget(self.preview)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(PREVIEW_WIDTH + 24)

        body = QHBoxLayout()
        body.addLayout(form, 1)
        body.addWidget(scroll)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        for edit in (self.address, self.accent, self.header, self.footer):
            edit.textChanged.connect(self.changed)
        self.issuer.textChanged.connect(self.changed)
        for combo in (self.typeface, self.paper, self.chair):
            combo.currentIndexChanged.connect(self.changed)
        self.signatures.toggled.connect(self.changed)
        self._show_logo_name()
        self.refresh()

    # -- editing ---------------------------------------------------------------------------
    def current(self) -> HouseStyle:
        return HouseStyle(
            issuer_lines=self.issuer.toPlainText().strip("\n"),
            address=self.address.text().strip(),
            logo=self.logo[0],
            logo_type=self.logo[1],
            accent=self.accent.text().strip(),
            typeface=str(self.typeface.currentData()),
            header=self.header.text().strip(),
            footer=self.footer.text().strip(),
            paper=str(self.paper.currentData()),
            chair_term_ko=str(self.chair.currentData()),
            attendance_signatures=self.signatures.isChecked(),
        )

    def changed(self, *_: object) -> None:
        self.timer.start()

    def choose_logo(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("HouseStyle", "Choose a logo"),
            "",
            QCoreApplication.translate("HouseStyle", "Images (*.png *.svg)"),
        )
        if chosen:
            self.set_logo_file(Path(chosen))

    def set_logo_file(self, path: Path) -> None:
        try:
            data = path.read_bytes()
        except OSError as e:
            self.error.setText(
                QCoreApplication.translate("HouseStyle", "Cannot read %1: %2")
                .replace("%1", path.name)
                .replace("%2", e.strerror or str(e))
            )
            return
        kind = "png"
        if path.suffix.lower() == ".svg" or b"<svg" in data[:4096]:
            png = svg_to_png(data)
            if png is None:
                self.error.setText(
                    QCoreApplication.translate(
                        "HouseStyle", "%1 is not an SVG image Minutier can draw."
                    ).replace("%1", path.name)
                )
                return
            data = png
        self.logo = (data, kind)
        self._show_logo_name(path.name)
        self.changed()

    def clear_logo(self) -> None:
        self.logo = (b"", "")
        self._show_logo_name()
        self.changed()

    def _show_logo_name(self, name: str = "") -> None:
        if not self.logo[0]:
            self.logo_label.setText(QCoreApplication.translate("HouseStyle", "(none)"))
        else:
            self.logo_label.setText(
                name
                or QCoreApplication.translate("HouseStyle", "Logo (%1 kB)").replace(
                    "%1", str(len(self.logo[0]) // 1024 + 1)
                )
            )

    def pick_colour(self) -> None:
        colour = QColorDialog.getColor(QColor(self.accent.text().strip() or "#1a1a1a"), self)
        if colour.isValid():
            self.accent.setText(colour.name())

    # -- preview and saving --------------------------------------------------------------------
    def refresh(self) -> None:
        """Rebuild the preview from the style as it stands; a style in error says why instead."""
        style = self.current()
        try:
            check(style)
        except ValidationError as e:
            self.error.setText(_error_text(e))
            self.save_button.setEnabled(False)
            return
        self.error.setText("")
        self.save_button.setEnabled(True)
        record = dataclasses.replace(
            self.record, committee=dataclasses.replace(self.record.committee, style=style)
        )
        from minutier.pdf import build_minutes

        pdf = build_minutes(record)
        self.preview.setPixmap(QPixmap.fromImage(first_page(pdf)))
        self.preview_pdf = pdf

    def accept(self) -> None:
        self.timer.stop()
        try:
            house_style.save(self.store, self.committee_id, self.current())
        except MinutierError as e:
            self.error.setText(_error_text(e))
            return
        super().accept()


def _error_text(error: MinutierError) -> str:
    if isinstance(error, ValidationError):
        return (
            QCoreApplication.translate("HouseStyle", "%1: %2")
            .replace("%1", str(error.field))
            .replace("%2", str(error.reason))
        )
    return str(error)


def edit_house_style(window: QWidget, store: Store, committee_id: int) -> bool:
    """Open the dialog for one committee; True when a style was saved."""
    dialog = HouseStyleDialog(store, committee_id, window)
    return dialog.exec() == QDialog.DialogCode.Accepted


def choose_committee(window: QWidget, store: Store, meeting_id: int | None) -> int | None:
    """The selected meeting's committee, the only one, or one the user picks."""
    if meeting_id:
        return int(store.scalar("SELECT committee_id FROM meeting WHERE id = ?", (meeting_id,)))
    rows = store.query("SELECT id, code || ' — ' || name AS label FROM committee ORDER BY code")
    if not rows:
        QMessageBox.information(
            window,
            QCoreApplication.translate("HouseStyle", "House style"),
            QCoreApplication.translate(
                "HouseStyle", "Create a committee first: a house style is its own."
            ),
        )
        return None
    if len(rows) == 1:
        return int(rows[0]["id"])
    labels = [r["label"] for r in rows]
    chosen, ok = QInputDialog.getItem(
        window,
        QCoreApplication.translate("HouseStyle", "House style"),
        QCoreApplication.translate("HouseStyle", "House style of which committee?"),
        labels,
        0,
        False,
    )
    return int(rows[labels.index(chosen)]["id"]) if ok and chosen in labels else None
