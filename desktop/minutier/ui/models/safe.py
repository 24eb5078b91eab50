"""Answers for item-data roles a model leaves unanswered, so ``data()`` never returns ``None``.

PySide6 6.12 on Python 3.11 loses a reference to ``None`` each time C++ receives ``None`` from a
Python ``data()`` or ``headerData()`` (STACK-NOTES). Every model of the window therefore answers
every role with a value that draws exactly as "no value" would: an empty string, a null icon,
the header's own alignment. Two roles have no such value — ``CheckStateRole`` (any valid value
draws a check box) and ``SizeHintRole`` (any valid value is taken as the size) — so the views
use ``SafeDelegate`` and ``SafeHeader`` (``views.py``), which never show the first and compute
the second themselves.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetrics, QIcon
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionHeader

R = Qt.ItemDataRole
CELL_ALIGNMENT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
NUMBER_ALIGNMENT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# QHeaderView's default alignments (horizontal: centred; vertical: left).
HEADER_ALIGNMENT = {
    Qt.Orientation.Horizontal: int(Qt.AlignmentFlag.AlignCenter),
    Qt.Orientation.Vertical: CELL_ALIGNMENT,
}
_TEXT_ROLES = {
    R.DisplayRole,
    R.EditRole,
    R.ToolTipRole,
    R.StatusTipRole,
    R.WhatsThisRole,
    R.AccessibleTextRole,
    R.AccessibleDescriptionRole,
}


def _empty_answers() -> dict[int, Any]:
    answers: dict[int, Any] = {int(role): "" for role in _TEXT_ROLES}
    answers[int(R.DecorationRole)] = QIcon()
    answers[int(R.FontRole)] = QFont()  # resolves nothing: the view's font stays
    answers[int(R.TextAlignmentRole)] = CELL_ALIGNMENT
    answers[int(R.BackgroundRole)] = QBrush()  # NoBrush: the delegate keeps the palette's
    answers[int(R.ForegroundRole)] = QBrush()
    answers[int(R.CheckStateRole)] = 0  # SafeDelegate removes the check box this would draw
    answers[int(R.SizeHintRole)] = QSize()  # SafeDelegate computes the size itself
    answers[int(R.InitialSortOrderRole)] = Qt.SortOrder.AscendingOrder.value
    return answers


_EMPTY: dict[int, Any] = {}  # filled on first use (a QFont needs the application)


def empty_cell(role: int) -> Any:
    """What a cell answers for a role it has nothing for (never ``None``).

    One table lookup: every cell of a painted screenful asks this for several roles.
    """
    if not _EMPTY:
        _EMPTY.update(_empty_answers())
    return _EMPTY.get(role, "")


def header_size(text: str) -> QSize:
    """The size QHeaderView would compute for a section titled ``text`` (with a sort arrow).

    ``QHeaderView.sectionSizeHint`` takes any valid ``SizeHintRole`` answer as the size, so
    headers answer with what the header itself would have computed.
    """
    font = QApplication.font("QHeaderView")
    font.setBold(True)
    opt = QStyleOptionHeader()
    opt.fontMetrics = QFontMetrics(font)
    opt.text = text
    opt.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    opt.state = QStyle.StateFlag.State_Enabled
    return QApplication.style().sizeFromContents(
        QStyle.ContentsType.CT_HeaderSection, opt, QSize(), None
    )


def empty_header(role: int, orientation: Qt.Orientation, text: str = "") -> Any:
    """What a header section titled ``text`` answers for a role it has nothing for."""
    role = R(role) if role < R.UserRole else role
    if role == R.SizeHintRole:
        return header_size(text)
    if role == R.TextAlignmentRole:
        return HEADER_ALIGNMENT[orientation]
    if role == R.ForegroundRole:
        return QApplication.palette().buttonText()
    if role == R.BackgroundRole:
        return QApplication.palette().button()
    return empty_cell(role)


def titled_header(titles: list[str], section: int, orientation: Qt.Orientation, role: int) -> Any:
    """``headerData`` of a model whose columns are titled ``titles`` (rows numbered from 1)."""
    horizontal = orientation == Qt.Orientation.Horizontal
    if horizontal:
        title = titles[section] if 0 <= section < len(titles) else ""
    else:
        title = str(section + 1)
    if role == R.DisplayRole:
        return title
    return empty_header(role, orientation, title)
