"""Table views for the window's models: a delegate and a header that never need ``None``.

See ``models/safe.py``: models answer ``CheckStateRole`` with 0 and ``SizeHintRole`` with an
invalid size; ``SafeDelegate`` removes the check box that 0 would draw and computes sizes
without asking the model, and ``SafeHeader`` sizes its sections the same way.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
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
    model = view.model()
    for column, width in widths.items():
        # Never narrower than its title (a French title was cut: "Nom dans s").
        title = str(model.headerData(column, Qt.Orientation.Horizontal)) if model else ""
        view.setColumnWidth(column, max(chars * width, fmb.horizontalAdvance(title) + 24))
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


class WrappedRows(QObject):
    """Text wraps instead of being elided: the rows on screen grow to hold their text.

    Only the rows in view are measured (after a scroll, a resize, a column resize or new rows),
    so a lazily fetched list of 100,000 rows costs no more than a screenful. Rows off screen
    keep the default height until they are scrolled into view.
    """

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        view.setWordWrap(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.fit)
        view.horizontalHeader().sectionResized.connect(self.schedule)
        view.verticalScrollBar().valueChanged.connect(self.schedule)
        view.viewport().installEventFilter(self)
        self.watch(view.model())

    def watch(self, model: QAbstractItemModel | None) -> None:
        """Follow ``model``'s changes (call again after ``setModel``)."""
        if model is None:
            return
        for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
            signal.connect(self.schedule)
        model.dataChanged.connect(self.schedule)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.schedule()
        return False

    def schedule(self, *_: object) -> None:
        self.timer.start()

    def fit(self) -> None:
        model = self.view.model()
        if model is None:
            return
        row = max(0, self.view.rowAt(0))
        bottom = self.view.viewport().height()
        rows = model.rowCount()
        y = 0
        while row < rows and y < bottom:
            if not self.view.isRowHidden(row):
                self.view.resizeRowToContents(row)
                y += self.view.rowHeight(row)
            row += 1


def shares(room: int, weights: dict[int, float], least: dict[int, int]) -> dict[int, int]:
    """``room`` shared by weight, a column whose share is below its ``least`` getting that
    and the others sharing what is left (their sum stays within ``room`` when it can)."""
    widths: dict[int, int] = {}
    remaining = dict(weights)
    left = room
    while remaining:
        total = sum(remaining.values()) or 1.0
        low = [c for c in remaining if left * remaining[c] / total < least[c]]
        if not low:
            widths.update({c: int(left * w / total) for c, w in remaining.items()})
            break
        for column in low:
            widths[column] = least[column]
            left -= least[column]
            del remaining[column]
    return widths


class SharedWidth(QObject):
    """Text columns share the width the other columns leave, by weight (Qt's Stretch mode gives
    every stretched column an equal share): the action text gets most, its owner some.

    When even the minimums do not fit (a narrow window with the detail pane open), the
    ``optional`` columns are hidden, last first, rather than squeezing the text to "Pr…"; they
    come back when the room does.
    """

    def __init__(
        self,
        view: QTableView,
        weights: dict[int, float],
        *,
        minimum: dict[int, int] | None = None,
        optional: tuple[int, ...] = (),
    ) -> None:
        super().__init__(view)
        self.view = view
        self.weights = weights
        chars = view.fontMetrics().averageCharWidth()
        main = max(weights, key=lambda c: weights[c])  # the text people came for: 24 characters
        self.minimum = minimum or {c: chars * (24 if c == main else 12) for c in weights}
        self.own_minimum = minimum is None  # then a column is never narrower than its title
        self.optional = optional
        self.kept: dict[int, int] = {}
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        for column in weights:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.share)
        header.sectionResized.connect(
            lambda column, *_: None if column in self.weights else self.timer.start()
        )
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.share()
            self.timer.start()  # again once the scroll bars have settled
        return False

    def share(self) -> None:
        model = self.view.model()
        if model is None:
            return
        # The width of the view less its frame and a vertical scroll bar (which comes and goes
        # as rows wrap): sharing the viewport's width alone left a horizontal scroll bar.
        bar = (
            max(
                self.view.verticalScrollBar().sizeHint().width(),
                self.view.style().pixelMetric(
                    QStyle.PixelMetric.PM_ScrollBarExtent, None, self.view
                ),
            )
            + 2
        )
        width = self.view.width() - 2 * self.view.frameWidth() - bar
        fixed = [c for c in range(model.columnCount()) if c not in self.weights]
        for column in self.optional:  # a hidden column's width reads 0: keep its last one
            if not self.view.isColumnHidden(column):
                self.kept[column] = self.view.columnWidth(column)

        def wide(column: int) -> int:
            return (
                self.kept.get(column, 0)
                if column in self.optional
                else self.view.columnWidth(column)
            )

        if self.own_minimum:  # "Responsabl" in French: the header's title cut
            header = self.view.horizontalHeader()
            for column in self.weights:
                self.minimum[column] = max(self.minimum[column], header.sectionSizeHint(column) + 4)
        needed = sum(self.minimum.values())
        shown = [c for c in fixed if c not in self.optional]
        # Squeezed (the detail pane keeps its minimum), a text column goes down to 60 % of
        # its minimum and wraps one more line, rather than pushing the last column out of
        # sight behind a horizontal scroll bar.
        floor = {c: int(m * 0.6) for c, m in self.minimum.items()}
        for column in self.optional:  # most important first
            if sum(wide(c) for c in [*shown, column]) + needed <= width:
                shown.append(column)
        for column in self.optional:
            hide = column not in shown
            if self.view.isColumnHidden(column) != hide:
                self.view.setColumnHidden(column, hide)
        room = max(0, width - sum(wide(c) for c in shown))
        least = floor if room < needed else self.minimum
        for column, target in shares(room, self.weights, least).items():
            if self.view.columnWidth(column) != target:
                self.view.setColumnWidth(column, target)
