"""The Search page: the search box and grouped results, with the selected record read in full."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QTextBrowser, QVBoxLayout, QWidget

from minutier.store.search_schema import KIND_BY_TABLE
from minutier.ui.context import AppContext
from minutier.ui.pages.base import ListDetailPage
from minutier.ui.pages.records_tab import esc
from minutier.ui.search_panel import SearchPanel


class SearchPage(ListDetailPage):
    key = "search"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("search_page")
        self.panel = SearchPanel(ctx, self, limit=200)
        self.panel.current_hit.connect(self._preview)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("search_preview")
        self.preview.setAccessibleName(self.tr("Preview of the result"))
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setObjectName("search_open")
        self.open_button.clicked.connect(self.panel.open_current)
        self.open_button.setEnabled(False)
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.preview, 1)
        column.addWidget(self.open_button)
        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(6, 6, 0, 0)
        left_column.addWidget(self.panel)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setSizes([640, 600])

    def title(self) -> str:
        return self.tr("Search")

    def reload(self) -> None:
        if self.panel.edit.text().strip():
            self.panel.run()

    def focus_box(self) -> None:
        self.panel.edit.setFocus()
        self.panel.edit.selectAll()

    def _preview(self, kind: str, row_id: int) -> None:
        self.open_button.setEnabled(bool(kind))
        if not kind or kind not in KIND_BY_TABLE:
            self.preview.clear()
            return
        k = KIND_BY_TABLE[kind]
        row = self.ctx.store.conn.execute(
            f"SELECT {k.expression('t')} FROM {kind} t WHERE id = ?", (row_id,)
        ).fetchone()
        text = (row[0] if row else "").strip()
        paragraphs = "".join(f"<p>{esc(p)}</p>" for p in text.split("\n") if p.strip())
        self.preview.setHtml(paragraphs)
