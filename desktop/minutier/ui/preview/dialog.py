"""The preview window: one page at a time, page through (PgUp/PgDn), zoom (Ctrl+± / fit width),
save as PDF, and open in the system's viewer only when asked — saying so if none answers."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from minutier.ui.preview.render import PdfPages

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)


def write_pdf(path: Path, data: bytes) -> None:
    """Write beside, then rename over: a reader never sees half a file."""
    partial = path.with_name(f".{path.name}.partial")
    partial.write_bytes(data)
    partial.replace(path)


class PdfPreview(QDialog):
    """Shows ``data`` (a PDF) titled ``title``; ``file_name`` is offered when saving."""

    def __init__(
        self, data: bytes, title: str, file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_preview")
        self.setWindowTitle(title)
        self.data = data
        self.file_name = file_name
        self.pages = PdfPages(data)
        self.zoom = 1.0
        self.fit = True  # the page follows the window's width until a zoom is chosen
        self.number = 0

        self.previous = self._button(self.tr("◀ Previous"), "preview_previous", self.step, -1)
        self.previous.setToolTip(self.tr("Previous page (Page Up)"))
        self.next = self._button(self.tr("Next ▶"), "preview_next", self.step, 1)
        self.next.setToolTip(self.tr("Next page (Page Down)"))
        self.page_box = QSpinBox(self)
        self.page_box.setObjectName("preview_page")
        self.page_box.setRange(1, max(1, self.pages.count))
        self.page_box.setAccessibleName(self.tr("Page"))
        self.page_box.valueChanged.connect(lambda value: self.show_page(value - 1))
        self.of = QLabel(self.tr("of %1").replace("%1", str(self.pages.count)), self)
        page_label = QLabel(self.tr("&Page"), self)
        page_label.setBuddy(self.page_box)
        self.zoom_out = self._button(self.tr("−"), "preview_zoom_out", self.step_zoom, -1)
        self.zoom_out.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_out.setAccessibleName(self.tr("Zoom out"))
        self.zoom_out.setToolTip(self.tr("Zoom out (Ctrl+−)"))
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("preview_zoom")
        self.zoom_in = self._button(self.tr("+"), "preview_zoom_in", self.step_zoom, 1)
        self.zoom_in.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.zoom_in.setAccessibleName(self.tr("Zoom in"))
        self.zoom_in.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.fit_button = self._button(self.tr("Fit &width"), "preview_fit", self.fit_width)
        self.save_button = self._button(self.tr("&Save as PDF…"), "preview_save", self.save_as)
        self.viewer_button = self._button(
            self.tr("Open in &system viewer"), "preview_viewer", self.open_in_viewer
        )
        bar = QHBoxLayout()
        for widget in (
            self.previous,
            page_label,
            self.page_box,
            self.of,
            self.next,
            self.zoom_out,
            self.zoom_label,
            self.zoom_in,
            self.fit_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.viewer_button)

        self.canvas = QLabel(self)
        self.canvas.setObjectName("preview_canvas")
        self.canvas.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.canvas.setAccessibleName(self.tr("Page image"))
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.canvas)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.installEventFilter(self)  # Page Up / Page Down turn the page
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.message = QLabel(self)
        self.message.setObjectName("preview_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bottom)
        self._size_to_screen()
        self.show_page(0)
        self.scroll.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            bar = self.scroll.verticalScrollBar()
            if event.key() == Qt.Key.Key_PageDown and bar.value() >= bar.maximum():
                if self.number < self.pages.count - 1:
                    self.step(1)
                    bar.setValue(0)
                return True
            if event.key() == Qt.Key.Key_PageUp and bar.value() <= bar.minimum():
                if self.number > 0:
                    self.step(-1)
                    bar.setValue(bar.maximum())
                return True
        return super().eventFilter(watched, event)

    def _button(self, text: str, name: str, slot, *args) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: slot(*args))
        return button

    def _size_to_screen(self) -> None:
        screen = self.screen()
        room = screen.availableGeometry() if screen is not None else None
        width, height = 900, 1000
        if room is not None:
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(max(480, width), max(360, height))

    # -- pages -----------------------------------------------------------------------------
    def show_page(self, number: int) -> None:
        if not self.pages.count:
            self.canvas.setText(self.tr("This PDF has no page."))
            return
        self.number = max(0, min(self.pages.count - 1, number))
        if self.page_box.value() != self.number + 1:
            self.page_box.blockSignals(True)
            self.page_box.setValue(self.number + 1)
            self.page_box.blockSignals(False)
        if self.fit:  # before the first layout the viewport is tiny: the dialog's width then
            room = max(self.scroll.viewport().width(), self.width() - 60) - 24
            self.zoom = max(0.25, room / max(1, self.pages.page_width(self.number, 1.0)))
        ratio = self.devicePixelRatioF()
        self.canvas.setPixmap(QPixmap.fromImage(self.pages.image(self.number, self.zoom, ratio)))
        self.zoom_label.setText(f"{round(self.zoom * 100)} %")
        self.previous.setEnabled(self.number > 0)
        self.next.setEnabled(self.number < self.pages.count - 1)

    def step(self, delta: int) -> None:
        self.show_page(self.number + delta)

    def step_zoom(self, direction: int) -> None:
        self.fit = False
        if direction > 0:
            bigger = [z for z in ZOOMS if z > self.zoom + 0.01]
            self.zoom = bigger[0] if bigger else ZOOMS[-1]
        else:
            smaller = [z for z in ZOOMS if z < self.zoom - 0.01]
            self.zoom = smaller[-1] if smaller else ZOOMS[0]
        self.show_page(self.number)

    def fit_width(self) -> None:
        self.fit = True
        self.show_page(self.number)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fit and self.pages.count:
            self.show_page(self.number)

    # -- leaving -------------------------------------------------------------------------
    def save_as(self) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as PDF"),
            str(Path.home() / self.file_name),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        try:
            write_pdf(path, self.data)
        except OSError as e:
            self.message.setText(
                self.tr("The PDF could not be saved to %1: %2")
                .replace("%1", str(path))
                .replace("%2", e.strerror or str(e))
            )
            return None
        self.message.setText(self.tr("Saved to %1.").replace("%1", str(path)))
        return path

    def open_in_viewer(self) -> bool:
        """Hand a copy to the system's PDF viewer; say plainly when none took it."""
        path = Path(tempfile.mkdtemp(prefix="minutier-preview-")) / self.file_name
        write_pdf(path, self.data)
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        if opened:
            self.message.setText(self.tr("Opened in your PDF viewer: %1").replace("%1", str(path)))
        else:
            self.message.setText(
                self.tr(
                    "No PDF viewer answered on this computer; the PDF stays shown here and a "
                    "copy is at %1."
                ).replace("%1", str(path))
            )
        return opened

    def done(self, result: int) -> None:
        self.pages.close()
        super().done(result)
