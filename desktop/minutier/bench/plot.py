"""The scaling curve as a PNG, drawn with QPainter (no plotting library to install).

Log-log axes: archive size (× the 20-year archive) across, milliseconds up; one line per case,
and a dashed line of slope 1 for "grows in step with the archive" to compare against.
"""

from __future__ import annotations

import itertools
import math
import os
from pathlib import Path

COLORS = (
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#9467bd",
    "#ff7f0e",
    "#8c564b",
    "#e377c2",
    "#17becf",
    "#7f7f7f",
    "#bcbd22",
)
W, H = 1000, 620
LEFT, RIGHT, TOP, BOTTOM = 80, 300, 50, 70


def draw(series: dict[str, list[tuple[float, float]]], out: Path, title: str) -> Path:
    """Write ``out`` (PNG): ``series`` maps a case to its (scale, ms) points."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
    from PySide6.QtWidgets import QApplication

    # A QApplication, not a QGuiApplication: a process that later shows a widget needs one
    # (a QGuiApplication left behind made the next QWidget abort the test process).
    _app = QApplication.instance() or QApplication([])
    points = [p for pts in series.values() for p in pts if p[1] and p[1] > 0]
    scales = sorted({p[0] for p in points}) or [1.0]
    x_lo, x_hi = math.log2(min(scales)) - 0.3, math.log2(max(scales)) + 0.3
    y_lo = math.floor(math.log10(min((p[1] for p in points), default=1.0)))
    y_hi = math.ceil(math.log10(max((p[1] for p in points), default=10.0)))
    y_hi = max(y_hi, y_lo + 1)
    plot = QRectF(LEFT, TOP, W - LEFT - RIGHT, H - TOP - BOTTOM)

    def at(scale: float, ms: float) -> QPointF:
        x = plot.left() + (math.log2(scale) - x_lo) / (x_hi - x_lo) * plot.width()
        y = plot.bottom() - (math.log10(ms) - y_lo) / (y_hi - y_lo) * plot.height()
        return QPointF(x, y)

    image = QImage(W, H, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(13)
    p.setFont(font)
    p.setPen(QPen(QColor("#dddddd"), 1))
    for decade in range(y_lo, y_hi + 1):
        y = at(1.0, 10.0**decade).y()
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(QColor("#333333"))
        p.drawText(
            QRectF(0, y - 9, LEFT - 8, 18), Qt.AlignmentFlag.AlignRight, f"{10.0**decade:g} ms"
        )
        p.setPen(QPen(QColor("#dddddd"), 1))
    for s in scales:
        x = at(s, 1.0).x()
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        p.setPen(QColor("#333333"))
        p.drawText(
            QRectF(x - 40, plot.bottom() + 6, 80, 18), Qt.AlignmentFlag.AlignCenter, f"{s:g}×"
        )
        p.setPen(QPen(QColor("#dddddd"), 1))
    p.setPen(QPen(QColor("#333333"), 1))
    p.drawRect(plot)
    p.drawText(
        QRectF(plot.left(), H - 30, plot.width(), 20),
        Qt.AlignmentFlag.AlignCenter,
        "archive size (× the 20-year archive, log scale)",
    )
    bold = QFont(font)
    bold.setPixelSize(16)
    bold.setBold(True)
    p.setFont(bold)
    p.drawText(QRectF(0, 10, W, 26), Qt.AlignmentFlag.AlignCenter, title)
    p.setFont(font)
    # "in step with the archive": slope 1 from the lowest first point
    firsts = [pts[0] for pts in series.values() if pts and pts[0][1] > 0]
    if firsts:
        s0, ms0 = min(firsts, key=lambda q: q[1])
        s1 = max(scales)
        dashed = QPen(QColor("#999999"), 1.5, Qt.PenStyle.DashLine)
        p.setPen(dashed)
        p.drawLine(at(s0, ms0), at(s1, ms0 * s1 / s0))
    legend_y = TOP
    for n, (name, pts) in enumerate(series.items()):
        color = QColor(COLORS[n % len(COLORS)])
        p.setPen(QPen(color, 2.5))
        good = [q for q in pts if q[1] and q[1] > 0]
        for a, b in itertools.pairwise(good):
            p.drawLine(at(*a), at(*b))
        p.setBrush(color)
        for q in good:
            p.drawEllipse(at(*q), 4, 4)
        p.drawLine(QPointF(W - RIGHT + 20, legend_y + 9), QPointF(W - RIGHT + 44, legend_y + 9))
        p.setPen(QColor("#222222"))
        p.drawText(
            QRectF(W - RIGHT + 50, legend_y, RIGHT - 55, 18), Qt.AlignmentFlag.AlignLeft, name
        )
        legend_y += 22
    p.setPen(QPen(QColor("#999999"), 1.5, Qt.PenStyle.DashLine))
    p.drawLine(QPointF(W - RIGHT + 20, legend_y + 9), QPointF(W - RIGHT + 44, legend_y + 9))
    p.setPen(QColor("#222222"))
    p.drawText(
        QRectF(W - RIGHT + 50, legend_y, RIGHT - 55, 18),
        Qt.AlignmentFlag.AlignLeft,
        "in step with the archive",
    )
    p.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        raise OSError(f"could not write {out}")
    return out
