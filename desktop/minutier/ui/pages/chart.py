"""Bar charts drawn with QPainter, each with the same figures in words for screen readers.

``BarChart`` draws one bar per item; a bar may have a highlighted part (the overdue share of an
owner's open actions) drawn hatched as well as coloured, so it reads without colour too. The
numbers are written at the end of each bar, and ``summary()`` — also the accessible
description — says everything the picture shows.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#3f7cac")
PART = QColor("#c62828")


@dataclass
class Bar:
    label: str
    value: int
    part: int = 0  # the highlighted share of value (drawn hatched)


class BarChart(QWidget):
    """Horizontal bars (``vertical=False``, long labels) or columns (short labels, e.g. months)."""

    def __init__(
        self,
        title: str,
        *,
        value_name: str,
        part_name: str = "",
        vertical: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.value_name = value_name
        self.part_name = part_name
        self.vertical = vertical
        self.bars: list[Bar] = []
        self.empty_text = ""
        self.setAccessibleName(title)
        # Bars keep their height (no gap between the last bar and the legend); columns grow.
        vertical_policy = QSizePolicy.Policy.Preferred if vertical else QSizePolicy.Policy.Fixed
        self.setSizePolicy(QSizePolicy.Policy.Expanding, vertical_policy)
        self.setMinimumHeight(160 if vertical else 60)

    def set_bars(self, bars: list[Bar], empty_text: str = "") -> None:
        self.bars = bars
        self.empty_text = empty_text
        self.setAccessibleDescription(self.summary())
        self.setToolTip(self.summary())
        self.updateGeometry()
        self.update()

    def summary(self) -> str:
        """Everything the chart shows, in words."""
        if not self.bars:
            return f"{self.title}: {self.empty_text}"
        parts = []
        for b in self.bars:
            text = f"{b.label}: {b.value} {self.value_name}"
            if self.part_name and b.part:
                text += f" ({b.part} {self.part_name})"
            parts.append(text)
        return f"{self.title}. " + "; ".join(parts) + "."

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        if self.vertical:
            return QSize(360, 200)
        return QSize(360, int(line + 8 + max(1, len(self.bars)) * (line + 10) + line + 22))

    # -- drawing --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        line = fm.height()
        pal = self.palette()
        text_color = pal.color(pal.ColorRole.WindowText)
        title_font = self.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text_color)
        painter.drawText(
            QRectF(0, 0, self.width(), line + 4), Qt.AlignmentFlag.AlignLeft, self.title
        )
        painter.setFont(self.font())
        top = line + 8
        area = QRectF(0, top, self.width(), self.height() - top - line - 8)
        if not self.bars:
            painter.setPen(pal.color(pal.ColorRole.PlaceholderText))
            painter.drawText(
                area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text
            )
            painter.end()
            return
        if self.vertical:
            self._columns(painter, area, fm, text_color)
        else:
            bottom = self._rows(painter, area, fm, text_color)
            self._legend(painter, fm, text_color, bottom + 6)
        painter.end()

    def _fill(self, painter: QPainter, rect: QRectF, part: bool) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(PART if part else BAR)
        painter.drawRect(rect)
        if part:
            painter.setBrush(QBrush(QColor("white"), Qt.BrushStyle.BDiagPattern))
            painter.drawRect(rect)

    def _rows(self, painter: QPainter, area: QRectF, fm: QFontMetrics, text_color: QColor) -> float:
        """Draw the bars; returns where the last one ends."""
        line = fm.height()
        label_width = min(
            area.width() * 0.42, max(fm.horizontalAdvance(b.label) for b in self.bars) + 8
        )
        number_width = fm.horizontalAdvance("0000") + 8
        bar_width = max(20.0, area.width() - label_width - number_width)
        peak = max(b.value for b in self.bars) or 1
        step = min(line + 10, area.height() / len(self.bars))
        for n, b in enumerate(self.bars):
            y = area.top() + n * step
            painter.setPen(text_color)
            label = fm.elidedText(b.label, Qt.TextElideMode.ElideRight, int(label_width - 8))
            painter.drawText(
                QRectF(0, y, label_width - 8, step),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                label,
            )
            length = bar_width * b.value / peak
            rect = QRectF(label_width, y + 3, length, step - 6)
            self._fill(painter, rect, False)
            if b.part:
                self._fill(
                    painter, QRectF(label_width, y + 3, bar_width * b.part / peak, step - 6), True
                )
            painter.setPen(text_color)
            painter.drawText(
                QRectF(label_width + length + 4, y, number_width, step),
                Qt.AlignmentFlag.AlignVCenter,
                str(b.value),
            )

        return area.top() + len(self.bars) * step

    def _columns(
        self, painter: QPainter, area: QRectF, fm: QFontMetrics, text_color: QColor
    ) -> None:
        line = fm.height()
        peak = max(b.value for b in self.bars) or 1
        width = area.width() / len(self.bars)
        base = area.bottom() - line
        height = base - area.top() - line
        painter.setPen(QPen(text_color, 1))
        painter.drawLine(int(area.left()), int(base), int(area.right()), int(base))
        for n, b in enumerate(self.bars):
            x = area.left() + n * width
            h = height * b.value / peak
            self._fill(painter, QRectF(x + width * 0.2, base - h, width * 0.6, h), False)
            painter.setPen(text_color)
            if b.value:
                painter.drawText(
                    QRectF(x, base - h - line, width, line),
                    Qt.AlignmentFlag.AlignCenter,
                    str(b.value),
                )
            label = fm.elidedText(b.label, Qt.TextElideMode.ElideRight, int(width))
            painter.drawText(QRectF(x, base + 2, width, line), Qt.AlignmentFlag.AlignCenter, label)

    def _legend(self, painter: QPainter, fm: QFontMetrics, text_color: QColor, y: float) -> None:
        if not self.part_name:
            return
        line = fm.height()
        x = 4.0
        for text, part in ((self.value_name, False), (self.part_name, True)):
            self._fill(painter, QRectF(x, y + 3, line - 4, line - 6), part)
            painter.setPen(text_color)
            x += line
            painter.drawText(
                QRectF(x, y, fm.horizontalAdvance(text) + 4, line),
                Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            x += fm.horizontalAdvance(text) + 16
