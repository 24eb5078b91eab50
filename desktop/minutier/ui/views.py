"""Table views for the window's models: a delegate and a header that never need ``None``.

See ``models/safe.py``: models answer ``CheckStateRole`` with 0 and ``SizeHintRole`` with an
invalid size; ``SafeDelegate`` removes the check box that 0 would draw and computes sizes
without asking the model, and ``SafeHeader`` sizes its sections the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex


class SafeDelegate(QStyledItemDelegate):
    """The standard delegate, minus check boxes and model-given size hints."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        # A cell the user can tick answers CheckStateRole for real: its box stays.
        if not index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        return style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, opt, QSize(), widget)


class SafeHeader(QHeaderView):
    """A header that sizes sections from their text, never from a model-given size hint.

    Sections are not highlighted: a highlighted section is drawn bold only when the model
    gives no font, and the models always give one (``QFont()``, which otherwise changes nothing).
    """

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self.setHighlightSections(False)
        self.setSectionsClickable(True)

    def sectionSizeFromContents(self, logical: int) -> QSize:
        model: QAbstractItemModel | None = self.model()
        if model is None:
            return QSize()
        opt = QStyleOptionHeader()
        self.initStyleOption(opt)
        opt.section = logical
        font = self.font()
        font.setBold(True)  # as Qt does: room for a bold (sorted) section
        opt.fontMetrics = QFontMetrics(font)
        opt.text = str(model.headerData(logical, self.orientation(), Qt.ItemDataRole.DisplayRole))
        if self.isSortIndicatorShown():
            opt.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
        return self.style().sizeFromContents(
            QStyle.ContentsType.CT_HeaderSection, opt, QSize(), self
        )


def make_safe(view: QTableView) -> QTableView:
    """Give an existing table the safe headers and delegate (before ``setModel``).

    Delegates for single columns (editors) should derive from ``SafeDelegate`` too.
    """
    hidden = view.verticalHeader().isHidden()
    view.setHorizontalHeader(SafeHeader(Qt.Orientation.Horizontal, view))
    view.setVerticalHeader(SafeHeader(Qt.Orientation.Vertical, view))
    view.verticalHeader().setHidden(hidden)
    view.setItemDelegate(SafeDelegate(view))
    return view


def make_table(parent: QWidget | None = None, *, name: str = "") -> QTableView:
    """A read-only, row-selecting table with the safe delegate and headers."""
    view = QTableView(parent)
    if name:
        view.setObjectName(name)
    view.setHorizontalHeader(SafeHeader(Qt.Orientation.Horizontal, view))
    view.setVerticalHeader(SafeHeader(Qt.Orientation.Vertical, view))
    view.setItemDelegate(SafeDelegate(view))
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    return view


def fit_columns(
    view: QTableView,
    widths: dict[int, int],
    stretch: int,
    *,
    fit: dict[int, list[str]] | None = None,
) -> None:
    """Columns ``widths`` wide (in average characters); columns of ``fit`` as wide as the
    widest of the given sample texts and their title; column ``stretch`` takes the rest.

    Widths come from samples (a long date, every status name in the language), never from
    reading the rows: measuring 25,000 rows' contents took seconds.
    """
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    fm = view.fontMetrics()
    bold = view.font()
    bold.setBold(True)
    fmb = QFontMetrics(bold)
    chars = fm.averageCharWidth()
    for column, width in widths.items():
        view.setColumnWidth(column, chars * width)
    model = view.model()
    for column, samples in (fit or {}).items():
        title = str(model.headerData(column, Qt.Orientation.Horizontal)) if model else ""
        width = max([fmb.horizontalAdvance(t) for t in samples] + [fmb.horizontalAdvance(title)])
        view.setColumnWidth(column, width + 24)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def long_dates() -> list[str]:
    """A long date of every month in the interface's language (samples for column widths)."""
    import datetime as dt

    from minutier.ui.forms import localized

    return [localized.long_date(dt.date(2025, m, 28)) for m in range(1, 13)]


def select_first(view: QTableView) -> None:
    """Select the first row when nothing is selected (so the detail is never blank for nothing)."""
    model = view.model()
    if model is not None and model.rowCount() and not view.selectionModel().hasSelection():
        view.selectRow(0)
