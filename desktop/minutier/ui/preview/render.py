"""Pages of a PDF as images, drawn by PDFium (pypdfium2): no Qt PDF add-on, no outside viewer."""

from __future__ import annotations

import threading

from PySide6.QtGui import QImage

POINTS_PER_INCH = 72.0
# PDFium's document objects are not safe across threads: one lock for every call into it.
_LOCK = threading.Lock()


class PdfPages:
    """One PDF held in memory; ``image(n, zoom)`` draws page ``n`` (0-based) at ``zoom``."""

    def __init__(self, data: bytes) -> None:
        import pypdfium2 as pdfium  # imported when a preview is first opened

        self.closed = False
        with _LOCK:
            self._doc = pdfium.PdfDocument(bytes(data))
            self.count = len(self._doc)
            self.sizes = [self._doc[n].get_size() for n in range(self.count)]  # in points

    def image(self, number: int, zoom: float, ratio: float = 1.0) -> QImage:
        """Page ``number`` at ``zoom`` (1.0: 96 dpi, as printed at 100 %), for a screen of
        device pixel ratio ``ratio``."""
        scale = zoom * 96.0 / POINTS_PER_INCH * ratio
        if self.closed:
            return QImage()
        with _LOCK:
            bitmap = self._doc[number].render(scale=scale, rev_byteorder=False)
            width, height, stride = bitmap.width, bitmap.height, bitmap.stride
            fmt = (
                QImage.Format.Format_BGR888
                if bitmap.n_channels == 3
                else QImage.Format.Format_ARGB32
            )
            image = QImage(bytes(bitmap.buffer), width, height, stride, fmt).copy()
        image.setDevicePixelRatio(ratio)
        return image

    def page_width(self, number: int, zoom: float) -> int:
        """Width in device-independent pixels of page ``number`` at ``zoom``."""
        return round(self.sizes[number][0] * zoom * 96.0 / POINTS_PER_INCH)

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        with _LOCK:
            self._doc.close()
