"""The search box that Ctrl+K / Ctrl+F opens over any page; Enter opens the record and closes it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QVBoxLayout

from minutier.ui.search_panel import SearchPanel

if TYPE_CHECKING:
    from minutier.ui.main_window import MainWindow


class SearchPopup(QDialog):
    """One per window, reused: it keeps the last query, selected for retyping."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("search_popup")
        self.setWindowTitle(self.tr("Search"))
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.panel = SearchPanel(window.ctx, self, limit=50)
        self.panel.opened.connect(lambda *_: self.accept())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.panel)
        self.resize(640, 460)

    @classmethod
    def show_for(cls, window: MainWindow) -> SearchPopup:
        popup = window.findChild(SearchPopup, "search_popup")
        if popup is None:
            popup = cls(window)
        geometry = window.geometry()
        popup.move(
            geometry.x() + (geometry.width() - popup.width()) // 2,
            geometry.y() + max(40, geometry.height() // 8),
        )
        popup.show()
        popup.raise_()
        popup.activateWindow()
        popup.panel.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        popup.panel.edit.selectAll()
        return popup
