"""A search box over the full-text index with results grouped by kind, matches in bold.

Used by the Search page and by the Ctrl+K / Ctrl+F popup. Typing searches after a short pause
(``store.search`` never raises on what is typed); Up/Down move through the results from the
box, Enter opens the selected result (``AppContext.open_record``), or the first one.
"""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minutier.store import search
from minutier.ui.context import AppContext

HIT = Qt.ItemDataRole.UserRole  # (kind, id) on a result row
MARKUP = Qt.ItemDataRole.UserRole + 1  # the snippet as HTML with <b> around matches
ORDER = (
    "decision",
    "action",
    "initiative",
    "meeting",
    "announcement",
    "agenda_item",
    "note",
    "action_note",
)


def kind_title(kind: str, count: int) -> str:
    """ "Decisions (3)" — the heading of a group of results."""
    names = {
        "decision": QCoreApplication.translate("SearchPanel", "Decisions (%1)"),
        "action": QCoreApplication.translate("SearchPanel", "Actions (%1)"),
        "initiative": QCoreApplication.translate("SearchPanel", "Initiatives (%1)"),
        "meeting": QCoreApplication.translate("SearchPanel", "Meetings (%1)"),
        "announcement": QCoreApplication.translate("SearchPanel", "Announcements (%1)"),
        "agenda_item": QCoreApplication.translate("SearchPanel", "Agenda items (%1)"),
        "note": QCoreApplication.translate("SearchPanel", "Meeting notes (%1)"),
        "action_note": QCoreApplication.translate("SearchPanel", "Progress notes (%1)"),
    }
    return names.get(kind, f"{kind} (%1)").replace("%1", QLocale().toString(count))


def snippet_html(text: str, spans: list[tuple[int, int]]) -> str:
    """The snippet escaped, with every matched span in bold (spans may not overlap in output)."""
    out, pos = [], 0
    for start, end in sorted(spans):
        if start < pos:
            start = pos
        if end <= start:
            continue
        out.append(html.escape(text[pos:start]))
        out.append("<b>" + html.escape(text[start:end]) + "</b>")
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


class SnippetDelegate(QStyledItemDelegate):
    """Draws a result's snippet as rich text (bold matches); group rows are drawn normally."""

    def _doc(self, option: QStyleOptionViewItem, markup: str) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(2)
        doc.setHtml(markup)
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        markup = index.data(MARKUP)
        if not markup:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        color = opt.palette.color(role)
        # The colour is set on the text itself: bold runs would otherwise keep the default.
        doc = self._doc(opt, f'<span style="color:{color.name()}">{markup}</span>')
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, color)
        painter.save()
        rect = opt.rect.adjusted(4, 0, -2, 0)
        painter.translate(rect.topLeft())
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        markup = index.data(MARKUP)
        if markup:
            doc = self._doc(option, markup)
            size.setHeight(max(size.height(), int(doc.size().height())))
        return size


class SearchPanel(QWidget):
    """The box and the grouped results; ``opened`` after a result was opened."""

    opened = Signal(str, int)
    current_hit = Signal(str, int)  # selection moved to a result ("" when none)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, limit: int = 100) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.limit = limit
        self.edit = QLineEdit(self)
        self.edit.setObjectName("search_edit")
        self.edit.setAccessibleName(self.tr("Search for"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(
            self.tr("Search decisions, actions, initiatives, meetings… (Ctrl+K)")
        )
        self.edit.installEventFilter(self)
        self.edit.textChanged.connect(self._schedule)
        self.edit.returnPressed.connect(self.open_current)
        self.results = QTreeWidget(self)
        self.results.setObjectName("search_results")
        self.results.setAccessibleName(self.tr("Results"))
        self.results.setHeaderHidden(True)
        self.results.setRootIsDecorated(False)
        self.results.setIndentation(12)
        self.results.setUniformRowHeights(False)
        self.results.setItemDelegate(SnippetDelegate(self.results))
        self.results.itemActivated.connect(lambda item, _c: self.open_item(item))
        self.results.currentItemChanged.connect(self._current_changed)
        self.status = QLabel(self)
        self.status.setObjectName("search_status")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.run)
        self.hits: list[search.Hit] = []

    def _schedule(self) -> None:
        self.timer.start()

    def run(self) -> None:
        """Search for what the box holds now and show the results."""
        self.timer.stop()
        query = self.edit.text()
        self.hits = search.search(self.ctx.store, query, limit=self.limit) if query.strip() else []
        self.results.clear()
        groups: dict[str, list[search.Hit]] = {}
        for hit in self.hits:
            groups.setdefault(hit.kind, []).append(hit)
        first: QTreeWidgetItem | None = None
        for kind in sorted(groups, key=lambda k: ORDER.index(k) if k in ORDER else 99):
            hits = groups[kind]
            group = QTreeWidgetItem(self.results, [kind_title(kind, len(hits))])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setData(0, Qt.ItemDataRole.AccessibleTextRole, group.text(0))
            for hit in hits:
                item = QTreeWidgetItem(group, [hit.snippet])
                item.setData(0, HIT, (hit.kind, hit.id))
                markup = snippet_html(hit.snippet, hit.highlights)
                if hit.confidential:  # issue 15: the mark shows in the results
                    mark = self.tr("Confidential")
                    markup = f"<span style='color:#a40000'>[{html.escape(mark)}]</span> {markup}"
                item.setData(0, MARKUP, markup)
                item.setToolTip(0, hit.text[:600])
                first = first or item
            group.setExpanded(True)
        if query.strip():
            self.status.setText(
                self.tr("No result.")
                if not self.hits
                else self.tr("%n result(s)", "", len(self.hits))
            )
        else:
            self.status.clear()
        if first is not None:
            self.results.setCurrentItem(first)
        else:  # clearing the list says nothing: the old hit's preview and Open would stay
            self.current_hit.emit("", 0)

    def _current_changed(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        hit = item.data(0, HIT) if item is not None else None
        if hit:
            self.current_hit.emit(hit[0], int(hit[1]))
        else:
            self.current_hit.emit("", 0)

    def open_item(self, item: QTreeWidgetItem | None) -> bool:
        hit = item.data(0, HIT) if item is not None else None
        if not hit:
            return False
        kind, row_id = hit[0], int(hit[1])
        self.opened.emit(kind, row_id)
        self.ctx.open_record.emit(kind, row_id)
        return True

    def open_current(self) -> None:
        if self.timer.isActive():
            self.run()
        self.open_item(self.results.currentItem())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self._move(1 if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) else -1)
                return True
        return super().eventFilter(watched, event)

    def _move(self, step: int) -> None:
        items = []
        for g in range(self.results.topLevelItemCount()):
            group = self.results.topLevelItem(g)
            items.extend(group.child(i) for i in range(group.childCount()))
        if not items:
            return
        current = self.results.currentItem()
        pos = items.index(current) if current in items else -1
        pos = max(0, min(len(items) - 1, pos + step))
        self.results.setCurrentItem(items[pos])
